using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Storage;
using IpCity.TestKit;
using Microsoft.Data.Sqlite;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 20 (CI tier: 10 000 rows × 5 kill points, SQLite and, in the PostgreSQL job, PostgreSQL): the real CLI is killed with SIGKILL at
/// random points between 5 % and 80 % of its progress (watched through <c>--progress-file</c>, where the import holds
/// after the report that crosses the point, so the kill cannot arrive after the publish); after each kill the business tables hold none of the
/// file's rows and the batch is not Completed; the next import stores exactly the file (no duplicates, the
/// same checksum as a clean import into an empty store); a third run reports every row unchanged.
/// </summary>
[Collection("console")]
public sealed class Spec20_KilledImportTests
{
    private const int Rows = 10_000;
    private const int Kills = 5;

    private static readonly string[] s_businessTables =
        ["Patents", "PatentDocuments", "PatentParties", "PatentClassifications", "PatentPriorities", "PatentFamilyMembers", "PatentEvents", "Applicants", "ApplicantVariants"];

    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_kills_leave_nothing_published_and_the_reimport_equals_a_clean_import(string provider)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ipcity.dll");
        await using var clean = await TestDatabases.CreateAsync(provider);
        await using var store = await TestDatabases.CreateAsync(provider);
        var file = Path.Combine(clean.Storage.DataDirectory, "crash.csv");
        Assert.Equal(0, (await CliCommandTests.RunProcessAsync(dll, "demo", "generate", "--patents", Rows.ToString(CultureInfo.InvariantCulture), "--seed", "7", "--out", file, "--data", clean.Storage.DataDirectory)).Code);

        // The reference: the same file imported once, undisturbed, into an empty store.
        var reference = await CliCommandTests.RunProcessAsync([dll, "import", "patents", file, "--json", .. StoreArgs(clean)]);
        Assert.True(reference.Code == 0, reference.Output);
        var expected = await ChecksumAsync(clean);
        Assert.Equal(Rows, expected.Patents);

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var killedAt = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            // Kill at the first progress report (rows written inside the publish transaction, every 2 000) at or past a
            // random 5–80 % of the rows: two batches and the commit are still ahead. A kill that lands after the publish
            // fails the test below (the batch would be Completed); it is never taken as a pass.
            var threshold = random.Next(Rows * 5 / 100, (Rows * 80 / 100) + 1);
            killedAt.Add($"{await KillAtAsync(dll, file, store, threshold)} (≥ {threshold})");

            foreach (var table in s_businessTables)
            {
                var count = Assert.Single(await store.QueryAsync($"SELECT count(*) FROM {store.Table("ipdata", table)}"));
                Assert.True(count == "0", $"kill {kill + 1} (seed {seed}, at {string.Join(", ", killedAt)}): {table} holds {count} rows of the killed import; batches "
                    + string.Join(", ", await StatusesAsync(store)));
            }

            var statuses = await StatusesAsync(store);
            Assert.Equal(kill + 1, statuses.Count);
            Assert.Equal("Running", statuses[^1]);
            Assert.All(statuses.Take(kill), s => Assert.Equal("Interrupted", s));
            if (store.Storage.Provider == DatabaseProvider.Sqlite)
            {
                Assert.Equal("ok", Assert.Single(await store.QueryAsync("PRAGMA integrity_check")));
            }
        }

        await SessionsGoneAsync(store);
        var second = await CliCommandTests.RunProcessAsync([dll, "import", "patents", file, "--json", .. StoreArgs(store)]);
        Assert.True(second.Code == 0, second.Output);
        using (var doc = System.Text.Json.JsonDocument.Parse(second.Output[second.Output.IndexOf('{', StringComparison.Ordinal)..].Trim()))
        {
            var r = doc.RootElement;
            Assert.Equal(Rows, r.GetProperty("read").GetInt32());
            Assert.Equal(Rows, r.GetProperty("inserted").GetInt32());
            Assert.Equal(0, r.GetProperty("unchanged").GetInt32());
        }

        var after = await ChecksumAsync(store);
        Assert.Equal(Rows, after.Patents);
        Assert.Equal(0, after.DuplicateApplicationNumbers);
        Assert.Equal(0, after.PatentsWithoutDocument);
        if (store.Storage.Provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal("ok", Assert.Single(await store.QueryAsync("PRAGMA integrity_check")));
            Assert.Empty(await store.QueryAsync("PRAGMA foreign_key_check"));
        }

        Assert.True(expected.Digest == after.Digest, $"checksum differs from a clean import (seed {seed}, kills at {string.Join(", ", killedAt)})");
        Assert.Equal([.. Enumerable.Repeat("Interrupted", Kills), "Completed"], await StatusesAsync(store));

        var third = await CliCommandTests.RunProcessAsync([dll, "import", "patents", file, "--json", .. StoreArgs(store)]);
        Assert.Contains($"\"unchanged\":{Rows}", third.Output, StringComparison.Ordinal);
        Assert.Contains("\"inserted\":0", third.Output, StringComparison.Ordinal);
        Assert.Equal(expected.Digest, (await ChecksumAsync(store)).Digest);
    }

    internal static string[] StoreArgs(TestStore store) =>
        store.Storage.PostgresConnectionString is { } pg ? ["--data", store.Storage.DataDirectory, "--database", pg] : ["--data", store.Storage.DataDirectory];

    private static async Task<List<string>> StatusesAsync(TestStore store) =>
        [.. (await store.QueryAsync($"SELECT \"Status\" FROM {store.Table("ipdata", "ImportBatches")} ORDER BY \"Id\"")).Select(s => s!)];

    /// <summary>
    /// PostgreSQL: the server ends a killed client's session (and its import lock) when it sees the socket close;
    /// wait for that before the next import, which would otherwise be told 409 IMPORT_IN_PROGRESS.
    /// </summary>
    internal static async Task SessionsGoneAsync(TestStore store)
    {
        if (store.Storage.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        for (var i = 0; i < 200; i++)
        {
            if (Assert.Single(await store.QueryAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) == "0")
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("a killed import's database session did not end within 10 s");
    }

    /// <summary>
    /// Starts the import with <c>--progress-file</c> and kills it (SIGKILL, whole tree) as soon as the file reports
    /// <paramref name="threshold"/> rows written; returns the rows reported. The file, not standard output, is
    /// watched: a busy test host reads a pipe late.
    /// </summary>
    private static async Task<long> KillAtAsync(string dll, string file, TestStore store, long threshold)
    {
        await SessionsGoneAsync(store);
        var progressFile = Path.Combine(store.Storage.DataDirectory, $"progress-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "import", "patents", file, "--progress-file", progressFile }.Concat(StoreArgs(store)))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["CI"] = "true";
        // The import holds after its first report at or past the threshold (a test-only hold point): the kill below
        // lands there even when this host looks at the file late, instead of after the publish. Without the hold a
        // stall of three batches (~0.6 s on a loaded CI machine) once let the import commit first.
        start.Environment[IpCity.BuildingBlocks.Diagnostics.FailPoints.Variable] = $"{FileProgress.HoldPoint}={threshold}";
        using var import = Process.Start(start)!;
        var stdout = import.StandardOutput.ReadToEndAsync();
        var stderr = import.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var name = "import " + Path.GetFileName(file);
        while (true)
        {
            if (import.HasExited)
            {
                Assert.Fail($"the import ended (exit {import.ExitCode}) before it reported {threshold} rows: {await stdout} {await stderr}");
            }

            var done = File.Exists(progressFile)
                ? (await ReadSharedAsync(progressFile)).Select(l => l.Split('\t')).Where(f => f.Length == 3 && f[0] == name)
                    .Select(f => long.Parse(f[1], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max()
                : 0;
            if (done >= threshold)
            {
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync(timeout.Token);
                Assert.False(Directory.Exists($"/proc/{import.Id}"), "the import survived SIGKILL");
                var held = await stderr;
                Assert.True(held.Contains($"failpoint {FileProgress.HoldPoint}: holding at {done} ", StringComparison.Ordinal), $"the kill did not land on the hold at {done}: {held}");
                return done;
            }

            await Task.Delay(5, timeout.Token);
        }
    }

    private static async Task<string[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed record Checksum(string Digest, long Patents, long DuplicateApplicationNumbers, long PatentsWithoutDocument);

    /// <summary>
    /// A digest of the business content, independent of row ids and batch ids: every patent with its documents,
    /// parties (and the organisation each resolves to), classifications, priorities, family and events, and
    /// every organisation with its name variants.
    /// </summary>
    private static async Task<Checksum> ChecksumAsync(TestStore store)
    {
        string T(string table) => store.Table("ipdata", table);
        string[] queries =
        [
            $"SELECT \"ApplicationCountry\", \"ApplicationNumber\", \"Type\", \"Title\", \"Abstract\", \"FirstClaim\", \"ApplicationDate\", \"GrantDate\", \"MainIpc\", \"LegalStatus\", \"IsDomestic\", \"PrimaryDocument\", \"RegionCountyCode\", \"RegionStreetCode\", \"RegionRule\" FROM {T("Patents")} ORDER BY 1, 2",
            $"SELECT p.\"ApplicationNumber\", d.\"Country\", d.\"Number\", d.\"Kind\", d.\"PublicationDate\", d.\"IsGrant\", d.\"ContentHash\" FROM {T("PatentDocuments")} d JOIN {T("Patents")} p ON p.\"Id\" = d.\"PatentId\" ORDER BY 1, 2, 3, 4",
            $"SELECT p.\"ApplicationNumber\", x.\"Role\", x.\"Sequence\", x.\"Name\", x.\"Country\", x.\"Address\", x.\"CreditCode\", a.\"NameKey\" FROM {T("PatentParties")} x JOIN {T("Patents")} p ON p.\"Id\" = x.\"PatentId\" LEFT JOIN {T("Applicants")} a ON a.\"Id\" = x.\"ApplicantId\" ORDER BY 1, 2, 3",
            $"SELECT p.\"ApplicationNumber\", c.\"Scheme\", c.\"Symbol\", c.\"IsMain\" FROM {T("PatentClassifications")} c JOIN {T("Patents")} p ON p.\"Id\" = c.\"PatentId\" ORDER BY 1, 2, 3",
            $"SELECT p.\"ApplicationNumber\", c.\"Country\", c.\"Number\", c.\"Date\" FROM {T("PatentPriorities")} c JOIN {T("Patents")} p ON p.\"Id\" = c.\"PatentId\" ORDER BY 1, 2, 3",
            $"SELECT p.\"ApplicationNumber\", c.\"Country\", c.\"Number\", c.\"Kind\", c.\"IsGranted\" FROM {T("PatentFamilyMembers")} c JOIN {T("Patents")} p ON p.\"Id\" = c.\"PatentId\" ORDER BY 1, 2, 3, 4",
            $"SELECT p.\"ApplicationNumber\", e.\"Date\", e.\"Code\", e.\"Description\" FROM {T("PatentEvents")} e JOIN {T("Patents")} p ON p.\"Id\" = e.\"PatentId\" ORDER BY 1, 2, 3, 4",
            $"SELECT a.\"Name\", a.\"NameKey\", a.\"Type\", a.\"CreditCode\", a.\"Country\", m.\"NameKey\" FROM {T("Applicants")} a LEFT JOIN {T("Applicants")} m ON m.\"Id\" = a.\"MergedIntoId\" ORDER BY 2, 1",
            $"SELECT v.\"RawName\", a.\"NameKey\" FROM {T("ApplicantVariants")} v JOIN {T("Applicants")} a ON a.\"Id\" = v.\"ApplicantId\" ORDER BY 1, 2",
        ];
        await using System.Data.Common.DbConnection conn = store.Storage.Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(store.Storage.ConnectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={store.Storage.SqlitePath};Pooling=False");
        await conn.OpenAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var sql in queries)
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            cmd.CommandTimeout = 180;
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.IsDBNull(i) ? "\u2400" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001F');
                }

                hash.AppendData(Encoding.UTF8.GetBytes(row.Append('\u001E').ToString()));
            }

            hash.AppendData("\u001D"u8);
        }

        async Task<long> CountAsync(string sql) => long.Parse((await store.QueryAsync(sql)).Single()!, CultureInfo.InvariantCulture);
        return new Checksum(
            Convert.ToHexStringLower(hash.GetHashAndReset()),
            await CountAsync($"SELECT count(*) FROM {T("Patents")}"),
            await CountAsync($"SELECT count(*) FROM (SELECT \"ApplicationNumber\" FROM {T("Patents")} GROUP BY \"ApplicationCountry\", \"ApplicationNumber\" HAVING count(*) > 1) d"),
            await CountAsync($"SELECT count(*) FROM {T("Patents")} p WHERE NOT EXISTS (SELECT 1 FROM {T("PatentDocuments")} d WHERE d.\"PatentId\" = p.\"Id\")"));
    }
}
