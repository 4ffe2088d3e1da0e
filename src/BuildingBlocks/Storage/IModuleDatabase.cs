using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.BuildingBlocks.Storage;

/// <summary>What each module with a store exposes to the hosts: migrate, and check for model drift.</summary>
public interface IModuleDatabase
{
    string Module { get; }

    Task MigrateAsync(CancellationToken ct = default);

    Task<bool> CanConnectAsync(CancellationToken ct = default);

    bool HasPendingModelChanges();

    IReadOnlyList<string> PendingMigrations();

    Task<DurabilityGuard.Report> CheckDurabilityAsync(CancellationToken ct = default);
}

/// <summary>Generic implementation over a module's DbContext.</summary>
public abstract class ModuleDatabase<TContext> : IModuleDatabase
    where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;

    protected ModuleDatabase(string module, IServiceScopeFactory scopes)
    {
        Module = module;
        _scopes = scopes;
    }

    public string Module { get; }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(ct);
    }

    public async Task<bool> CanConnectAsync(CancellationToken ct = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.Database.CanConnectAsync(ct);
    }

    public bool HasPendingModelChanges()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return db.Database.HasPendingModelChanges();
    }

    public async Task<DurabilityGuard.Report> CheckDurabilityAsync(CancellationToken ct = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await DurabilityGuard.CheckAsync(db, ct);
    }

    public IReadOnlyList<string> PendingMigrations()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return db.Database.GetPendingMigrations().ToList();
    }
}
