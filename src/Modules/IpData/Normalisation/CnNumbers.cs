using System.Globalization;

namespace IpCity.IpData.Normalisation;

/// <summary>
/// Chinese patent application numbers (申请号) in every historic form, validated by their check digit and
/// stored in one canonical form: the digits, a dot and the check character ("200310102344.5",
/// "98123456.X"). Accepted input: with or without "CN"/"ZL", dots, spaces, full-width digits, and without
/// the check character (it is then computed).
/// </summary>
internal static class CnApplicationNumber
{
    /// <summary>Since 2003-10-01: 12 digits (year, type, serial) + check; before: 8 digits + check.</summary>
    public static bool TryCanonicalise(string? input, out string canonical, out string? problem)
    {
        canonical = string.Empty;
        problem = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            problem = "empty";
            return false;
        }

        var s = input.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToUpperInvariant();
        if (s.StartsWith("CN", StringComparison.Ordinal) || s.StartsWith("ZL", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        var chars = s.Where(c => !char.IsWhiteSpace(c)).ToArray();
        var body = new string(chars);
        string digits;
        char? check = null;
        var dot = body.LastIndexOf('.');
        if (dot >= 0)
        {
            digits = body[..dot];
            var tail = body[(dot + 1)..];
            if (tail.Length != 1)
            {
                problem = "the check character after the dot must be one digit or X";
                return false;
            }

            check = tail[0];
        }
        else if (body.Length is 13 or 9)
        {
            digits = body[..^1];
            check = body[^1];
        }
        else
        {
            digits = body;
        }

        if (digits.Length is not (12 or 8) || !digits.All(char.IsAsciiDigit))
        {
            problem = "an application number has 8 (before 2003-10-01) or 12 digits before the check character";
            return false;
        }

        var expected = CheckCharacter(digits);
        if (check is { } given && given != expected)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"check character {given} does not match the expected {expected}");
            return false;
        }

        if (digits.Length == 12)
        {
            var year = int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
            if (year is < 2003 or > 2100 || digits[4] is not ('1' or '2' or '3' or '8' or '9'))
            {
                problem = "a 12-digit number starts with the filing year (2003+) and a type digit 1/2/3/8/9";
                return false;
            }
        }
        else if (digits[2] is not ('1' or '2' or '3' or '8' or '9'))
        {
            problem = "an 8-digit number has the type digit 1/2/3/8/9 in third place";
            return false;
        }

        canonical = digits + "." + expected;
        return true;
    }

    /// <summary>Weights 2..9, 2..5 over the digits; sum mod 11; 10 is written X.</summary>
    public static char CheckCharacter(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = i < 8 ? i + 2 : i - 6;
            sum += (digits[i] - '0') * weight;
        }

        var mod = sum % 11;
        return mod == 10 ? 'X' : (char)('0' + mod);
    }

    /// <summary>The patent type the number encodes: 1/8 invention, 2/9 utility model, 3 design.</summary>
    public static string? TypeDigit(string canonical) => canonical.Length switch
    {
        14 => canonical[4].ToString(),
        10 => canonical[2].ToString(),
        _ => null,
    };
}
