using Integreat.Content.Cms;
using Integreat.Content.Import;
using Integreat.Content.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integreat.Content;

/// <summary>Registers what Integreat.Content offers a host.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CmsOptions"/> (section <c>Cms</c>) and <see cref="StorageOptions"/> (section <c>Storage</c>),
    /// validated at start; the <see cref="SqliteContentStore"/> in the data directory as <see cref="IContentStore"/> and
    /// <see cref="IWritableContentStore"/> (one singleton); the typed <see cref="CmsApiClient"/> with its timeouts and
    /// retries; and <see cref="ContentImporter"/>.
    /// </summary>
    public static IServiceCollection AddIntegreatContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CmsOptions>()
            .Bind(configuration.GetSection(CmsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SqliteContentStore(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveDataDirectory(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IWritableContentStore>(sp => sp.GetRequiredService<SqliteContentStore>());
        services.TryAddSingleton<IContentStore>(sp => sp.GetRequiredService<SqliteContentStore>());

        services.AddHttpClient<CmsApiClient>((sp, http) => CmsResilience.ConfigureClient(http, sp.GetRequiredService<IOptions<CmsOptions>>().Value))
            .AddResilienceHandler(CmsResilience.PipelineName, (builder, context) =>
                CmsResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<CmsOptions>>().Value));

        services.TryAddTransient(sp => new ContentImporter(
            sp.GetRequiredService<IWritableContentStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<ContentImporter>>()));
        return services;
    }
}
