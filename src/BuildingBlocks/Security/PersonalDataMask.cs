using System.Text;

namespace IpCity.BuildingBlocks.Security;

/// <summary>
/// Server-side masking of personal data (SECURITY.md P4, spec 29). Idempotent; keeps the length in characters
/// (Unicode scalar values: a character outside the BMP is never cut in half); reveals at most 7 characters of a
/// person's identifier.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>
    /// 18-character identifiers: a resident ID number (a person's) as 3 + 11 × * + 4 (110***********002X), a
    /// 统一社会信用代码 as 4 + 10 × * + 4; other lengths keep a quarter at each end, for a person at most 3 + 4.
    /// </summary>
    public static string Identifier(string identifier, bool person)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var v = identifier.Trim().ToUpperInvariant();
        var runes = v.EnumerateRunes().ToList();
        var n = runes.Count;
        var (head, tail) = n == 18 ? (person ? 3 : 4, 4) : person ? (Math.Min(n / 4, 3), Math.Min(n / 4, 4)) : (n / 4, n / 4);
        var masked = new StringBuilder(v.Length);
        for (var i = 0; i < n; i++)
        {
            if (i < head || i >= n - tail)
            {
                masked.Append(runes[i].ToString());
            }
            else
            {
                masked.Append('*');
            }
        }

        return masked.ToString();
    }
}
