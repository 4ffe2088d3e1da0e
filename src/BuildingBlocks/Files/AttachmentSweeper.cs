using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IpCity.BuildingBlocks.Files;

public enum FileCheck
{
    Ok,
    Missing,
    Corrupt,
}

/// <summary>
/// The files one module keeps in an <see cref="EvidenceFiles"/> store and the rows that reference them. Each module with
/// attachments registers one (scoped: it reads the module's database).
/// </summary>
public interface IAttachmentCatalog
{
    EvidenceFiles Files { get; }

    /// <summary>Every stored key with the SHA-256 recorded for it.</summary>
    IAsyncEnumerable<(string Key, string Sha256)> RowsAsync(CancellationToken ct);
}

/// <summary>One problem the sweeper found with a recorded attachment (reported, never repaired silently).</summary>
public sealed record AttachmentProblem(string Area, string Key, FileCheck Check);

public sealed record AttachmentSweepReport(int Stores, long Rows, long Files, int PartialRemoved, int OrphansRemoved, int UploadsRemoved, long Verified, IReadOnlyList<AttachmentProblem> Problems)
{
    public bool Clean => Problems.Count == 0;
}

/// <summary>
/// Removes what crashed uploads leave behind (SECURITY.md spec 23): temporary files under each store's
/// <c>.partial</c> folder and final files that no database row references, both only when older than a minimum age
/// (an upload in flight has renamed its file but not yet committed its row for a few milliseconds). With
/// <c>verify</c>, also checks that every row's file exists and still has its recorded SHA-256, and reports the rows
/// that do not. Runs at start-up and periodically (<see cref="AttachmentSweepService"/>) and as
/// <c>ipcity files sweep</c>; each run is audited. The same run empties what interrupted imports left in
/// <c>&lt;data&gt;/uploads</c> (each upload is staged there in a folder of its own and deleted when its import ends;
/// SECURITY.md spec 30), with the same minimum age.
/// </summary>
public sealed class AttachmentSweeper(IServiceScopeFactory scopes, TimeProvider clock, StorageOptions storage)
{
    public async Task<AttachmentSweepReport> SweepAsync(TimeSpan minAge, bool verify, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalogs = scope.ServiceProvider.GetServices<IAttachmentCatalog>().ToList();
        var cutoff = clock.GetUtcNow().UtcDateTime - minAge;
        var problems = new List<AttachmentProblem>();
        long rows = 0, files = 0, verified = 0;
        int partial = 0, orphans = 0;
        foreach (var catalog in catalogs)
        {
            var store = catalog.Files;
            // Temporary files first: an upload that is still writing is younger than the cutoff.
            if (Directory.Exists(store.PartialDirectory))
            {
                foreach (var file in Directory.EnumerateFiles(store.PartialDirectory))
                {
                    if (File.GetLastWriteTimeUtc(file) <= cutoff)
                    {
                        File.Delete(file);
                        partial++;
                    }
                }
            }

            // The file list is taken before the rows are read: a file published (and its row committed) in between
            // is then in both, never deleted as an orphan.
            // (Temporary files are *.part, so the pattern leaves them out.)
            var onDisk = Directory.Exists(store.Root) ? Directory.EnumerateFiles(store.Root, "*.bin", SearchOption.AllDirectories).ToList() : [];
            var referenced = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var (key, sha) in catalog.RowsAsync(ct))
            {
                rows++;
                referenced.Add(store.PathOf(key));
                if (verify)
                {
                    var check = await store.CheckAsync(key, sha, ct);
                    verified++;
                    if (check != FileCheck.Ok)
                    {
                        problems.Add(new AttachmentProblem(store.Area, key, check));
                    }
                }
            }

            foreach (var file in onDisk)
            {
                files++;
                if (!referenced.Contains(file) && File.Exists(file) && File.GetLastWriteTimeUtc(file) <= cutoff)
                {
                    File.Delete(file);
                    orphans++;
                }
            }
        }

        var uploads = SweepUploads(cutoff);
        var report = new AttachmentSweepReport(catalogs.Count, rows, files, partial, orphans, uploads, verified, problems);
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry(AuditEvents.AttachmentsSwept, report.Clean ? AuditOutcome.Success : AuditOutcome.Failure,
            "Attachments", null, $"stores={report.Stores} rows={rows} files={files} partialRemoved={partial} orphansRemoved={orphans} uploadsRemoved={uploads} verified={verified} problems={problems.Count}"), CancellationToken.None);
        return report;
    }

    /// <summary>Staged uploads (folders or files directly under &lt;data&gt;/uploads) last written before <paramref name="cutoff"/>.</summary>
    private int SweepUploads(DateTime cutoff)
    {
        var root = Path.Combine(storage.DataDirectory, "uploads");
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var removed = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            if (Directory.Exists(entry))
            {
                var newest = Directory.EnumerateFiles(entry, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(Directory.GetLastWriteTimeUtc(entry)).Max();
                if (newest <= cutoff)
                {
                    Directory.Delete(entry, recursive: true);
                    removed++;
                }
            }
            else if (File.GetLastWriteTimeUtc(entry) <= cutoff)
            {
                File.Delete(entry);
                removed++;
            }
        }

        return removed;
    }
}

/// <summary>
/// Runs <see cref="AttachmentSweeper"/> (without the digest check) shortly after start-up and then every
/// <c>Files:SweepHours</c> (default 6; 0 = off), removing temporary and unreferenced files older than
/// <c>Files:OrphanMinAgeMinutes</c> (default 60).
/// </summary>
public sealed partial class AttachmentSweepService(AttachmentSweeper sweeper, TimeProvider clock, IConfiguration configuration, ILogger<AttachmentSweepService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromHours(double.TryParse(configuration["Files:SweepHours"], CultureInfo.InvariantCulture, out var h) ? h : 6);
        var minAge = TimeSpan.FromMinutes(double.TryParse(configuration["Files:OrphanMinAgeMinutes"], CultureInfo.InvariantCulture, out var m) ? m : 60);
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(every, clock);
        do
        {
            try
            {
                var report = await sweeper.SweepAsync(minAge, verify: false, stoppingToken);
                if (report.PartialRemoved + report.OrphansRemoved > 0)
                {
                    Swept(log, report.PartialRemoved, report.OrphansRemoved);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store may not be migrated yet at start-up, or be briefly unreachable: try again next round.
                Failed(log, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment sweep: {Partial} temporary and {Orphans} unreferenced files removed")]
    private static partial void Swept(ILogger logger, int partial, int orphans);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment sweep failed; retrying at the next interval")]
    private static partial void Failed(ILogger logger, Exception ex);
}

/// <summary>A stored key and the SHA-256 recorded for it.</summary>
public sealed record StoredFile(string Key, string Sha256);

/// <summary>The <see cref="IAttachmentCatalog"/> of a module whose rows live in <typeparamref name="TDb"/>.</summary>
public sealed class EfAttachmentCatalog<TDb, TStore>(TDb db, TStore files, Func<TDb, IQueryable<StoredFile>> rows) : IAttachmentCatalog
    where TDb : Microsoft.EntityFrameworkCore.DbContext
    where TStore : EvidenceFiles
{
    public EvidenceFiles Files => files;

    public async IAsyncEnumerable<(string Key, string Sha256)> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsAsyncEnumerable(rows(db)).WithCancellation(ct))
        {
            yield return (row.Key, row.Sha256);
        }
    }
}

public static class AttachmentCatalogs
{
    /// <summary>Registers a module's attachment store and the query of its rows for <see cref="AttachmentSweeper"/>.</summary>
    public static IServiceCollection AddAttachmentCatalog<TDb, TStore>(this IServiceCollection services, Func<TDb, IQueryable<StoredFile>> rows)
        where TDb : Microsoft.EntityFrameworkCore.DbContext
        where TStore : EvidenceFiles
    {
        services.AddScoped<IAttachmentCatalog>(sp => new EfAttachmentCatalog<TDb, TStore>(sp.GetRequiredService<TDb>(), sp.GetRequiredService<TStore>(), rows));
        return services;
    }
}
