using System.Text;
using System.Text.RegularExpressions;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Applicants;

/// <summary>
/// Resolves applicant names to entities during import: exact variant first, then the credit code, then the
/// normalised name key (full/half width, spaces, bracketed place qualifiers, 有限责任公司 → 有限公司).
/// New entities get a type from the name by CNIPA-style rules.
/// </summary>
internal sealed partial class ApplicantResolver
{
    private readonly IpDataDbContext _db;
    private readonly Dictionary<string, Applicant> _byVariant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Applicant> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Applicant> _byCode = new(StringComparer.Ordinal);

    public ApplicantResolver(IpDataDbContext db)
    {
        _db = db;
    }

    [GeneratedRegex(@"[（(][^（）()]{1,8}[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePersonName();

    public static string NameKey(string name)
    {
        var s = name.Normalize(NormalizationForm.FormKC);
        s = Qualifier().Replace(s, string.Empty);
        s = new string(s.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or ',' or '，' or '·')).ToArray()).ToUpperInvariant();
        return s.Replace("有限责任公司", "有限公司", StringComparison.Ordinal).Replace("股份有限公司", "股份公司", StringComparison.Ordinal)
            .Replace("CO.LTD", "COLTD", StringComparison.Ordinal).Replace("INCORPORATED", "INC", StringComparison.Ordinal).Replace("CORPORATION", "CORP", StringComparison.Ordinal);
    }

    public static ApplicantType Classify(string name)
    {
        var s = name.Normalize(NormalizationForm.FormKC);
        var company = s.Contains("公司", StringComparison.Ordinal);
        if (!company && (s.Contains("大学", StringComparison.Ordinal) || s.Contains("University", StringComparison.OrdinalIgnoreCase)))
        {
            return ApplicantType.University;
        }

        if (!company && (s.Contains("研究院", StringComparison.Ordinal) || s.Contains("研究所", StringComparison.Ordinal) || s.Contains("科学院", StringComparison.Ordinal)
            || s.Contains("研究中心", StringComparison.Ordinal) || s.Contains("Institute", StringComparison.OrdinalIgnoreCase)))
        {
            return ApplicantType.ResearchInstitute;
        }

        if (!company && (s.Contains("学院", StringComparison.Ordinal) || s.Contains("学校", StringComparison.Ordinal) || s.Contains("College", StringComparison.OrdinalIgnoreCase)))
        {
            return ApplicantType.University;
        }

        if (s.Contains("公司", StringComparison.Ordinal) || s.Contains("厂", StringComparison.Ordinal) || s.Contains("集团", StringComparison.Ordinal) || s.Contains("合作社", StringComparison.Ordinal)
            || s.Contains("事务所", StringComparison.Ordinal) || s.Contains("企业", StringComparison.Ordinal) || s.Contains("商行", StringComparison.Ordinal)
            || Regex.IsMatch(s, @"\b(INC|CORP|CORPORATION|LTD|LLC|GMBH|AG|S\.?A|B\.?V|CO|KG|PLC|LIMITED|COMPANY)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        {
            return ApplicantType.Enterprise;
        }

        if (s.EndsWith('局') || s.Contains("委员会", StringComparison.Ordinal) || s.Contains("政府", StringComparison.Ordinal) || s.Contains("医院", StringComparison.Ordinal)
            || s.Contains("协会", StringComparison.Ordinal) || s.Contains("管理处", StringComparison.Ordinal) || s.Contains("中心", StringComparison.Ordinal))
        {
            return ApplicantType.GovernmentBody;
        }

        if (ChinesePersonName().IsMatch(s) || Regex.IsMatch(s, @"^[A-Z][a-z]+(\s[A-Z]\.?)?(\s[A-Z][a-z'\-]+)+$", RegexOptions.CultureInvariant) || s.Contains(", ", StringComparison.Ordinal))
        {
            return ApplicantType.Individual;
        }

        return ApplicantType.Other;
    }

    /// <summary>Loads the entities that may match the names of one import batch.</summary>
    public async Task PreloadAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var raw = names.Distinct(StringComparer.Ordinal).ToList();
        var keys = raw.Select(NameKey).Distinct(StringComparer.Ordinal).ToList();
        var variants = await _db.ApplicantVariants.Where(v => raw.Contains(v.RawName)).Select(v => new { v.RawName, v.ApplicantId }).ToListAsync(ct);
        var ids = variants.Select(v => v.ApplicantId).ToList();
        var applicants = await _db.Applicants.Where(a => ids.Contains(a.Id) || keys.Contains(a.NameKey)).ToListAsync(ct);
        foreach (var a in applicants)
        {
            _byKey.TryAdd(a.NameKey, a);
            if (a.CreditCode is not null)
            {
                _byCode.TryAdd(a.CreditCode, a);
            }
        }

        foreach (var v in variants)
        {
            if (applicants.FirstOrDefault(a => a.Id == v.ApplicantId) is { } a)
            {
                _byVariant.TryAdd(v.RawName, a);
            }
        }
    }

    public Applicant Resolve(string rawName, string? creditCode, string? country)
    {
        if (_byVariant.TryGetValue(rawName, out var known))
        {
            if (creditCode is not null && known.CreditCode is null)
            {
                known.CreditCode = creditCode;
                _byCode.TryAdd(creditCode, known);
            }

            return known;
        }

        var key = NameKey(rawName);
        var applicant = (creditCode is not null ? _byCode.GetValueOrDefault(creditCode) : null) ?? _byKey.GetValueOrDefault(key);
        if (applicant is null)
        {
            applicant = new Applicant { Name = rawName, NameKey = key, Type = Classify(rawName), CreditCode = creditCode, Country = country };
            _db.Applicants.Add(applicant);
            _byKey[key] = applicant;
            if (creditCode is not null)
            {
                _byCode[creditCode] = applicant;
            }
        }

        applicant.Variants.Add(new ApplicantVariant { RawName = rawName });
        _byVariant[rawName] = applicant;
        return applicant;
    }

    public static bool IsOwnerRole(PartyRole role) => role is PartyRole.Applicant or PartyRole.CurrentOwner;
}
