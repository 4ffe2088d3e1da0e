using System.Text;
using IpCity.IpData.Contracts;
using IpCity.IpData.Normalisation;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Search;

/// <summary>
/// Search semantics: for every query the hits equal those of a substring scan over the same fields
/// (computed here independently from the rows that were imported), none lost, none added.
/// </summary>
public sealed class SearchTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private sealed record Row(string App, string Date, string Pub, string Type, string Title, string Abstract, string Applicants, string Address, string Inventors, string Ipc);

    private static readonly string[] s_titles = ["一种锂电池热管理系统", "锂离子电池隔膜", "充电桩散热装置", "一种电池包结构", "茶叶揉捻机", "中药提取方法", "无人机电池快换装置", "Battery pack for drones", "基于深度学习的图像识别方法", "稀土永磁材料"];
    private static readonly string[] s_applicants = ["南昌大学", "南昌航空大学", "南昌某某职业大学", "江西红谷新能源科技有限公司", "江铃汽车股份有限公司", "进贤县茶业有限公司", "江西中医药大学"];
    private static readonly string[] s_addresses = ["江西省南昌市红谷滩区丰和中大道1号", "江西省南昌市青山湖区南京东路235号", "江西省南昌县小蓝经济开发区", "江西省进贤县民和镇", "江西省南昌市东湖区八一大道", "南昌红谷滩新区凤凰中大道"];
    private static readonly string[] s_ipc = ["H01M10/0525", "H01M2/16", "B60L53/30", "H01M50/20", "A23F3/06", "A61K36/00", "B64U50/19", "H01M10/42", "G06V10/82", "H01F1/057"];

    private static List<Row> Dataset()
    {
        var rows = new List<Row>();
        for (var i = 0; i < 40; i++)
        {
            var year = 2015 + (i % 8);
            var digits = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}{(i % 3 == 1 ? 2 : 1)}{1000000 + i:D7}");
            var app = digits + "." + CnApplicationNumber.CheckCharacter(digits);
            var title = s_titles[i % s_titles.Length];
            rows.Add(new Row(app, $"{year}-0{1 + (i % 9)}-1{i % 10}", $"CN{100000000 + i}A", i % 3 == 1 ? "实用新型" : "发明", title,
                $"本{(i % 3 == 1 ? "实用新型" : "发明")}涉及{title}，第{i}号。", s_applicants[i % s_applicants.Length] + (i % 5 == 0 ? "；" + s_applicants[(i + 3) % s_applicants.Length] : string.Empty),
                s_addresses[i % s_addresses.Length], i % 2 == 0 ? "张伟;李娜" : "王强", s_ipc[i % s_ipc.Length]));
        }

        return rows;
    }

    private static async Task<Platform> LoadAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider);
        var sb = new StringBuilder("申请号,申请日,公开（公告）号,专利类型,发明名称,摘要,申请（专利权）人,申请人地址,发明（设计）人,主分类号\r\n");
        foreach (var r in Dataset())
        {
            sb.Append(string.Join(',', r.App, r.Date, r.Pub, r.Type, r.Title, r.Abstract, r.Applicants, r.Address, r.Inventors, r.Ipc)).Append("\r\n");
        }

        var path = Path.Combine(platform.Store.Storage.DataDirectory, "search.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), new UTF8Encoding(false));
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        Assert.True(result.Inserted == 40, string.Join("; ", result.Errors.Take(3).Select(e => $"{e.Row} {e.Field} {e.Value} {e.Reason}")));
        return platform;
    }

    /// <summary>The independent oracle: every term a contiguous substring of one of the fields.</summary>
    private static HashSet<string> Oracle(IEnumerable<string> terms) => Dataset()
        .Where(r => terms.All(t =>
            new[] { r.Title, r.Abstract, r.Applicants, r.Address, r.Inventors }.Any(f => f.Contains(t, StringComparison.OrdinalIgnoreCase))))
        .Select(r => "CN" + r.App).ToHashSet();

    private static async Task<HashSet<string>> HitsAsync(Platform platform, string query)
    {
        var all = new HashSet<string>();
        await platform.InScopeAsync(async sp =>
        {
            var search = sp.GetRequiredService<IPatentSearch>();
            var first = await search.SearchAsync(new SearchRequest(query, 1, 200, null, Facets: false));
            foreach (var hit in first.Hits)
            {
                all.Add(hit.ApplicationCountry + hit.ApplicationNumber);
            }

            Assert.Equal(first.Total, all.Count);
        });
        return all;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Hits_equal_a_substring_scan_for_every_query(string provider)
    {
        await using var platform = await LoadAsync(provider);
        string[][] queries =
        [
            ["红谷滩"], ["电池"], ["锂电池"], ["南昌大学"], ["大学"], ["锂电池", "热管理"], ["电池", "南昌航空大学"], ["揉捻"], ["青山湖区"],
            ["张伟"], ["battery"], ["BATTERY PACK"], ["红谷滩新区"], ["不存在的词"], ["红"], ["%"], ["_"],
        ];
        foreach (var terms in queries)
        {
            var query = string.Join(' ', terms.Select(t => t.Contains(' ', StringComparison.Ordinal) ? "\"" + t + "\"" : t));
            var expected = Oracle(terms);
            var actual = await HitsAsync(platform, query);
            Assert.True(expected.SetEquals(actual), $"{query}: expected {expected.Count}, got {actual.Count}");
        }

        // 南昌大学 must not match a text that merely contains 南昌 and 大学 apart.
        var apart = Dataset().Where(r => r.Applicants.StartsWith("南昌某某职业大学", StringComparison.Ordinal) && !r.Applicants.Contains("南昌大学", StringComparison.Ordinal)).Select(r => "CN" + r.App).ToList();
        Assert.NotEmpty(apart);
        var hits = await HitsAsync(platform, "南昌大学");
        Assert.DoesNotContain(hits, apart.Contains);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Field_syntax_facets_and_export(string provider)
    {
        await using var platform = await LoadAsync(provider);
        var data = Dataset();
        Assert.Equal(data.Where(r => r.Title.Contains("电池", StringComparison.Ordinal)).Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "ti:电池"));
        Assert.Equal(data.Where(r => r.Applicants.Contains("南昌大学", StringComparison.Ordinal)).Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "pa:南昌大学"));
        Assert.Equal(data.Where(r => r.Ipc.StartsWith("H01M", StringComparison.Ordinal)).Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "ipc:H01M"));
        Assert.Equal(data.Where(r => r.Ipc == "H01M10/0525" || r.Ipc == "H01M10/42").Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "ipc:H01M10"));
        Assert.Equal(data.Where(r => r.Type == "实用新型").Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "type:实用新型"));
        Assert.Equal(data.Where(r => string.CompareOrdinal(r.Date, "2019") >= 0 && string.CompareOrdinal(r.Date, "2021") < 0).Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "ad:[2019 TO 2020]"));
        Assert.Equal(data.Where(r => r.Address.Contains("红谷滩", StringComparison.Ordinal)).Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "region:360113"));
        Assert.Equal(data.Where(r => r.Address.Contains("红谷滩", StringComparison.Ordinal) && r.Title.Contains("电池", StringComparison.Ordinal)).Select(r => "CN" + r.App).ToHashSet(), await HitsAsync(platform, "addr:红谷滩 ti:电池"));

        await platform.InScopeAsync(async sp =>
        {
            var search = sp.GetRequiredService<IPatentSearch>();
            var result = await search.SearchAsync(new SearchRequest("电池", 1, 5));
            Assert.Equal(5, result.Hits.Count);
            Assert.Equal(result.Total, result.Facets["type"].Sum(f => f.Count));
            Assert.Equal(result.Total, result.Facets["origin"].Sum(f => f.Count));
            Assert.Contains(result.Facets["county"], f => f.Value == "360113");
            var exported = new List<ExportRow>();
            await foreach (var row in search.ExportAsync("电池"))
            {
                exported.Add(row);
            }

            Assert.Equal(result.Total, exported.Count);
            Assert.All(exported, r => Assert.Contains("电池", r.Title + string.Empty, StringComparison.OrdinalIgnoreCase));
        });

        var error = await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() => HitsAsync(platform, "xx:foo"));
        Assert.Equal("SEARCH_QUERY_INVALID", error.Code);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tX", "\"'\tX\"")]
    [InlineData("普通标题", "普通标题")]
    [InlineData("a,b", "\"a,b\"")]
    public void Export_cells_are_escaped_against_formula_injection(string value, string expected) =>
        Assert.Equal(expected, IpCity.BuildingBlocks.Export.CsvCells.Cell(value));
}
