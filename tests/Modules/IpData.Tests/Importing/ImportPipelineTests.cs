using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing.ImportPatents;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>
/// The two-stage import (reading thread, store thread): a failure on the reading side surfaces unchanged with
/// its row, the batches already stored stay whole, and importing the repaired file converges.
/// </summary>
public sealed class ImportPipelineTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bad_byte_after_the_first_batch_names_its_row_publishes_nothing_and_a_repaired_file_imports_whole(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var rows = PatentImporter.BatchSize + 300;
        var good = await DemoPatents.WriteAsync(platform, "good.csv", rows, 11);
        var bad = Path.Combine(platform.Store.Storage.DataDirectory, "bad.csv");
        var bytes = (await File.ReadAllBytesAsync(good)).ToList();
        // A line with a byte that is never valid UTF-8 in its third cell, after every generated row: row rows + 2 (header = 1).
        // The file has a BOM: the reader must stay strict (BOM detection would swap in a decoder that writes U+FFFD).
        bytes.AddRange("202299999999.9,2022-01-01,CN1"u8.ToArray());
        bytes.Add(0xFF);
        bytes.AddRange("\r\n"u8.ToArray());
        await File.WriteAllBytesAsync(bad, bytes.ToArray());

        var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([bad]))));
        Assert.Equal("CSV_ENCODING", error.Code);
        Assert.Equal(rows + 2, Convert.ToInt64(error.Details["row"], System.Globalization.CultureInfo.InvariantCulture));
        // The third cell of the line; the generator's header is 数据说明,申请号,申请日,…
        Assert.Equal("申请日", error.Details["field"]);

        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            // The file is published atomically (spec 20): the first batch, written before the bad byte, is rolled back too.
            Assert.Equal(0, await db.Patents.CountAsync());
            Assert.Equal(0, await db.Documents.CountAsync());
            Assert.Equal(0, await db.Parties.CountAsync());
            Assert.Equal(0, await db.Applicants.CountAsync());
            var failed = await db.Batches.SingleAsync();
            Assert.Equal(ImportStatus.Failed, failed.Status);
            Assert.Equal(0, failed.Inserted + failed.Updated + failed.Unchanged);
        });

        var repaired = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([good])));
        Assert.Equal(rows, repaired.Read);
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            Assert.Equal(rows, await db.Patents.CountAsync());
            Assert.Equal(rows, repaired.Inserted);
            Assert.Equal(0, repaired.Unchanged);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_xml_file_with_a_bom_and_a_bad_byte_is_refused_not_stored_with_replacement_characters(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var text = await File.ReadAllBytesAsync(Fixtures.Path("patents", "ep-xml", "application_v1-3-A1.xml"));
        var at = IndexOf(text, "<B540>"u8.ToArray());
        Assert.True(at > 0);
        var bytes = new List<byte>([0xEF, 0xBB, 0xBF]);
        bytes.AddRange(text[..at]);
        bytes.AddRange([0xC3, 0x28]); // an invalid two-byte sequence in the title block
        bytes.AddRange(text[at..]);
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "bom-bad.xml");
        await File.WriteAllBytesAsync(file, bytes.ToArray());

        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file])));
        Assert.Equal(0, result.Inserted);
        Assert.Equal((1, 1), (result.Read, result.Rejected));
        Assert.Contains(result.Errors, e => e.Code == "XML_MALFORMED" && e.File == "bom-bad.xml");
        await platform.InScopeAsync(async sp => Assert.Equal(0, await sp.GetRequiredService<IpDataDbContext>().Patents.CountAsync()));

        // The same file without the bad bytes (BOM kept) imports.
        await File.WriteAllBytesAsync(file, [0xEF, 0xBB, 0xBF, .. text]);
        var clean = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file])));
        Assert.Equal(1, clean.Inserted);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
