using System.Diagnostics;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
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
        foreach (var name in new[] { "inflates-300mb.xlsx", "ratio-1000.xlsx", "entries.xlsx", "nested.xlsx", "lying.xlsx" })
        {
            var path = Path.Combine(s_dir.Value, name);
            var clock = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path]))));
            clock.Stop();
            Assert.True(error.Code == "IMPORT_ARCHIVE_LIMIT", $"{name}: {error.Code} {error.Message}");
            Assert.Equal(400, error.Status);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{name}: {clock.Elapsed}");
        }

        Assert.Equal(0, await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentQueries>().CountAsync()));
    }
}
