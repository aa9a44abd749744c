using System.Net;
using Integreat.Content.Cms;
using Integreat.Content.Model;

namespace Integreat.Content.Tests.Cms;

public sealed class CmsApiClientTests : IAsyncLifetime
{
    private FakeCms _cms = null!;

    public async Task InitializeAsync() => _cms = await FakeCms.StartAsync(TestFiles.CmsDirectory);

    public async Task DisposeAsync() => await _cms.DisposeAsync();

    [Fact]
    public async Task ReadsEveryEndpoint()
    {
        var sut = CreateSut();

        var regions = await sut.GetRegionsAsync();
        var languages = await sut.GetLanguagesAsync("testort");
        var pages = await sut.GetPagesAsync("testort", "de");
        var events = await sut.GetEventsAsync("testort", "de");
        var locations = await sut.GetLocationsAsync("testort", "de");

        Assert.Equal(["testort", "zweitort"], regions.Select(r => r.Slug));
        Assert.Equal(TextDirection.RightToLeft, languages.Single(l => l.Code == "ar").Direction);
        Assert.Equal([101, 102, 103], pages.Select(p => p.Id));
        Assert.All(pages, p => Assert.Equal(("testort", "de"), (p.Region, p.Language)));
        Assert.Equal([501, 502], events.Select(e => e.Id));
        Assert.Equal([601, 602], locations.Select(l => l.Id));
    }

    [Fact]
    public async Task UsesTheApiV3RoutesWithTheirQueries()
    {
        var sut = CreateSut();

        await sut.GetRegionsAsync();
        await sut.GetLanguagesAsync("testort");
        await sut.GetPagesAsync("testort", "de");
        await sut.GetEventsAsync("testort", "de");
        await sut.GetLocationsAsync("testort", "de");

        Assert.Equal(
            [
                "/api/v3/regions/", "/api/v3/testort/languages/", "/api/v3/testort/de/pages/",
                "/api/v3/testort/de/events/?combine_recurring=True", "/api/v3/testort/de/locations/?on_map=1",
            ],
            _cms.Requests.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, null)]
    public async Task SendsTheDevelopmentHeaderOnlyWhenConfigured(bool configured, string? expected)
    {
        var sut = CreateSut(o => o.DevelopmentHeader = configured);

        await sut.GetRegionsAsync();

        Assert.Equal(expected, Assert.Single(_cms.Requests).DevelopmentHeader);
    }

    [Fact]
    public async Task UnknownRegion_SaysSoAndNamesTheUrl()
    {
        var sut = CreateSut();

        var error = await Assert.ThrowsAsync<CmsRequestException>(() => sut.GetLanguagesAsync("nirgendwo"));

        Assert.True(error.IsNotFound);
        Assert.Contains("no region 'nirgendwo'", error.Message);
        Assert.Contains(new Uri(_cms.BaseUrl, "/api/v3/nirgendwo/languages/").ToString(), error.Message);
        Assert.Equal(1, _cms.Attempts("/api/v3/nirgendwo/languages/")); // a 404 is an answer, not retried
    }

    [Fact]
    public async Task UnknownLanguage_SaysSo()
    {
        var sut = CreateSut();

        var error = await Assert.ThrowsAsync<CmsRequestException>(() => sut.GetPagesAsync("testort", "xx"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("no language 'xx' in region 'testort'", error.Message);
    }

    [Fact]
    public async Task ServerError_IsRetriedThenReportedWithTheUrl()
    {
        _cms.Fail("/api/v3/testort/de/pages/", HttpStatusCode.InternalServerError);
        var sut = CreateSut(o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<CmsRequestException>(() => sut.GetPagesAsync("testort", "de"));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Contains("500", error.Problem);
        Assert.Equal(new Uri(_cms.BaseUrl, "/api/v3/testort/de/pages/"), error.Url);
        Assert.Equal(3, _cms.Attempts("/api/v3/testort/de/pages/"));
    }

    [Fact]
    public async Task TransientServerError_IsRetriedUntilItSucceeds()
    {
        _cms.Fail("/api/v3/testort/de/pages/", HttpStatusCode.ServiceUnavailable, times: 2);
        var sut = CreateSut(o => o.MaxRetries = 3);

        var pages = await sut.GetPagesAsync("testort", "de");

        Assert.Equal(3, pages.Count);
        Assert.Equal(3, _cms.Attempts("/api/v3/testort/de/pages/"));
    }

    [Fact]
    public async Task Timeout_IsRetriedThenReportedWithTheUrl()
    {
        _cms.Hang("/api/v3/regions/");
        var sut = CreateSut(o => (o.Timeout, o.MaxRetries) = (TimeSpan.FromMilliseconds(200), 1));

        var error = await Assert.ThrowsAsync<CmsRequestException>(() => sut.GetRegionsAsync());

        Assert.Null(error.StatusCode);
        Assert.Contains("no answer within 0.2 s", error.Message);
        Assert.Contains("/api/v3/regions/", error.Message);
        Assert.Equal(2, _cms.Attempts("/api/v3/regions/"));
    }

    [Fact]
    public async Task InvalidJson_FailsNamingTheUrl()
    {
        _cms.Serve("/api/v3/testort/de/pages/", """[{"id": 1, "title": "abgeschnitten""");
        var sut = CreateSut();

        var error = await Assert.ThrowsAsync<CmsFormatException>(() => sut.GetPagesAsync("testort", "de"));

        Assert.Equal(new Uri(_cms.BaseUrl, "/api/v3/testort/de/pages/").ToString(), error.Origin);
        Assert.Contains("invalid JSON", error.Problem);
    }

    [Fact]
    public async Task NoServer_IsReportedAsUnreachable()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var sut = CmsApiClient.Create(new CmsOptions { BaseUrl = $"http://127.0.0.1:{closedPort}/", MaxRetries = 1, RetryDelay = TimeSpan.Zero });

        var error = await Assert.ThrowsAsync<CmsRequestException>(() => sut.GetRegionsAsync());

        Assert.Contains("could not reach the CMS", error.Message);
    }

    [Fact]
    public void Origin_IsTheBaseUrl()
    {
        var sut = CmsApiClient.Create(new CmsOptions { BaseUrl = "https://cms.example.test/" });

        Assert.Equal("https://cms.example.test", sut.Origin);
    }

    private CmsApiClient CreateSut(Action<CmsOptions>? configure = null)
    {
        var options = new CmsOptions { BaseUrl = _cms.BaseUrl.ToString(), RetryDelay = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return CmsApiClient.Create(options);
    }
}
