using System.Xml.Linq;
using static IpCity.IpData.Importing.Xml.XmlText;

namespace IpCity.IpData.Importing.Xml;

/// <summary>
/// Reads one USPTO full-text XML document: red book v4.0–v4.5 grants and applications (us-patent-grant,
/// us-patent-application), ST.32 v2.5 grants (PATDOC, 2002–2004) and pap v1.5/v1.6 application publications
/// (patent-application-publication, 2001–2004).
/// </summary>
internal static class UsptoXmlParser
{
    private const string Ipc = "IPC";
    private const string Cpc = "CPC";
    private const string Locarno = "Locarno";

    /// <summary>
    /// Parses the document element of one XML document. Returns null when the document is not a patent
    /// (e.g. a sequence-cwu DNA sequence listing). Throws <see cref="InvalidDataException"/> when a patent
    /// document lacks its publication or application number.
    /// </summary>
    public static ParsedPatent? Parse(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return root.Name.LocalName switch
        {
            "us-patent-grant" => RedBook.Parse(root, isGrant: true),
            "us-patent-application" => RedBook.Parse(root, isGrant: false),
            "PATDOC" => Patdoc.Parse(root),
            "patent-application-publication" => Pap.Parse(root),
            _ => null,
        };
    }

    /// <summary>Patent type from the USPTO application type ("utility", "design", ...) and the kind code.</summary>
    private static PatentType TypeOf(string? applicationType, string kind)
    {
        var fromApplication = applicationType?.ToUpperInvariant() switch
        {
            "DESIGN" => PatentType.Design,
            "PLANT" => PatentType.Plant,
            "REISSUE" => PatentType.Reissue,
            "SIR" or "STATUTORY-INVENTION-REGISTRATION" => PatentType.StatutoryInvention,
            _ => (PatentType?)null,
        };
        return fromApplication ?? TypeOfKind(kind);
    }

    private static PatentType TypeOfKind(string kind) => kind.ToUpperInvariant() switch
    {
        ['S', ..] => PatentType.Design,
        ['P', ..] => PatentType.Plant,
        ['E', ..] => PatentType.Reissue,
        ['H', ..] => PatentType.StatutoryInvention,
        _ => PatentType.Invention,
    };

    /// <summary>US grant kinds: B, B1, B2, S, S1, P, P2, P3, E, E1, H, H1 (not the plant publications P1, P4, P9).</summary>
    private static bool IsGrantKind(string? kind) => kind?.ToUpperInvariant() switch
    {
        ['P', '1' or '4' or '9'] => false,
        ['B' or 'S' or 'P' or 'E' or 'H', ..] => true,
        _ => false,
    };

    private static string Required(string? value, string what, string number) =>
        value ?? throw new InvalidDataException($"USPTO document {number}: {what} is missing.");

    /// <summary>The red book (v4.x) us-patent-grant and us-patent-application documents.</summary>
    private static class RedBook
    {
        private static readonly string[] StreetElements = ["street", "address-1", "address-2", "address-3"];

        public static ParsedPatent Parse(XElement root, bool isGrant)
        {
            var bibliographic = Child(root, isGrant ? "us-bibliographic-data-grant" : "us-bibliographic-data-application")
                ?? throw new InvalidDataException($"{root.Name.LocalName}: the bibliographic data element is missing.");
            var publication = Descend(bibliographic, "publication-reference", "document-id");
            var number = Number(Value(publication, "doc-number"))
                ?? throw new InvalidDataException($"{root.Name.LocalName}: the publication number is missing.");
            var application = Child(bibliographic, "application-reference");
            var kind = Value(publication, "kind") ?? string.Empty;
            var claims = Children(Child(root, "claims"), "claim").ToList();
            return new ParsedPatent
            {
                Country = Country(Value(publication, "country")) ?? "US",
                DocumentNumber = number,
                Kind = kind,
                PublicationDate = Date(Value(publication, "date")),
                IsGrant = isGrant,
                ApplicationNumber = Required(Number(Value(application, "document-id", "doc-number")), "the application number", number),
                ApplicationCountry = Country(Value(application, "document-id", "country")) ?? "US",
                ApplicationDate = Date(Value(application, "document-id", "date")),
                Type = Child(bibliographic, "us-sir-flag") is null
                    ? TypeOf(Attribute(application, "appl-type"), kind)
                    : PatentType.StatutoryInvention,
                Title = Value(bibliographic, "invention-title"),
                TitleLanguage = Language(Attribute(root, "lang")) ?? "en",
                Abstract = Text(Child(root, "abstract")),
                FirstClaim = FirstClaimText(claims),
                ClaimCount = claims.Count > 0 ? claims.Count : Integer(Value(bibliographic, "number-of-claims")),
                Parties = Parties(Applicants(bibliographic).Concat(OtherParties(bibliographic))),
                Classifications = Classifications(ClassificationsOf(bibliographic)),
                Priorities = PrioritiesOf(bibliographic).ToList(),
                Family = FamilyOf(bibliographic).ToList(),
                SourceFormat = SourceFormat(root),
            };
        }

        /// <summary>"us-patent-grant v4.2" from dtd-version "v4.2 2006-08-23" (or "v40 2004-12-02").</summary>
        private static string SourceFormat(XElement root)
        {
            var version = Attribute(root, "dtd-version")?.Split(' ')[0];
            if (version is { Length: 3 } && version[0] == 'v' && char.IsAsciiDigit(version[1]) && char.IsAsciiDigit(version[2]))
            {
                version = string.Concat(version.AsSpan(0, 2), ".", version.AsSpan(2));
            }

            return version is null ? root.Name.LocalName : string.Concat(root.Name.LocalName, " ", version);
        }

        private static XElement? PartiesOf(XElement bibliographic) =>
            Child(bibliographic, "us-parties") ?? Child(bibliographic, "parties");

        /// <summary>Applicants; v4.0–v4.2 "applicant-inventor" applicants are inventors as well.</summary>
        private static IEnumerable<ParsedParty> Applicants(XElement bibliographic)
        {
            var parties = PartiesOf(bibliographic);
            var applicants = Children(Child(parties, "us-applicants"), "us-applicant")
                .Concat(Children(Child(parties, "applicants"), "applicant"));
            foreach (var applicant in applicants)
            {
                if (Party(applicant, PartyRole.Applicant) is { } party)
                {
                    yield return party;
                    if (string.Equals(Attribute(applicant, "app-type"), "applicant-inventor", StringComparison.Ordinal))
                    {
                        yield return party with { Role = PartyRole.Inventor };
                    }
                }
            }
        }

        private static IEnumerable<ParsedParty> OtherParties(XElement bibliographic)
        {
            var parties = PartiesOf(bibliographic);
            var inventors = Children(Child(parties, "inventors") ?? Child(bibliographic, "inventors"), "inventor")
                .Select(e => Party(e, PartyRole.Inventor));
            var owners = Children(Child(bibliographic, "assignees") ?? Child(parties, "assignees"), "assignee")
                .Select(e => Party(e, PartyRole.CurrentOwner));
            var agents = Children(Child(parties, "agents"), "agent")
                .Select(e => Party(e, Value(e, "addressbook", "orgname") is null ? PartyRole.Agent : PartyRole.Agency));
            return inventors.Concat(owners).Concat(agents).OfType<ParsedParty>();
        }

        /// <summary>A party from its addressbook (organisation name, or "First Last").</summary>
        private static ParsedParty? Party(XElement element, PartyRole role)
        {
            var book = Child(element, "addressbook") ?? element;
            var name = Value(book, "orgname")
                ?? PersonName(Value(book, "first-name"), Value(book, "middle-name"), Value(book, "last-name"), Value(book, "suffix"))
                ?? Value(book, "name");
            if (name is null)
            {
                return null;
            }

            var address = Child(book, "address");
            var street = Collapse(string.Join(", ", StreetElements.Select(n => Value(address, n)).OfType<string>()));
            return new ParsedParty(
                role,
                name,
                Country(Value(address, "country")) ?? Country(Value(element, "residence", "country")),
                street,
                Value(address, "city"),
                Value(address, "state"));
        }

        private static IEnumerable<ParsedClassification> ClassificationsOf(XElement bibliographic)
        {
            foreach (var ipcr in Children(Child(bibliographic, "classifications-ipcr"), "classification-ipcr"))
            {
                if (SymbolFromParts(ipcr) is { } symbol)
                {
                    yield return new ParsedClassification(Ipc, symbol, string.Equals(Value(ipcr, "symbol-position"), "F", StringComparison.Ordinal));
                }
            }

            foreach (var item in MainAndFurther(Child(bibliographic, "classification-ipc"), Ipc, ClassificationSymbol))
            {
                yield return item;
            }

            foreach (var item in MainAndFurther(Child(bibliographic, "classification-locarno"), Locarno, LocarnoSymbol))
            {
                yield return item;
            }

            foreach (var item in CpcOf(Child(bibliographic, "classifications-cpc")))
            {
                yield return item;
            }
        }

        /// <summary>classification-ipc / classification-locarno: main-classification and further-classification strings.</summary>
        private static IEnumerable<ParsedClassification> MainAndFurther(XElement? element, string scheme, Func<string?, string?> normalise)
        {
            var main = Children(element, "main-classification").Select(e => (Element: e, IsMain: true));
            var further = Children(element, "further-classification").Select(e => (Element: e, IsMain: false));
            foreach (var (item, isMain) in main.Concat(further))
            {
                if (normalise(Text(item)) is { } symbol)
                {
                    yield return new ParsedClassification(scheme, symbol, isMain);
                }
            }
        }

        private static IEnumerable<ParsedClassification> CpcOf(XElement? cpc)
        {
            var main = Children(Child(cpc, "main-cpc"), "classification-cpc").Select(e => (Element: e, IsMain: true));
            var further = Children(Child(cpc, "further-cpc"), "classification-cpc").Select(e => (Element: e, IsMain: false));
            foreach (var (element, isMain) in main.Concat(further))
            {
                if (SymbolFromParts(element) is { } symbol)
                {
                    yield return new ParsedClassification(Cpc, symbol, isMain);
                }
            }
        }

        /// <summary>classification-ipcr / classification-cpc: section, class, subclass, main-group, subgroup.</summary>
        private static string? SymbolFromParts(XElement element) => ClassificationSymbol(
            Value(element, "section"),
            Value(element, "class"),
            Value(element, "subclass"),
            Value(element, "main-group"),
            Value(element, "subgroup"));

        private static IEnumerable<ParsedPriority> PrioritiesOf(XElement bibliographic)
        {
            foreach (var claim in Children(Child(bibliographic, "priority-claims"), "priority-claim"))
            {
                var country = Country(Value(claim, "country"));
                var number = Number(Value(claim, "doc-number"));
                if (country is not null && number is not null)
                {
                    yield return new ParsedPriority(country, number, Date(Value(claim, "date")));
                }
            }
        }

        /// <summary>Earlier publications of the same application ("Prior Publication Data").</summary>
        private static IEnumerable<ParsedFamilyMember> FamilyOf(XElement bibliographic)
        {
            foreach (var related in Children(Child(bibliographic, "us-related-documents"), "related-publication"))
            {
                var id = Child(related, "document-id");
                var number = Number(Value(id, "doc-number"));
                if (number is not null)
                {
                    var kind = Value(id, "kind");
                    yield return new ParsedFamilyMember(Country(Value(id, "country")) ?? "US", number, kind, IsGrantKind(kind));
                }
            }
        }
    }

    /// <summary>ST.32 v2.5 grants (root PATDOC): numbered SDOBI elements, text in PDAT.</summary>
    private static class Patdoc
    {
        public static ParsedPatent Parse(XElement root)
        {
            var bibliographic = Child(root, "SDOBI")
                ?? throw new InvalidDataException("PATDOC: the bibliographic data (SDOBI) is missing.");
            var b100 = Child(bibliographic, "B100");
            var number = Number(Value(b100, "B110"))
                ?? throw new InvalidDataException("PATDOC: the publication number (B110) is missing.");
            var b200 = Child(bibliographic, "B200");
            var b500 = Child(bibliographic, "B500");
            var kind = Value(b100, "B130") ?? string.Empty;
            var claims = Children(Child(Child(root, "SDOCL"), "CL"), "CLM").ToList();
            return new ParsedPatent
            {
                Country = Country(Value(b100, "B190")) ?? "US",
                DocumentNumber = number,
                Kind = kind,
                PublicationDate = Date(Value(b100, "B140")),
                IsGrant = true,
                ApplicationNumber = Required(Number(Value(b200, "B210")), "the application number (B210)", number),
                ApplicationCountry = "US",
                ApplicationDate = Date(Value(b200, "B220")),
                Type = TypeOfKind(kind),
                Title = Value(b500, "B540"),
                TitleLanguage = "en",
                Abstract = Text(Child(root, "SDOAB")),
                FirstClaim = FirstClaimText(claims),
                ClaimCount = claims.Count > 0 ? claims.Count : Integer(Value(b500, "B570", "B577")),
                Parties = Parties(PartiesOf(Child(bibliographic, "B700"))),
                Classifications = Classifications(ClassificationsOf(Child(b500, "B510"), TypeOfKind(kind))),
                Priorities = St32Priorities(bibliographic).ToList(),
                Family = FamilyOf(bibliographic).ToList(),
                SourceFormat = "PATDOC v" + (Attribute(root, "DTD") ?? "2.5"),
            };
        }

        /// <summary>B511 main and B512 further classification: IPC, or Locarno for designs ("0101").</summary>
        private static IEnumerable<ParsedClassification> ClassificationsOf(XElement? b510, PatentType type)
        {
            var items = Children(b510, "B511").Select(e => (Element: e, IsMain: true))
                .Concat(Children(b510, "B512").Select(e => (Element: e, IsMain: false)));
            foreach (var (element, isMain) in items)
            {
                var text = Text(element);
                var locarno = type == PatentType.Design && text is not null && text.All(char.IsAsciiDigit);
                var symbol = locarno ? LocarnoSymbol(text) : ClassificationSymbol(text);
                if (symbol is not null)
                {
                    yield return new ParsedClassification(locarno ? Locarno : Ipc, symbol, isMain);
                }
            }
        }

        private static IEnumerable<ParsedParty> PartiesOf(XElement? b700)
        {
            var inventors = Children(Child(b700, "B720"), "B721").Select(e => Party(e, PartyRole.Inventor, PartyRole.Inventor));
            var owners = Children(Child(b700, "B730"), "B731").Select(e => Party(e, PartyRole.CurrentOwner, PartyRole.CurrentOwner));
            var agents = Children(Child(b700, "B740"), "B741").Select(e => Party(e, PartyRole.Agency, PartyRole.Agent));
            return inventors.Concat(owners).Concat(agents).OfType<ParsedParty>();
        }

        /// <summary>A PARTY-US (or PARTY-*) element: NAM/ONM organisation or NAM/FNM + SNM person, ADR address.</summary>
        private static ParsedParty? Party(XElement element, PartyRole organisationRole, PartyRole personRole)
        {
            var party = element.Elements().FirstOrDefault(e => e.Name.LocalName.StartsWith("PARTY", StringComparison.Ordinal)) ?? element;
            var name = Child(party, "NAM");
            var organisation = Value(name, "ONM");
            var display = organisation ?? PersonName(Value(name, "FNM"), null, Value(name, "SNM"), Value(name, "SFX"));
            if (display is null)
            {
                return null;
            }

            var address = Child(party, "ADR");
            var state = Value(address, "STATE");
            return new ParsedParty(
                organisation is null ? personRole : organisationRole,
                display,
                Country(Value(address, "CTRY")) ?? (state is null ? null : "US"),
                Value(address, "STR"),
                Value(address, "CITY"),
                state);
        }

        /// <summary>B690US: earlier publication of the same application.</summary>
        private static IEnumerable<ParsedFamilyMember> FamilyOf(XElement bibliographic)
        {
            foreach (var document in Children(Descend(bibliographic, "B600", "B690US"), "DOC"))
            {
                var number = Number(Value(document, "DNUM"));
                if (number is not null)
                {
                    var kind = Value(document, "KIND");
                    yield return new ParsedFamilyMember(Country(Value(document, "CTRY")) ?? "US", number, kind, IsGrantKind(kind));
                }
            }
        }
    }

    /// <summary>pap v1.5/v1.6 application publications (root patent-application-publication, 2001–2004).</summary>
    private static class Pap
    {
        /// <summary>pap v1.6 (pap-v16-2002-01-01.dtd) replaced v1.5 for publications from 2002.</summary>
        private static readonly DateOnly Version16From = new(2002, 1, 1);

        public static ParsedPatent Parse(XElement root)
        {
            var bibliographic = Child(root, "subdoc-bibliographic-information")
                ?? throw new InvalidDataException("patent-application-publication: subdoc-bibliographic-information is missing.");
            var document = Child(bibliographic, "document-id");
            var number = Number(Value(document, "doc-number"))
                ?? throw new InvalidDataException("patent-application-publication: the publication number is missing.");
            var filing = Child(bibliographic, "domestic-filing-data");
            var technical = Child(bibliographic, "technical-information");
            var kind = Value(document, "kind-code") ?? string.Empty;
            var published = Date(Value(document, "document-date"));
            var claims = Children(Child(root, "subdoc-claims"), "claim").ToList();
            return new ParsedPatent
            {
                Country = Country(Value(document, "country-code")) ?? "US",
                DocumentNumber = number,
                Kind = kind,
                PublicationDate = published,
                IsGrant = false,
                ApplicationNumber = Required(Number(Value(filing, "application-number", "doc-number")), "the application number", number),
                ApplicationCountry = "US",
                ApplicationDate = Date(Value(filing, "filing-date")),
                Type = TypeOfKind(kind),
                Title = Value(technical, "title-of-invention"),
                TitleLanguage = "en",
                Abstract = Text(Child(root, "subdoc-abstract")),
                FirstClaim = FirstClaimText(claims),
                ClaimCount = claims.Count > 0 ? claims.Count : null,
                Parties = Parties(InventorsOf(bibliographic).Concat(AssigneesOf(bibliographic))),
                Classifications = Classifications(ClassificationsOf(Child(technical, "classification-ipc"))),
                Priorities = PrioritiesOf(bibliographic).ToList(),
                SourceFormat = published < Version16From ? "pap v1.5" : "pap v1.6",
            };
        }

        private static IEnumerable<ParsedClassification> ClassificationsOf(XElement? ipc)
        {
            var main = Children(Child(ipc, "classification-ipc-primary"), "ipc").Select(e => (Element: e, IsMain: true));
            var further = Children(ipc, "classification-ipc-secondary")
                .SelectMany(s => Children(s, "ipc"))
                .Select(e => (Element: e, IsMain: false));
            foreach (var (element, isMain) in main.Concat(further))
            {
                if (ClassificationSymbol(Text(element)) is { } symbol)
                {
                    yield return new ParsedClassification(Ipc, symbol, isMain);
                }
            }
        }

        /// <summary>Inventors; an inventor with an authority-applicant code (e.g. "INV") is an applicant as well.</summary>
        private static IEnumerable<ParsedParty> InventorsOf(XElement bibliographic)
        {
            var inventors = Child(bibliographic, "inventors");
            foreach (var inventor in Children(inventors, "first-named-inventor").Concat(Children(inventors, "inventor")))
            {
                if (Person(inventor, PartyRole.Inventor) is { } party)
                {
                    yield return party;
                    if (Value(inventor, "authority-applicant") is not null)
                    {
                        yield return party with { Role = PartyRole.Applicant };
                    }
                }
            }
        }

        private static IEnumerable<ParsedParty> AssigneesOf(XElement bibliographic)
        {
            foreach (var assignee in Children(bibliographic, "assignee"))
            {
                var organisation = Value(assignee, "organization-name");
                var party = organisation is null
                    ? Person(assignee, PartyRole.CurrentOwner)
                    : Located(new ParsedParty(PartyRole.CurrentOwner, organisation), Child(assignee, "address") ?? Child(assignee, "residence"));
                if (party is not null)
                {
                    yield return party;
                }
            }
        }

        private static ParsedParty? Person(XElement element, PartyRole role)
        {
            var name = Child(element, "name");
            var display = PersonName(Value(name, "given-name"), Value(name, "middle-name"), Value(name, "family-name"), Value(name, "name-suffix"))
                ?? Value(element, "organization-name");
            return display is null ? null : Located(new ParsedParty(role, display), Child(element, "residence") ?? Child(element, "address"));
        }

        /// <summary>Adds city, state and country from residence/residence-us|residence-non-us or an address element.</summary>
        private static ParsedParty Located(ParsedParty party, XElement? place)
        {
            var where = Child(place, "residence-us") ?? Child(place, "residence-non-us") ?? place;
            var state = Value(where, "state");
            return party with
            {
                Country = Country(Value(where, "country-code")) ?? Country(Value(where, "country", "country-code")) ?? (state is null ? null : "US"),
                Address = Collapse(string.Join(", ", new[] { Value(where, "address-1"), Value(where, "address-2") }.OfType<string>())),
                City = Value(where, "city"),
                State = state,
            };
        }

        private static IEnumerable<ParsedPriority> PrioritiesOf(XElement bibliographic)
        {
            foreach (var priority in Children(bibliographic, "foreign-priority-data"))
            {
                var country = Country(Value(priority, "country-code"));
                var number = Number(Value(priority, "priority-application-number", "doc-number"));
                if (country is not null && number is not null)
                {
                    yield return new ParsedPriority(country, number, Date(Value(priority, "filing-date")));
                }
            }
        }
    }
}
