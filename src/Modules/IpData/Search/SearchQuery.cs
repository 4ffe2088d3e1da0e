using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Importing;

namespace IpCity.IpData.Search;

/// <summary>One condition of a parsed query: a field and a value (or a year range for ad:).</summary>
internal sealed record SearchTerm(string Field, string Value, int? FromYear = null, int? ToYear = null);

/// <summary>
/// Parses the examiner-style query language: whitespace-separated terms are ANDed; "quoted phrases" keep
/// their spaces; field prefixes ti: ab: cl: pa: in: addr: ipc: region: industry: type: status: and ad:[2015 TO 2020].
/// A bare term searches title, abstract, first claim, party names and addresses as a contiguous substring.
/// </summary>
internal static partial class SearchQuery
{
    public static readonly string[] Fields = ["all", "ti", "ab", "cl", "pa", "in", "addr", "ipc", "region", "industry", "type", "status", "ad"];

    [GeneratedRegex(@"(?<field>[a-z]+):(?:\[(?<from>\d{4})\s+TO\s+(?<to>\d{4})\]|""(?<qv>[^""]*)""|(?<v>\S+))|""(?<phrase>[^""]*)""|(?<bare>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static IReadOnlyList<SearchTerm> Parse(string? query)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return terms;
        }

        var text = query.Normalize(NormalizationForm.FormKC);
        if (text.Length > 500)
        {
            throw new IpCityException("SEARCH_QUERY_INVALID", "检索式过长 (最多 500 字符)。", 400);
        }

        foreach (Match m in Token().Matches(text))
        {
            if (m.Groups["field"].Success)
            {
                var field = m.Groups["field"].Value;
                if (!Fields.Contains(field))
                {
                    throw new IpCityException("SEARCH_QUERY_INVALID", $"未知的字段前缀 '{field}:' (可用: {string.Join(" ", Fields.Skip(1).Select(f => f + ":"))})", 400);
                }

                if (m.Groups["from"].Success)
                {
                    terms.Add(new SearchTerm(field, string.Empty, int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture)));
                    continue;
                }

                var value = m.Groups["qv"].Success ? m.Groups["qv"].Value : m.Groups["v"].Value;
                if (field == "ad")
                {
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                    {
                        throw new IpCityException("SEARCH_QUERY_INVALID", "ad: 需要年份或 [2015 TO 2020]", 400);
                    }

                    terms.Add(new SearchTerm("ad", string.Empty, year, year));
                    continue;
                }

                if (value.Length > 0)
                {
                    terms.Add(new SearchTerm(field, value));
                }

                continue;
            }

            var bare = m.Groups["phrase"].Success ? m.Groups["phrase"].Value : m.Groups["bare"].Value;
            if (bare.Trim().Length > 0 && bare.ToUpperInvariant() != "AND")
            {
                terms.Add(new SearchTerm("all", bare.Trim()));
            }
        }

        return terms;
    }

    [GeneratedRegex(@"^(?<head>[A-H][0-9]{2}[A-Z])\s*0*(?<main>[0-9]{1,4})?(?:\s*/\s*(?<grp>[0-9]{1,6}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex IpcInput();

    /// <summary>"H01M", "H01M10", "h01m 10/05" → a prefix pattern over stored symbols ("H01M 10/05%").</summary>
    public static string IpcPrefix(string value)
    {
        var v = value.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        var m = IpcInput().Match(v);
        if (!m.Success)
        {
            return LikePattern(v).TrimStart('%');
        }

        var head = m.Groups["head"].Value;
        if (!m.Groups["main"].Success)
        {
            return head + "%";
        }

        var main = int.Parse(m.Groups["main"].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return m.Groups["grp"].Success ? $"{head} {main}/{m.Groups["grp"].Value}%" : $"{head} {main}/%";
    }

    public static PatentType ParseType(string value) => value switch
    {
        "发明" or "invention" or "Invention" => PatentType.Invention,
        "实用新型" or "utility" or "UtilityModel" => PatentType.UtilityModel,
        "外观设计" or "外观" or "design" or "Design" => PatentType.Design,
        "plant" or "Plant" => PatentType.Plant,
        _ => PatentType.Other,
    };

    /// <summary>A LIKE pattern matching the value as a contiguous substring (wildcards escaped with \).</summary>
    public static string LikePattern(string value) =>
        "%" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
