using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Errors;
using IpCity.Monitoring.Contracts;
using MiniExcelLibs;

namespace IpCity.Monitoring.Tasks;

/// <summary>One ledger item read from a file (row = spreadsheet row, or 1-based item index in JSON).</summary>
internal sealed record LedgerRow(
    int Row,
    string Number,
    string? Chapter,
    string? Section,
    string Title,
    string? Text,
    string? Parent,
    string? Note,
    string Confirmation,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> CoOperating,
    IReadOnlyList<(string Reference, string? Sentence)> Indicators);

internal sealed record LedgerFileContent(string? Edition, string? SourceNote, IReadOnlyList<LedgerRow> Rows, IReadOnlyList<TaskImportIssue> Issues);

/// <summary>
/// Reads the city-maintained ledger file: XLSX with the headers 章, 节, 编号, 标题, 任务原文, 牵头单位, 配合单位,
/// 关联指标 (optional 上级编号, 确认状态, 备注), or the JSON layout of profiles/&lt;city&gt;/outline-tasks.json.
/// Structural problems of a row are reported (row, field, reason) and the row is left out.
/// </summary>
internal static partial class LedgerFile
{
    public const string Unconfirmed = "UNCONFIRMED";
    public const string Confirmed = "CONFIRMED";
    public const string InvalidCode = "TASK_LEDGER_INVALID";

    /// <summary>Provisional key of a starter item whose Outline number is not yet confirmed.</summary>
    public const string ProvisionalPrefix = "待定-";

    private static readonly string[] s_required = ["编号", "标题"];
    private static readonly string[] s_known = ["章", "节", "编号", "标题", "任务原文", "牵头单位", "配合单位", "关联指标", "上级编号", "确认状态", "备注"];

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [GeneratedRegex(@"^(?<ch>[一二三四五六七八九十]+)(\((?<sec>[一二三四五六七八九十]+)\))?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[,，、;；\r\n]+")]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"[,，;；\r\n]+")]
    private static partial Regex IndicatorSeparators();

    public static LedgerFileContent Read(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".json" => ReadJson(path),
            ".xlsx" => ReadXlsx(path),
            _ => throw new IpCityException(InvalidCode, "台账文件须为 .xlsx 或 .json。", 400),
        };
    }

    /// <summary>"四（二）" → "四(二)"; trims.</summary>
    public static string NormaliseNumber(string value) =>
        value.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", string.Empty, StringComparison.Ordinal);

    public static IReadOnlyList<string> SplitList(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : ListSeparators().Split(cell).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static LedgerFileContent ReadXlsx(string path)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            throw new IpCityException(InvalidCode, $"无法读取 XLSX 台账文件: {ex.Message}", 400);
        }

        var headers = rows.Count > 0 ? rows[0].Keys.Select(k => k.Trim()).ToHashSet(StringComparer.Ordinal) : MiniExcel.GetColumns(path, useHeaderRow: true).Select(k => k.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = s_required.Where(h => !headers.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            throw new IpCityException(InvalidCode, $"台账表头缺少: {string.Join("、", missing)} (应有 {string.Join("、", s_known)})。", 400,
                new Dictionary<string, object?> { ["missingHeaders"] = missing });
        }

        var issues = new List<TaskImportIssue>();
        var result = new List<LedgerRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].ToDictionary(kv => kv.Key.Trim(), kv => Cell(kv.Value), StringComparer.Ordinal);
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            // Indicator names may themselves contain 、 (专利、商标等纠纷行政执法结案率): split on 、 only when resolving.
            var indicators = IndicatorSeparators().Split(cells.GetValueOrDefault("关联指标") ?? string.Empty).Select(r => r.Trim()).Where(r => r.Length > 0)
                .Select(r => (r, (string?)null)).ToList();
            var row = Validate(i + 2, cells.GetValueOrDefault("编号"), cells.GetValueOrDefault("章"), cells.GetValueOrDefault("节"), cells.GetValueOrDefault("标题"),
                cells.GetValueOrDefault("任务原文"), cells.GetValueOrDefault("上级编号"), cells.GetValueOrDefault("备注"), cells.GetValueOrDefault("确认状态"),
                SplitList(cells.GetValueOrDefault("牵头单位")), SplitList(cells.GetValueOrDefault("配合单位")), indicators, issues);
            if (row is not null)
            {
                result.Add(row);
            }
        }

        return new LedgerFileContent(null, null, result, issues);
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static LedgerFileContent ReadJson(string path)
    {
        JsonLedger file;
        try
        {
            file = JsonSerializer.Deserialize<JsonLedger>(File.ReadAllBytes(path), s_json) ?? throw new JsonException("empty");
        }
        catch (JsonException ex)
        {
            throw new IpCityException(InvalidCode, $"不是有效的台账 JSON 文件: {ex.Message}", 400);
        }

        var issues = new List<TaskImportIssue>();
        var result = new List<LedgerRow>();
        var items = file.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            var indicators = (it.Indicators ?? []).Select(x => (x.Code ?? string.Empty, x.Sentence)).ToList();
            var row = Validate(i + 1, it.Number, it.Chapter, it.Section, it.Title, it.Text, it.Parent, it.Note, it.Status,
                (it.Lead ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
                (it.CoOperating ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).ToList(), indicators, issues);
            if (row is not null)
            {
                result.Add(row);
            }
        }

        return new LedgerFileContent(file.Edition, file.Note ?? file.Comment, result, issues);
    }

    private static LedgerRow? Validate(
        int row,
        string? number,
        string? chapter,
        string? section,
        string? title,
        string? text,
        string? parent,
        string? note,
        string? status,
        IReadOnlyList<string> lead,
        IReadOnlyList<string> coOperating,
        IReadOnlyList<(string Reference, string? Sentence)> indicators,
        List<TaskImportIssue> issues)
    {
        var before = issues.Count;
        string? derivedChapter = null;
        string? derivedSection = null;
        var key = string.IsNullOrWhiteSpace(number) ? null : NormaliseNumber(number);
        if (key is null)
        {
            issues.Add(new TaskImportIssue(row, "编号", "编号为空"));
        }
        else if (key.Length > 32)
        {
            issues.Add(new TaskImportIssue(row, "编号", "编号超过 32 个字符"));
        }
        else if (!key.StartsWith(ProvisionalPrefix, StringComparison.Ordinal))
        {
            var m = NumberPattern().Match(key);
            if (!m.Success)
            {
                issues.Add(new TaskImportIssue(row, "编号", $"“{number}” 不是纲要编号 (如 四 或 四(二))"));
            }
            else
            {
                derivedChapter = m.Groups["ch"].Value;
                derivedSection = m.Groups["sec"].Success ? "(" + m.Groups["sec"].Value + ")" : null;
                var ch = NormaliseChapter(chapter);
                if (ch is not null && ch != derivedChapter)
                {
                    issues.Add(new TaskImportIssue(row, "章", $"章 “{chapter}” 与编号 “{number}” 不一致"));
                }

                var sec = NormaliseSection(section);
                if (sec is not null && sec != derivedSection)
                {
                    issues.Add(new TaskImportIssue(row, "节", $"节 “{section}” 与编号 “{number}” 不一致"));
                }
            }
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            issues.Add(new TaskImportIssue(row, "标题", "标题为空"));
        }
        else if (title.Trim().Length > 200)
        {
            issues.Add(new TaskImportIssue(row, "标题", "标题超过 200 个字符"));
        }

        if (text is { Length: > 8000 })
        {
            issues.Add(new TaskImportIssue(row, "任务原文", "任务原文超过 8000 个字符"));
        }

        var confirmation = string.IsNullOrWhiteSpace(status) ? Unconfirmed : status.Trim().ToUpperInvariant();
        if (confirmation is not (Unconfirmed or Confirmed))
        {
            issues.Add(new TaskImportIssue(row, "确认状态", $"“{status}” 应为 CONFIRMED 或 UNCONFIRMED"));
        }

        foreach (var name in lead.Concat(coOperating).Where(n => n.Length > 100))
        {
            issues.Add(new TaskImportIssue(row, lead.Contains(name) ? "牵头单位" : "配合单位", $"单位名称过长: {name[..20]}…"));
        }

        foreach (var (reference, _) in indicators.Where(x => string.IsNullOrWhiteSpace(x.Reference)))
        {
            issues.Add(new TaskImportIssue(row, "关联指标", "指标代码为空"));
        }

        if (issues.Count > before)
        {
            return null;
        }

        return new LedgerRow(row, key!, derivedChapter ?? NormaliseChapter(chapter), derivedSection ?? NormaliseSection(section), title!.Trim(),
            string.IsNullOrWhiteSpace(text) ? null : text.Trim(), string.IsNullOrWhiteSpace(parent) ? null : NormaliseNumber(parent),
            string.IsNullOrWhiteSpace(note) ? null : note.Trim(), confirmation, lead, coOperating, indicators);
    }

    private static string? NormaliseChapter(string? chapter)
    {
        if (string.IsNullOrWhiteSpace(chapter))
        {
            return null;
        }

        var c = chapter.Trim();
        c = c.StartsWith('第') ? c[1..] : c;
        c = c.EndsWith('章') ? c[..^1] : c;
        return c.TrimEnd('、', '.', '．');
    }

    private static string? NormaliseSection(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return null;
        }

        var s = NormaliseNumber(section).Trim('(', ')');
        return "(" + s + ")";
    }

    private sealed class JsonLedger
    {
        [JsonPropertyName("$comment")]
        public string? Comment { get; set; }

        public string? Note { get; set; }

        public string? Edition { get; set; }

        public string? Source { get; set; }

        public List<JsonItem>? Items { get; set; }
    }

    private sealed class JsonItem
    {
        public string? Number { get; set; }

        public string? Chapter { get; set; }

        public string? Section { get; set; }

        public string? Title { get; set; }

        public string? Text { get; set; }

        public string? Parent { get; set; }

        public string? Note { get; set; }

        public string? Status { get; set; }

        public List<string>? Lead { get; set; }

        public List<string>? CoOperating { get; set; }

        public List<JsonIndicator>? Indicators { get; set; }
    }

    private sealed class JsonIndicator
    {
        public string? Code { get; set; }

        public string? Sentence { get; set; }
    }
}
