using Microsoft.Extensions.DependencyInjection;

namespace IpCity.BuildingBlocks.Storage;

public static class ModuleDatabases
{
    /// <summary>Migrates every module store, in registration order.</summary>
    public static async Task MigrateAllAsync(this IServiceProvider services, Action<string>? progress = null, CancellationToken ct = default)
    {
        foreach (var db in services.GetServices<IModuleDatabase>())
        {
            progress?.Invoke($"migrate {db.Module}");
            await db.MigrateAsync(ct);
        }
    }
}
