using System.Diagnostics;
using System.Globalization;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Storage;
using IpCity.BuildingBlocks.Storage.Backup;
using IpCity.IpData.Contracts;

namespace IpCity.Web.Hosting;

/// <summary>
/// Backup and restore of the platform (SECURITY.md spec 34): <see cref="StoreBackup"/> copies the store; this
/// adds what only the assembled platform can do — the audit rows (spec 25), and after a restore the schema
/// migration (a backup of an earlier release), the audit-chain verification, the search-index rebuild and a
/// readiness check of every module store, each timed and recorded in the restored store's audit trail.
/// </summary>
public sealed class PlatformBackup
{
    private readonly StorageOptions _storage;
    private readonly IServiceScopeFactory _scopes;
    private readonly IEnumerable<IModuleDatabase> _databases;
    private readonly TimeProvider _clock;

    public PlatformBackup(StorageOptions storage, IServiceScopeFactory scopes, IEnumerable<IModuleDatabase> databases, TimeProvider clock)
    {
        _storage = storage;
        _scopes = scopes;
        _databases = databases;
        _clock = clock;
    }

    /// <summary>The default place for backups: <c>&lt;data&gt;/backups</c> (left out of backups themselves).</summary>
    public string DefaultFolder => Path.Combine(_storage.DataDirectory, "backups");

    public async Task<BackupResult> BackupAsync(string? outDirectory, IProgressSink? progress = null, CancellationToken ct = default)
    {
        BackupResult result;
        try
        {
            result = await StoreBackup.BackupAsync(_storage, outDirectory ?? DefaultFolder, _clock.GetUtcNow(), progress, ct);
        }
        catch (Exception ex) when (ex is IpCityException or IOException or UnauthorizedAccessException)
        {
            await AuditAsync(new AuditEntry(AuditEvents.BackupFailed, AuditOutcome.Failure, "Backup", null, ex is IpCityException named ? named.Code : ex.GetType().Name), CancellationToken.None);
            throw;
        }

        var bytes = result.Manifest.Files.Sum(f => f.Size);
        await AuditAsync(new AuditEntry(AuditEvents.BackupCompleted, AuditOutcome.Success, "Backup", Path.GetFileName(result.Folder),
            Invariant($"files={result.Manifest.Files.Count} bytes={bytes} database={result.Manifest.DatabaseSeconds:0.###}s total={result.Elapsed.TotalSeconds:0.###}s")), ct);
        return result;
    }

    /// <summary>
    /// Restores <paramref name="backupFolder"/> into this platform's (empty) store and proves it usable. With
    /// <paramref name="drill"/> the audit record is <see cref="AuditEvents.RestoreDrillCompleted"/> (a restore to a
    /// scratch location as a test), else <see cref="AuditEvents.RestoreCompleted"/>.
    /// </summary>
    public async Task<RestoreReport> RestoreAsync(string backupFolder, string? keysFrom, bool drill, IProgressSink? progress = null, CancellationToken ct = default)
    {
        progress ??= NullProgressSink.Instance;
        var total = Stopwatch.StartNew();
        var restored = await StoreBackup.RestoreAsync(backupFolder, _storage, keysFrom, progress, ct);

        var step = Stopwatch.StartNew();
        var databases = _databases.ToList();
        foreach (var db in databases)
        {
            progress.Report("restore migrate " + db.Module, 0, 1);
            await db.MigrateAsync(ct);
        }

        var migrateSeconds = step.Elapsed.TotalSeconds;

        step.Restart();
        AuditVerifyResult audit;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            audit = await scope.ServiceProvider.GetRequiredService<IAuditVerifier>().VerifyAsync(new Progress<long>(n => progress.Report("restore audit verify", n, 0)), ct);
        }

        if (!audit.Ok)
        {
            throw new IpCityException(ErrorCodes.AuditChainBroken, $"还原后的审计日志校验失败: 第 {audit.FirstBrokenSeq} 条 — {audit.Problem}", 500,
                new Dictionary<string, object?> { ["firstBrokenSeq"] = audit.FirstBrokenSeq });
        }

        var auditSeconds = step.Elapsed.TotalSeconds;

        step.Restart();
        IndexReport index;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            index = await scope.ServiceProvider.GetRequiredService<ISearchIndex>().RebuildFromStoreAsync(progress, ct);
        }

        var indexSeconds = step.Elapsed.TotalSeconds;

        var notReady = new List<string>();
        foreach (var db in databases)
        {
            if (!await db.CanConnectAsync(ct) || db.PendingMigrations().Count > 0)
            {
                notReady.Add(db.Module);
            }
        }

        if (notReady.Count > 0)
        {
            throw new IpCityException("RESTORE_NOT_READY", $"还原后以下模块的数据库不可用: {string.Join(", ", notReady)}", 500, new Dictionary<string, object?> { ["modules"] = notReady });
        }

        var report = new RestoreReport(Path.GetFileName(Path.GetFullPath(backupFolder).TrimEnd(Path.DirectorySeparatorChar)), restored.Manifest.CreatedAtUtc, restored.Integrity,
            audit.RowsVerified, index.Patents, databases.Count, restored.VerifySeconds, restored.DatabaseSeconds,
            Math.Round(migrateSeconds, 3), Math.Round(auditSeconds, 3), Math.Round(indexSeconds, 3), Math.Round(total.Elapsed.TotalSeconds, 3), drill);
        await AuditAsync(new AuditEntry(drill ? AuditEvents.RestoreDrillCompleted : AuditEvents.RestoreCompleted, AuditOutcome.Success, "Backup", report.Backup,
            Invariant($"created={report.BackupCreatedAtUtc:yyyy-MM-ddTHH:mm:ssZ} verify={report.VerifySeconds}s database={report.DatabaseSeconds}s migrate={report.MigrateSeconds}s audit={report.AuditSeconds}s ({report.AuditRowsVerified} rows) index={report.IndexSeconds}s ({report.IndexedPatents} patents) total={report.TotalSeconds}s; {report.Integrity}")), ct);
        return report;
    }

    private async Task AuditAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(entry, ct);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What a restore proved, with the time of each step in seconds.</summary>
public sealed record RestoreReport(
    string Backup,
    DateTime BackupCreatedAtUtc,
    string Integrity,
    long AuditRowsVerified,
    long IndexedPatents,
    int Modules,
    double VerifySeconds,
    double DatabaseSeconds,
    double MigrateSeconds,
    double AuditSeconds,
    double IndexSeconds,
    double TotalSeconds,
    bool Drill);
