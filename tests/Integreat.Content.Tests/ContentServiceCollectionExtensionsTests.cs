using Integreat.Content.Cms;
using Integreat.Content.Import;
using Integreat.Content.Store;
using Integreat.Content.Tests.Cms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Integreat.Content.Tests;

public sealed class ContentServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void RegistersOneSqliteStoreInTheConfiguredDataDirectory()
    {
        using var services = Build(new() { ["Storage:DataDirectory"] = _temp.Path });

        var store = services.GetRequiredService<IContentStore>();

        Assert.IsType<SqliteContentStore>(store);
        Assert.Same(store, services.GetRequiredService<IWritableContentStore>());
        Assert.Equal(Path.Combine(_temp.Path, SqliteContentStore.FileName), ((SqliteContentStore)store).DatabasePath);
        Assert.NotNull(services.GetRequiredService<ContentImporter>());
    }

    [Fact]
    public void BindsCmsOptions_WithTheirDefaults()
    {
        using var services = Build(new() { ["Cms:Regions:0"] = "augsburg", ["Cms:DevelopmentHeader"] = "true" });

        var options = services.GetRequiredService<IOptions<CmsOptions>>().Value;

        Assert.Equal("https://cms.integreat-app.de", options.BaseUrl);
        Assert.Equal(["augsburg"], options.Regions);
        Assert.Equal(TimeSpan.FromHours(6), options.SyncInterval);
        Assert.True(options.DevelopmentHeader);
        Assert.Equal("data", new StorageOptions().DataDirectory);
    }

    [Theory]
    [InlineData("Cms:BaseUrl", "not a url")]
    [InlineData("Cms:Timeout", "00:00:00")]
    [InlineData("Cms:MaxRetries", "-1")]
    [InlineData("Storage:DataDirectory", "")]
    public void InvalidOptions_AreRejected(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<CmsOptions>>().Value;
            _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        });
    }

    [Fact]
    public async Task TypedCmsClient_TalksToTheConfiguredCms()
    {
        await using var cms = await FakeCms.StartAsync(TestFiles.CmsDirectory);
        using var services = Build(new() { ["Cms:BaseUrl"] = cms.BaseUrl.ToString(), ["Cms:DevelopmentHeader"] = "true" });

        var client = services.GetRequiredService<CmsApiClient>();
        var regions = await client.GetRegionsAsync();

        Assert.Equal(2, regions.Count);
        Assert.Equal("true", Assert.Single(cms.Requests).DevelopmentHeader);
    }

    [Fact]
    public async Task TypedCmsClient_RetriesThroughTheResilienceHandler()
    {
        await using var cms = await FakeCms.StartAsync(TestFiles.CmsDirectory);
        cms.Fail("/api/v3/regions/", System.Net.HttpStatusCode.BadGateway, times: 1);
        using var services = Build(new() { ["Cms:BaseUrl"] = cms.BaseUrl.ToString(), ["Cms:RetryDelay"] = "00:00:00.001" });

        var regions = await services.GetRequiredService<CmsApiClient>().GetRegionsAsync();

        Assert.Equal(2, regions.Count);
        Assert.Equal(2, cms.Attempts("/api/v3/regions/"));
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings.TryAdd("Storage:DataDirectory", _temp.Path);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddIntegreatContent(configuration).BuildServiceProvider();
    }
}
