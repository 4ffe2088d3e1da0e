using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using IpCity.BuildingBlocks.Errors;

namespace IpCity.BuildingBlocks.Xml;

/// <summary>
/// The only place that turns untrusted XML into a tree (SECURITY.md §5, specs 16-17). Generic XML: DTDs
/// prohibited. Patent-office XML ("patent mode"): a DOCTYPE is accepted only with an external identifier
/// and an internal subset of NDATA entity declarations at most; named entities are replaced from a fixed
/// table (W3C/ISO 8879 names); the document is then parsed with DTD processing ignored and no resolver,
/// so nothing is ever fetched or expanded.
/// </summary>
public static partial class SafeXmlReaderFactory
{
    public const string DtdProhibited = "XML_DTD_PROHIBITED";
    public const string Malformed = "XML_MALFORMED";

    /// <summary>
    /// Deepest element nesting a patent document may have (real ones stay far below: claims, tables and MathML
    /// nest a few dozen levels); deeper is refused as malformed (SECURITY.md spec 17).
    /// </summary>
    public const int MaxElementDepth = 256;

    /// <summary>Upper bound of one document's size in characters (a weekly file holds many documents).</summary>
    public const long MaxCharactersPerDocument = 64L * 1024 * 1024;

    public static XmlReaderSettings GenericSettings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersPerDocument,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static XmlReaderSettings PatentSettings => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersPerDocument,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>A reader for generic XML (no DTD at all).</summary>
    public static XmlReader CreateGeneric(Stream stream) => XmlReader.Create(stream, GenericSettings);

    /// <summary>One XML document of a (possibly multi-document) file, with where it starts.</summary>
    public sealed record XmlDocumentText(string Text, int FirstLine, int Index);

    /// <summary>
    /// Splits a file into documents at each XML declaration while streaming (weekly USPTO files concatenate
    /// thousands). A file without declarations is one document.
    /// </summary>
    public static IEnumerable<XmlDocumentText> SplitDocuments(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var current = new StringBuilder();
        var firstLine = 1;
        var lineNo = 0;
        var index = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var pos = 0;
            while (true)
            {
                var decl = line.IndexOf("<?xml", pos, StringComparison.Ordinal);
                if (decl < 0)
                {
                    current.Append(line, pos, line.Length - pos).Append('\n');
                    break;
                }

                current.Append(line, pos, decl - pos);
                if (!string.IsNullOrWhiteSpace(current.ToString()))
                {
                    yield return new XmlDocumentText(current.ToString(), firstLine, index++);
                }

                current.Clear();
                firstLine = lineNo;
                current.Append("<?xml");
                pos = decl + 5;
            }

            if (current.Length > MaxCharactersPerDocument)
            {
                throw new IpCityException(Malformed, $"An XML document starting at line {firstLine} exceeds {MaxCharactersPerDocument} characters.", 400,
                    new Dictionary<string, object?> { ["line"] = firstLine });
            }
        }

        if (!string.IsNullOrWhiteSpace(current.ToString()))
        {
            yield return new XmlDocumentText(current.ToString(), firstLine, index);
        }
    }

    /// <summary>Checks the prolog, replaces named entities and parses one patent-office document.</summary>
    public static XElement LoadPatentDocument(XmlDocumentText document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        CheckDoctype(text, document, fileName);
        text = ReplaceNamedEntities(text, document, fileName);
        text = BareLessThan().Replace(text, "&lt;");
        try
        {
            using var reader = new DepthLimitedXmlReader(XmlReader.Create(new StringReader(text), PatentSettings), MaxElementDepth);
            return XElement.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            var line = document.FirstLine + Math.Max(0, ex.LineNumber - 1);
            throw new IpCityException(Malformed, $"{fileName}: malformed XML at line {line}, column {ex.LinePosition}: {ex.Message}", 400,
                new Dictionary<string, object?> { ["file"] = fileName, ["line"] = line, ["column"] = ex.LinePosition });
        }
    }

    [GeneratedRegex(@"<!DOCTYPE\s+[\w.:-]+\s*(?<ext>(SYSTEM\s*(""[^""]*""|'[^']*')|PUBLIC\s*(""[^""]*""|'[^']*')\s*(""[^""]*""|'[^']*')))?\s*(?<subset>\[(?<body>[^\]]*)\])?\s*>", RegexOptions.CultureInvariant)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"^<!ENTITY\s+[\w.:-]+\s+(SYSTEM\s*(""[^""]*""|'[^']*')|PUBLIC\s*(""[^""]*""|'[^']*')\s*(""[^""]*""|'[^']*'))\s+NDATA\s+[\w.:-]+\s*>$", RegexOptions.CultureInvariant)]
    private static partial Regex NdataEntity();

    /// <summary>A "&lt;" that cannot start markup: no "&gt;" before the next "&lt;" (e.g. "&lt;First Embodiment&lt;/heading&gt;").</summary>
    [GeneratedRegex(@"<(?![!?/])(?=[^<>]*<)", RegexOptions.CultureInvariant)]
    private static partial Regex BareLessThan();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    private static void CheckDoctype(string text, XmlDocumentText document, string fileName)
    {
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            if (text.Contains("<!ENTITY", StringComparison.Ordinal))
            {
                throw Prohibited(fileName, document, "entity declaration outside a DOCTYPE");
            }

            return;
        }

        var match = Doctype().Match(text, at);
        if (!match.Success || match.Index != at)
        {
            throw Prohibited(fileName, document, "DOCTYPE with declarations other than NDATA entities");
        }

        if (match.Groups["subset"].Success)
        {
            var body = Comment().Replace(match.Groups["body"].Value, string.Empty);
            foreach (var decl in body.Split('>', StringSplitOptions.RemoveEmptyEntries))
            {
                var d = decl.Trim();
                if (d.Length == 0)
                {
                    continue;
                }

                if (!NdataEntity().IsMatch(d + ">"))
                {
                    throw Prohibited(fileName, document, "internal DTD subset declares more than unparsed (NDATA) entities");
                }
            }
        }

    }

    private static IpCityException Prohibited(string fileName, XmlDocumentText document, string reason) =>
        new(DtdProhibited, $"{fileName}: document at line {document.FirstLine}: {reason}; DTDs and entities are never processed.", 400,
            new Dictionary<string, object?> { ["file"] = fileName, ["line"] = document.FirstLine });

    private static string ReplaceNamedEntities(string text, XmlDocumentText document, string fileName)
    {
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (amp >= 0)
        {
            sb.Append(text, pos, amp - pos);
            var semi = text.IndexOf(';', amp + 1);
            var name = semi > amp + 1 && semi - amp <= 32 ? text.Substring(amp + 1, semi - amp - 1) : null;
            if (name is not null && (IsCharacterReference(name) || name is "lt" or "gt" or "amp" or "quot" or "apos"))
            {
                sb.Append('&');
                pos = amp + 1;
            }
            else if (name is null || !IsName(name))
            {
                // A bare ampersand in text ("UDAPI & ASOCIADOS" in real EPO files) is data, not markup.
                sb.Append("&amp;");
                pos = amp + 1;
            }
            else if (EntityTable.TryResolve(name, out var value))
            {
                sb.Append(EscapeForXml(value));
                pos = semi + 1;
            }
            else
            {
                var line = document.FirstLine + text.AsSpan(0, amp).Count('\n');
                throw new IpCityException(Malformed, $"{fileName}: unknown entity '&{name};' at line {line}.", 400,
                    new Dictionary<string, object?> { ["file"] = fileName, ["line"] = line, ["entity"] = name });
            }

            amp = text.IndexOf('&', pos);
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    private static bool IsCharacterReference(string s) =>
        s.Length > 1 && s[0] == '#' && (s[1] is 'x' or 'X' ? s.Length > 2 && s.Skip(2).All(char.IsAsciiHexDigit) : s.Skip(1).All(char.IsAsciiDigit));

    private static bool IsName(string s) => s.Length > 0 && char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static string EscapeForXml(string value) => value switch
    {
        "<" => "&lt;",
        ">" => "&gt;",
        "&" => "&amp;",
        _ => value,
    };

    /// <summary>Named character entities: HTML 4 (via WebUtility) plus the ISO 8879 sets seen in patent XML.</summary>
    internal static class EntityTable
    {
        private static readonly Dictionary<string, string> s_iso = new(StringComparer.Ordinal)
        {
            ["equals"] = "=",
            ["plus"] = "+",
            ["minus"] = "\u2212",
            ["lsqb"] = "[",
            ["rsqb"] = "]",
            ["bsol"] = "\\",
            ["lcub"] = "{",
            ["rcub"] = "}",
            ["verbar"] = "|",
            ["excl"] = "!",
            ["num"] = "#",
            ["dollar"] = "$",
            ["percnt"] = "%",
            ["lpar"] = "(",
            ["rpar"] = ")",
            ["ast"] = "*",
            ["comma"] = ",",
            ["period"] = ".",
            ["sol"] = "/",
            ["colon"] = ":",
            ["semi"] = ";",
            ["quest"] = "?",
            ["commat"] = "@",
            ["lowbar"] = "_",
            ["horbar"] = "\u2015",
            ["dash"] = "\u2010",
            ["frac13"] = "\u2153",
            ["frac23"] = "\u2154",
            ["frac15"] = "\u2155",
            ["frac25"] = "\u2156",
            ["frac35"] = "\u2157",
            ["frac45"] = "\u2158",
            ["frac16"] = "\u2159",
            ["frac56"] = "\u215A",
            ["frac18"] = "\u215B",
            ["frac38"] = "\u215C",
            ["frac58"] = "\u215D",
            ["frac78"] = "\u215E",
            ["ohm"] = "\u2126",
            ["square"] = "\u25A1",
            ["squ"] = "\u25A1",
            ["cir"] = "\u25CB",
            ["ap"] = "\u2248",
            ["les"] = "\u2264",
            ["ges"] = "\u2265",
            ["deg"] = "\u00B0",
            ["micro"] = "\u00B5",
            ["angst"] = "\u212B",
            ["half"] = "\u00BD",
            ["thinsp"] = "\u2009",
            ["hyphen"] = "\u2010",
            ["apos"] = "'",
            ["agr"] = "α",
            ["bgr"] = "β",
            ["ggr"] = "γ",
            ["dgr"] = "δ",
            ["egr"] = "ε",
            ["zgr"] = "ζ",
            ["eegr"] = "η",
            ["thgr"] = "θ",
            ["igr"] = "ι",
            ["kgr"] = "κ",
            ["lgr"] = "λ",
            ["mgr"] = "μ",
            ["ngr"] = "ν",
            ["xgr"] = "ξ",
            ["ogr"] = "ο",
            ["pgr"] = "π",
            ["rgr"] = "ρ",
            ["sgr"] = "σ",
            ["sfgr"] = "ς",
            ["tgr"] = "τ",
            ["ugr"] = "υ",
            ["phgr"] = "φ",
            ["khgr"] = "χ",
            ["psgr"] = "ψ",
            ["ohgr"] = "ω",
            ["Agr"] = "Α",
            ["Bgr"] = "Β",
            ["Ggr"] = "Γ",
            ["Dgr"] = "Δ",
            ["Egr"] = "Ε",
            ["Zgr"] = "Ζ",
            ["EEgr"] = "Η",
            ["THgr"] = "Θ",
            ["Igr"] = "Ι",
            ["Kgr"] = "Κ",
            ["Lgr"] = "Λ",
            ["Mgr"] = "Μ",
            ["Ngr"] = "Ν",
            ["Xgr"] = "Ξ",
            ["Ogr"] = "Ο",
            ["Pgr"] = "Π",
            ["Rgr"] = "Ρ",
            ["Sgr"] = "Σ",
            ["Tgr"] = "Τ",
            ["Ugr"] = "Υ",
            ["PHgr"] = "Φ",
            ["KHgr"] = "Χ",
            ["PSgr"] = "Ψ",
            ["OHgr"] = "Ω",
        };

        public static bool TryResolve(string name, out string value)
        {
            if (s_iso.TryGetValue(name, out value!))
            {
                return true;
            }

            var reference = "&" + name + ";";
            var decoded = WebUtility.HtmlDecode(reference);
            if (decoded != reference)
            {
                value = decoded;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
