using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using MiniExcelLibs;

namespace IpCity.Services.Tests.Catalogue;

/// <summary>
/// XLSX import of the catalogue: good rows kept and bad rows reported (row, field, value, reason); the same file twice
/// changes nothing; a changed row adds a version; the export has exactly the list's rows and imports back unchanged.
/// </summary>
public sealed class CatalogueImportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Dictionary<string, object?> Row(string code, string name, object limit, string unit, string channels, string responsible, string? materials = "请求书\n主体资格证明") => new()
    {
        ["事项编码"] = code,
        ["事项名称"] = name,
        ["事项类别"] = "知识产权保护",
        ["设定依据"] = "《中华人民共和国专利法》",
        ["受理条件"] = "有明确的请求事项",
        ["申请材料"] = materials,
        ["办理时限"] = limit,
        ["时限单位"] = unit,
        ["收费标准"] = null,
        ["办理渠道"] = channels,
        ["责任单位代码"] = responsible,
        ["状态"] = "在办",
        ["生效日期"] = "2026-03-01",
    };

    private static async Task<string> WriteAsync(string folder, string name, IEnumerable<Dictionary<string, object?>> rows)
    {
        var path = Path.Combine(folder, name);
        await MiniExcel.SaveAsAsync(path, rows.ToList(), overwriteFile: true);
        return path;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_is_idempotent_keeps_good_rows_and_reports_bad_ones(string provider)
    {
        await using var platform = await CatalogueKit.StartAsync(provider);
        var folder = Path.Combine(platform.Store.Storage.DataDirectory, "in");
        Directory.CreateDirectory(folder);
        var good = new[]
        {
            Row("T-001", "专利检索咨询", 10, "工作日", "网上办理、窗口办理", "360100"),
            Row("T-002", "知识产权维权援助申请", "5个工作日", string.Empty, "Online|Mail", "东湖区"),
            Row("T-003", "专利导航服务申请", 30, "日", "窗口", "360103"),
        };
        var bad = new[]
        {
            Row("T-004", "未知单位的事项", 5, "工作日", "网上办理", "999999"),
            Row("T-005", "时限有误的事项", "很快", "工作日", "传真", "360100"),
            Row("T-001", "重复编码", 5, "工作日", "网上办理", "360100"),
        };
        var file = await WriteAsync(folder, "catalogue.xlsx", good.Concat(bad));

        var first = await platform.Catalogue(c => c.ImportAsync(CatalogueKit.City, file));
        Assert.Equal((6, 3, 0, 0, 3), (first.Read, first.Created, first.Revised, first.Unchanged, first.Rejected));
        Assert.Contains(first.Issues, i => i is { Row: 5, Field: "unit", Value: "999999" });
        Assert.Contains(first.Issues, i => i is { Row: 6, Field: "timeLimit", Value: "很快" });
        Assert.Contains(first.Issues, i => i is { Row: 6, Field: "channels", Value: "传真" });
        Assert.Contains(first.Issues, i => i is { Row: 7, Field: "code" } && i.Reason.Contains("第 2 行", StringComparison.Ordinal));
        var t2 = await platform.Catalogue(c => c.GetAsync(CatalogueKit.Visitor, "T-002"));
        Assert.Equal(("5 个工作日", "360102", "网上办理、邮寄办理", "Import"), (t2.TimeLimitText, t2.ResponsibleUnitCode, t2.ChannelsText, t2.Source));
        Assert.Equal(["请求书", "主体资格证明"], t2.Materials);

        var second = await platform.Catalogue(c => c.ImportAsync(CatalogueKit.City, file));
        Assert.Equal((6, 0, 0, 3, 3), (second.Read, second.Created, second.Revised, second.Unchanged, second.Rejected));

        // One changed row: a new version of that item only, effective from its date.
        var changed = await WriteAsync(folder, "changed.xlsx", [good[0], good[1], Dated(Row("T-003", "专利导航服务申请", 20, "日", "窗口", "360103"), "2026-05-01")]);
        var third = await platform.Catalogue(c => c.ImportAsync(CatalogueKit.City, changed));
        Assert.Equal((3, 0, 1, 2, 0), (third.Read, third.Created, third.Revised, third.Unchanged, third.Rejected));
        var history = await platform.Catalogue(c => c.HistoryAsync(CatalogueKit.City, "T-003"));
        Assert.Equal([(2, new DateOnly(2026, 5, 1)), (1, new DateOnly(2026, 3, 1))], history.Select(h => (h.Version, h.EffectiveFrom)).ToList());
        Assert.Equal(3, await platform.AuditsAsync("ServiceCatalogueImported"));

        // A file without the required headers is refused as a whole.
        var headless = await WriteAsync(folder, "headless.xlsx", [new Dictionary<string, object?> { ["名称"] = "x" }]);
        var refused = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.ImportAsync(CatalogueKit.City, headless)));
        Assert.Equal((400, "CATALOGUE_FILE_INVALID"), (refused.Status, refused.Code));
        var district = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.ImportAsync(CatalogueKit.Donghu, file)));
        Assert.Equal(403, district.Status);
    }

    private static Dictionary<string, object?> Dated(Dictionary<string, object?> row, string day)
    {
        row["生效日期"] = day;
        return row;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Export_holds_the_list_total_and_imports_back_unchanged(string provider)
    {
        await using var platform = await CatalogueKit.StartAsync(provider, starter: true);
        Assert.Equal(10, (await platform.Catalogue(c => c.ListAsync(CatalogueKit.Visitor, new ServiceItemQuery()))).Total);
        await platform.Catalogue(c => c.CreateAsync(CatalogueKit.City, new CreateServiceItemRequest("T-F1", CatalogueKit.Content("=SUM(A1:A2) 公式样式名称", "360102"))));
        var list = await platform.Catalogue(c => c.ListAsync(CatalogueKit.Visitor, new ServiceItemQuery(PageSize: 5)));
        Assert.Equal((11, 5), (list.Total, list.Items.Count));

        var xlsx = await platform.Catalogue(c => c.ExportXlsxAsync(CatalogueKit.Visitor, new ServiceItemQuery()));
        var folder = Path.Combine(platform.Store.Storage.DataDirectory, "out");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "export.xlsx");
        await File.WriteAllBytesAsync(path, xlsx);
        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(list.Total, rows.Count);
        Assert.Equal("'=SUM(A1:A2) 公式样式名称", rows.Single(r => (string?)r["事项编码"] == "T-F1")["事项名称"]);
        Assert.Equal("5", Convert.ToString(rows.Single(r => (string?)r["事项编码"] == "ZL-CJ-001")["办理时限"], System.Globalization.CultureInfo.InvariantCulture));

        var csv = Encoding.UTF8.GetString(await platform.Catalogue(c => c.ExportCsvAsync(CatalogueKit.Visitor, new ServiceItemQuery())));
        Assert.Equal(list.Total + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"'=SUM(A1:A2) 公式样式名称\"", csv, StringComparison.Ordinal);

        var back = await platform.Catalogue(c => c.ImportAsync(CatalogueKit.City, path));
        Assert.Equal((11, 0, 0, 11, 0), (back.Read, back.Created, back.Revised, back.Unchanged, back.Rejected));
    }
}
