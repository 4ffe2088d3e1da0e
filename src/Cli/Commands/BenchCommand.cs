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
    [Description("audit: append N audit rows, then verify the chain (SECURITY.md spec 26); patents: parse limit, import, index build, RSS, search p50/p99 beside a LIKE scan, export (issue 3 §8); indicators: recompute every indicator for every unit for one year beside the same counts written directly in SQL (issue 4 §10)")]
    public string Target { get; init; } = "audit";

    [CommandOption("--rows <N>")]
    public int Rows { get; init; } = 10_000;

    [CommandOption("--patents <N>")]
    [Description("patents: generate a synthetic CN export of N patents (ignored with --file)")]
    public int Patents { get; init; } = 200_000;

    [CommandOption("--seed <S>")]
    public int Seed { get; init; } = 1;

    [CommandOption("--file <PATH>")]
    [Description("patents: benchmark this file (CSV/XLSX/XML) instead of a generated one")]
    public string? File { get; init; }

    [CommandOption("--xml-copies <K>")]
    [Description("patents with an XML --file: benchmark a file of K renumbered copies of its documents")]
    public int XmlCopies { get; init; } = 1;

    [CommandOption("--reps <N>")]
    [Description("patents: timed runs per query (p50/p99 over these)")]
    public int Repetitions { get; init; } = 200;

    [CommandOption("--year <Y>")]
    [Description("indicators: statistical year (reference date 31 December)")]
    public int Year { get; init; } = 2024;

    [CommandOption("--import-only")]
    [Description("patents: stop after the parse limit, the import and peak RSS (profiling the import)")]
    public bool ImportOnly { get; init; }

    [CommandOption("--no-like")]
    [Description("patents: skip the LIKE scan comparison")]
    public bool NoLike { get; init; }

    public override ValidationResult Validate() =>
        Target is not ("audit" or "patents" or "indicators") ? ValidationResult.Error("unknown bench target (known: audit, patents, indicators)")
        : Year is < 2000 or > 2100 ? ValidationResult.Error("--year must be between 2000 and 2100")
        : Rows is < 1 or > 10_000_000 ? ValidationResult.Error("--rows must be between 1 and 10 000 000")
        : Patents is < 1 or > 5_000_000 ? ValidationResult.Error("--patents must be between 1 and 5 000 000")
        : Repetitions is < 1 or > 10_000 ? ValidationResult.Error("--reps must be between 1 and 10 000")
        : XmlCopies is < 1 or > 1_000 ? ValidationResult.Error("--xml-copies must be between 1 and 1 000")
        : File is not null && !System.IO.File.Exists(File) ? ValidationResult.Error("--file: no such file: " + File)
        : ValidationResult.Success();
}

/// <summary>
/// Benchmarks recorded in docs/benchmarks.md. Runs against a throw-away store (a temp folder unless
/// --data/--database name one) so it never touches production data.
/// </summary>
internal sealed class BenchCommand : AsyncCommand<BenchSettings>
{
    private static async Task<int> PatentsAsync(ServiceProvider sp, BenchSettings settings, string folder, CancellationToken ct)
    {
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync(null, ct);
        }

        var file = settings.File;
        if (file is null)
        {
            Directory.CreateDirectory(folder);
            file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"synthetic-{settings.Patents}-{settings.Seed}.csv"));
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IpCity.IpData.Contracts.IDemoPatentGenerator>().GenerateAsync(file, settings.Patents, settings.Seed, ct);
        }

        if (settings.XmlCopies > 1 && file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(folder);
            var repeated = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(file)}-x{settings.XmlCopies}.xml"));
            var documents = sp.GetRequiredService<IpCity.IpData.Contracts.IPatentBenchmark>().RepeatXml(file, settings.XmlCopies, repeated);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{repeated}: {documents} documents ({settings.XmlCopies} renumbered copies of {Path.GetFileName(file)})"));
            file = repeated;
        }

        IpCity.IpData.Contracts.PatentBenchmarkReport? r = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "bench patents", async progress =>
            r = await sp.GetRequiredService<IpCity.IpData.Contracts.IPatentBenchmark>().RunAsync(file, settings.Repetitions, !settings.NoLike, progress, ct, settings.ImportOnly));
        var store = sp.GetRequiredService<StorageOptions>().Provider;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"bench patents: store={store} file={r!.File} ({r.FileBytes / 1048576.0:F1} MB, {r.Format}) patents={r.Patents} cores={Environment.ProcessorCount} date={DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine(string.Create(inv, $"| parse limit | {r.ParsedRecords} records in {r.ParseSeconds:F2} s = {r.ParseRate:F0} records/s |"));
        Console.WriteLine(string.Create(inv, $"| import (no index) | {r.ImportRead} read, {r.ImportStored} stored in {r.ImportSeconds:F1} s = {r.ImportRate:F0} records/s = {r.ImportToParse:F3} × parse |"));
        if (settings.ImportOnly)
        {
            Console.WriteLine(string.Create(inv, $"| peak RSS | {r.PeakRssAfterImportBytes / 1048576.0:F0} MB after import |"));
            return 0;
        }

        Console.WriteLine(string.Create(inv, $"| index build | {r.Indexed} patents in {r.IndexSeconds:F1} s = {r.Indexed / Math.Max(r.IndexSeconds, 1e-9):F0} patents/s |"));
        Console.WriteLine(string.Create(inv, $"| peak RSS | {r.PeakRssAfterImportBytes / 1048576.0:F0} MB after import, {r.PeakRssAfterIndexBytes / 1048576.0:F0} MB after the index build, {r.PeakRssBytes / 1048576.0:F0} MB after search and export (VmHWM, includes mapped index pages) |"));
        Console.WriteLine(string.Create(inv, $"| export | {r.Exported} rows in {r.ExportSeconds:F1} s |"));
        Console.WriteLine("| query | hits | LIKE hits | p50 ms | p99 ms | with facets ms | LIKE ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var q in r.Queries)
        {
            Console.WriteLine(string.Create(inv, $"| `{q.Query}` | {q.Hits} | {q.LikeHits?.ToString(inv) ?? "-"} | {q.P50Ms:F2} | {q.P99Ms:F2} | {q.WithFacetsMs:F1} | {q.LikeMs?.ToString("F0", inv) ?? "-"} |"));
        }

        var p99 = r.Queries.Max(q => q.P99Ms);
        var mismatch = r.Queries.Where(q => q.LikeHits is { } l && l != q.Hits).ToList();
        Console.WriteLine(string.Create(inv, $"worst p99 {p99:F2} ms; hit counts {(mismatch.Count == 0 ? "identical to the LIKE scan" : "DIFFER for " + string.Join(", ", mismatch.Select(m => m.Query)))}; export {(r.Exported == r.Patents ? "complete" : "INCOMPLETE")}"));
        return mismatch.Count == 0 && r.Exported == r.Patents ? 0 : 3;
    }

    /// <summary>
    /// Issue 4 §10: one full recompute (all indicators, all units, one year) against the same valid/high-value
    /// counts written directly in SQL on the same store; the counts must agree (exit 3 otherwise).
    /// </summary>
    private static async Task<int> IndicatorsAsync(ServiceProvider sp, BenchSettings settings, string folder, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync(null, ct);
        }

        var file = settings.File;
        if (file is null)
        {
            Directory.CreateDirectory(folder);
            file = Path.Combine(folder, string.Create(inv, $"synthetic-{settings.Patents}-{settings.Seed}.csv"));
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IpCity.IpData.Contracts.IDemoPatentGenerator>().GenerateAsync(file, settings.Patents, settings.Seed, ct);
        }

        var import = Stopwatch.StartNew();
        IpCity.IpData.Contracts.ImportResult? imported = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "import", async progress =>
        {
            await using var scope = sp.CreateAsyncScope();
            imported = await scope.ServiceProvider.GetRequiredService<IpCity.IpData.Contracts.IPatentImporter>()
                .ImportAsync(new IpCity.IpData.Contracts.ImportRequest([file], UpdateIndex: false), progress, ct);
        });
        import.Stop();

        var date = new DateOnly(settings.Year, 12, 31);
        async Task<(double Seconds, IReadOnlyList<IpCity.IpData.Contracts.UnitPatentCounts> Counts)> SqlAsync()
        {
            await using var scope = sp.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var counts = await scope.ServiceProvider.GetRequiredService<IpCity.IpData.Contracts.IIndicatorSqlReference>().CountAsync(date, 10, ct);
            return (watch.Elapsed.TotalSeconds, counts);
        }

        var sqlCold = await SqlAsync();
        IpCity.Monitoring.Contracts.RecomputeResult? warmUp = null;
        IpCity.Monitoring.Contracts.RecomputeResult? first = null;
        IpCity.Monitoring.Contracts.RecomputeResult? again = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "recompute", async progress =>
        {
            // The process's first recompute includes compiling the code (JIT); it runs on the year before, so the
            // measured one below still computes and stores every value of the year from nothing.
            await using (var scope = sp.CreateAsyncScope())
            {
                warmUp = await scope.ServiceProvider.GetRequiredService<IpCity.Monitoring.Contracts.IIndicatorEngine>().RecomputeAsync(settings.Year - 1, null, progress, ct);
            }

            await using (var scope = sp.CreateAsyncScope())
            {
                first = await scope.ServiceProvider.GetRequiredService<IpCity.Monitoring.Contracts.IIndicatorEngine>().RecomputeAsync(settings.Year, null, progress, ct);
            }

            await using (var scope = sp.CreateAsyncScope())
            {
                again = await scope.ServiceProvider.GetRequiredService<IpCity.Monitoring.Contracts.IIndicatorEngine>().RecomputeAsync(settings.Year, null, progress, ct);
            }
        });
        var sqlWarm = await SqlAsync();

        // The engine's counts per unit against the SQL ones.
        var differences = new List<string>();
        await using (var scope = sp.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<IpCity.Monitoring.Contracts.IIndicatorService>();
            foreach (var unit in sqlWarm.Counts)
            {
                var valid = (await service.GetAsync(IpCity.Monitoring.Contracts.IndicatorCodes.ValidInventionPatents, unit.Unit, settings.Year, null, ct)).Latest?.Numerator ?? 0;
                var high = (await service.GetAsync(IpCity.Monitoring.Contracts.IndicatorCodes.HighValueInventionPatents, unit.Unit, settings.Year, null, ct)).Latest?.Numerator ?? 0;
                if (valid != unit.ValidInventions || high != unit.HighValue)
                {
                    differences.Add(string.Create(inv, $"{unit.Unit}: engine {valid}/{high}, SQL {unit.ValidInventions}/{unit.HighValue}"));
                }
            }
        }

        var best = Math.Min(sqlCold.Seconds, sqlWarm.Seconds);
        var store = sp.GetRequiredService<StorageOptions>().Provider;
        Console.WriteLine(string.Create(inv, $"bench indicators: store={store} patents={imported!.Inserted + imported.Unchanged} year={settings.Year} cores={Environment.ProcessorCount} date={DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine(string.Create(inv, $"| import (no index) | {import.Elapsed.TotalSeconds:F1} s |"));
        Console.WriteLine(string.Create(inv, $"| direct SQL (valid + high-value per unit) | {sqlCold.Seconds:F2} s cold, {sqlWarm.Seconds:F2} s warm |"));
        Console.WriteLine(string.Create(inv, $"| engine: first recompute in the process (year {settings.Year - 1}, includes JIT) | {warmUp!.Seconds:F2} s |"));
        Console.WriteLine(string.Create(inv, $"| engine: full recompute ({first!.Values} values, all indicators, all units) | {first.Seconds:F2} s = {first.Seconds / best:F2} × SQL |"));
        Console.WriteLine(string.Create(inv, $"| engine: recompute again, inputs unchanged ({again!.Unchanged} unchanged) | {again.Seconds:F2} s = {again.Seconds / best:F2} × SQL |"));
        Console.WriteLine(string.Create(inv, $"units compared: {sqlWarm.Counts.Count}; counts {(differences.Count == 0 ? "identical" : "DIFFER: " + string.Join("; ", differences))}; target ≤ 2 × SQL: {(first.Seconds <= 2 * best ? "met" : "NOT met")}"));
        return differences.Count == 0 ? 0 : 3;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var temp = settings.Data is null && settings.Database is null ? Path.Combine(Path.GetTempPath(), "ipcity-bench-" + Guid.NewGuid().ToString("N")) : null;
        var effective = new GlobalSettings { Data = temp ?? settings.Data, Database = settings.Database };
        try
        {
            await using var sp = CliHost.Build(effective);
            await sp.MigrateAllAsync(null, cancellationToken);
            if (settings.Target == "indicators")
            {
                return await IndicatorsAsync(sp, settings, temp ?? settings.Data ?? Path.GetTempPath(), cancellationToken);
            }

            if (settings.Target == "patents")
            {
                return await PatentsAsync(sp, settings, temp ?? settings.Data ?? Path.GetTempPath(), cancellationToken);
            }

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
