using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Progress;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace IpCity.BuildingBlocks.Storage.Backup;

/// <summary>
/// Online backup of a whole store and its restore to a new location (SECURITY.md spec 34; 等保 2.0 level 3
/// "重要数据的本地数据备份与恢复"). A backup is one folder: the database as one consistent snapshot (SQLite's online
/// backup API, which reads one snapshot while writers go on; PostgreSQL <c>pg_dump -Fc</c>, one repeatable-read
/// transaction), then the data directory's files (evidence, configuration overrides, generated reports), and a
/// manifest with every file's size and SM3 digest. The folder is written as <c>*.partial</c> and renamed when
/// complete, so a crash never leaves a folder that looks finished.
/// <para>Keys are never in a backup (a backup that holds its own keys protects nothing): the manifest keeps an SM3
/// fingerprint of each key, and a restore refuses to proceed unless the target's key ring has the same keys
/// (copied with <c>--keys</c>). Derived data (the search index) and transient files (uploads) are rebuilt, not
/// copied.</para>
/// </summary>
public static class StoreBackup
{
    public const string Format = "ipcity-backup/1";
    public const string ManifestFile = "manifest.json";
    private const string PartialSuffix = ".partial";

    /// <summary>Top-level entries of the data directory a backup leaves out: the live database (copied as a
    /// snapshot instead), keys, derived and transient data, earlier backups, and the demo's password list.</summary>
    private static readonly HashSet<string> s_excluded = new(StringComparer.Ordinal)
    {
        StorageOptions.SqliteFileName, StorageOptions.SqliteFileName + "-wal", StorageOptions.SqliteFileName + "-shm",
        StorageOptions.SqliteFileName + "-journal", "keys", "uploads", "index", "backups", "locks", "tmp", "demo-accounts.txt",
    };

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes a backup folder under <paramref name="outDirectory"/> and returns its manifest and path.</summary>
    public static async Task<BackupResult> BackupAsync(StorageOptions storage, string outDirectory, DateTimeOffset now, IProgressSink? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        progress ??= NullProgressSink.Instance;
        var started = Stopwatch.StartNew();
        var name = "ipcity-backup-" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var root = Path.GetFullPath(outDirectory);
        var folder = Path.Combine(root, name);
        for (var n = 2; Directory.Exists(folder) || Directory.Exists(folder + PartialSuffix); n++)
        {
            folder = Path.Combine(root, name + "-" + n.ToString(CultureInfo.InvariantCulture));
        }

        var partial = folder + PartialSuffix;
        Directory.CreateDirectory(Path.Combine(partial, "database"));
        try
        {
            // 1. The database, as one snapshot, before the files: a file is written before the row that names it,
            // so every file the snapshot names is copied below (newer files are harmless orphans).
            progress.Report("backup database", 0, 1);
            string database;
            if (storage.Provider == DatabaseProvider.Sqlite)
            {
                database = "database/" + StorageOptions.SqliteFileName;
                SqliteSnapshot(storage, Path.Combine(partial, database));
            }
            else
            {
                database = "database/ipcity.dump";
                await PgTools.RunAsync("pg_dump", storage.PostgresConnectionString!, ["-Fc", "--no-owner", "--no-privileges", "-f", Path.Combine(partial, database)], "BACKUP_FAILED", ct);
            }

            var databaseSeconds = started.Elapsed.TotalSeconds;
            progress.Report("backup database", 1, 1);

            // 2. The data directory's files.
            var sources = DataFiles(storage.DataDirectory).ToList();
            var done = 0;
            foreach (var relative in sources)
            {
                ct.ThrowIfCancellationRequested();
                var target = Path.Combine(partial, "files", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(storage.DataDirectory, relative), target);
                progress.Report("backup files", ++done, sources.Count);
            }

            // 3. The manifest: digests of everything in the folder, key fingerprints, where it came from.
            var files = new List<BackupFile>();
            foreach (var path in Directory.EnumerateFiles(partial, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(partial, path).Replace('\\', '/');
                files.Add(new BackupFile(relative, new FileInfo(path).Length, await DigestAsync(path, ct)));
            }

            var manifest = new BackupManifest(Format, now.UtcDateTime, storage.Provider.ToString(), Describe(storage), database, files,
                KeyFingerprints(storage.KeysDirectory), Math.Round(databaseSeconds, 3));
            await WriteAtomicAsync(Path.Combine(partial, ManifestFile), JsonSerializer.SerializeToUtf8Bytes(manifest, s_json), ct);
            Directory.Move(partial, folder);
            return new BackupResult(folder, manifest, started.Elapsed);
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
    }

    /// <summary>
    /// Restores <paramref name="backupFolder"/> into the empty store <paramref name="target"/>: checks every digest,
    /// copies the keys from <paramref name="keysFrom"/> (when given) and requires the target's key ring to match the
    /// backup's fingerprints, then copies the database and files and checks the database's integrity. Schema
    /// migration, audit-chain verification and index rebuild follow on the restored platform (the host's part).
    /// </summary>
    public static async Task<RestoreResult> RestoreAsync(string backupFolder, StorageOptions target, string? keysFrom, IProgressSink? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        progress ??= NullProgressSink.Instance;
        var started = Stopwatch.StartNew();
        var folder = Path.GetFullPath(backupFolder);
        var manifest = await ReadManifestAsync(folder, ct);
        if (!string.Equals(manifest.Provider, target.Provider.ToString(), StringComparison.Ordinal))
        {
            throw new IpCityException("RESTORE_PROVIDER_MISMATCH", $"备份来自 {manifest.Provider}, 目标库为 {target.Provider}; 请还原到同类数据库。", 400,
                new Dictionary<string, object?> { ["backup"] = manifest.Provider, ["target"] = target.Provider.ToString() });
        }

        // 1. Every file present, of its size and digest (a changed or truncated file names itself).
        var checkedFiles = 0;
        foreach (var file in manifest.Files)
        {
            var path = Resolve(folder, file.Path);
            if (!File.Exists(path) || new FileInfo(path).Length != file.Size || await DigestAsync(path, ct) != file.Sm3)
            {
                throw new IpCityException("BACKUP_CORRUPT", $"备份文件已损坏或缺失: {file.Path}", 400, new Dictionary<string, object?> { ["file"] = file.Path });
            }

            progress.Report("restore verify", ++checkedFiles, manifest.Files.Count);
        }

        var verifySeconds = started.Elapsed.TotalSeconds;

        // 2. The target must be empty: a restore never overwrites a live store.
        await EnsureEmptyAsync(target, ct);

        // 3. Keys: copied when asked, then compared with the backup's fingerprints before anything reads them
        // (the key ring would otherwise create fresh keys that decrypt nothing).
        if (keysFrom is not null)
        {
            CopyKeys(Path.GetFullPath(keysFrom), target.KeysDirectory);
        }

        var present = KeyFingerprints(target.KeysDirectory);
        var missing = manifest.Keys.Keys.Where(k => !present.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new IpCityException("RESTORE_KEYS_MISSING", $"目标缺少备份所用的密钥: {string.Join(", ", missing)} (用 --keys 指定密钥目录)。", 400,
                new Dictionary<string, object?> { ["keys"] = missing });
        }

        var different = manifest.Keys.Where(k => present[k.Key] != k.Value).Select(k => k.Key).Order(StringComparer.Ordinal).ToList();
        if (different.Count > 0)
        {
            throw new IpCityException("RESTORE_KEYS_MISMATCH", $"目标密钥与备份时的密钥不同: {string.Join(", ", different)}。", 400,
                new Dictionary<string, object?> { ["keys"] = different });
        }

        // 4. Files, then the database.
        Directory.CreateDirectory(target.DataDirectory);
        foreach (var file in manifest.Files.Where(f => f.Path.StartsWith("files/", StringComparison.Ordinal)))
        {
            var destination = Resolve(target.DataDirectory, file.Path["files/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Resolve(folder, file.Path), destination, overwrite: true);
        }

        var copyStarted = started.Elapsed.TotalSeconds;
        progress.Report("restore database", 0, 1);
        string integrity;
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var tmp = target.SqlitePath + ".restoring";
            File.Copy(Resolve(folder, manifest.Database), tmp, overwrite: true);
            try
            {
                integrity = SqliteIntegrity(tmp);
            }
            catch
            {
                SqliteConnection.ClearAllPools();
                File.Delete(tmp);
                throw;
            }

            File.Move(tmp, target.SqlitePath);
        }
        else
        {
            await PgTools.RunAsync("pg_restore", target.PostgresConnectionString!, ["--no-owner", "--no-privileges", "--exit-on-error", "-d", PgTools.Database(target.PostgresConnectionString!), Resolve(folder, manifest.Database)], "RESTORE_FAILED", ct);
            integrity = await PgTools.AmcheckAsync(target.PostgresConnectionString!, ct);
        }

        progress.Report("restore database", 1, 1);
        return new RestoreResult(manifest, integrity, Math.Round(verifySeconds, 3), Math.Round(started.Elapsed.TotalSeconds - copyStarted, 3), started.Elapsed);
    }

    public static async Task<BackupManifest> ReadManifestAsync(string folder, CancellationToken ct)
    {
        if (folder.EndsWith(PartialSuffix, StringComparison.Ordinal))
        {
            throw new IpCityException("BACKUP_INCOMPLETE", $"备份未完成 (中断时留下的 {PartialSuffix} 目录), 不能还原: {folder}", 400, new Dictionary<string, object?> { ["path"] = folder });
        }

        var path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path))
        {
            throw new IpCityException("BACKUP_NOT_FOUND", $"不是 IpCity 备份目录 (缺少 {ManifestFile}): {folder}", 400, new Dictionary<string, object?> { ["path"] = folder });
        }

        BackupManifest? manifest;
        try
        {
            await using var stream = File.OpenRead(path);
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, s_json, ct);
        }
        catch (JsonException ex)
        {
            throw new IpCityException("BACKUP_CORRUPT", $"备份清单无法读取: {ex.Message}", 400, new Dictionary<string, object?> { ["file"] = ManifestFile });
        }

        if (manifest is null || manifest.Format != Format || manifest.Files is null || manifest.Keys is null || string.IsNullOrEmpty(manifest.Database))
        {
            throw new IpCityException("BACKUP_CORRUPT", $"备份清单格式不符 (需要 {Format})。", 400, new Dictionary<string, object?> { ["file"] = ManifestFile });
        }

        return manifest;
    }

    /// <summary>The files a backup copies, relative to the data directory, in a stable order.</summary>
    internal static IEnumerable<string> DataFiles(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dataDirectory, path);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (!s_excluded.Contains(top) && !relative.EndsWith(".tmp", StringComparison.Ordinal))
            {
                yield return relative;
            }
        }
    }

    /// <summary>SM3 fingerprints of the key ring (files under the keys folder, environment overrides win), by key name.</summary>
    public static IReadOnlyDictionary<string, string> KeyFingerprints(string keysDirectory)
    {
        var keys = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(keysDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(keysDirectory, "*.key"))
            {
                keys[Path.GetFileNameWithoutExtension(file)] = Fingerprint(Convert.FromBase64String(File.ReadAllText(file).Trim()));
            }
        }

        foreach (var name in keys.Keys.ToList())
        {
            if (KeyRing.FromEnvironment(name) is { } fromEnv)
            {
                keys[name] = Fingerprint(fromEnv);
            }
        }

        return keys;
    }

    private static string Fingerprint(byte[] key) => "sm3:" + Convert.ToHexStringLower(Sm3.Hash(key))[..32];

    private static void CopyKeys(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            throw new IpCityException("RESTORE_KEYS_MISSING", $"密钥目录不存在: {from}", 400, new Dictionary<string, object?> { ["path"] = from });
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            if (File.Exists(destination))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(destination, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    private static async Task EnsureEmptyAsync(StorageOptions target, CancellationToken ct)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            if (File.Exists(target.SqlitePath) && new FileInfo(target.SqlitePath).Length > 0)
            {
                throw new IpCityException("RESTORE_TARGET_NOT_EMPTY", $"目标位置已有数据库, 还原不会覆盖现有数据: {target.SqlitePath}", 409, new Dictionary<string, object?> { ["path"] = target.SqlitePath });
            }

            return;
        }

        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.PostgresConnectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", conn);
        if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0)
        {
            throw new IpCityException("RESTORE_TARGET_NOT_EMPTY", $"目标数据库 {conn.Database} 不是空库, 还原不会覆盖现有数据。", 409, new Dictionary<string, object?> { ["database"] = conn.Database });
        }
    }

    private static void SqliteSnapshot(StorageOptions storage, string destination)
    {
        using (var source = new SqliteConnection(storage.ConnectionString))
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString))
        {
            source.Open();
            copy.Open();
            // One step over all pages: the copy is the snapshot of one read transaction, whatever writers do meanwhile.
            source.BackupDatabase(copy);
        }

        using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
        check.Open();
        using var cmd = check.CreateCommand();
        // A self-contained file: no WAL beside it.
        cmd.CommandText = "PRAGMA journal_mode=DELETE;";
        cmd.ExecuteNonQuery();
    }

    private static string SqliteIntegrity(string path)
    {
        try
        {
            return SqliteChecks(path);
        }
        catch (SqliteException ex)
        {
            // A file too damaged to open or check (e.g. a broken page header) is named like one that fails the check.
            throw new IpCityException("RESTORE_INTEGRITY", $"还原的数据库无法通过完整性检查: {ex.SqliteErrorCode} {ex.Message}", 400, new Dictionary<string, object?> { ["check"] = ex.Message });
        }
    }

    private static string SqliteChecks(string path)
    {
        using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check;";
        var result = Convert.ToString(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cmd.CommandText = "PRAGMA foreign_key_check;";
        using (var reader = cmd.ExecuteReader())
        {
            if (reader.Read())
            {
                result += "; foreign_key_check: " + reader.GetString(0);
            }
        }

        if (result != "ok")
        {
            throw new IpCityException("RESTORE_INTEGRITY", $"还原的数据库未通过完整性检查: {result}", 400, new Dictionary<string, object?> { ["check"] = result });
        }

        return "integrity_check ok, foreign_key_check empty";
    }

    private static string Resolve(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new IpCityException("BACKUP_CORRUPT", $"备份清单中的路径越出备份目录: {relative}", 400, new Dictionary<string, object?> { ["file"] = relative });
        }

        return full;
    }

    private static async Task<string> DigestAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return "sm3:" + Convert.ToHexStringLower(await Sm3.HashAsync(stream, ct));
    }

    private static async Task WriteAtomicAsync(string path, byte[] bytes, CancellationToken ct)
    {
        var tmp = path + ".tmp";
        await using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await stream.WriteAsync(bytes, ct);
            stream.Flush(flushToDisk: true);
        }

        File.Move(tmp, path);
    }

    private static string Describe(StorageOptions storage) => storage.Provider == DatabaseProvider.Sqlite
        ? storage.SqlitePath
        : new NpgsqlConnectionStringBuilder(storage.PostgresConnectionString) is var b ? $"{b.Host}:{b.Port}/{b.Database}" : string.Empty;

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left as *.partial, which a restore refuses.
        }
    }
}

/// <summary>What a backup folder holds: every file with its size and SM3 digest, and the fingerprints (never the values) of the keys it needs.</summary>
public sealed record BackupManifest(
    string Format,
    DateTime CreatedAtUtc,
    string Provider,
    string Source,
    string Database,
    IReadOnlyList<BackupFile> Files,
    IReadOnlyDictionary<string, string> Keys,
    double DatabaseSeconds);

public sealed record BackupFile(string Path, long Size, string Sm3);

public sealed record BackupResult(string Folder, BackupManifest Manifest, TimeSpan Elapsed);

public sealed record RestoreResult(BackupManifest Manifest, string Integrity, double VerifySeconds, double DatabaseSeconds, TimeSpan Elapsed);
