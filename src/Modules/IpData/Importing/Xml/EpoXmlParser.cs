using System.Xml.Linq;
using static IpCity.IpData.Importing.Xml.XmlText;

namespace IpCity.IpData.Importing.Xml;

/// <summary>
/// Reads one EPO publication server document (root ep-patent-document, DTD v1.0–v1.5.1): A1/A2/A3 application
/// publications and B1/B2/B3 patent specifications.
/// </summary>
internal static class EpoXmlParser
{
    private const string RootName = "ep-patent-document";
    private const string English = "en";

    /// <summary>B700 party groups: group element, item element, role.</summary>
    private static readonly (string Group, string Item, PartyRole Role)[] PartyGroups =
    [
        ("B710", "B711", PartyRole.Applicant),
        ("B720", "B721", PartyRole.Inventor),
        ("B730", "B731", PartyRole.CurrentOwner),
        ("B740", "B741", PartyRole.Agent),
    ];

    /// <summary>
    /// Parses an ep-patent-document element; returns null for any other root. Throws
    /// <see cref="InvalidDataException"/> when the document lacks its publication or application number.
    /// </summary>
    public static ParsedPatent? Parse(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!string.Equals(root.Name.LocalName, RootName, StringComparison.Ordinal))
        {
            return null;
        }

        var bibliographic = Child(root, "SDOBI");
        var b100 = Child(bibliographic, "B100");
        var number = Number(Value(b100, "B110")) ?? Number(Attribute(root, "doc-number"))
            ?? throw new InvalidDataException("EP document: the publication number (B110, @doc-number) is missing.");
        var kind = Value(b100, "B130") ?? Attribute(root, "kind") ?? string.Empty;
        var language = Language(Attribute(root, "lang")) ?? Language(Attribute(bibliographic, "lang"));
        var b200 = Child(bibliographic, "B200");
        var title = TitleOf(Descend(bibliographic, "B500", "B540"), language);
        var claims = Children(InLanguage(Children(root, "claims"), language), "claim").ToList();
        return new ParsedPatent
        {
            Country = Country(Value(b100, "B190")) ?? Country(Attribute(root, "country")) ?? "EP",
            DocumentNumber = number,
            Kind = kind,
            PublicationDate = Date(Value(b100, "B140")) ?? Date(Attribute(root, "date-publ")),
            IsGrant = kind.StartsWith('B'),
            ApplicationNumber = Number(Value(b200, "B210"))
                ?? throw new InvalidDataException($"EP {number} {kind}: the application number (B210) is missing."),
            ApplicationCountry = "EP",
            ApplicationDate = Date(Value(b200, "B220")),
            Type = PatentType.Invention,
            Title = title?.Text,
            TitleLanguage = title?.Language,
            Abstract = Text(InLanguage(Children(root, "abstract"), language)),
            FirstClaim = FirstClaimText(claims),
            ClaimCount = claims.Count > 0 ? claims.Count : null,
            Parties = Parties(PartiesOf(Child(bibliographic, "B700"))),
            Classifications = Classifications(ClassificationsOf(Child(bibliographic, "B500"))),
            Priorities = St32Priorities(bibliographic).ToList(),
            SourceFormat = SourceFormat(Attribute(root, "dtd-version")),
        };
    }

    /// <summary>"ep-patent-document v1.5.1" from dtd-version "ep-patent-document-v1-5-1".</summary>
    private static string SourceFormat(string? dtdVersion)
    {
        if (dtdVersion is null)
        {
            return RootName;
        }

        var at = dtdVersion.LastIndexOf("-v", StringComparison.Ordinal);
        return at < 0
            ? string.Concat(RootName, " ", dtdVersion)
            : string.Concat(RootName, " v", dtdVersion[(at + 2)..].Replace('-', '.'));
    }

    /// <summary>B540: B541 language / B542 title pairs; the document language first, then English, then the first.</summary>
    private static (string Text, string? Language)? TitleOf(XElement? b540, string? language)
    {
        var titles = new List<(string Text, string? Language)>();
        string? current = null;
        foreach (var element in b540?.Elements() ?? [])
        {
            if (string.Equals(element.Name.LocalName, "B541", StringComparison.Ordinal))
            {
                current = Language(Text(element));
            }
            else if (string.Equals(element.Name.LocalName, "B542", StringComparison.Ordinal) && Text(element) is { } text)
            {
                titles.Add((text, current));
            }
        }

        if (titles.Count == 0)
        {
            return null;
        }

        var index = language is null ? -1 : titles.FindIndex(t => string.Equals(t.Language, language, StringComparison.Ordinal));
        if (index < 0)
        {
            index = titles.FindIndex(t => string.Equals(t.Language, English, StringComparison.Ordinal));
        }

        return titles[Math.Max(index, 0)];
    }

    /// <summary>The element whose lang attribute is the document language, else English, else the first.</summary>
    private static XElement? InLanguage(IEnumerable<XElement> elements, string? language)
    {
        var list = elements.ToList();
        return list.FirstOrDefault(e => language is not null && string.Equals(Language(Attribute(e, "lang")), language, StringComparison.Ordinal))
            ?? list.FirstOrDefault(e => string.Equals(Language(Attribute(e, "lang")), English, StringComparison.Ordinal))
            ?? list.FirstOrDefault();
    }

    /// <summary>
    /// IPC from B510 (B511 main, B512 further; "7C 07C 29/44 A") or B510EP/classification-ipcr/text, and CPC
    /// from B520EP; in the text forms the main symbol is the one marked first position ("...AFI...").
    /// </summary>
    private static IEnumerable<ParsedClassification> ClassificationsOf(XElement? b500)
    {
        var b510 = Child(b500, "B510");
        var legacy = Children(b510, "B511").Select(e => (Scheme: "IPC", Text: Text(e), IsMain: true))
            .Concat(Children(b510, "B512").Select(e => (Scheme: "IPC", Text: Text(e), IsMain: false)));
        var ipcr = Children(Child(b500, "B510EP"), "classification-ipcr")
            .Select(e => Value(e, "text"))
            .Select(text => (Scheme: "IPC", Text: text, IsMain: IsFirstPosition(text)));
        var cpc = Children(Descend(b500, "B520EP", "classifications-cpc"), "classification-cpc")
            .Select(e => Value(e, "text"))
            .Select(text => (Scheme: "CPC", Text: text, IsMain: IsFirstPosition(text)));
        foreach (var (scheme, text, isMain) in legacy.Concat(ipcr).Concat(cpc))
        {
            if (ClassificationSymbol(text) is { } symbol)
            {
                yield return new ParsedClassification(scheme, symbol, isMain);
            }
        }
    }

    /// <summary>B711 applicants, B721 inventors, B731 proprietors (owners), B741 representatives.</summary>
    private static IEnumerable<ParsedParty> PartiesOf(XElement? b700)
    {
        return PartyGroups
            .SelectMany(g => Children(Child(b700, g.Group), g.Item).Select(e => Party(e, g.Role)))
            .OfType<ParsedParty>();
    }

    /// <summary>A party as printed by the EPO: snm "SURNAME, Given names" or an organisation name; adr address.</summary>
    private static ParsedParty? Party(XElement element, PartyRole role)
    {
        var name = Value(element, "snm");
        if (name is null)
        {
            return null;
        }

        var address = Child(element, "adr");
        return new ParsedParty(role, name, Country(Value(address, "ctry")), Value(address, "str"), Value(address, "city"));
    }
}
