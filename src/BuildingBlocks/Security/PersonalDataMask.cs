namespace IpCity.BuildingBlocks.Security;

/// <summary>Server-side masking of personal data (SECURITY.md P4). Idempotent; keeps the length.</summary>
public static class PersonalDataMask
{
    /// <summary>
    /// 18-character identifiers: a resident ID number (a person's) as 3 + 11 × * + 4 (110***********002X), a
    /// 统一社会信用代码 as 4 + 10 × * + 4; other lengths keep at most a quarter at each end.
    /// </summary>
    public static string Identifier(string identifier, bool person)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var v = identifier.Trim().ToUpperInvariant();
        var (head, tail) = v.Length == 18 ? (person ? 3 : 4, 4) : (v.Length / 4, v.Length / 4);
        return string.Concat(v.AsSpan(0, head), new string('*', v.Length - head - tail), v.AsSpan(v.Length - tail));
    }
}
