using System.Security.Cryptography;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>
/// SECURITY.md spec 22 (a): two imports of one file at once — one applies, the other gets 409 IMPORT_IN_PROGRESS
/// (or, if it starts after the first finished, changes nothing); the store holds N patents, none twice.
/// </summary>
public sealed class Spec22_ConcurrentImportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_imports_of_one_file_at_once_apply_it_once(string provider)
    {
        const int rows = 3_000;
        await using var platform = await Platform.StartAsync(provider);
        var file = await DemoPatents.WriteAsync(platform, "same.csv", rows, 5);

        var outcomes = await Simultaneously.RunAsync(2, _ => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false))));

        var applied = Assert.Single(outcomes, o => o.Result is { Inserted: rows });
        var other = Assert.Single(outcomes, o => o != applied);
        if (other.Error is { } error)
        {
            Assert.Equal(ImportLock.InProgressCode, error.Code);
            Assert.Equal(409, error.Status);
        }
        else
        {
            Assert.Equal(rows, other.Result!.Unchanged);
            Assert.Equal(0, other.Result.Inserted + other.Result.Updated);
        }

        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            Assert.Equal(rows, await db.Patents.CountAsync());
            Assert.Equal(rows, await db.Patents.Select(p => p.ApplicationNumber).Distinct().CountAsync());
            Assert.Equal(await db.Documents.CountAsync(), await db.Documents.Select(d => new { d.Country, d.Number, d.Kind }).Distinct().CountAsync());
        });
    }

    /// <summary>While another process holds the file's import, a second one is refused before it writes anything; once released, it runs.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_import_held_elsewhere_is_refused_with_409_and_no_batch_then_runs_when_released(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var file = Fixtures.Path("patents", "ep-xml");
        var one = Directory.EnumerateFiles(file, "*.xml").Order(StringComparer.Ordinal).First();
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(one)));
        Task<ImportResult> Import() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([one])));
        Task<int> Batches() => platform.InScopeAsync(sp => sp.GetRequiredService<IpDataDbContext>().Batches.CountAsync());

        await using (await ImportLock.AcquireAsync(platform.Store.Storage, "patents:" + sha, "elsewhere"))
        {
            var refused = await Assert.ThrowsAsync<IpCityException>(Import);
            Assert.Equal(ImportLock.InProgressCode, refused.Code);
            Assert.Equal(409, refused.Status);
            Assert.Equal(Path.GetFileName(one), refused.Details["file"]);
            Assert.Equal(0, await Batches());
        }

        var result = await Import();
        Assert.Equal(1, result.Inserted);
        Assert.Equal(1, await Batches());
        // Another content is not held by this one.
        await using (await ImportLock.AcquireAsync(platform.Store.Storage, "patents:" + sha, "elsewhere"))
        {
            await using var other = await ImportLock.AcquireAsync(platform.Store.Storage, "trademarks:" + sha, "elsewhere");
        }
    }
}
