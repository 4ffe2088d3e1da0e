using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IpCity.IpData.Importing.Xml;

/// <summary>
/// Helpers shared by the patent XML parsers: element lookup by local name, whitespace-normalised text,
/// dates, numbers, country codes and classification symbols.
/// </summary>
internal static partial class XmlText
{
    /// <summary>Elements whose content reads as a separate run of text (a space is put around them).</summary>
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "paragraph", "claim-text", "heading", "li", "ul", "ol", "dl", "dt", "dd", "br",
        "table", "row", "entry", "PARA", "CLMSTEP", "H", "BTEXT", "ROW", "ENTRY",
    };

    /// <summary>The first child element with this local name (namespaces are ignored).</summary>
    public static XElement? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.Ordinal));

    /// <summary>All child elements with this local name, in document order.</summary>
    public static IEnumerable<XElement> Children(XElement? parent, string name) =>
        parent is null
            ? []
            : parent.Elements().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.Ordinal));

    /// <summary>Follows a path of child names; null when any step is missing.</summary>
    public static XElement? Descend(XElement? element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            element = Child(element, name);
        }

        return element;
    }

    /// <summary>Whitespace-normalised text at the end of a path of child names.</summary>
    public static string? Value(XElement? element, params ReadOnlySpan<string> names) => Text(Descend(element, names));

    /// <summary>An attribute value, trimmed; null when missing or blank.</summary>
    public static string? Attribute(XElement? element, string name) => Collapse(element?.Attribute(name)?.Value);

    /// <summary>
    /// All text below an element, trimmed and with runs of whitespace collapsed to one space. Inline markup
    /// (b, i, sub, claim-ref, PDAT, ...) is joined without a separator; block elements are separated by a space.
    /// </summary>
    public static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        AppendText(builder, element);
        return Collapse(builder.ToString());
    }

    /// <summary>Trims and collapses whitespace; null when nothing is left.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text of the first claim that is not a cancellation stub such as "1-18. (canceled)"; when every claim is
    /// one, the first claim's text.
    /// </summary>
    public static string? FirstClaimText(IEnumerable<XElement> claims)
    {
        string? first = null;
        foreach (var claim in claims)
        {
            var text = Text(claim);
            if (text is not null && !IsCancelled(text))
            {
                return text;
            }

            first ??= text;
        }

        return first;
    }

    /// <summary>A yyyymmdd date; null when missing, malformed or not a calendar date (e.g. "00000000").</summary>
    public static DateOnly? Date(string? yyyymmdd)
    {
        var text = Collapse(yyyymmdd);
        return text is not null
            && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
    }

    /// <summary>A non-negative integer; null when missing or not a number.</summary>
    public static int? Integer(string? text) =>
        int.TryParse(Collapse(text), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A document number without spaces, commas or slashes ("16/123,456" becomes "16123456").</summary>
    public static string? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != ',' && c != '/')
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>A two-letter country code in upper case; null for placeholders such as "unknown" or "omitted".</summary>
    public static string? Country(string? text)
    {
        var code = Collapse(text);
        return code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])
            ? code.ToUpperInvariant()
            : null;
    }

    /// <summary>A language code in lower case ("EN" becomes "en"); null when missing.</summary>
    public static string? Language(string? text) => Collapse(text)?.ToLowerInvariant();

    /// <summary>"First Last" from name parts; null when there is no name at all.</summary>
    public static string? PersonName(string? first, string? middle, string? last, string? suffix = null)
    {
        var parts = new[] { first, middle, last, suffix }.Select(Collapse).OfType<string>();
        return Collapse(string.Join(' ', parts));
    }

    /// <summary>
    /// Normalises an IPC or CPC symbol to the form "H01M 10/0525". Accepts the slash forms of all sources
    /// ("A61K 031/00", "7H01M 10/00", " 7C 07C 29/44 A", "A23L   1/29   20060101AFI...", "F16D2500/10437")
    /// and the USPTO fixed-width forms without a slash ("A45F 504", "A47L  514", "C07C24900", " A61K 3100").
    /// Returns null when the text is not a recognisable symbol.
    /// </summary>
    public static string? ClassificationSymbol(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var slash = SlashSymbol().Match(raw);
        if (slash.Success)
        {
            return Symbol(slash.Groups["sub"].Value, slash.Groups["main"].Value, slash.Groups["group"].Value);
        }

        var compact = CompactSymbol().Match(raw);
        return compact.Success ? CompactToSymbol(compact.Groups["sub"].Value, compact.Groups["rest"].Value) : null;
    }

    /// <summary>An IPC/CPC symbol from its parts (section, class, subclass, main group, subgroup).</summary>
    public static string? ClassificationSymbol(string? section, string? @class, string? subclass, string? mainGroup, string? subgroup)
    {
        var text = string.Concat(Collapse(section), Collapse(@class), Collapse(subclass), " ", Collapse(mainGroup), "/", Collapse(subgroup));
        return ClassificationSymbol(text);
    }

    /// <summary>A Locarno class as "21-02" (from "2102", "21-02" or "21.02"); null when not recognisable.</summary>
    public static string? LocarnoSymbol(string? raw)
    {
        var digits = new string((raw ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length switch
        {
            4 => string.Concat(digits.AsSpan(0, 2), "-", digits.AsSpan(2)),
            3 => string.Concat("0", digits.AsSpan(0, 1), "-", digits.AsSpan(1)),
            _ => null,
        };
    }

    /// <summary>
    /// Whether an EPO classification text ("A23L 1/29 20060101AFI20070911BHEP", "F16D 48/06 20130101 FI...")
    /// marks the symbol as first (main) position.
    /// </summary>
    public static bool IsFirstPosition(string? raw) => raw is not null && FirstPosition().IsMatch(raw);

    /// <summary>
    /// Removes repeated classifications (same scheme and symbol, first kept), keeps at most one main symbol per
    /// scheme and, when a scheme has no main symbol, makes its first symbol the main one.
    /// </summary>
    public static IReadOnlyList<ParsedClassification> Classifications(IEnumerable<ParsedClassification> items)
    {
        var seen = new HashSet<(string, string)>();
        var withMain = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ParsedClassification>();
        foreach (var item in items)
        {
            if (seen.Add((item.Scheme, item.Symbol)))
            {
                result.Add(item with { IsMain = item.IsMain && withMain.Add(item.Scheme) });
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (withMain.Add(result[i].Scheme))
            {
                result[i] = result[i] with { IsMain = true };
            }
        }

        return result;
    }

    /// <summary>Removes repeated parties (same role and name, first kept).</summary>
    public static IReadOnlyList<ParsedParty> Parties(IEnumerable<ParsedParty> items)
    {
        var seen = new HashSet<(PartyRole, string)>();
        return items.Where(p => seen.Add((p.Role, p.Name))).ToList();
    }

    /// <summary>
    /// Priorities from the ST.32/ST.36 B300 groups (PATDOC, ep-patent-document): B310 number, B320 date and
    /// B330 country, paired by position; entries without number or country are left out.
    /// </summary>
    public static IEnumerable<ParsedPriority> St32Priorities(XElement? bibliographic)
    {
        foreach (var b300 in Children(bibliographic, "B300"))
        {
            var numbers = Children(b300, "B310").ToList();
            var dates = Children(b300, "B320").ToList();
            var countries = Children(b300, "B330").ToList();
            for (var i = 0; i < numbers.Count; i++)
            {
                var number = Number(Text(numbers[i]));
                var country = i < countries.Count ? Country(Text(countries[i])) : null;
                if (number is not null && country is not null)
                {
                    yield return new ParsedPriority(country, number, i < dates.Count ? Date(Text(dates[i])) : null);
                }
            }
        }
    }

    private static bool IsCancelled(string claim) =>
        claim.Length < 60
        && (claim.Contains("(canceled)", StringComparison.OrdinalIgnoreCase) || claim.Contains("(cancelled)", StringComparison.OrdinalIgnoreCase));

    private static void AppendText(StringBuilder builder, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                builder.Append(text.Value);
            }
            else if (node is XElement child)
            {
                var block = BlockElements.Contains(child.Name.LocalName);
                if (block)
                {
                    builder.Append(' ');
                }

                AppendText(builder, child);
                if (block)
                {
                    builder.Append(' ');
                }
            }
        }
    }

    /// <summary>Fixed-width USPTO form: three characters of main group, then the subgroup.</summary>
    private static string? CompactToSymbol(string subclass, string rest)
    {
        rest = rest.TrimEnd();
        if (rest.Length >= 5)
        {
            var main = rest[..3].Trim();
            var group = rest[3..].Trim();
            if (main.Length > 0 && main.All(char.IsAsciiDigit) && group.Length >= 2 && group.All(char.IsAsciiDigit))
            {
                return Symbol(subclass, main, group);
            }
        }

        var digits = rest.Replace(" ", string.Empty, StringComparison.Ordinal);
        return digits.Length >= 3 && digits.All(char.IsAsciiDigit)
            ? Symbol(subclass, digits[..^2], digits[^2..])
            : null;
    }

    private static string Symbol(string subclass, string mainGroup, string subgroup)
    {
        var main = mainGroup.TrimStart('0');
        var group = subgroup.Length < 2 ? subgroup.PadRight(2, '0') : subgroup;
        while (group.Length > 2 && group[^1] == '0')
        {
            group = group[..^1];
        }

        var head = Collapse(subclass)!.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return string.Concat(head, " ", main.Length == 0 ? "0" : main, "/", group);
    }

    [GeneratedRegex(@"^\s*\d*\s*(?<sub>[A-HYa-hy]\s*\d{2}\s*[A-Za-z])\s*(?<main>\d{1,4})\s*/\s*(?<group>\d{1,6})", RegexOptions.CultureInvariant)]
    private static partial Regex SlashSymbol();

    [GeneratedRegex(@"^\s*\d*\s*(?<sub>[A-HYa-hy]\s*\d{2}\s*[A-Za-z])(?<rest>[\d ]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactSymbol();

    [GeneratedRegex(@"\d{8}\s*[ACS]?F[IAN]", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPosition();
}
