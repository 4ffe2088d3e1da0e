using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Xml;
using IpCity.Finance.Contracts;
using MiniExcelLibs;

namespace IpCity.Finance.Pledges;

internal enum PledgeAction
{
    Register,
    Change,
    Cancel,
}

/// <summary>One valid row of a pledge registration list.</summary>
internal sealed record PledgeRow(
    int Row,
    string RegistrationNumber,
    PledgeAction Action,
    string Pledgor,
    string? PledgorCreditCode,
    string? PledgorAddress,
    string? Pledgee,
    bool? PledgeeIsBank,
    PledgeItemKind? ItemKind,
    string? ItemNumber,
    string? ItemTitle,
    string? ContractNumber,
    decimal? AmountWan,
    DateOnly RegisteredOn,
    DateOnly? TermFrom,
    DateOnly? TermTo,
    string? Note);

/// <summary>
/// Reads a pledge registration list (XLSX, first sheet, header row) in the layout registration offices and banks
/// deliver: one row per pledged item, the rows of one registration sharing its 质押登记号; a 登记类型 column tells
/// 设立 / 变更 / 注销 rows apart (default 设立). Headers are recognised through the alias table below (full- and
/// half-width brackets and spaces tolerated). Amounts are 万元 unless the header says (元).
/// </summary>
internal static class PledgeFile
{
    public const string ColumnsMissing = "PLEDGE_COLUMNS_MISSING";
    public const string Unreadable = "PLEDGE_FILE_UNREADABLE";

    private static readonly (string Field, string[] Aliases)[] s_aliases =
    [
        ("RegistrationNumber", ["质押登记号", "登记号", "登记编号", "质押登记编号"]),
        ("Action", ["登记类型", "业务类型", "登记种类"]),
        ("Pledgor", ["出质人", "出质人名称"]),
        ("PledgorCreditCode", ["出质人统一社会信用代码", "统一社会信用代码", "出质人信用代码"]),
        ("PledgorAddress", ["出质人地址", "地址", "出质人住所"]),
        ("Pledgee", ["质权人", "质权人名称"]),
        ("PledgeeKind", ["质权人类型", "质权人类别"]),
        ("ItemKind", ["质押物类型", "质物类型", "知识产权类型", "权利类型"]),
        ("ItemNumber", ["专利号/注册号", "质押物号", "质押物编号", "专利号", "申请号", "专利申请号", "商标注册号", "注册号", "著作权登记号"]),
        ("ItemTitle", ["质押物名称", "专利名称", "商标名称", "作品名称", "名称"]),
        ("ContractNumber", ["主合同编号", "主合同号", "主债权合同编号", "借款合同编号", "合同编号"]),
        ("Amount", ["被担保主债权数额(万元)", "被担保主债权数额", "被担保的主债权数额(万元)", "被担保的主债权数额", "担保金额(万元)", "担保金额", "质押金额(万元)", "质押金额", "融资金额(万元)", "融资金额", "金额(万元)",
            "被担保主债权数额(元)", "被担保的主债权数额(元)", "担保金额(元)", "质押金额(元)", "融资金额(元)", "金额(元)"]),
        ("RegisteredOn", ["登记日", "质押登记日", "登记日期", "登记时间"]),
        ("TermFrom", ["质押期限起", "期限起", "质押起始日", "起始日"]),
        ("TermTo", ["质押期限止", "期限止", "质押到期日", "到期日"]),
        ("Note", ["变更事项", "备注", "说明"]),
    ];

    private static readonly string[] s_required = ["RegistrationNumber", "Pledgor", "ItemNumber", "RegisteredOn"];

    private static readonly Dictionary<string, string> s_display = s_aliases.ToDictionary(a => a.Field, a => a.Aliases[0], StringComparer.Ordinal);

    public static string Display(string field) => s_display.GetValueOrDefault(field, field);

    public static (List<PledgeRow> Rows, List<PledgeRowError> Errors, int Read) Read(string path)
    {
        ZipGuard.Check(path);
        List<IDictionary<string, object?>> sheet;
        try
        {
            ZipGuard.VerifyEntries(path);
            sheet = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new IpCityException(Unreadable, $"无法读取质押登记文件 {Path.GetFileName(path)}: 应为 .xlsx 表格 ({e.Message})", 400,
                new Dictionary<string, object?> { ["file"] = Path.GetFileName(path) });
        }

        if (sheet.Count == 0)
        {
            throw new IpCityException(ColumnsMissing, $"文件 {Path.GetFileName(path)} 没有表头行。", 400, new Dictionary<string, object?> { ["missing"] = s_required.Select(Display).ToList() });
        }

        // Header row → field per column.
        var columns = new Dictionary<string, (string Column, string Header)>(StringComparer.Ordinal);
        foreach (var (column, value) in sheet[0])
        {
            var header = Normalise(Text(value));
            if (header.Length == 0)
            {
                continue;
            }

            foreach (var (field, aliases) in s_aliases)
            {
                if (!columns.ContainsKey(field) && aliases.Any(a => Normalise(a) == header))
                {
                    columns[field] = (column, header);
                    break;
                }
            }
        }

        var missing = s_required.Where(f => !columns.ContainsKey(f)).Select(Display).ToList();
        if (missing.Count > 0)
        {
            throw new IpCityException(ColumnsMissing, $"质押登记文件缺少必需列: {string.Join("、", missing)}", 400, new Dictionary<string, object?> { ["missing"] = missing });
        }

        var amountInYuan = columns.TryGetValue("Amount", out var amountColumn) && amountColumn.Header.EndsWith("(元)", StringComparison.Ordinal);
        var rows = new List<PledgeRow>();
        var errors = new List<PledgeRowError>();
        var read = 0;
        for (var i = 1; i < sheet.Count; i++)
        {
            var cells = sheet[i];
            object? Raw(string field) => columns.TryGetValue(field, out var c) && cells.TryGetValue(c.Column, out var v) ? v : null;
            string? Get(string field) => Text(Raw(field)) is { Length: > 0 } s ? s : null;
            if (cells.Values.All(v => Text(v).Length == 0))
            {
                continue;
            }

            read++;
            var rowNumber = i + 1;
            try
            {
                rows.Add(Row(rowNumber, Get, Raw, amountInYuan));
            }
            catch (RowError e)
            {
                errors.Add(new PledgeRowError(rowNumber, Display(e.Field), e.Value, e.Message));
            }
        }

        return (rows, errors, read);
    }

    private sealed class RowError(string field, string? value, string reason) : Exception(reason)
    {
        public string Field { get; } = field;

        public string? Value { get; } = value;
    }

    private static PledgeRow Row(int row, Func<string, string?> get, Func<string, object?> raw, bool amountInYuan)
    {
        string Required(string field) => get(field) ?? throw new RowError(field, null, "必填项为空");
        var number = Compact(Required("RegistrationNumber")).ToUpperInvariant();
        if (number.Length is < 4 or > 64)
        {
            throw new RowError("RegistrationNumber", number, "质押登记号长度应为 4–64 个字符");
        }

        var action = get("Action") switch
        {
            null or "设立" or "设立登记" or "质押登记" or "登记" or "新增" => PledgeAction.Register,
            "变更" or "变更登记" or "延期" or "展期" => PledgeAction.Change,
            "注销" or "注销登记" or "解除" or "解押" => PledgeAction.Cancel,
            var other => throw new RowError("Action", other, "登记类型应为 设立 / 变更 / 注销"),
        };
        var pledgor = NameOf(Required("Pledgor"));
        var code = get("PledgorCreditCode") is { } c ? Compact(c).ToUpperInvariant() : null;
        if (code is not null && !UnifiedSocialCreditCode.IsValid(code))
        {
            throw new RowError("PledgorCreditCode", code, "统一社会信用代码校验位不符 (GB 32100)");
        }

        var kind = get("ItemKind") is { } k ? KindOf(k) ?? throw new RowError("ItemKind", k, "质押物类型应为 专利 / 商标 / 著作权") : (PledgeItemKind?)null;
        var item = get("ItemNumber") is { } n ? Compact(n).ToUpperInvariant() : null;
        if (action == PledgeAction.Register && item is null)
        {
            throw new RowError("ItemNumber", null, "设立登记须填写质押物号");
        }

        if (action == PledgeAction.Register && kind is null)
        {
            throw new RowError("ItemKind", null, "设立登记须填写质押物类型 (专利 / 商标 / 著作权)");
        }

        var amount = Amount(raw("Amount"), amountInYuan);
        var registeredOn = Date(raw("RegisteredOn"), "RegisteredOn") ?? throw new RowError("RegisteredOn", null, "必填项为空");
        var from = Date(raw("TermFrom"), "TermFrom");
        var to = Date(raw("TermTo"), "TermTo");
        if (from is { } f && to is { } t && t < f)
        {
            throw new RowError("TermTo", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "质押期限止早于期限起");
        }

        var pledgee = get("Pledgee") is { } p ? NameOf(p) : null;
        bool? bank = get("PledgeeKind") switch
        {
            null => pledgee is null ? null : pledgee.Contains("银行", StringComparison.Ordinal) || pledgee.Contains("信用社", StringComparison.Ordinal),
            var s when s.Contains("银行", StringComparison.Ordinal) => true,
            _ => false,
        };
        return new PledgeRow(row, number, action, pledgor, code, get("PledgorAddress"), pledgee, bank, kind, item, get("ItemTitle"),
            get("ContractNumber") is { } cn ? ContractNumber(cn) : null, amount, registeredOn, from, to, get("Note"));

        decimal? Amount(object? value, bool yuan)
        {
            decimal? wan = value switch
            {
                null => null,
                double d => (decimal)d,
                decimal m => m,
                int i => i,
                long l => l,
                _ => Text(value) is { Length: > 0 } s
                    ? decimal.TryParse(s.Replace(",", string.Empty, StringComparison.Ordinal).Replace("万元", string.Empty, StringComparison.Ordinal).Replace("元", string.Empty, StringComparison.Ordinal),
                        NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw new RowError("Amount", s, "金额不是数字")
                    : null,
            };
            if (wan is null)
            {
                return null;
            }

            if (wan < 0 || wan > 100_000_000m)
            {
                throw new RowError("Amount", wan.Value.ToString(CultureInfo.InvariantCulture), "金额应在 0 至 1 亿万元之间");
            }

            return yuan ? Math.Round(wan.Value / 10_000m, 4) : wan;
        }
    }

    private static DateOnly? Date(object? value, string field)
    {
        switch (value)
        {
            case null:
                return null;
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case double d when d is > 1 and < 2_958_465:
                return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }

        var s = Compact(Text(value));
        if (s.Length == 0)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss"];
        if (DateTime.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year is >= 1985 and <= 2100)
        {
            return DateOnly.FromDateTime(parsed);
        }

        throw new RowError(field, s, "日期无效 (应为 2024-03-15、2024/3/15、20240315 或 2024年3月15日)");
    }

    private static PledgeItemKind? KindOf(string text) => text switch
    {
        _ when text.Contains("著作", StringComparison.Ordinal) || text.Contains("版权", StringComparison.Ordinal) => PledgeItemKind.Copyright,
        _ when text.Contains("商标", StringComparison.Ordinal) => PledgeItemKind.Trademark,
        _ when text.Contains("专利", StringComparison.Ordinal) || text is "发明" or "实用新型" or "外观设计" => PledgeItemKind.Patent,
        _ => null,
    };

    /// <summary>Names compared as written apart from width, brackets and spaces.</summary>
    public static string NameOf(string name) => Normalise(name).Length == 0 ? name.Trim() : name.Normalize(NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();

    private static string Normalise(string header) => Compact(header.Normalize(NormalizationForm.FormKC)).Replace('（', '(').Replace('）', ')');

    /// <summary>A loan contract number as the register keys it: half-width, no white space, upper case.</summary>
    internal static string ContractNumber(string number) => Compact(number).ToUpperInvariant();

    private static string Compact(string s) => new(s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
