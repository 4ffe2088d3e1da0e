using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Benchmark;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>
/// SECURITY.md spec 17 (CI tier, 5 MB): a multi-document USPTO file of about 5 MB (renumbered copies of a real
/// red-book grant) truncated mid-element, with invalid UTF-8 near its end, and a document nested 100 000 levels
/// deep. Each is XML_MALFORMED (400) with its line and column, within 30 s, and under <c>--strict</c> leaves the
/// store unchanged; without it, a bad document is reported and the good ones are kept, while bytes that are not
/// UTF-8 (which no decoder can read past) publish nothing.
/// </summary>
public sealed class Spec17_MalformedXmlTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static (string File, long Documents) FiveMegabytes(Platform platform, string name)
    {
        var source = Fixtures.Path("patents", "us-grant-xml", "go-uspto_v4-5-B1.xml");
        var copies = (int)Math.Ceiling(5.0 * 1024 * 1024 / new FileInfo(source).Length);
        var file = Path.Combine(platform.Store.Storage.DataDirectory, name);
        var documents = PatentBenchmark.RepeatXml(source, copies, file);
        Assert.InRange(new FileInfo(file).Length, 5L * 1024 * 1024, 6L * 1024 * 1024);
        return (file, documents);
    }

    private static Task<int> PatentsAsync(Platform platform) =>
        platform.InScopeAsync(sp => sp.GetRequiredService<IpDataDbContext>().Patents.CountAsync());

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_truncated_mid_element_is_malformed_at_its_line_and_strict_leaves_the_store_unchanged(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var (file, documents) = FiveMegabytes(platform, "truncated.xml");
        var bytes = await File.ReadAllBytesAsync(file);
        var cut = Array.LastIndexOf(bytes, (byte)'<', bytes.Length - 2000) + 3; // inside a tag of the last document
        await File.WriteAllBytesAsync(file, bytes[..cut]);
        var lastLine = bytes[..cut].Count(b => b == (byte)'\n') + 1;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var strict = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], Strict: true))));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
        Assert.Equal("XML_MALFORMED", strict.Code);
        Assert.Equal(400, strict.Status);
        Assert.InRange(Convert.ToInt64(strict.Details["line"], System.Globalization.CultureInfo.InvariantCulture), 1, lastLine);
        Assert.True(strict.Details.ContainsKey("column"));
        // Every document before the bad one was written inside the file's transaction, and none was kept.
        Assert.Equal(0, await PatentsAsync(platform));
        await platform.InScopeAsync(async sp => Assert.Equal(ImportStatus.Failed, (await sp.GetRequiredService<IpDataDbContext>().Batches.SingleAsync()).Status));

        var lenient = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file])));
        var error = Assert.Single(lenient.Errors);
        Assert.Equal("XML_MALFORMED", error.Code);
        Assert.Equal((documents, 1L, documents - 1), (lenient.Read, lenient.Rejected, lenient.Inserted));
        Assert.Equal((int)(documents - 1), await PatentsAsync(platform));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Invalid_utf8_near_the_end_is_malformed_at_its_line_and_column_and_publishes_nothing(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var (file, _) = FiveMegabytes(platform, "bad-utf8.xml");
        var bytes = await File.ReadAllBytesAsync(file);
        var at = Array.LastIndexOf(bytes, (byte)'>', bytes.Length - 3000) + 1; // just after a tag, near the end
        var bad = new List<byte>(bytes[..at]) { 0xC3, 0x28 };
        bad.AddRange(bytes[at..]);
        await File.WriteAllBytesAsync(file, bad.ToArray());
        var line = bytes[..at].Count(b => b == (byte)'\n') + 1;
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', at - 1) + 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, at - lineStart) + 1;

        foreach (var strict in new[] { true, false })
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ImportError reported;
            if (strict)
            {
                var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], Strict: true))));
                Assert.Equal(400, error.Status);
                Assert.Equal(column, Convert.ToInt64(error.Details["column"], System.Globalization.CultureInfo.InvariantCulture));
                reported = new ImportError(file, Convert.ToInt64(error.Details["line"], System.Globalization.CultureInfo.InvariantCulture), null, null, error.Message, error.Code);
            }
            else
            {
                var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file])));
                Assert.Equal(0, result.Inserted);
                reported = Assert.Single(result.Errors);
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
            Assert.Equal("XML_MALFORMED", reported.Code);
            Assert.Equal(line, reported.Row);
            Assert.Contains($"line {line}, column {column}", reported.Reason, StringComparison.Ordinal);
            Assert.Equal(0, await PatentsAsync(platform));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_document_nested_100000_levels_deep_is_malformed_and_stores_nothing(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "deep.xml");
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<us-patent-grant lang=\"EN\">\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("<p>");
        }

        for (var i = 0; i < 100_000; i++)
        {
            text.Append("</p>");
        }

        text.Append("\n</us-patent-grant>\n");
        await File.WriteAllTextAsync(file, text.ToString());

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], Strict: true))));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
        Assert.Equal("XML_MALFORMED", error.Code);
        Assert.Equal(400, error.Status);
        Assert.Equal(3L, Convert.ToInt64(error.Details["line"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(error.Details.ContainsKey("column"));
        Assert.Equal(0, await PatentsAsync(platform));
    }
}
