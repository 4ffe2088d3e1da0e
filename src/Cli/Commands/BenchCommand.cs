using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

public sealed class BenchSettings : GlobalSettings
{
    [CommandArgument(0, "<TARGET>")]
    [Description("audit: append N audit rows, then verify the chain (SECURITY.md spec 26: 10 000 rows verify in < 5 s)")]
    public string Target { get; init; } = "audit";

    [CommandOption("--rows <N>")]
    public int Rows { get; init; } = 10_000;

    public override ValidationResult Validate() =>
        Target != "audit" ? ValidationResult.Error("unknown bench target (known: audit)")
        : Rows is < 1 or > 10_000_000 ? ValidationResult.Error("--rows must be between 1 and 10 000 000")
        : ValidationResult.Success();
}

/// <summary>
/// Benchmarks recorded in docs/benchmarks.md. Runs against a throw-away store (a temp folder unless
/// --data/--database name one) so it never touches production data.
/// </summary>
internal sealed class BenchCommand : AsyncCommand<BenchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var temp = settings.Data is null && settings.Database is null ? Path.Combine(Path.GetTempPath(), "ipcity-bench-" + Guid.NewGuid().ToString("N")) : null;
        var effective = new GlobalSettings { Data = temp ?? settings.Data, Database = settings.Database };
        try
        {
            await using var sp = CliHost.Build(effective);
            await sp.MigrateAllAsync(null, cancellationToken);

            var append = Stopwatch.StartNew();
            await CliProgress.RunAsync(AnsiConsole.Console, "append audit rows", async progress =>
            {
                for (var i = 1; i <= settings.Rows; i++)
                {
                    await using var scope = sp.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(
                        new AuditEntry("BenchEvent", AuditOutcome.Success, "Bench", i.ToString(CultureInfo.InvariantCulture), "bench row"), cancellationToken);
                    if (i % 500 == 0 || i == settings.Rows)
                    {
                        progress.Report("append audit rows", i, settings.Rows);
                    }
                }
            });
            append.Stop();

            await using var verifyScope = sp.CreateAsyncScope();
            var verify = Stopwatch.StartNew();
            var result = await verifyScope.ServiceProvider.GetRequiredService<IAuditVerifier>().VerifyAsync(null, cancellationToken);
            verify.Stop();
            var store = sp.GetRequiredService<StorageOptions>().Provider;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench audit: store={store} rows={settings.Rows} append={append.Elapsed.TotalSeconds:F2}s ({settings.Rows / append.Elapsed.TotalSeconds:F0} rows/s) verify={verify.Elapsed.TotalSeconds:F3}s ok={result.Ok} verified={result.RowsVerified}"));
            return result.Ok ? 0 : 3;
        }
        finally
        {
            if (temp is not null && Directory.Exists(temp))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
