using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.IpData.Contracts;
using IpCity.IpData.Normalisation;

namespace IpCity.IpData.Importing.Tabular;

/// <summary>
/// Turns one row of a Chinese patent export into a ParsedPatent (the grant document when there is one,
/// the publication otherwise, with the other as an additional document). Bad values reject the row with
/// field, value and reason; they never stop other rows.
/// </summary>
internal static partial class CnPatentRowMapper
{
    [GeneratedRegex(@"^(?<cc>[A-Z]{2})?(?<num>[0-9]{5,13})(?<kind>[A-Z][0-9]?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicationPattern();

    [GeneratedRegex(@"^(?<sc>[A-H])(?<cl>[0-9]{2})(?<sub>[A-Z])\s*0*(?<main>[0-9]{1,4})\s*/\s*(?<grp>[0-9]{2,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex IpcPattern();

    [GeneratedRegex(@"[;；|\r\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy.MM.dd", "yyyy.M.d", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss"];

    public sealed class RowRejected : Exception
    {
        public RowRejected(string field, string? value, string reason)
            : base(reason)
        {
            Field = field;
            Value = value;
        }

        public RowRejected()
        {
            Field = string.Empty;
        }

        public RowRejected(string message)
            : base(message)
        {
            Field = string.Empty;
        }

        public RowRejected(string message, Exception inner)
            : base(message, inner)
        {
            Field = string.Empty;
        }

        public string Field { get; }

        public string? Value { get; }
    }

    public static ParsedPatent Map(TabularRow row, HeaderAliases aliases)
    {
        string? Get(string field) => row.Values.GetValueOrDefault(field);
        string H(string field) => aliases.Display.GetValueOrDefault(field, field);

        var appRaw = Get("ApplicationNumber");
        if (!CnApplicationNumber.TryCanonicalise(appRaw, out var appNo, out var problem))
        {
            throw new RowRejected(H("ApplicationNumber"), appRaw, "申请号无效: " + problem);
        }

        var appDate = Date(Get("ApplicationDate"), H("ApplicationDate"));
        var type = TypeOf(Get("Type"), appNo);
        var publication = DocumentNumber(Get("PublicationNumber"), H("PublicationNumber"), type, grant: false);
        var grant = DocumentNumber(Get("GrantNumber"), H("GrantNumber"), type, grant: true);
        if (publication is null && grant is null)
        {
            throw new RowRejected(H("PublicationNumber"), null, "缺少公开（公告）号或授权公告号");
        }

        var pubDate = Date(Get("PublicationDate"), H("PublicationDate"));
        var grantDate = Date(Get("GrantDate"), H("GrantDate"));
        var primary = grant ?? publication!.Value;
        var primaryIsGrant = grant is not null || IsGrantKind(publication!.Value.Kind);
        var others = new List<ParsedDocumentRef>();
        if (grant is not null && publication is not null && publication.Value != grant.Value)
        {
            others.Add(new ParsedDocumentRef("CN", publication.Value.Number, publication.Value.Kind, pubDate, IsGrantKind(publication.Value.Kind)));
        }

        var creditRaw = Get("CreditCode");
        string? credit = null;
        if (creditRaw is not null)
        {
            credit = creditRaw.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
            if (!UnifiedSocialCreditCode.IsValid(credit))
            {
                throw new RowRejected(H("CreditCode"), creditRaw, "统一社会信用代码校验位不符 (GB 32100)");
            }
        }

        var country = ApplicantCountry(Get("ProvinceCode"), Get("Address"));
        var parties = new List<ParsedParty>();
        var first = true;
        foreach (var name in Split(Get("Applicants")))
        {
            parties.Add(new ParsedParty(PartyRole.Applicant, CleanName(name), country, first ? Get("Address") : null, null, null, first ? credit : null));
            first = false;
        }

        parties.AddRange(Split(Get("CurrentOwners")).Select(n => new ParsedParty(PartyRole.CurrentOwner, CleanName(n), country)));
        parties.AddRange(Split(Get("Inventors")).Select(n => new ParsedParty(PartyRole.Inventor, CleanName(n))));
        parties.AddRange(Split(Get("Agency")).Select(n => new ParsedParty(PartyRole.Agency, CleanName(n))));
        parties.AddRange(Split(Get("Agents")).Select(n => new ParsedParty(PartyRole.Agent, CleanName(n))));

        var classifications = new List<ParsedClassification>();
        var main = Get("MainIpc") is { } m ? Ipc(m, H("MainIpc")) : null;
        if (main is not null)
        {
            classifications.Add(new ParsedClassification("IPC", main, true));
        }

        foreach (var symbol in Split(Get("Ipc")))
        {
            var ipc = Ipc(symbol, H("Ipc"));
            if (ipc != main)
            {
                classifications.Add(new ParsedClassification("IPC", ipc, main is null && classifications.Count == 0));
            }
        }

        var priorityNumbers = Split(Get("PriorityNumber")).ToList();
        var priorityDates = Split(Get("PriorityDate")).ToList();
        var priorities = priorityNumbers.Select((n, i) =>
        {
            var clean = n.Normalize(NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            var cc = clean.Length > 2 && char.IsAsciiLetter(clean[0]) && char.IsAsciiLetter(clean[1]) ? clean[..2] : "CN";
            return new ParsedPriority(cc, cc == "CN" && clean.StartsWith("CN", StringComparison.Ordinal) ? clean[2..] : (cc != "CN" ? clean[2..] : clean), i < priorityDates.Count ? Date(priorityDates[i], H("PriorityDate")) : null);
        }).ToList();

        var family = Split(Get("Family")).Select(f =>
        {
            var clean = f.Normalize(NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            var match = PublicationPattern().Match(clean);
            return match.Success
                ? new ParsedFamilyMember(match.Groups["cc"].Success ? match.Groups["cc"].Value : "CN", match.Groups["num"].Value, match.Groups["kind"].Success ? match.Groups["kind"].Value : null, match.Groups["kind"].Value is ['B' or 'C', ..])
                : new ParsedFamilyMember("??", clean, null, false);
        }).Where(f => f.Country != "CN" || f.Number != primary.Number).ToList();

        return new ParsedPatent
        {
            Country = "CN",
            DocumentNumber = primary.Number,
            Kind = primary.Kind,
            PublicationDate = grant is not null ? grantDate ?? pubDate : pubDate,
            IsGrant = primaryIsGrant,
            ApplicationNumber = appNo,
            ApplicationCountry = "CN",
            ApplicationDate = appDate,
            Type = type,
            Title = Get("Title"),
            TitleLanguage = "zh",
            Abstract = Get("Abstract"),
            FirstClaim = Get("FirstClaim"),
            ClaimCount = Int(Get("ClaimCount"), H("ClaimCount")),
            CitedByCount = Int(Get("CitedBy"), H("CitedBy")),
            LegalStatus = Get("LegalStatus"),
            Parties = parties,
            Classifications = classifications,
            Priorities = priorities,
            Family = family,
            Events = Events(Get("LegalEvents"), H("LegalEvents")),
            OtherDocuments = others,
            SourceFormat = "cn-tabular",
        };
    }

    /// <summary>
    /// 法律事件: dated entries ("2019-05-01 授权；2023-03-01 未缴年费专利权终止"), split like every multi-valued
    /// cell. The wording is kept as the description (the status calculator reads CNIPA wording); an entry
    /// without a leading date rejects the row.
    /// </summary>
    internal static IReadOnlyList<ParsedEvent> Events(string? raw, string header)
    {
        var events = new List<ParsedEvent>();
        foreach (var entry in Split(raw))
        {
            var m = EventEntry().Match(entry.Normalize(NormalizationForm.FormKC));
            if (!m.Success)
            {
                throw new RowRejected(header, entry, "法律事件应以日期开头 (e.g. 2019-05-01 授权)");
            }

            events.Add(new ParsedEvent(Date(m.Groups["date"].Value, header)!.Value, "CN", m.Groups["text"].Value.Trim()));
        }

        return events.OrderBy(e => e.Date).ToList();
    }

    [GeneratedRegex(@"^\s*(?<date>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|\d{8})\s*[:：,，]?\s*(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EventEntry();

    internal static IEnumerable<string> Split(string? value) =>
        value is null ? [] : Separators().Split(value).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>Full-width to half-width, unified brackets and single spaces; company suffixes kept as written.</summary>
    internal static string CleanName(string name)
    {
        var s = name.Normalize(NormalizationForm.FormKC).Trim();
        s = s.Replace('(', '（').Replace(')', '）');
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    internal static string Ipc(string raw, string header)
    {
        var s = raw.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        var match = IpcPattern().Match(s);
        if (!match.Success)
        {
            throw new RowRejected(header, raw, "IPC 分类号格式无效");
        }

        var main = int.Parse(match.Groups["main"].Value, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{match.Groups["sc"].Value}{match.Groups["cl"].Value}{match.Groups["sub"].Value} {main}/{match.Groups["grp"].Value}");
    }

    internal static DateOnly? Date(string? raw, string header)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var s = raw.Normalize(NormalizationForm.FormKC).Trim();
        if (DateOnly.TryParseExact(s, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (DateTime.TryParseExact(s, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            return DateOnly.FromDateTime(dt);
        }

        throw new RowRejected(header, raw, "日期格式无效 (expected e.g. 2020-01-31, 2020.01.31, 20200131, 2020年1月31日)");
    }

    private static int? Int(string? raw, string header)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return int.TryParse(raw.Normalize(NormalizationForm.FormKC).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new RowRejected(header, raw, "数字无效");
    }

    private static PatentType TypeOf(string? raw, string appNo)
    {
        var s = raw ?? string.Empty;
        if (s.Contains("实用新型", StringComparison.Ordinal))
        {
            return PatentType.UtilityModel;
        }

        if (s.Contains("外观", StringComparison.Ordinal))
        {
            return PatentType.Design;
        }

        if (s.Contains("发明", StringComparison.Ordinal))
        {
            return PatentType.Invention;
        }

        return CnApplicationNumber.TypeDigit(appNo) switch
        {
            "2" or "9" => PatentType.UtilityModel,
            "3" => PatentType.Design,
            _ => PatentType.Invention,
        };
    }

    private static bool IsGrantKind(string kind) => kind.Length > 0 && kind[0] is 'B' or 'C' or 'U' or 'Y' or 'S' or 'D';

    private static (string Number, string Kind)? DocumentNumber(string? raw, string header, PatentType type, bool grant)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var s = raw.Normalize(NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var match = PublicationPattern().Match(s);
        if (!match.Success || (match.Groups["cc"].Success && match.Groups["cc"].Value != "CN"))
        {
            throw new RowRejected(header, raw, "公开（公告）号格式无效 (expected e.g. CN112345678A)");
        }

        var kind = match.Groups["kind"].Success ? match.Groups["kind"].Value : type switch
        {
            PatentType.UtilityModel => "U",
            PatentType.Design => "S",
            _ => grant ? "B" : "A",
        };
        return (match.Groups["num"].Value, kind);
    }

    private static string? ApplicantCountry(string? provinceCode, string? address)
    {
        var code = provinceCode?.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(code) && code.Length == 2 && code.All(char.IsAsciiLetter))
        {
            return code is "HK" or "MO" or "TW" ? code : code == "CN" ? "CN" : code;
        }

        if (!string.IsNullOrEmpty(code) || (address is not null && address.Any(c => c >= '\u4E00' && c <= '\u9FFF')))
        {
            return "CN";
        }

        return null;
    }

    internal static ImportError Error(string file, TabularRow row, RowRejected rejected) =>
        new(file, row.Row, rejected.Field, rejected.Value, rejected.Message, "IMPORT_INVALID_VALUE");
}
