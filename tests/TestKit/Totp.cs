using System.Security.Cryptography;

namespace IpCity.TestKit;

/// <summary>An independent RFC 6238 implementation (HMAC-SHA1, 30 s) used to check the product's TOTP.</summary>
public static class Totp
{
    public static string Code(string base32Secret, DateTime utc, int digits = 6) => CodeForKey(Base32(base32Secret), new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeSeconds(), digits);

    public static string CodeForKey(byte[] key, long unixSeconds, int digits)
    {
        var counter = unixSeconds / 30;
        var msg = new byte[8];
        for (var i = 7; i >= 0; i--)
        {
            msg[i] = (byte)(counter & 0xff);
            counter >>= 8;
        }

        var hash = HMACSHA1.HashData(key, msg);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var mod = (int)Math.Pow(10, digits);
        return (binary % mod).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    private static byte[] Base32(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in input.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((value >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
