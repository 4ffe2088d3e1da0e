using System.Text;

namespace IpCity.BuildingBlocks.Crypto;

/// <summary>
/// Personal data at rest (SECURITY.md P3/P4): fields sealed with the platform's SM4-GCM field key, and identifiers
/// (居民身份证号, 统一社会信用代码, practitioner numbers) also kept as an HMAC-SM3 blind index so that records
/// are found by identifier without decrypting. Every module normalises identifiers the same way
/// (<see cref="Normalise"/>); each indexes under its own key (named by the subclass), so that two modules'
/// tables cannot be joined on the index.
/// </summary>
public abstract class IdentifierProtector
{
    private readonly Sm4Gcm _cipher;
    private readonly byte[] _indexKey;

    protected IdentifierProtector(Sm4Gcm cipher, KeyRing keys, string indexKeyName)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _cipher = cipher ?? throw new ArgumentNullException(nameof(cipher));
        IndexKeyName = indexKeyName;
        _indexKey = keys.Get(indexKeyName, 32);
    }

    /// <summary>The <see cref="KeyRing"/> key of this module's blind index.</summary>
    public string IndexKeyName { get; }

    public string Encrypt(string value) => _cipher.Encrypt(value);

    /// <summary>Null for a missing or blank value, else the trimmed value sealed.</summary>
    public string? EncryptOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : _cipher.Encrypt(value.Trim());

    /// <summary>The clear value; a value that fails its integrity check is never returned (<see cref="Sm4Gcm.Reveal"/>).</summary>
    public string Decrypt(string cipher) => _cipher.Reveal(cipher);

    public string? DecryptOrNull(string? cipher) => cipher is null ? null : _cipher.Reveal(cipher);

    /// <summary>The blind index (HMAC-SM3, lower-case hex) of an identifier after <see cref="Normalise"/>.</summary>
    public string Index(string identifier) =>
        Convert.ToHexStringLower(Sm3.Hmac(_indexKey, Encoding.UTF8.GetBytes(Normalise(identifier))));

    public string? IndexOrNull(string? identifier) => string.IsNullOrWhiteSpace(identifier) ? null : Index(identifier);

    /// <summary>
    /// A keyed digest (HMAC-SM3 with the blind-index key, lower-case hex) of fields joined by U+001F, for change detection
    /// over records that hold personal data: an unkeyed hash of a name or an address could be confirmed by guessing.
    /// </summary>
    public string Mac(params string?[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Convert.ToHexStringLower(Sm3.Hmac(_indexKey, Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Select(f => f ?? "\u0000")))));
    }

    /// <summary>
    /// One form for every identifier: full-width characters to half-width (NFKC), no white space of any kind,
    /// upper case (a resident ID's check character x → X).
    /// </summary>
    public static string Normalise(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var folded = identifier.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
