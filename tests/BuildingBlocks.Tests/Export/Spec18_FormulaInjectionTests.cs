using System.IO.Compression;
using System.Text;
using IpCity.BuildingBlocks.Export;

namespace IpCity.BuildingBlocks.Tests.Export;

/// <summary>
/// SECURITY.md spec 18: the export writers every list download goes through (<see cref="TableExport"/>), in both
/// formats, over the spec's values: text starting with = + - @ TAB CR begins with an apostrophe and is quoted
/// in CSV; the workbook holds strings and no formula element; a plain negative amount stays a number in CSV;
/// ordinary Chinese text is unchanged.
/// </summary>
public sealed class Spec18_FormulaInjectionTests
{
    private static readonly string[] s_headers = ["标题", "金额"];

    private static readonly (string Title, string Amount)[] s_rows =
    [
        ("=HYPERLINK(\"http://x\",\"y\")", "-5"),
        ("+1", "12.50"),
        ("-2+3", "-12.50"),
        ("@SUM(A1)", "0"),
        ("\tX", "-A1"),
        ("\rY", "-1e3"),
        ("普通标题", "100"),
    ];

    private static async IAsyncEnumerable<string[]> Rows()
    {
        foreach (var (title, amount) in s_rows)
        {
            yield return [title, amount];
        }

        await Task.CompletedTask;
    }

    [Fact]
    public async Task Csv_escapes_formula_text_and_keeps_plain_negative_numbers()
    {
        using var stream = new MemoryStream();
        await TableExport.WriteCsvAsync(stream, s_headers, Rows());
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        string[] expected =
        [
            "标题,金额\r\n",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5\r\n",
            "\"'+1\",12.50\r\n",
            "\"'-2+3\",-12.50\r\n",
            "\"'@SUM(A1)\",0\r\n",
            "\"'\tX\",\"'-A1\"\r\n",
            "\"'\rY\",\"'-1e3\"\r\n",
            "普通标题,100\r\n",
        ];
        Assert.Equal(string.Concat(expected), csv);
    }

    /// <summary>
    /// Found by the spec 38 round-trip property: "'\t" exported unchanged read back as the escape of "\t". Text that
    /// begins with an apostrophe before a special character or another apostrophe gets one more.
    /// </summary>
    [Theory]
    [InlineData("'\t", "''\t")]
    [InlineData("'=1", "''=1")]
    [InlineData("''=1", "'''=1")]
    [InlineData("'abc", "'abc")]
    [InlineData("\t", "'\t")]
    [InlineData("=1", "'=1")]
    [InlineData("-5", "-5")]
    [InlineData("'", "'")]
    public void Escaping_is_reversible(string value, string escaped)
    {
        Assert.Equal(escaped, CsvCells.Escape(value));
        Assert.Equal(value, CsvCells.Unescape(CsvCells.Escape(value)));
    }

    [Fact]
    public async Task Xlsx_holds_strings_escaped_as_in_csv_and_no_formula()
    {
        using var stream = new MemoryStream();
        await TableExport.WriteXlsxAsync(stream, "列表", s_headers, Rows(), CancellationToken.None);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        var xml = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            xml.Append(await reader.ReadToEndAsync());
        }

        // No formula element (<f> or a prefixed <x:f>) anywhere in the package.
        Assert.DoesNotMatch(@"<(\w+:)?f[\s/>]", xml.ToString());
        Assert.Contains("HYPERLINK", xml.ToString(), StringComparison.Ordinal);

        // Read back: every value is the escaped text, in order (a bare CR in a cell comes back as LF: XML's
        // end-of-line handling; the apostrophe in front stays).
        stream.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(s_rows.Length, rows.Count);
        Assert.Equal(
            s_rows.Select(r => CsvCells.Escape(r.Title).Replace('\r', '\n')),
            rows.Select(r => Convert.ToString(r["标题"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", rows[0]["标题"]);
        Assert.Equal("普通标题", rows[6]["标题"]);
    }
}
