using System.Net;
using System.Text.Json;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 30, the temporary-files part: an import upload that succeeds and one that fails leave nothing in
/// <c>&lt;data&gt;/uploads</c>; one killed after its file was staged (fail point <c>upload.staged</c>, SIGKILL of the real
/// server) leaves its staged copy, which a single <c>ipcity files sweep</c> removes — the folder is then empty.
/// </summary>
[Collection("console")]
public sealed class Spec30_KilledUploadSweepTests
{
    private const string Password = "Qz7#Lantern-Orbit";

    [Fact]
    public async Task A_killed_import_upload_leaves_a_staged_copy_that_one_sweep_removes()
    {
        var dll = ServerProcess.Dll;
        await using var store = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var storeArgs = Spec20_KilledImportTests.StoreArgs(store);
        await ServerProcess.PrepareStoreAsync(store, officer: ("officer30", Password));
        var csv = Path.Combine(store.Storage.DataDirectory, "s30.csv");
        Assert.Equal(0, (await CliCommandTests.RunProcessAsync([dll, "demo", "generate", "--patents", "50", "--seed", "30", "--out", csv, .. storeArgs])).Code);
        var bytes = await File.ReadAllBytesAsync(csv);
        var uploads = Path.Combine(store.Storage.DataDirectory, "uploads");

        await using (var server = await ServerProcess.StartAsync(dll, store, "upload.staged"))
        {
            await server.LoginAsync("officer30", Password);
            Assert.Null(await server.PostFileAsync("/api/ipdata/imports/patents", "patents.csv", "text/csv", bytes));
            Assert.True(await server.ExitedAsync(TimeSpan.FromSeconds(30)), "the server did not die at upload.staged");
        }

        var staged = Assert.Single(Directory.EnumerateFileSystemEntries(uploads));
        Assert.True(File.Exists(Path.Combine(staged, "patents.csv")));

        await using (var server = await ServerProcess.StartAsync(dll, store, null))
        {
            await server.LoginAsync("officer30", Password);
            var ok = await server.PostFileAsync("/api/ipdata/imports/patents", "patents.csv", "text/csv", bytes);
            Assert.True(ok?.Status == HttpStatusCode.OK, ok?.Body);
            using (var doc = JsonDocument.Parse(ok!.Value.Body))
            {
                Assert.Equal(50, doc.RootElement.GetProperty("inserted").GetInt32());
            }

            var bad = await server.PostFileAsync("/api/ipdata/imports/patents", "bad.csv", "text/csv", "名称,备注\n一,二\n"u8.ToArray());
            Assert.True(bad?.Status == HttpStatusCode.BadRequest, bad?.Body);
            Assert.Equal([staged], Directory.EnumerateFileSystemEntries(uploads));
        }

        var sweep = await CliCommandTests.RunProcessAsync([dll, "files", "sweep", "--min-age-minutes", "0", "--json", .. storeArgs]);
        Assert.True(sweep.Code == 0, sweep.Output);
        Assert.Contains("\"uploadsRemoved\":1", sweep.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(uploads));
        Assert.Equal("50", Assert.Single(await store.QueryAsync($"SELECT count(*) FROM {store.Table("ipdata", "Patents")}")));

        // SECURITY.md spec 25: the two imports that ran are audited from start to finish, with who did them; the killed
        // upload never reached the importer and left no import row.
        var audited = await store.QueryAsync($"SELECT \"EventType\" || ' ' || \"Outcome\" || ' ' || coalesce(\"ObjectType\", '') || ' ' || coalesce(\"ActorName\", '') FROM {store.Table("access", "AuditEvents")} WHERE \"EventType\" LIKE 'Import%' ORDER BY \"Seq\"");
        Assert.Equal(
            ["ImportStarted Success ImportBatch officer30", "ImportCompleted Success ImportBatch officer30", "ImportStarted Success ImportBatch officer30", "ImportFailed Failure ImportBatch officer30"],
            audited);
    }
}
