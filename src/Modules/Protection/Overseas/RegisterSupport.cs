using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.Protection.Contracts;

namespace IpCity.Protection.Overseas;

/// <summary>The zh-CN labels of the register codes; each code also parses from its label.</summary>
internal static class RegisterLabels
{
    public static readonly IReadOnlyDictionary<string, string> BodyKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ResolutionBodyKinds.PeopleMediationCommittee] = "人民调解委员会",
        [ResolutionBodyKinds.IndustryMediation] = "行业调解组织",
        [ResolutionBodyKinds.IpMediationCentre] = "知识产权纠纷调解中心",
        [ResolutionBodyKinds.Arbitration] = "仲裁机构",
        [ResolutionBodyKinds.Court] = "人民法院",
        [ResolutionBodyKinds.RightsAidStation] = "维权援助工作站",
    };

    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IpFields.Patent] = "专利",
        [IpFields.Trademark] = "商标",
        [IpFields.Copyright] = "著作权",
        [IpFields.GeographicalIndication] = "地理标志",
        [IpFields.TradeSecret] = "商业秘密",
        [IpFields.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<string, string> DisputeTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OverseasDisputeTypes.Section337] = "337调查",
        [OverseasDisputeTypes.PatentLitigation] = "海外专利侵权诉讼",
        [OverseasDisputeTypes.TrademarkSquatting] = "商标抢注",
        [OverseasDisputeTypes.CustomsSeizure] = "海关扣押",
        [OverseasDisputeTypes.TradeFair] = "展会纠纷",
        [OverseasDisputeTypes.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<string, string> DisputeStatuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OverseasDisputeStatuses.Accepted] = "受理",
        [OverseasDisputeStatuses.InProgress] = "进行中",
        [OverseasDisputeStatuses.Closed] = "结案",
    };

    public static readonly IReadOnlyDictionary<string, string> GuideKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CountryGuideKinds.Law] = "法律",
        [CountryGuideKinds.Regulation] = "法规",
        [CountryGuideKinds.Guide] = "实务指南",
        [CountryGuideKinds.RiskWarning] = "风险预警",
    };

    public static readonly IReadOnlyDictionary<string, string> ServiceBodyKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Contracts.ServiceBodyKinds.Expert] = "专家",
        [Contracts.ServiceBodyKinds.LawFirm] = "律所",
        [Contracts.ServiceBodyKinds.Agency] = "代理机构",
        [Contracts.ServiceBodyKinds.Association] = "行业协会",
    };

    /// <summary>The code for a code (any case) or a zh-CN label; null when neither.</summary>
    public static string? Parse(IReadOnlyDictionary<string, string> labels, string? value)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        return labels.Keys.FirstOrDefault(k => string.Equals(k, v, StringComparison.OrdinalIgnoreCase))
            ?? labels.FirstOrDefault(p => p.Value == v).Key;
    }

    public static string Label(IReadOnlyDictionary<string, string> labels, string code) => labels.TryGetValue(code, out var label) ? label : code;

    public static IReadOnlyList<CodeLabel> List(IReadOnlyDictionary<string, string> labels) => labels.Select(p => new CodeLabel(p.Key, p.Value)).ToList();

    /// <summary>The codes whose code or label contains the text (for free-text search over coded columns).</summary>
    public static IReadOnlyList<string> Matching(IReadOnlyDictionary<string, string> labels, string text) =>
        labels.Where(p => p.Value.Contains(text, StringComparison.OrdinalIgnoreCase) || p.Key.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(p => p.Key).ToList();
}

/// <summary>
/// Field problems of one request or import row. A request with problems is refused with the first one as the
/// message and every one in the details; an import row with problems is reported and skipped.
/// </summary>
internal sealed class FieldProblems
{
    private readonly List<(string Field, string Reason)> _items = [];

    public bool Any => _items.Count > 0;

    public IEnumerable<(string Field, string Reason)> Items => _items;

    public void Add(string field, string reason) => _items.Add((field, reason));

    public IpCityException ToException(string code) => new(
        code,
        _items[0].Reason,
        400,
        new Dictionary<string, object?> { ["field"] = _items[0].Field, ["errors"] = _items.Select(i => new Dictionary<string, string> { ["field"] = i.Field, ["reason"] = i.Reason }).ToList() });

    /// <summary>Trimmed text, null when blank; a missing required value or an over-long one is a problem.</summary>
    public string? Text(string? value, string field, string label, int max, bool required = false)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            if (required)
            {
                Add(field, $"请填写{label}。");
            }

            return null;
        }

        if (v.Length > max)
        {
            Add(field, $"{label}不能超过 {max.ToString(CultureInfo.InvariantCulture)} 个字符。");
            return null;
        }

        return v;
    }

    /// <summary>A required code (code or zh-CN label).</summary>
    public string Code(IReadOnlyDictionary<string, string> labels, string? value, string field, string label)
    {
        var code = RegisterLabels.Parse(labels, value);
        if (code is null)
        {
            Add(field, string.IsNullOrWhiteSpace(value) ? $"请填写{label}。" : $"未知的{label} “{value.Trim()}” (可用: {string.Join(" / ", labels.Values)})。");
        }

        return code ?? string.Empty;
    }

    /// <summary>IP field codes (codes or labels), distinct, in catalogue order, stored comma-separated.</summary>
    public string FieldList(IEnumerable<string>? values, string field = "fields")
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in (values ?? []).SelectMany(RegisterText.Split))
        {
            var code = RegisterLabels.Parse(RegisterLabels.Fields, v);
            if (code is null)
            {
                Add(field, $"未知的领域 “{v}” (可用: {string.Join(" / ", RegisterLabels.Fields.Values)})。");
                continue;
            }

            codes.Add(code);
        }

        return string.Join(',', IpFields.All.Where(codes.Contains));
    }

    /// <summary>A phone number: digits with optional +, -, spaces and an extension; 5–30 characters.</summary>
    public string? Phone(string? value, string field = "phone")
    {
        var v = Text(value, field, "联系电话", 30);
        if (v is not null && (v.Length < 5 || !v.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '转') || v.Count(char.IsAsciiDigit) < 5))
        {
            Add(field, $"联系电话格式不正确: “{v}”。");
            return null;
        }

        return v;
    }
}

/// <summary>Text helpers of the registers: lists, masking, paging, search, CSV.</summary>
internal static class RegisterText
{
    private static readonly char[] s_separators = [',', '，', ';', '；', '、', '|', '\n'];

    public static IEnumerable<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyList<string> List(string stored) => Split(stored).ToList();

    /// <summary>"13907911234" → "139****1234"; shorter numbers keep their last two digits.</summary>
    public static string? MaskPhone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return phone;
        }

        var keepHead = phone.Length >= 11 ? 3 : 0;
        var keepTail = phone.Length >= 8 ? 4 : Math.Min(2, phone.Length);
        var sb = new StringBuilder(phone.Length);
        for (var i = 0; i < phone.Length; i++)
        {
            sb.Append(i < keepHead || i >= phone.Length - keepTail || !char.IsAsciiDigit(phone[i]) ? phone[i] : '*');
        }

        return sb.ToString();
    }

    /// <summary>"zhang.san@example.cn" → "z***@example.cn".</summary>
    public static string? MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return email;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    public static (int Page, int PageSize) Paging(int page, int pageSize) => (Math.Max(1, page), Math.Clamp(pageSize, 1, 200));

    public static RegisterPage<T> Page<T>(IReadOnlyList<T> all, int page, int pageSize)
    {
        var (p, size) = Paging(page, pageSize);
        return new RegisterPage<T>(all.Count, p, size, all.Skip((p - 1) * size).Take(size).ToList());
    }

    /// <summary>Every whitespace-separated term of the query occurs in one of the values (ordinal, ASCII case ignored).</summary>
    public static bool Matches(string? query, params string?[] values)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        return query.Split(' ', '\u3000', '\t').Where(t => t.Length > 0)
            .All(term => values.Any(v => v is not null && v.Contains(term, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>UTF-8 (with BOM, for Excel) CSV; every cell formula-escaped and quoted as needed.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', header.Select(CsvCells.Cell)).Append("\r\n");
        foreach (var row in rows)
        {
            sb.AppendJoin(',', row.Select(c => CsvCells.Cell(c ?? string.Empty))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
