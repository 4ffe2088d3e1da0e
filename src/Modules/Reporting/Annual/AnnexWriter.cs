using System.Globalization;
using IpCity.BuildingBlocks.Documents;
using IpCity.BuildingBlocks.Export;
using MiniExcelLibs;

namespace IpCity.Reporting.Annual;

/// <summary>
/// The .xlsx annex: every indicator value of every unit with its provenance (one row per value), the values
/// not computed, the report's tables as they appear in the document, and the notes.
/// </summary>
internal static class AnnexWriter
{
    public const string ValuesSheet = "指标值及来源";

    public static readonly string[] ValueColumns =
    [
        "单位代码", "单位名称", "指标代码", "指标名称", "年度", "参考日", "定义版本", "分子", "分母", "数值", "计量单位", "状态", "报告采用",
        "参数", "输入数据", "说明", "记录类型", "计入记录数", "输入哈希", "计算时间(UTC)", "计算人", "发布时间(UTC)", "发布人", "修订自",
    ];

    public static async Task WriteAsync(ReportData data, ReportDocument document, string path, CancellationToken ct)
    {
        var values = data.Values.Select(a =>
        {
            var v = a.Value;
            return Row(ValueColumns,
            [
                a.Unit.Code, a.Unit.Name, v.IndicatorCode, v.IndicatorName, v.Year, v.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.DefinitionVersion,
                (object?)v.Numerator ?? AnnualReportService.NoData, (object?)v.Denominator ?? (a.Definition.Denominator is null ? string.Empty : AnnualReportService.NoData),
                (object?)v.Value ?? AnnualReportService.NoData, v.Unit, StateLabel(v.State), a.UsedInReport ? "是" : "否",
                string.Join("; ", v.Parameters.Select(p => $"{p.Name}={(p.Value.Length == 0 ? "(未设定)" : p.Value)} [{p.Status}, 自{p.FromYear}年]")),
                string.Join("; ", v.Inputs.Select(i => $"{i.Element} {i.Source} {(i.Value is { } x ? x.ToString(CultureInfo.InvariantCulture) : AnnualReportService.NoData)} 批次:{i.Vintage ?? "-"}{(i.Origin is null ? string.Empty : " 来源:" + i.Origin)}")),
                string.Join("; ", v.Notes), v.RecordKind ?? string.Empty, v.RecordCount, v.InputHash,
                v.ComputedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), v.ComputedBy,
                v.PublishedAtUtc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty, v.PublishedBy ?? string.Empty,
                v.RevisesId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ]);
        }).ToList();

        string[] missingColumns = ["单位代码", "单位名称", "指标代码", "指标名称", "年度", "状态", "原因"];
        var missing = data.Views
            .SelectMany(kv => kv.Value.Where(r => r.View.Published is null && r.View.Latest is null).Select(r => (Unit: kv.Key, r)))
            .OrderBy(x => x.Unit, StringComparer.Ordinal).ThenBy(x => x.r.Definition.Code, StringComparer.Ordinal)
            .Select(x => Row(missingColumns,
            [
                x.Unit, UnitName(data, x.Unit), x.r.Definition.Code, x.r.Definition.Name, data.Year, AnnualReportService.NoData, "该年度尚未计算 (重新计算指标后生成)",
            ])).ToList();

        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ValuesSheet] = values.Count > 0 ? values : [Row(ValueColumns, new object?[ValueColumns.Length])],
            ["未计算"] = missing.Count > 0 ? missing : [Row(missingColumns, new object?[missingColumns.Length])],
        };
        var tableNo = 0;
        foreach (var table in document.Blocks.OfType<DocTable>())
        {
            tableNo++;
            var headers = table.Headers.Select((h, i) => table.Headers.Take(i).Contains(h) ? $"{h}({i + 1})" : h).ToArray();
            sheets[string.Create(CultureInfo.InvariantCulture, $"报告表{tableNo}")] = table.Rows.Select(r => Row(headers, [.. r])).ToList();
        }

        sheets["说明"] = new List<Dictionary<string, object?>>
        {
            Row(["项目", "内容"], ["报告", document.Title + "（" + document.Subject + "）"]),
            Row(["项目", "内容"], ["纲要", data.Profile.OutlineTitle]),
            Row(["项目", "内容"], ["纲要来源", data.Profile.OutlineSource]),
            Row(["项目", "内容"], ["城市配置", $"{data.Profile.FileName} 版本 {data.Profile.ProfileVersion} SHA-256 {data.Profile.Sha256}"]),
            Row(["项目", "内容"], ["缺失值", $"缺失的数值写作“{AnnualReportService.NoData}”, 原因见“说明”列或“未计算”表, 不以 0 代替"]),
            Row(["项目", "内容"], ["报告采用", "同一单位、指标、年度有已发布值时报告采用已发布值, 其后不同的重算结果为修订"]),
        };
        await MiniExcel.SaveAsAsync(path, sheets, overwriteFile: true, cancellationToken: ct);
    }

    private static string UnitName(ReportData data, string code) =>
        data.City.Code == code ? data.City.Name : data.Counties.Concat(data.Zones).FirstOrDefault(u => u.Code == code)?.Name ?? code;

    private static string StateLabel(string state) => state switch
    {
        "Published" => "已发布",
        "Revision" => "修订",
        "Current" => "最新计算",
        _ => state,
    };

    private static Dictionary<string, object?> Row(IReadOnlyList<string> headers, object?[] cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            row[headers[i]] = cells[i] is string s ? CsvCells.Escape(s) : cells[i];
        }

        return row;
    }
}
