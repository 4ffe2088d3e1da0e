using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;
using MiniExcelLibs;

namespace IpCity.BuildingBlocks.Tests.Import;

/// <summary>The one reader behind every module's tabular import (registers, catalogue, products, agencies, GI users).</summary>
public sealed class SheetReaderTests : IDisposable
{
    private static readonly Dictionary<string, string[]> s_aliases = new(StringComparer.Ordinal)
    {
        ["name"] = ["名称", "机构名称"],
        ["code"] = ["统一社会信用代码", "信用代码"],
        ["on"] = ["日期"],
    };

    private static readonly string[] s_required = ["name", "code"];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ipcity-sheet-" + Guid.NewGuid().ToString("N"));

    public SheetReaderTests() => Directory.CreateDirectory(_dir);

    private string Xlsx(IEnumerable<Dictionary<string, object?>> rows, string sheet = "Sheet1")
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".xlsx");
        MiniExcel.SaveAs(path, rows.ToList(), sheetName: sheet);
        return path;
    }

    private string Csv(string text)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(true));
        return path;
    }

    [Fact]
    public void Aliases_map_headers_blank_rows_are_skipped_and_cells_read_as_text()
    {
        var path = Xlsx(
        [
            new() { ["机构名称*"] = "南昌某某科技有限公司", ["信用代码"] = "91360100MA35ABCD1X", ["日期"] = new DateTime(2024, 5, 6), ["备注"] = "x" },
            new() { ["机构名称*"] = null, ["信用代码"] = null, ["日期"] = null, ["备注"] = "only an unmapped column" },
            new() { ["机构名称*"] = "'=SUM(A1)", ["信用代码"] = 12345678901234d, ["日期"] = null, ["备注"] = null },
        ]);
        var rows = SheetReader.Read(path, s_aliases, s_required, new SheetOptions("TEST_INVALID", 100));
        Assert.Equal(new[] { 2, 4 }, rows.Select(r => r.Row));
        Assert.Equal(("南昌某某科技有限公司", "91360100MA35ABCD1X", "2024-05-06"), (rows[0]["name"], rows[0]["code"], rows[0]["on"]));
        Assert.Equal(("=SUM(A1)", "12345678901234", null), (rows[1]["name"], rows[1]["code"], rows[1]["on"]));
        Assert.Null(rows[0]["unknown"]);
    }

    /// <summary>SECURITY.md spec 19 for every module's list import: GB 18030, GBK and UTF-8 with and without BOM give the same rows; a quote-only cell and a quoted line break survive.</summary>
    [Fact]
    public void A_csv_in_any_chinese_encoding_reads_the_same_rows()
    {
        const string text = "名称,统一社会信用代码,日期\r\n\"江西\"\"赣\"\"科技有限公司\",91360100MA35ABCD1X,2024-05-06\r\n\"南昌\n分公司\",\"\"\"\"\"\",\r\n";
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var encodings = new (string Name, byte[] Bytes)[]
        {
            ("utf-8", new System.Text.UTF8Encoding(false).GetBytes(text)),
            ("utf-8-bom", [.. new System.Text.UTF8Encoding(true).GetPreamble(), .. new System.Text.UTF8Encoding(false).GetBytes(text)]),
            ("gb18030", System.Text.Encoding.GetEncoding("GB18030").GetBytes(text)),
            ("gbk", System.Text.Encoding.GetEncoding("GBK").GetBytes(text)),
        };
        foreach (var (name, bytes) in encodings)
        {
            var path = Path.Combine(_dir, name + ".csv");
            File.WriteAllBytes(path, bytes);
            var rows = SheetReader.Read(path, s_aliases, s_required, new SheetOptions("TEST_INVALID", 100, AllowCsv: true));
            Assert.Equal(2, rows.Count);
            Assert.Equal(("江西\"赣\"科技有限公司", "91360100MA35ABCD1X", "2024-05-06"), (rows[0]["name"], rows[0]["code"], rows[0]["on"]));
            Assert.Equal(("南昌\n分公司", "\"\""), (rows[1]["name"], rows[1]["code"]));
        }
    }

    [Fact]
    public void A_csv_with_a_bom_reads_like_the_workbook_when_allowed()
    {
        var path = Csv("名称,统一社会信用代码\r\n甲公司,91360100MA35ABCD1X\r\n , \r\n");
        var row = Assert.Single(SheetReader.Read(path, s_aliases, s_required, new SheetOptions("TEST_INVALID", 100, AllowCsv: true)));
        Assert.Equal((2, "甲公司", "91360100MA35ABCD1X"), (row.Row, row["name"], row["code"]));

        var refused = Assert.Throws<IpCityException>(() => SheetReader.Read(path, s_aliases, s_required, new SheetOptions("TEST_INVALID", 100, "名录文件")));
        Assert.Equal(("TEST_INVALID", 400, "名录文件须为 .xlsx。"), (refused.Code, refused.Status, refused.Message));
    }

    [Fact]
    public void Bad_files_get_the_modules_code_with_the_missing_columns_named()
    {
        var noCode = Xlsx([new() { ["名称"] = "甲公司" }], sheet: "人员");
        var missing = Assert.Throws<IpCityException>(() => SheetReader.Read(noCode, s_aliases, s_required, new SheetOptions("TEST_INVALID", 100, "工作表 人员 ", Sheet: "人员")));
        Assert.Equal(("TEST_INVALID", "工作表 人员 表头缺少: 统一社会信用代码。"), (missing.Code, missing.Message));
        Assert.Equal(new[] { "统一社会信用代码" }, (IEnumerable<string>)missing.Details["missingHeaders"]!);
        Assert.Equal("人员", missing.Details["sheet"]);
        Assert.Equal(new[] { "人员" }, SheetReader.SheetNames(noCode, new SheetOptions("TEST_INVALID", 100)));
        Assert.Equal(new[] { "名称" }, SheetReader.Headers(noCode, new SheetOptions("TEST_INVALID", 100, Sheet: "人员")));

        var many = Xlsx(Enumerable.Range(1, 4).Select(i => new Dictionary<string, object?> { ["名称"] = $"公司{i}", ["信用代码"] = "x" }));
        var tooMany = Assert.Throws<IpCityException>(() => SheetReader.Read(many, s_aliases, s_required, new SheetOptions("TEST_INVALID", 3)));
        Assert.Equal(("TEST_INVALID", "文件超过 3 行, 请分批导入。"), (tooMany.Code, tooMany.Message));

        var notZip = Path.Combine(_dir, "broken.xlsx");
        File.WriteAllText(notZip, "not a workbook");
        Assert.Throws<IpCityException>(() => SheetReader.Read(notZip, s_aliases, s_required, new SheetOptions("TEST_INVALID", 100)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
