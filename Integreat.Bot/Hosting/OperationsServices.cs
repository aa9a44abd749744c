using Integreat.Bot.Hosting.Metrics;
using Integreat.Bot.Hosting.Performance;
using Integreat.Bot.Hosting.Sync;
using Integreat.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace Integreat.Bot.Hosting;

/// <summary>What running unattended needs: metrics, the sync state, and (for <c>serve</c>) the periodic sync and <c>/metrics</c>.</summary>
public static class OperationsServices
{
    /// <summary>For every verb: <see cref="BotMetrics"/>, searches timed through <see cref="InstrumentedSearchIndex"/>, <see cref="SyncStatus"/> and <see cref="CmsSync"/>.</summary>
    /// <remarks>Call after the search index is registered: the <see cref="ISearchIndex"/> registration is replaced by the timed one.</remarks>
    public static IServiceCollection AddBotOperations(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.TryAddSingleton<SyncStatus>();
        services.TryAddSingleton<CmsSync>();
        services.Replace(ServiceDescriptor.Singleton<ISearchIndex>(sp => new InstrumentedSearchIndex(
            sp.GetService<CachedSearchIndex>() ?? (ISearchIndex)sp.GetRequiredService<LuceneSearchIndex>(), sp.GetRequiredService<BotMetrics>(), sp.GetRequiredService<TimeProvider>())));
        return services;
    }

    /// <summary>For <c>serve</c>: the OpenTelemetry metrics pipeline with the Prometheus exporter, and the periodic CMS sync.</summary>
    public static IServiceCollection AddServeOperations(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName)
            // Built into ASP.NET Core and the runtime: request durations, connections, GC and memory.
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
            .AddPrometheusExporter());

        // After the metrics pipeline, whose hosted service starts it: a sync at start must not go unmeasured.
        services.AddHostedService<CmsSyncService>();
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c> in the Prometheus text format.</summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
