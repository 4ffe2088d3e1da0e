using System.Reflection;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;

namespace IpCity.Web.Hosting;

public sealed record SystemStatus(string Version, string Store, string DataDirectory, IReadOnlyList<ModuleStatus> Modules, string? DurabilityProblem);

public sealed record ModuleStatus(string Module, bool Reachable, IReadOnlyList<string> PendingMigrations);

/// <summary>System administration (SysAdmin only): store, modules and migrations state.</summary>
internal static class SystemEndpoints
{
    public static void MapSystemEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/system/status", async (StorageOptions storage, IEnumerable<IModuleDatabase> databases, StoreStatus status, CancellationToken ct) =>
        {
            var modules = new List<ModuleStatus>();
            foreach (var db in databases)
            {
                var reachable = await db.CanConnectAsync(ct);
                modules.Add(new ModuleStatus(db.Module, reachable, reachable ? db.PendingMigrations() : []));
            }

            var version = typeof(SystemEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
            return Results.Ok(new SystemStatus(version, storage.Provider.ToString(), storage.Provider == DatabaseProvider.Sqlite ? storage.DataDirectory : "(PostgreSQL)", modules, status.DurabilityProblem));
        }).RequireAuthorization(Policies.SysAdmin).WithTags("System").WithName("GetSystemStatus");
    }
}
