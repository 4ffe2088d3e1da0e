using System.Globalization;
using IpCity.BuildingBlocks.Crypto;

namespace IpCity.Protection.Cases;

/// <summary>
/// Personal data of case parties: encrypted at rest with the platform's SM4-GCM field key, masked for display,
/// identifiers also kept as an HMAC-SM3 (keyed) hash so an enterprise's cases are found without decrypting.
/// </summary>
internal sealed class PartyProtector : IdentifierProtector
{
    public const string KeyName = "protection-party-hmac-sm3";

    public PartyProtector(Sm4Gcm cipher, KeyRing keys)
        : base(cipher, keys, KeyName)
    {
    }

    /// <summary>A person's name keeps its first character (张**); an enterprise name is shown as it is (not personal information).</summary>
    public static string MaskName(string kind, string name)
    {
        var n = name.Trim();
        return kind == "Person" && n.Length > 0 ? n[..1] + new string('*', Math.Max(1, new StringInfo(n).LengthInTextElements - 1)) : n;
    }

    /// <summary>SECURITY.md P4: a person's ID number 3 + 11 × * + 4, an enterprise's credit code 4 + 10 × * + 4.</summary>
    public static string MaskId(string kind, string id) => IpCity.BuildingBlocks.Security.PersonalDataMask.Identifier(Normalise(id), kind == "Person");

    /// <summary>A phone number or other contact: the first three and last four characters kept.</summary>
    public static string MaskContact(string contact) => contact.Length <= 7 ? new string('*', contact.Length) : contact[..3] + new string('*', contact.Length - 7) + contact[^4..];
}
