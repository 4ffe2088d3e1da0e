using System.Globalization;

namespace IpCity.BuildingBlocks.Identifiers;

/// <summary>居民身份证号码 (GB 11643-1999): 17 digits (the first not 0, a valid birth date at 7–14) and an ISO 7064 MOD 11-2 check character.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] s_weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Whether an already normalised number (18 characters, upper-case X) is valid.</summary>
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 18 } v || v[0] == '0' || v.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(v[17]) || v[17] == 'X'))
        {
            return false;
        }

        return DateOnly.TryParseExact(v.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && CheckCharacter(v[..17]) == v[17];
    }

    /// <summary>The check character of the first 17 digits.</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * s_weights[i];
        }

        return "10X98765432"[sum % 11];
    }
}
