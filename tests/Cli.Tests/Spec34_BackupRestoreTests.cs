using System.Data.Common;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Storage;
using IpCity.BuildingBlocks.Storage.Backup;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using IpCity.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 34 (CI tier: SQLite 20 k rows, small PostgreSQL): an online backup taken while a writer commits
/// batches of 5 rows restores to a new location where every batch is whole or absent, the integrity checks pass,
/// the audit chain verifies, the platform answers, and a RestoreDrillCompleted audit row records the timings.
/// </summary>
public sealed class Spec34_BackupRestoreTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_online_backup_restores_elsewhere_whole_verified_and_usable(string provider)
    {
        var patents = provider == TestDatabases.Sqlite ? 20_000 : 2_000;
        await using var source = await Platform.StartAsync(provider);
        var data = source.Store.Storage.DataDirectory;
        await source.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
        var csv = Path.Combine(Path.GetTempPath(), "ipcity-tests", Guid.NewGuid().ToString("N") + ".csv");
        await source.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(csv, patents, 7));
        var imported = await source.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([csv])));
        File.Delete(csv);
        Assert.Equal(patents, imported.Inserted);
        var before = await source.InScopeAsync(sp => sp.GetRequiredService<IPatentSearch>().SearchAsync(new SearchRequest("电池", Facets: false)));
        Assert.True(before.Total > 0);

        // Files that belong in a backup and files that do not.
        Directory.CreateDirectory(Path.Combine(data, "config"));
        await File.WriteAllTextAsync(Path.Combine(data, "config", "note.json"), "{\"城市\":\"南昌\"}");
        Directory.CreateDirectory(Path.Combine(data, "uploads", "x"));
        await File.WriteAllTextAsync(Path.Combine(data, "uploads", "x", "pending.csv"), "transient");

        // A writer commits 5 rows per transaction, as one statement each, until stopped — during the backup too.
        await source.Store.ExecuteRawAsync("CREATE TABLE drill_probe (batch INTEGER NOT NULL, n INTEGER NOT NULL)");
        using var stop = new CancellationTokenSource();
        var committed = 0;
        var writer = Task.Run(async () =>
        {
            await using var conn = Open(source.Store.Storage);
            await conn.OpenAsync();
            for (var batch = 1; !stop.IsCancellationRequested; batch++)
            {
                await using (var tx = await conn.BeginTransactionAsync())
                {
                    for (var n = 1; n <= 5; n++)
                    {
                        await using var insert = conn.CreateCommand();
                        insert.Transaction = tx;
                        insert.CommandText = $"INSERT INTO drill_probe (batch, n) VALUES ({batch}, {n})";
                        await insert.ExecuteNonQueryAsync();
                    }

                    await tx.CommitAsync();
                }

                Volatile.Write(ref committed, batch);
                await Task.Delay(5);
            }
        });
        while (Volatile.Read(ref committed) < 3)
        {
            await Task.Delay(10);
        }

        var committedBefore = Volatile.Read(ref committed);
        var outDir = Path.Combine(data, "backups");
        var backup = await source.Services.GetRequiredService<PlatformBackup>().BackupAsync(outDir);
        var committedAfter = Volatile.Read(ref committed);
        await stop.CancelAsync();
        await writer;

        Assert.True(committedAfter > committedBefore, "the writer committed nothing while the backup ran");
        Assert.StartsWith("ipcity-backup-", Path.GetFileName(backup.Folder), StringComparison.Ordinal);
        Assert.Contains(backup.Manifest.Files, f => f.Path == "files/config/note.json");
        Assert.DoesNotContain(backup.Manifest.Files, f => f.Path.Contains("uploads", StringComparison.Ordinal) || f.Path.Contains("keys", StringComparison.Ordinal) || f.Path.Contains("backups", StringComparison.Ordinal));
        Assert.Contains("audit-hmac-sm3", backup.Manifest.Keys.Keys);
        Assert.All(Directory.EnumerateFiles(backup.Folder, "*", SearchOption.AllDirectories), f => Assert.DoesNotContain(".key", f, StringComparison.Ordinal));
        Assert.Single(await source.Store.QueryAsync($"SELECT \"ObjectId\" FROM {source.Store.Table("access", "AuditEvents")} WHERE \"EventType\" = '{AuditEvents.BackupCompleted}'"));

        // Restore into an empty store elsewhere, with the source's keys.
        var target = await TestDatabases.CreateAsync(provider);
        await using var restored = await Platform.StartAsync(target, migrate: false);
        var report = await restored.Services.GetRequiredService<PlatformBackup>().RestoreAsync(backup.Folder, source.Store.Storage.KeysDirectory, drill: true);

        Assert.Equal(provider == TestDatabases.Sqlite ? "integrity_check ok, foreign_key_check empty" : "pg_restore ok, pg_amcheck clean", report.Integrity);
        Assert.True(report.AuditRowsVerified >= 3, $"audit rows verified: {report.AuditRowsVerified}");
        Assert.Equal(patents, report.IndexedPatents);
        Assert.True(report.Modules >= 8);

        // Every batch of 5 wholly present or absent; all those committed before the backup began are there.
        var counts = (await target.QueryAsync("SELECT count(*) FROM drill_probe GROUP BY batch ORDER BY batch")).Select(c => int.Parse(c!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(counts, c => Assert.Equal(5, c));
        Assert.InRange(counts.Count, committedBefore, committedAfter);
        var batches = (await target.QueryAsync("SELECT DISTINCT batch FROM drill_probe ORDER BY batch")).Select(b => int.Parse(b!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, batches.Count), batches);

        // The platform on the copy answers as the original did.
        var after = await restored.InScopeAsync(sp => sp.GetRequiredService<IPatentSearch>().SearchAsync(new SearchRequest("电池", Facets: false)));
        Assert.Equal(before.Total, after.Total);
        Assert.Equal("{\"城市\":\"南昌\"}", await File.ReadAllTextAsync(Path.Combine(target.Storage.DataDirectory, "config", "note.json")));
        Assert.False(Directory.Exists(Path.Combine(target.Storage.DataDirectory, "uploads")));
        Assert.All(restored.Services.GetServices<IModuleDatabase>(), db => Assert.Empty(db.PendingMigrations()));

        // The drill's own audit record, with its timings, in a chain that still verifies.
        var drill = Assert.Single(await target.QueryAsync($"SELECT \"Detail\" FROM {target.Table("access", "AuditEvents")} WHERE \"EventType\" = '{AuditEvents.RestoreDrillCompleted}'"));
        Assert.Matches(@"verify=[\d.]+s database=[\d.]+s migrate=[\d.]+s audit=[\d.]+s \(\d+ rows\) index=[\d.]+s \(\d+ patents\) total=[\d.]+s", drill);
        var chain = await restored.InScopeAsync(sp => sp.GetRequiredService<IpCity.Access.Contracts.IAuditVerifier>().VerifyAsync());
        Assert.True(chain.Ok, chain.Problem);
        Assert.Equal(report.AuditRowsVerified + 1, chain.RowsVerified);

        // The web platform started on the copy: ready, searchable anonymously, and an officer signs in and reads.
        await using var web = await IpCityWebFactory.StartAsync(target);
        using var anonymous = web.CreateApi();
        var ready = await anonymous.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        using (var search = System.Text.Json.JsonDocument.Parse(await (await anonymous.GetAsync("/api/patents?q=%E7%94%B5%E6%B1%A0&facets=false")).Content.ReadAsStringAsync()))
        {
            Assert.Equal(before.Total, search.RootElement.GetProperty("total").GetInt64());
        }

        using var officer = await web.LoginAsync(IpCity.BuildingBlocks.Security.Roles.CityOfficer);
        var units = await officer.GetAsync("/api/organisations/units");
        Assert.Equal(System.Net.HttpStatusCode.OK, units.StatusCode);
        Assert.Contains("红谷滩区", await units.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A restore refuses, with a named error and the target left as it was, every way a backup or target can be wrong.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_restore_refuses_corrupt_incomplete_or_foreign_backups_and_live_targets(string provider)
    {
        await using var source = await Platform.StartAsync(provider);
        await source.InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry("TestEvent", AuditOutcome.Success)));
        Directory.CreateDirectory(Path.Combine(source.Store.Storage.DataDirectory, "config"));
        await File.WriteAllTextAsync(Path.Combine(source.Store.Storage.DataDirectory, "config", "a.json"), "{}");
        var backups = Path.Combine(Path.GetTempPath(), "ipcity-tests", Guid.NewGuid().ToString("N"));
        var backup = (await source.Services.GetRequiredService<PlatformBackup>().BackupAsync(backups)).Folder;
        var keys = source.Store.Storage.KeysDirectory;

        async Task<IpCityException> Refused(string folder, string? keysFrom, TestStore? into = null)
        {
            var target = into ?? await TestDatabases.CreateAsync(provider);
            try
            {
                var ex = await Assert.ThrowsAsync<IpCityException>(() => StoreBackup.RestoreAsync(folder, target.Storage, keysFrom));
                if (into is null)
                {
                    // Nothing written: no database, no tables.
                    Assert.False(File.Exists(target.Storage.SqlitePath));
                    if (provider == TestDatabases.Postgres)
                    {
                        Assert.Equal("0", Assert.Single(await target.QueryAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")));
                    }
                }

                return ex;
            }
            finally
            {
                if (into is null)
                {
                    await target.DisposeAsync();
                }
            }
        }

        // The source itself is a live store.
        Assert.Equal("RESTORE_TARGET_NOT_EMPTY", (await Refused(backup, keys, source.Store)).Code);
        // No keys, then other keys.
        var missing = await Refused(backup, null);
        Assert.Equal("RESTORE_KEYS_MISSING", missing.Code);
        Assert.Contains("audit-hmac-sm3", missing.Message, StringComparison.Ordinal);
        var otherKeys = Path.Combine(backups, "other-keys");
        Directory.CreateDirectory(otherKeys);
        await File.WriteAllTextAsync(Path.Combine(otherKeys, "audit-hmac-sm3.key"), Convert.ToBase64String(new byte[32]));
        Assert.Equal("RESTORE_KEYS_MISMATCH", (await Refused(backup, otherKeys)).Code);
        // A folder that is not a backup, and one a crash left half-written.
        Assert.Equal("BACKUP_NOT_FOUND", (await Refused(otherKeys, keys)).Code);
        var partial = backup + ".partial";
        CopyFolder(backup, partial);
        Assert.Equal("BACKUP_INCOMPLETE", (await Refused(partial, keys)).Code);
        // A manifest that points outside its folder.
        var manifest = Path.Combine(backup, StoreBackup.ManifestFile);
        var original = await File.ReadAllTextAsync(manifest);
        await File.WriteAllTextAsync(manifest, original.Replace("files/config/a.json", "../../escape.json", StringComparison.Ordinal));
        Assert.Equal("BACKUP_CORRUPT", (await Refused(backup, keys)).Code);
        await File.WriteAllTextAsync(manifest, original);
        // One flipped byte in the database or a data file, or a file gone: named by its path.
        var databaseFile = Directory.EnumerateFiles(Path.Combine(backup, "database")).Single();
        var bytes = await File.ReadAllBytesAsync(databaseFile);
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(databaseFile, bytes);
        var corrupt = await Refused(backup, keys);
        Assert.Equal("BACKUP_CORRUPT", corrupt.Code);
        Assert.Equal("database/" + Path.GetFileName(databaseFile), corrupt.Details["file"]);
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(databaseFile, bytes);
        File.Delete(Path.Combine(backup, "files", "config", "a.json"));
        Assert.Equal("files/config/a.json", (await Refused(backup, keys)).Details["file"]);

        if (provider == TestDatabases.Sqlite)
        {
            // A database damaged before its digest was taken (the digests agree): the integrity check refuses it and
            // nothing of it is left in the target.
            await File.WriteAllTextAsync(Path.Combine(backup, "files", "config", "a.json"), "{}");
            var damaged = await File.ReadAllBytesAsync(databaseFile);
            Array.Fill(damaged, (byte)0xFF, 100, 12);
            await File.WriteAllBytesAsync(databaseFile, damaged);
            var relative = "database/" + Path.GetFileName(databaseFile);
            await using (var stream = File.OpenRead(databaseFile))
            {
                var digest = "sm3:" + Convert.ToHexStringLower(await IpCity.BuildingBlocks.Crypto.Sm3.HashAsync(stream));
                var json = System.Text.Json.Nodes.JsonNode.Parse(original)!;
                var entry = json["files"]!.AsArray().Single(f => (string?)f!["path"] == relative)!;
                entry["sm3"] = digest;
                await File.WriteAllTextAsync(manifest, json.ToJsonString());
            }

            await using var target = await TestDatabases.CreateAsync(provider);
            var integrity = await Assert.ThrowsAsync<IpCityException>(() => StoreBackup.RestoreAsync(backup, target.Storage, keys));
            Assert.Equal("RESTORE_INTEGRITY", integrity.Code);
            Assert.False(File.Exists(target.Storage.SqlitePath));
            Assert.False(File.Exists(target.Storage.SqlitePath + ".restoring"));
        }

        Directory.Delete(backups, recursive: true);
    }

    private static DbConnection Open(StorageOptions storage) => storage.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(storage.ConnectionString) { Pooling = false }.ConnectionString)
        : new SqliteConnection(storage.ConnectionString);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
