using System.Globalization;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace IpCity.IpData.Search.Index;

/// <summary>The index document of a patent: character n-gram text fields for substring search, exact keys for filters, doc values for facets and sorting.</summary>
internal static class PatentFields
{
    public const string Id = "id";
    public const string Pid = "pid";
    public const string Title = "ti";
    public const string Abstract = "ab";
    public const string Claim = "cl";
    public const string Applicants = "pa";
    public const string Inventors = "in";
    public const string Addresses = "addr";
    public const string Status = "status";
    public const string Ipc = "ipc";
    public const string Region = "region";
    public const string Type = "type";
    public const string Year = "year";
    public const string SortDate = "s_date";
    public const string SortTitle = "s_title";
    public const string FacetType = "f_type";
    public const string FacetYear = "f_year";
    public const string FacetCounty = "f_county";
    public const string FacetZone = "f_zone";
    public const string FacetSection = "f_section";
    public const string FacetClass = "f_class";
    public const string FacetStatus = "f_status";
    public const string FacetOrigin = "f_origin";

    /// <summary>
    /// What a bare term searches: every value of title, abstract, first claim, all party names and all addresses,
    /// indexed once more together (values kept apart) so a bare term is one lookup, not five.
    /// </summary>
    public const string AllText = "all";

    /// <summary>Application date descending, then id: yyyymmdd × 2³² + id.</summary>
    public static long DateKey(DateOnly? date, long id) =>
        ((long)(date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : 0) << 32) | (id & 0xFFFFFFFFL);

    public static Document ToDocument(Patent p)
    {
        var doc = new Document
        {
            new StringField(Id, p.Id.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(Pid, p.Id),
            new NumericDocValuesField(SortDate, DateKey(p.ApplicationDate, p.Id)),
            new SortedDocValuesField(SortTitle, new BytesRef(Truncate(p.Title ?? string.Empty, 200))),
            new StringField(Type, p.Type.ToString(), Field.Store.NO),
            new SortedDocValuesField(FacetType, new BytesRef(p.Type.ToString())),
            new SortedDocValuesField(FacetOrigin, new BytesRef(p.IsDomestic ? "domestic" : "foreign")),
        };
        Text(doc, Title, p.Title);
        Text(doc, Abstract, p.Abstract);
        Text(doc, Claim, p.FirstClaim);
        Text(doc, AllText, p.Title);
        Text(doc, AllText, p.Abstract);
        Text(doc, AllText, p.FirstClaim);
        Text(doc, Status, p.LegalStatus);
        foreach (var party in p.Parties.OrderBy(x => x.Role).ThenBy(x => x.Sequence))
        {
            Text(doc, Addresses, party.Address);
            Text(doc, AllText, party.Name);
            Text(doc, AllText, party.Address);
            if (party.Role is PartyRole.Applicant or PartyRole.CurrentOwner)
            {
                Text(doc, Applicants, party.Name);
            }
            else if (party.Role == PartyRole.Inventor)
            {
                Text(doc, Inventors, party.Name);
            }
        }

        foreach (var symbol in p.Classifications.Where(c => c.Scheme == "IPC").Select(c => c.Symbol).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(Ipc, symbol, Field.Store.NO));
        }

        foreach (var code in new[] { p.RegionCountyCode, p.RegionZoneCode, p.RegionStreetCode }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(Region, code, Field.Store.NO));
        }

        if (p.ApplicationDate is { } ad)
        {
            doc.Add(new Int32Field(Year, ad.Year, Field.Store.NO));
            doc.Add(new NumericDocValuesField(FacetYear, ad.Year));
        }

        Keyword(doc, FacetCounty, p.RegionCountyCode);
        Keyword(doc, FacetZone, p.RegionZoneCode);
        Keyword(doc, FacetStatus, p.LegalStatus);
        if (p.MainIpc is { Length: >= 1 } main)
        {
            Keyword(doc, FacetSection, main[..1]);
            Keyword(doc, FacetClass, main.Length >= 4 ? main[..4] : main);
        }

        return doc;
    }

    private static readonly FieldType s_gramsNoPositions = Freeze(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });
    private static readonly FieldType s_gramsWithPositions = Freeze(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, OmitNorms = true });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>A text value as its 2-, 3- and 4-gram fields (see <see cref="NGramAnalyzer"/>).</summary>
    private static void Text(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new Field(field + ".2", value, s_gramsNoPositions));
            doc.Add(new Field(field + ".3", value, s_gramsNoPositions));
            doc.Add(new Field(field + ".4", value, s_gramsWithPositions));
        }
    }

    private static void Keyword(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
