using IpCity.BuildingBlocks.Storage;

namespace IpCity.Web.Hosting;

/// <summary>
/// /health and /health/live: the process answers. /health/ready: every module store is reachable.
/// Anonymous bodies are only Healthy / Unhealthy (SECURITY.md spec 32).
/// </summary>
internal static class Health
{
    public static void MapIpCityHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Text("Healthy")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/health/live", () => Results.Text("Healthy")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/health/ready", async (IEnumerable<IModuleDatabase> databases, StoreStatus status, ILoggerFactory logs, CancellationToken ct) =>
        {
            if (status.DurabilityProblem is not null)
            {
                return Results.Text("Unhealthy", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                foreach (var db in databases)
                {
                    if (!await db.CanConnectAsync(timeout.Token) || db.PendingMigrations().Count > 0)
                    {
                        return Results.Text("Unhealthy", statusCode: StatusCodes.Status503ServiceUnavailable);
                    }
                }

                return Results.Text("Healthy");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logs.CreateLogger("Health").LogWarning("Readiness check failed: {Error}", ex.GetType().Name);
                return Results.Text("Unhealthy", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().ExcludeFromDescription();
    }
}

/// <summary>Problems found at startup that make the instance not ready.</summary>
public sealed class StoreStatus
{
    public string? DurabilityProblem { get; set; }
}
