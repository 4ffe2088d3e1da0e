using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IpCity.IpData.Industries;

/// <summary>A parsed IPC pattern: the stored prefix and the IPC table symbol that must exist for it.</summary>
internal sealed record IpcPattern(string Prefix, string Symbol, bool Partial);

/// <summary>Parsing and format checks of IPC patterns and GB/T 4754 national industry codes.</summary>
internal static partial class IndustryCodes
{
    // GB/T 4754-2017 sections (门类) and their divisions (大类) 01-98.
    private static readonly (char Section, int From, int To)[] s_sections =
    [
        ('A', 1, 5), ('B', 6, 12), ('C', 13, 43), ('D', 44, 46), ('E', 47, 50), ('F', 51, 52), ('G', 53, 60),
        ('H', 61, 62), ('I', 63, 65), ('J', 66, 69), ('K', 70, 70), ('L', 71, 72), ('M', 73, 75), ('N', 76, 79),
        ('O', 80, 82), ('P', 83, 83), ('Q', 84, 85), ('R', 86, 90), ('S', 91, 97), ('T', 98, 98),
    ];

    [GeneratedRegex(@"(?<head>[A-H](?:\d{2}(?:[A-Z])?)?)(?:\s*(?<main>\d{1,4})\s*(?:/\s*(?<grp>\d{2,6})?)?)?\s*(?<partial>\*)?", RegexOptions.CultureInvariant)]
    private static partial Regex IpcToken();

    [GeneratedRegex(@"^(?<sec>[A-T])?\s*(?<code>\d{4})\s*(?<partial>\*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NationalCode();

    [GeneratedRegex(@"[,，、;；\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    private static string Fold(string value) => value.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();

    /// <summary>
    /// One IPC pattern: "H01M" (subclass) → "H01M"; "H01M10/00", "H01M 10/", "H01M10" (main group) → "H01M 10/";
    /// "H01M10/0525" (subgroup) → "H01M 10/0525". Null when the text is not an IPC symbol.
    /// </summary>
    public static IpcPattern? ParseIpc(string text)
    {
        var v = Fold(text);
        var m = IpcToken().Match(v);
        return m.Success && m.Index == 0 && m.Length == v.Length ? FromMatch(m) : null;
    }

    /// <summary>Every IPC pattern in a cell ("H01M 10/0525、B60L 53/00; A61K"); bad pieces are returned as text.</summary>
    public static (List<IpcPattern> Patterns, List<string> Bad) ScanIpc(string cell)
    {
        var patterns = new List<IpcPattern>();
        var bad = new List<string>();
        foreach (var piece in Separators().Split(Fold(cell)))
        {
            var rest = piece.Trim();
            while (rest.Length > 0)
            {
                var m = IpcToken().Match(rest);
                if (!m.Success || m.Index != 0)
                {
                    bad.Add(rest);
                    break;
                }

                patterns.Add(FromMatch(m));
                rest = rest[m.Length..].TrimStart();
            }
        }

        return (patterns, bad);
    }

    private static IpcPattern FromMatch(Match m)
    {
        var head = m.Groups["head"].Value;
        var partial = m.Groups["partial"].Success;
        if (!m.Groups["main"].Success)
        {
            return new IpcPattern(head, head, partial);
        }

        var main = int.Parse(m.Groups["main"].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        var group = m.Groups["grp"].Success ? m.Groups["grp"].Value : null;
        return group is null || group == "00"
            ? new IpcPattern($"{head} {main}/", $"{head} {main}/00", partial)
            : new IpcPattern($"{head} {main}/{group}", $"{head} {main}/{group}", partial);
    }

    /// <summary>Splits a cell holding one or more codes ("2611、2612").</summary>
    public static IEnumerable<string> SplitCodes(string cell) =>
        Separators().Split(cell.Normalize(NormalizationForm.FormKC)).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>
    /// A GB/T 4754 four-digit class ("2611", "C2611", "C 2611*"): the canonical four digits, whether marked
    /// partial, or a reason it is not one.
    /// </summary>
    public static (string? Code, bool Partial, string? Error) ParseNational(string text)
    {
        var m = NationalCode().Match(Fold(text));
        if (!m.Success)
        {
            return (null, false, "不是四位国民经济行业小类代码 (GB/T 4754), 例如 2611 或 C2611");
        }

        var code = m.Groups["code"].Value;
        var division = int.Parse(code[..2], CultureInfo.InvariantCulture);
        var section = s_sections.Where(s => division >= s.From && division <= s.To).Select(s => (char?)s.Section).FirstOrDefault();
        if (section is null)
        {
            return (null, false, $"行业大类 {code[..2]} 不存在 (GB/T 4754 大类为 01-98)");
        }

        if (m.Groups["sec"].Success && m.Groups["sec"].Value[0] != section)
        {
            return (null, false, $"门类字母 {m.Groups["sec"].Value} 与大类 {code[..2]} 不符 (应为 {section})");
        }

        return (code, m.Groups["partial"].Success, null);
    }

    /// <summary>Catalogue and industry codes: no slash (it separates catalogue/code in queries), no spaces at the ends.</summary>
    public static bool IsValidCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 64 && code == code.Trim() && !code.Contains('/', StringComparison.Ordinal);
}
