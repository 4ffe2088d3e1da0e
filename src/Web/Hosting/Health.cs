using System.Net;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using Microsoft.AspNetCore.Authorization;

namespace IpCity.Web.Hosting;

/// <summary>
/// /health and /health/live: the process answers. /health/ready: the durability guard holds and every module store is
/// reachable and migrated. Bodies are only Healthy / Unhealthy; with <c>?details=true</c>, a caller on this machine (the
/// connection's own address is loopback — a forwarded address counts only from a trusted proxy) or a signed-in SysAdmin
/// past the second factor gets each check with its status and named code (SECURITY.md spec 32: details only for
/// localhost or admins).
/// </summary>
internal static class Health
{
    public static void MapIpCityHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Text("Healthy")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/health/live", () => Results.Text("Healthy")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/health/ready", async (HttpContext http, bool? details, IEnumerable<IModuleDatabase> databases, StoreStatus status, ILoggerFactory logs, IAuthorizationService authorization, CancellationToken ct) =>
        {
            var checks = await CheckAsync(databases, status, logs, ct);
            var healthy = checks.All(c => c.Healthy);
            var word = healthy ? "Healthy" : "Unhealthy";
            var code = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            if (details == true && await MayReadDetailsAsync(http, authorization))
            {
                return Results.Json(new ReadinessDetails(word, checks), statusCode: code);
            }

            return Results.Text(word, statusCode: code);
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>Every check, not only the first failing one (at most 5 s in all).</summary>
    private static async Task<List<ReadinessCheck>> CheckAsync(IEnumerable<IModuleDatabase> databases, StoreStatus status, ILoggerFactory logs, CancellationToken ct)
    {
        var checks = new List<ReadinessCheck>
        {
            status.DurabilityProblem is { } problem
                ? new ReadinessCheck("durability", false, ErrorCodes.DbDurability, problem)
                : new ReadinessCheck("durability", true, null, null),
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        foreach (var db in databases)
        {
            var name = "store:" + db.Module;
            try
            {
                if (!await db.CanConnectAsync(timeout.Token))
                {
                    checks.Add(new ReadinessCheck(name, false, "DB_UNREACHABLE", null));
                }
                else if (db.PendingMigrations() is { Count: > 0 } pending)
                {
                    checks.Add(new ReadinessCheck(name, false, "DB_MIGRATIONS_PENDING", $"{pending.Count} pending"));
                }
                else
                {
                    checks.Add(new ReadinessCheck(name, true, null, null));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logs.CreateLogger("Health").LogWarning("Readiness check {Check} failed: {Error}", name, ex.GetType().Name);
                checks.Add(new ReadinessCheck(name, false, "DB_UNREACHABLE", ex.GetType().Name));
            }
        }

        return checks;
    }

    private static async Task<bool> MayReadDetailsAsync(HttpContext http, IAuthorizationService authorization) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)
        || (await authorization.AuthorizeAsync(http.User, Policies.SysAdmin)).Succeeded;
}

/// <summary>One readiness check: healthy, or the named code of what is wrong.</summary>
public sealed record ReadinessCheck(string Name, bool Healthy, string? Code, string? Detail);

public sealed record ReadinessDetails(string Status, IReadOnlyList<ReadinessCheck> Checks);

/// <summary>Problems found at startup that make the instance not ready.</summary>
public sealed class StoreStatus
{
    public string? DurabilityProblem { get; set; }
}
