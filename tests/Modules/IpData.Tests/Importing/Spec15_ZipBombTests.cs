using System.Diagnostics;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>
/// SECURITY.md spec 15 (CI tier): hostile xlsx containers imported as patents are refused with a named error
/// from the central directory, before the sheet is inflated, and leave no patent behind.
/// </summary>
public sealed class Spec15_ZipBombTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly Lazy<string> s_dir = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "ipcity-zipbombs-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        ZipBombs.WriteWorkbook(Path.Combine(dir, "inflates-300mb.xlsx"), 300L * 1024 * 1024);
        ZipBombs.WriteWorkbook(Path.Combine(dir, "ratio-1000.xlsx"), 20L * 1024 * 1024);
        ZipBombs.WriteWorkbook(Path.Combine(dir, "entries.xlsx"), 0, extraEntries: 10_001);
        ZipBombs.WriteWorkbook(Path.Combine(dir, "nested.xlsx"), 0, nestedEntry: "xl/embeddings/oleObject1.zip");
        ZipBombs.WriteLyingWorkbook(Path.Combine(dir, "lying.xlsx"), 1000);
        return dir;
    });

    [Fact]
    public void The_bombs_are_what_they_claim()
    {
        var big = new FileInfo(Path.Combine(s_dir.Value, "inflates-300mb.xlsx")).Length;
        Assert.InRange(big, 1, 2L * 1024 * 1024);
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(s_dir.Value, "inflates-300mb.xlsx"));
        Assert.True(zip.GetEntry("xl/worksheets/sheet1.xml")!.Length > 300L * 1024 * 1024);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_bomb_gets_IMPORT_ARCHIVE_LIMIT_quickly_and_no_patent_is_written(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var data = platform.Store.Storage.DataDirectory;
        var before = Files(data);
        foreach (var name in new[] { "inflates-300mb.xlsx", "ratio-1000.xlsx", "entries.xlsx", "nested.xlsx", "lying.xlsx" })
        {
            var path = Path.Combine(s_dir.Value, name);
            var clock = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path]))));
            clock.Stop();
            Assert.True(error.Code == "IMPORT_ARCHIVE_LIMIT", $"{name}: {error.Code} {error.Message}");
            Assert.Equal(400, error.Status);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name}: {clock.Elapsed}");
        }

        // Business tables untouched (each refusal leaves only its Failed batch row and audit rows); no file left behind.
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            Assert.Equal(0, await db.Patents.CountAsync() + await db.Documents.CountAsync() + await db.Parties.CountAsync() + await db.Applicants.CountAsync());
            Assert.All(await db.Batches.Select(b => b.Status).ToListAsync(), s => Assert.Equal(ImportStatus.Failed, s));
        });
        Assert.Equal(before, Files(data));
    }

    /// <summary>The limits are settings (IpData:ArchiveMaxTotalBytes, …, README): a city can lower them.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_archive_limits_come_from_configuration(string provider)
    {
        await using var platform = await Platform.StartAsync(provider, new Dictionary<string, string?> { ["IpData:ArchiveMaxTotalBytes"] = "65536" });
        var csv = await DemoPatents.WriteAsync(platform, "demo.csv", 300, 15);
        var xlsx = Path.Combine(platform.Store.Storage.DataDirectory, "demo.xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(csv, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.CSV).ToList();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(xlsx, rows);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(xlsx))
        {
            Assert.True(zip.Entries.Sum(e => e.Length) > 65536);
        }

        var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([xlsx]))));
        Assert.Equal("IMPORT_ARCHIVE_LIMIT", error.Code);

        await using var defaults = await Platform.StartAsync(provider);
        var copy = Path.Combine(defaults.Store.Storage.DataDirectory, "demo.xlsx");
        File.Copy(xlsx, copy);
        await defaults.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
        var result = await defaults.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([copy])));
        Assert.Equal(300, result.Inserted);
    }

    /// <summary>The files under a folder (the store's database, lock files and keys — the audit key is made on first use — excepted).</summary>
    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => !f.StartsWith("ipcity.db", StringComparison.Ordinal) && !f.StartsWith("locks", StringComparison.Ordinal) && !f.StartsWith("keys", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
