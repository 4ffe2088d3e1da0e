using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.BuildingBlocks.Tests.Files;

/// <summary>
/// The sweeper of SECURITY.md spec 23 on a real folder: what it may delete (temporary and unreferenced files older
/// than the minimum age) and what it must keep (referenced files, anything younger) and report (rows whose file is
/// missing or altered). The kill tests are in Cli.Tests (Spec23_AttachmentCrashTests).
/// </summary>
public sealed class AttachmentSweeperTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ipcity-sweeper-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Old_temporary_unreferenced_and_staged_files_go_young_ones_and_referenced_ones_stay_and_damaged_rows_are_reported()
    {
        var files = new EvidenceFiles(new StorageOptions { DataDirectory = _dir }, ["test", "evidence"], "TEST_ATTACHMENT", 1 << 20);
        var kept = await files.SaveAsync("a.pdf", new MemoryStream("%PDF-kept"u8.ToArray()), CancellationToken.None);
        var altered = await files.SaveAsync("b.pdf", new MemoryStream("%PDF-altered"u8.ToArray()), CancellationToken.None);
        var missing = await files.SaveAsync("c.pdf", new MemoryStream("%PDF-missing"u8.ToArray()), CancellationToken.None);
        var oldOrphan = await files.SaveAsync("d.pdf", new MemoryStream("%PDF-old orphan"u8.ToArray()), CancellationToken.None);
        var youngOrphan = await files.SaveAsync("e.pdf", new MemoryStream("%PDF-young orphan"u8.ToArray()), CancellationToken.None);
        Assert.Empty(Directory.EnumerateFiles(files.PartialDirectory));
        await File.WriteAllTextAsync(files.PathOf(altered.Key), "%PDF-changed on disk");
        File.Delete(files.PathOf(missing.Key));
        var oldPart = Path.Combine(files.PartialDirectory, "old.part");
        var youngPart = Path.Combine(files.PartialDirectory, "young.part");
        await File.WriteAllTextAsync(oldPart, "%PDF-half");
        await File.WriteAllTextAsync(youngPart, "%PDF-half");
        var hourAgo = DateTime.UtcNow.AddHours(-2);
        File.SetLastWriteTimeUtc(oldPart, hourAgo);
        File.SetLastWriteTimeUtc(files.PathOf(oldOrphan.Key), hourAgo);
        File.SetLastWriteTimeUtc(files.PathOf(kept.Key), hourAgo);

        var staleUpload = Path.Combine(_dir, "uploads", "stale");
        var liveUpload = Path.Combine(_dir, "uploads", "live");
        Directory.CreateDirectory(staleUpload);
        Directory.CreateDirectory(liveUpload);
        await File.WriteAllTextAsync(Path.Combine(staleUpload, "patents.csv"), "申请号");
        await File.WriteAllTextAsync(Path.Combine(liveUpload, "patents.csv"), "申请号");
        File.SetLastWriteTimeUtc(Path.Combine(staleUpload, "patents.csv"), hourAgo);
        var audit = new RecordingAudit();
        var services = new ServiceCollection()
            .AddSingleton<IAuditTrail>(audit)
            .AddSingleton<IAttachmentCatalog>(new Catalog(files, [kept, altered, missing]))
            .BuildServiceProvider();
        var sweeper = new AttachmentSweeper(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, new StorageOptions { DataDirectory = _dir });

        var report = await sweeper.SweepAsync(TimeSpan.FromMinutes(60), verify: true, CancellationToken.None);

        Assert.Equal((1, 1, 1), (report.PartialRemoved, report.OrphansRemoved, report.UploadsRemoved));
        Assert.False(Directory.Exists(staleUpload));
        Assert.True(Directory.Exists(liveUpload), "an upload staged within the minimum age may be an import in progress");
        Assert.False(File.Exists(oldPart));
        Assert.False(File.Exists(files.PathOf(oldOrphan.Key)));
        Assert.True(File.Exists(youngPart));
        Assert.True(File.Exists(files.PathOf(youngOrphan.Key)));
        Assert.True(File.Exists(files.PathOf(kept.Key)), "a referenced file is never swept, however old");
        Assert.True(File.Exists(files.PathOf(altered.Key)), "a damaged file is reported, not deleted");
        Assert.Equal(
            [(missing.Key, FileCheck.Missing), (altered.Key, FileCheck.Corrupt)],
            report.Problems.Select(p => (p.Key, p.Check)).OrderBy(p => p.Check));
        Assert.False(report.Clean);
        Assert.Equal(3, report.Verified);
        var entry = Assert.Single(audit.Entries);
        Assert.Equal(("AttachmentsSwept", AuditOutcome.Failure), (entry.EventType, entry.Outcome));

        // With no minimum age (the service stopped), the young leftovers go too; the rest is unchanged.
        var second = await sweeper.SweepAsync(TimeSpan.Zero, verify: false, CancellationToken.None);
        Assert.Equal((1, 1, 1), (second.PartialRemoved, second.OrphansRemoved, second.UploadsRemoved));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_dir, "uploads")));
        Assert.Empty(Directory.EnumerateFiles(files.PartialDirectory));
        Assert.Equal(2, Directory.EnumerateFiles(files.Root, "*.bin", SearchOption.AllDirectories).Count()); // kept and altered
    }

    [Fact]
    public async Task A_rejected_upload_leaves_no_temporary_file()
    {
        var files = new EvidenceFiles(new StorageOptions { DataDirectory = _dir }, ["test", "evidence"], "TEST_ATTACHMENT", 16);
        var ex = await Assert.ThrowsAsync<Errors.IpCityException>(() => files.SaveAsync("a.pdf", new MemoryStream(new byte[64]), CancellationToken.None));
        Assert.Equal("TEST_ATTACHMENT_TOO_LARGE", ex.Code);
        ex = await Assert.ThrowsAsync<Errors.IpCityException>(() => files.SaveAsync("a.pdf", new MemoryStream("GIF89a"u8.ToArray()), CancellationToken.None));
        Assert.Equal("TEST_ATTACHMENT_TYPE_NOT_ALLOWED", ex.Code);
        Assert.Empty(Directory.EnumerateFiles(files.Root, "*", SearchOption.AllDirectories));
    }

    private sealed class Catalog(EvidenceFiles files, (string Key, long Size, string Sha256)[] rows) : IAttachmentCatalog
    {
        public EvidenceFiles Files => files;

        public async IAsyncEnumerable<(string Key, string Sha256)> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            foreach (var (key, _, sha) in rows)
            {
                await Task.Yield();
                yield return (key, sha);
            }
        }
    }

    private sealed class RecordingAudit : IAuditTrail
    {
        public List<AuditEntry> Entries { get; } = [];

        public Task RecordAsync(AuditEntry entry, CancellationToken ct = default)
        {
            Entries.Add(entry);
            return Task.CompletedTask;
        }
    }
}
