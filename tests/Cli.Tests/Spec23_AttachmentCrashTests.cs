using System.Security.Cryptography;
using System.Text.Json;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 23 (CI tier: 5 kill points): the real server (<c>ipcity serve</c>) is killed with SIGKILL while it
/// stores complaint attachments — three times at named points of the write (first bytes of the temporary file
/// written; file fsynced but not renamed; renamed but its row not yet written) and twice from outside at a random
/// moment during concurrent uploads. After a restart and one run of <c>ipcity files sweep</c>: every attachment row
/// points at an existing file whose digest matches, no row points at a partial file, every acknowledged upload has
/// its row, and the orphans are gone after that one sweep (a second sweep finds nothing).
/// </summary>
[Collection("console")]
public sealed class Spec23_AttachmentCrashTests
{
    private static readonly string[] s_failPoints = ["attachment.partial", "attachment.synced", "attachment.renamed"];

    /// <remarks>SQLite only: the file flow is the same on both providers, and the PostgreSQL run cost CI two minutes.</remarks>
    [Fact]
    public async Task Kills_during_uploads_leave_every_row_with_its_whole_file_and_one_sweep_removes_the_rest()
    {
        const string provider = TestDatabases.Sqlite;
        var dll = ServerProcess.Dll;
        await using var store = await TestDatabases.CreateAsync(provider);
        var storeArgs = Spec20_KilledImportTests.StoreArgs(store);
        await ServerProcess.PrepareStoreAsync(store);
        var acknowledged = new List<string>();
        var seed = Environment.TickCount;
        var random = new Random(seed);

        foreach (var point in s_failPoints)
        {
            await using var server = await ServerProcess.StartAsync(dll, store, point);
            var complaint = await server.FileComplaintAsync();
            var upload = await server.UploadAsync(complaint, Pdf(random, 300_000));
            Assert.True(upload is null, $"{point}: the upload was acknowledged ({upload}) although the server was to die before answering");
            Assert.True(await server.ExitedAsync(TimeSpan.FromSeconds(30)), $"{point}: the server did not die");
        }

        // Two kills from outside, at a random moment while three clients upload 100 KB–2 MB files.
        for (var kill = 0; kill < 2; kill++)
        {
            await using var server = await ServerProcess.StartAsync(dll, store, null);
            using var stop = new CancellationTokenSource();
            var uploaders = Enumerable.Range(0, 3).Select(async u =>
            {
                var rnd = new Random(seed + (kill * 10) + u);
                var done = new List<string>();
                while (!stop.IsCancellationRequested)
                {
                    var complaint = await server.FileComplaintAsync(tolerateDeath: true);
                    for (var i = 0; complaint is not null && i < 10 && !stop.IsCancellationRequested; i++)
                    {
                        if (await server.UploadAsync(complaint, Pdf(rnd, rnd.Next(100_000, 2_000_000))) is not { } id)
                        {
                            return done;
                        }

                        done.Add(id);
                    }

                    if (complaint is null)
                    {
                        return done;
                    }
                }

                return done;
            }).ToList();
            await Task.Delay(random.Next(1000, 2500));
            server.Kill();
            await stop.CancelAsync();
            foreach (var u in uploaders)
            {
                acknowledged.AddRange(await u);
            }
        }

        await Spec20_KilledImportTests.SessionsGoneAsync(store);
        var dataDir = store.Storage.DataDirectory;
        var partialDir = Path.Combine(dataDir, "protection", "evidence", ".partial");
        Assert.True(Directory.Exists(partialDir) && Directory.EnumerateFiles(partialDir).Count() >= 2,
            "the kills at attachment.partial and attachment.synced should have left their temporary files");

        // After the restart the server answers again and stores uploads whole.
        await using (var server = await ServerProcess.StartAsync(dll, store, null))
        {
            var complaint = await server.FileComplaintAsync();
            for (var i = 0; i < 3; i++)
            {
                acknowledged.Add(await server.UploadAsync(complaint!, Pdf(random, 50_000)) ?? throw new InvalidOperationException("upload after restart failed"));
            }

            server.Kill();
        }

        await Spec20_KilledImportTests.SessionsGoneAsync(store);
        var sweep = await CliCommandTests.RunProcessAsync([dll, "files", "sweep", "--min-age-minutes", "0", "--verify", "--json", .. storeArgs]);
        Assert.True(sweep.Code == 0, $"seed {seed}: {sweep.Output}");
        using (var report = JsonDocument.Parse(sweep.Output[sweep.Output.IndexOf('{', StringComparison.Ordinal)..].Trim()))
        {
            Assert.True(report.RootElement.GetProperty("partialRemoved").GetInt32() >= 2, sweep.Output);
            Assert.True(report.RootElement.GetProperty("orphansRemoved").GetInt32() >= 1, sweep.Output);
            Assert.Empty(report.RootElement.GetProperty("problems").EnumerateArray());
        }

        // Checked here independently of the sweeper: rows ↔ files, digests, acknowledged uploads.
        var rows = (await store.QueryAsync($"SELECT \"Id\" || '|' || \"StoredName\" || '|' || \"Sha256\" FROM {store.Table("protection", "CaseAttachments")}"))
            .Select(r => r!.Split('|')).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var path = Path.Combine(dataDir, r[1]);
            Assert.True(File.Exists(path), $"row {r[0]} points at a missing file {r[1]}");
            Assert.DoesNotContain(".partial", r[1], StringComparison.Ordinal);
            await using var stream = File.OpenRead(path);
            Assert.Equal(r[2], Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
            keys.Add(Path.GetFullPath(path));
        }

        var onDisk = Directory.EnumerateFiles(Path.Combine(dataDir, "protection", "evidence"), "*", SearchOption.AllDirectories).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(keys.Order(StringComparer.Ordinal), onDisk.Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(partialDir));
        Assert.All(acknowledged, id => Assert.Contains(id, rows.Select(r => r[0])));
        Assert.True(acknowledged.Count >= 3, $"seed {seed}: only {acknowledged.Count} uploads were acknowledged");

        var again = await CliCommandTests.RunProcessAsync([dll, "files", "sweep", "--min-age-minutes", "0", "--json", .. storeArgs]);
        Assert.Contains("\"partialRemoved\":0,\"orphansRemoved\":0", again.Output, StringComparison.Ordinal);
    }

    /// <summary>A PDF-looking file (the store checks the leading bytes) of random content.</summary>
    private static byte[] Pdf(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }
}
