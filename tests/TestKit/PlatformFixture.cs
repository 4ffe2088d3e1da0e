using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IpCity.TestKit;

/// <summary>The platform's services (as the CLI builds them) over a fresh store, migrated, with a fake clock.</summary>
public sealed class Platform : IAsyncDisposable
{
    private readonly bool _ownsStore;

    private Platform(TestStore store, ServiceProvider services, FakeTimeProvider clock, bool ownsStore)
    {
        _ownsStore = ownsStore;
        Store = store;
        Services = services;
        Clock = clock;
    }

    public TestStore Store { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    /// <param name="now">The fake clock's start (default 2026-03-02 01:00 UTC); it can only move forward.</param>
    public static async Task<Platform> StartAsync(string provider, IDictionary<string, string?>? settings = null, bool migrate = true, DateTimeOffset? now = null) =>
        await StartAsync(migrate ? await TestDatabases.CreateMigratedAsync(provider) : await TestDatabases.CreateAsync(provider), settings, migrate, now);

    /// <summary>The platform over a store made beforehand (e.g. an empty one to restore a backup into); disposing it disposes the store unless <paramref name="ownsStore"/> is false.</summary>
    public static async Task<Platform> StartAsync(TestStore store, IDictionary<string, string?>? settings = null, bool migrate = true, DateTimeOffset? now = null, bool ownsStore = true)
    {
        var values = new Dictionary<string, string?>
        {
            ["data"] = store.Storage.DataDirectory,
            ["database"] = store.Storage.PostgresConnectionString,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IRequestContext>(new SystemRequestContext("test"));
        WebApp.AddPlatform(services, configuration);
        var provider2 = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var platform = new Platform(store, provider2, clock, ownsStore);
        if (migrate)
        {
            await provider2.MigrateAllAsync();
        }

        return platform;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsStore)
        {
            await Store.DisposeAsync();
        }
    }
}
