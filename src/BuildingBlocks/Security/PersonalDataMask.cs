using System.Text;

namespace IpCity.BuildingBlocks.Security;

/// <summary>
/// Server-side masking of personal data (SECURITY.md P4, spec 29). Idempotent; keeps the length in characters
/// (Unicode scalar values: a character outside the BMP is never cut in half); reveals at most 7 characters of a
/// person's identifier.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>The longest reason accepted for revealing personal data.</summary>
    public const int MaxReasonLength = 200;

    /// <summary>
    /// The trimmed reason an officer states before personal data is shown in full (SECURITY.md P4, spec 29: unmasking
    /// needs a stated reason, which goes into the audit row); none, blank or longer than <see cref="MaxReasonLength"/>
    /// is the named error <paramref name="code"/> (400, field <c>reason</c>).
    /// </summary>
    public static string RequireReason(string? reason, string code)
    {
        var why = reason?.Trim();
        return string.IsNullOrEmpty(why) || why.Length > MaxReasonLength
            ? throw new Errors.IpCityException(code, $"查看完整个人信息须说明理由 (不超过 {MaxReasonLength} 字)。", 400, new Dictionary<string, object?> { ["field"] = "reason" })
            : why;
    }

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
