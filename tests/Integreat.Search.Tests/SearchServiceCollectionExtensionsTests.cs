using Microsoft.Extensions.DependencyInjection;

namespace Integreat.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "integreat-search-di-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void One_index_in_the_given_directory_serves_searching_and_indexing()
    {
        var services = new ServiceCollection().AddIntegreatSearch(_ => _directory);

        using (var provider = services.BuildServiceProvider())
        {
            var index = provider.GetRequiredService<ISearchIndex>();

            Assert.Same(index, provider.GetRequiredService<ISearchIndexer>());
            Assert.IsType<LuceneSearchIndex>(index);
        }

        Assert.NotEmpty(Directory.GetFiles(_directory));
    }
}
