using IpCity.BuildingBlocks.Auditing;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>
/// ADR 0013: a file is published in one transaction. Other work goes on meanwhile: a write of another module
/// that arrives while the publish holds the store (on SQLite, its only write lock) waits for it and succeeds —
/// SQLITE_BUSY never reaches the caller — and reads see none of the file until it commits.
/// </summary>
public sealed class ImportPublishConcurrencyTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_write_during_a_publish_waits_and_succeeds_and_reads_see_nothing_until_the_commit(string provider)
    {
        const int rows = 12_000;
        await using var platform = await Platform.StartAsync(provider);
        var file = await DemoPatents.WriteAsync(platform, "big.csv", rows, 21);

        var import = Task.Run(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false))));
        // The batch row commits just before the publish transaction opens.
        while (await platform.InScopeAsync(sp => sp.GetRequiredService<IpDataDbContext>().Batches.CountAsync()) == 0)
        {
            Assert.False(import.IsCompleted, "the import ended before its batch was seen");
            await Task.Delay(10);
        }

        await Task.Delay(300);
        Assert.False(import.IsCompleted, "the import published before the concurrent work began");
        var seenDuring = await platform.InScopeAsync(sp => sp.GetRequiredService<IpDataDbContext>().Patents.CountAsync());
        await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry("TestWriteDuringImport", AuditOutcome.Success, "Test", "1", "written while a file is being published")));
        var result = await import;

        Assert.Equal(0, seenDuring);
        Assert.Equal(rows, result.Inserted);
        await platform.InScopeAsync(async sp =>
        {
            Assert.Equal(rows, await sp.GetRequiredService<IpDataDbContext>().Patents.CountAsync());
            var audit = await sp.GetRequiredService<IpCity.Access.Contracts.IAuditQueries>().QueryAsync(new IpCity.Access.Contracts.AuditQuery(EventType: "TestWriteDuringImport"));
            Assert.Equal(1, audit.Total);
        });
    }
}
