using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Integreat.Content.Cms;
using Integreat.Content.Import;
using Integreat.Content.Store;
using Integreat.Search;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Integreat.Bot.Cli;

/// <summary><c>import --from &lt;dir-or-url&gt; [--region &lt;slug&gt;]...</c>: loads content into the store and indexes it.</summary>
internal static class ImportCommand
{
    public static Command Create(Option<string?> data)
    {
        var from = new Option<string>("--from")
        {
            Description = "A directory in the CMS dump layout, or a CMS base URL such as https://cms.integreat-app.de.",
            Required = true,
        };
        var regions = new Option<string[]>("--region")
        {
            Description = "Import only this region (repeatable). Default: every region of the source.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("import", "Load content from a CMS dump directory or the live CMS, and build the search index.") { from, regions };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build(result.GetValue(data));
            var source = OpenSource(result.GetValue(from)!, host.Services);
            var wanted = result.GetValue(regions) is { Length: > 0 } list ? list : null;
            var importer = host.Services.GetRequiredService<ContentImporter>();
            var store = host.Services.GetRequiredService<IContentStore>();
            var indexer = host.Services.GetRequiredService<ISearchIndexer>();

            var clock = Stopwatch.StartNew();
            var summary = await ImportWithProgressAsync(importer, source, wanted, cancellationToken);
            var indexed = indexer.Synchronize(store);
            PrintSummary(summary, indexed.Count, clock.Elapsed);
            return 0;
        });
        return command;
    }

    private static ICmsClient OpenSource(string from, IServiceProvider services)
    {
        if (Uri.TryCreate(from, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var options = services.GetRequiredService<IOptions<CmsOptions>>().Value;
            options.BaseUrl = from;
            return CmsApiClient.Create(options);
        }

        return Directory.Exists(from)
            ? new CmsDumpDirectory(from)
            : throw new CliException($"--from: '{from}' is neither a directory nor an http(s) URL");
    }

    private static async Task<ImportSummary> ImportWithProgressAsync(
        ContentImporter importer, ICmsClient source, IReadOnlyCollection<string>? regions, CancellationToken cancellationToken)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            var lines = new InlineProgress(p =>
            {
                if (p.Stage == ImportStage.Fetching)
                {
                    Console.WriteLine($"[{p.Step}/{p.Total}] {p.Region}/{p.Language}");
                }
            });
            return await importer.ImportAsync(source, regions, lines, cancellationToken);
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Reading {source.Origin}");
                var bar = new InlineProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Step;
                    task.Description = Markup.Escape($"{p.Region}/{p.Language}");
                });
                return await importer.ImportAsync(source, regions, bar, cancellationToken);
            });
    }

    private static void PrintSummary(ImportSummary summary, int indexed, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("region", "language", "pages", "events", "locations", "seconds", "");
        foreach (var item in summary.Languages)
        {
            table.AddRow(
                Markup.Escape(item.Region), Markup.Escape(item.Language), item.Pages.ToString(CultureInfo.InvariantCulture),
                item.Events.ToString(CultureInfo.InvariantCulture), item.Locations.ToString(CultureInfo.InvariantCulture),
                item.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), item.Change.ToString().ToLowerInvariant());
        }

        AnsiConsole.Write(table);
        var changed = summary.Languages.Count(i => i.Changed);
        Console.WriteLine(summary.NothingChanged
            ? $"No change: all {summary.Languages.Count} region/language pairs are already up to date ({elapsed.TotalSeconds:0.0} s)."
            : $"Imported {summary.Pages} pages, {summary.Events} events, {summary.Locations} locations; {changed} of {summary.Languages.Count} region/language pairs changed, {indexed} reindexed, in {elapsed.TotalSeconds:0.0} s.");
    }
}

/// <summary>Reports on the importer's own thread, so lines stay in order (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
internal sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
