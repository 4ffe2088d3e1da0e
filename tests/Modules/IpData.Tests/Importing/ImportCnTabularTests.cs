using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Normalisation;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.IpData.Tests.Importing;

/// <summary>Chinese tabular exports: the same rows as UTF-8, UTF-8+BOM, GBK, GB18030 and XLSX give the same result.</summary>
public sealed class ImportCnTabularTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static string App(string twelveOrEight) => twelveOrEight + "." + CnApplicationNumber.CheckCharacter(twelveOrEight);

    private static readonly string[] s_headers =
        ["申请号", "申请日", "公开（公告）号", "公开（公告）日", "授权公告号", "授权公告日", "专利类型", "发明名称", "摘要", "申请（专利权）人", "申请人地址",
         "发明（设计）人", "主分类号", "分类号", "统一社会信用代码", "法律状态", "代理机构", "被引证次数", "权利要求数", "同族专利"];

    private static List<string[]> Rows() =>
    [
        [App("201910123456"), "2019.03.05", "CN109876543A", "2019年7月2日", "CN109876543B", "2021-01-05", "发明", "一种锂电池热管理系统", "本发明公开了一种用于新能源汽车的锂电池热管理系统。",
         "江西红谷新能源科技有限公司；南昌大学", "江西省南昌市红谷滩区丰和中大道1号", "张伟;李娜", "H01M10/0525", "H01M 10/0525; H01M10/613|B60L58/26", "91350100M000100Y43", "有效", "南昌洪都专利事务所", "3", "10", "US2020123456A1；EP3700000B1"],
        [App("201920654321"), "20190702", "CN 209123456 U", "2020/1/3", string.Empty, string.Empty, "实用新型", "一种充电桩散热装置", "本实用新型涉及充电桩。",
         "南昌县小蓝汽车配件厂", "江西省南昌县小蓝经济开发区富山大道", "王强", "B60L53/30", "B60L53/30", string.Empty, "有效", string.Empty, "0", "1", string.Empty],
        [App("201930111222"), "2019-05-06", "CN305111222S", "2019-10-11", string.Empty, string.Empty, "外观设计", "茶叶包装盒（狗牯脑）", string.Empty,
         "进贤县茶业有限公司", "江西省进贤县民和镇", "赵敏", string.Empty, string.Empty, string.Empty, "失效", string.Empty, string.Empty, string.Empty, string.Empty],
        ["201910999999.0", "2019-01-01", "CN110000001A", "2019-06-01", string.Empty, string.Empty, "发明", "校验位错误的记录", string.Empty,
         "某公司", "江西省南昌市", "某人", "G06F16/00", string.Empty, string.Empty, "审中", string.Empty, string.Empty, string.Empty, string.Empty],
        [App("202110333444"), "2021-13-45", "CN113333444A", "2021-08-01", string.Empty, string.Empty, "发明", "日期错误的记录", string.Empty,
         "某公司", "江西省南昌市", "某人", "G06F16/00", string.Empty, string.Empty, "审中", string.Empty, string.Empty, string.Empty, string.Empty],
    ];

    private static string Csv(IEnumerable<string[]> rows, string[] headers)
    {
        static string Cell(string v) => v.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
        var sb = new StringBuilder();
        sb.Append(string.Join(',', headers.Select(Cell))).Append("\r\n");
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', r.Select(Cell))).Append("\r\n");
        }

        return sb.ToString();
    }

    private static async Task<(ImportResult Result, string Summary)> ImportAsync(string provider, Func<string, Task<string>> write)
    {
        await using var platform = await Platform.StartAsync(provider);
        var path = await write(platform.Store.Storage.DataDirectory);
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        Assert.Equal(0, again.Inserted);
        Assert.Equal(result.Inserted, again.Unchanged);
        var summary = new StringBuilder();
        await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<IPatentQueries>();
            foreach (var (number, kind) in new[] { ("109876543", "B"), ("109876543", "A"), ("209123456", "U"), ("305111222", "S") })
            {
                var p = await q.FindByDocumentAsync("CN", number, kind);
                summary.AppendLine(p is null ? "missing " + number : $"{p.ApplicationNumber}|{p.ApplicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}|{p.Type}|{p.Title}|{p.MainIpc}|{string.Join("+", p.Documents)}|{string.Join("+", p.Applicants)}|{string.Join("+", p.Inventors)}");
            }
        });
        return (result, summary.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_encoding_and_xlsx_give_the_same_result_as_utf8(string provider)
    {
        var text = Csv(Rows(), s_headers);
        var utf8 = await ImportAsync(provider, async dir => { var p = Path.Combine(dir, "utf8.csv"); await File.WriteAllTextAsync(p, text, new UTF8Encoding(false)); return p; });

        Assert.Equal(5, utf8.Result.Read);
        Assert.Equal(3, utf8.Result.Inserted);
        Assert.Equal(2, utf8.Result.Rejected);
        var appError = Assert.Single(utf8.Result.Errors, e => e.Field == "申请号");
        Assert.Equal(5, appError.Row);
        Assert.Equal("201910999999.0", appError.Value);
        Assert.Contains("check character", appError.Reason, StringComparison.Ordinal);
        var dateError = Assert.Single(utf8.Result.Errors, e => e.Field == "申请日");
        Assert.Equal(6, dateError.Row);
        Assert.Contains($"{App("201910123456")}|2019-03-05|Invention|一种锂电池热管理系统|H01M 10/0525|CN 109876543 A+CN 109876543 B|江西红谷新能源科技有限公司+南昌大学|张伟+李娜", utf8.Summary, StringComparison.Ordinal);
        Assert.Contains("UtilityModel|一种充电桩散热装置|B60L 53/30|CN 209123456 U", utf8.Summary, StringComparison.Ordinal);
        Assert.Contains("Design|茶叶包装盒（狗牯脑）", utf8.Summary, StringComparison.Ordinal);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var (name, encoding) in new (string, Encoding)[] { ("bom.csv", new UTF8Encoding(true)), ("gbk.csv", Encoding.GetEncoding("GBK")), ("gb18030.csv", Encoding.GetEncoding("GB18030")) })
        {
            var other = await ImportAsync(provider, async dir => { var p = Path.Combine(dir, name); await File.WriteAllTextAsync(p, text, encoding); return p; });
            Assert.Equal(utf8.Summary, other.Summary);
            Assert.Equal(utf8.Result with { Errors = [], BatchIds = [], IndexSeconds = 0 }, other.Result with { Errors = [], BatchIds = [], IndexSeconds = 0 });
            Assert.Equal(utf8.Result.Errors.Select(e => (e.Row, e.Field, e.Value)), other.Result.Errors.Select(e => (e.Row, e.Field, e.Value)));
        }

        var xlsx = await ImportAsync(provider, async dir =>
        {
            var p = Path.Combine(dir, "export.xlsx");
            var rows = Rows().Select(r => s_headers.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => (object)x.Item2)).ToList();
            await MiniExcel.SaveAsAsync(p, rows);
            return p;
        });
        Assert.Equal(utf8.Summary, xlsx.Summary);
        Assert.Equal(utf8.Result with { Errors = [], BatchIds = [], IndexSeconds = 0 }, xlsx.Result with { Errors = [], BatchIds = [], IndexSeconds = 0 });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Patents_are_attributed_to_districts_by_the_first_patentee_address(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var rows = Rows().Take(3).ToList();
        rows.Add([App("202210555666"), "2022-02-02", "CN114555666A", "2022-05-05", string.Empty, string.Empty, "发明", "地址无法识别的记录", string.Empty,
            "某研究所", "幸福路8号", "某人", "G06F16/00", string.Empty, string.Empty, "审中", string.Empty, string.Empty, string.Empty, string.Empty]);
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "regions.csv");
        await File.WriteAllTextAsync(path, Csv(rows, s_headers), new UTF8Encoding(false));
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        Assert.Equal(4, result.Inserted);

        await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<IPatentQueries>();
            var battery = await q.FindByDocumentAsync("CN", "109876543", "B");
            Assert.Equal("360113", battery!.RegionCountyCode);
            Assert.StartsWith("first-patentee:", battery.RegionRule, StringComparison.Ordinal);
            Assert.Equal(1.0, battery.RegionConfidence);
            Assert.Equal("360121", (await q.FindByDocumentAsync("CN", "209123456", "U"))!.RegionCountyCode);
            Assert.Equal("360124", (await q.FindByDocumentAsync("CN", "305111222", "S"))!.RegionCountyCode);
            var unresolved = await q.UnresolvedAddressesAsync();
            var row = Assert.Single(unresolved);
            Assert.Equal("幸福路8号", row.Address);
            Assert.Equal(1, row.Patents);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_without_the_application_number_column_gets_a_named_error(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "bad-header.csv");
        var headers = s_headers.Select(h => h == "申请号" ? "专利号码?" : h).ToArray();
        await File.WriteAllTextAsync(path, Csv(Rows().Take(1), headers), new UTF8Encoding(false));
        var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path]))));
        Assert.Equal("IMPORT_MISSING_COLUMN", error.Code);
        Assert.Contains("申请号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_variants_with_half_width_brackets_and_spaces_are_recognised()
    {
        await using var platform = await Platform.StartAsync(TestDatabases.Sqlite);
        var headers = s_headers.Select(h => h.Replace("（", " (", StringComparison.Ordinal).Replace("）", ") ", StringComparison.Ordinal)).ToArray();
        headers[7] = "标题";
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "variants.csv");
        await File.WriteAllTextAsync(path, Csv(Rows().Take(1), headers).Replace(',', '\t'), new UTF8Encoding(false));
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        Assert.Equal(1, result.Inserted);
        var p = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentQueries>().FindByDocumentAsync("CN", "109876543", "B"));
        Assert.Equal("一种锂电池热管理系统", p!.Title);
        Assert.Equal(["江西红谷新能源科技有限公司", "南昌大学"], p.Applicants);
    }
}
