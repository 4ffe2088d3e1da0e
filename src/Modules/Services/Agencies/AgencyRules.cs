using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.Services.Contracts;

namespace IpCity.Services.Agencies;

/// <summary>Masking (SECURITY.md P4), identifier checks and the parsing of Chinese or code values.</summary>
internal static class AgencyRules
{
    /// <summary>A resident ID number as 3 + 11 × * + 4 (110***********002X); other lengths keep 3 + 4 when longer than 7.</summary>
    public static string MaskId(string id)
    {
        var v = Normalise(id);
        return v.Length <= 7 ? new string('*', v.Length) : v[..3] + new string('*', v.Length - 7) + v[^4..];
    }

    /// <summary>张三 → 张*; 张小三 → 张*三; 欧阳小明 → 欧**明; one character → *.</summary>
    public static string MaskName(string name)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(name.Trim());
        while (e.MoveNext())
        {
            elements.Add(e.GetTextElement());
        }

        return elements.Count switch
        {
            0 => string.Empty,
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }

    public static string Normalise(string value) => IdentifierProtector.Normalise(value);

    /// <summary>GB 11643 (<see cref="ResidentIdNumber"/>) after <see cref="Normalise"/>.</summary>
    public static bool IsResidentId(string? value) => value is not null && ResidentIdNumber.IsValid(Normalise(value));

    public static bool IsCreditCode(string? value) => UnifiedSocialCreditCode.IsValid(value);

    public static string? Status(string? value) => value?.Trim() switch
    {
        null or "" => null,
        "执业" or "正常" or "存续" or "在业" => AgencyStatuses.Practising,
        "停业" => AgencyStatuses.Suspended,
        "注销" => AgencyStatuses.Deregistered,
        "撤销" or "吊销" => AgencyStatuses.Revoked,
        var s => AgencyStatuses.All.FirstOrDefault(a => a.Equals(s, StringComparison.OrdinalIgnoreCase)) ?? "?",
    };

    public static string? Role(string? value) => value?.Trim() switch
    {
        null or "" => null,
        "执业专利代理师" or "专利代理师" => EngagementRoles.PractisingPatentAttorney,
        "商标代理从业人员" or "商标代理人" => EngagementRoles.TrademarkAgencyStaff,
        "其他从业人员" or "其他" => EngagementRoles.OtherStaff,
        var s => EngagementRoles.All.FirstOrDefault(a => a.Equals(s, StringComparison.OrdinalIgnoreCase)) ?? "?",
    };

    public static string Hash(params string?[] fields) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Select(f => f ?? "\u0000")))));

    /// <summary>Today in China Standard Time (UTC+8).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>SM4-GCM encryption of a person's name, identity number and address, and the HMAC-SM3 blind index of the identity number.</summary>
internal sealed class PractitionerProtector : IdentifierProtector
{
    public const string KeyName = "services-practitioner-hmac-sm3";

    public PractitionerProtector(Sm4Gcm cipher, KeyRing keys)
        : base(cipher, keys, KeyName)
    {
    }
}
