using IpCity.BuildingBlocks.Crypto;
using OtpNet;

namespace IpCity.Access.SignIn;

/// <summary>RFC 6238 TOTP (SHA-1, 30 s, 6 digits) with seeds kept SM4-GCM encrypted.</summary>
internal sealed class TotpCodes
{
    private readonly Sm4Gcm _cipher;

    public TotpCodes(Sm4Gcm cipher)
    {
        _cipher = cipher;
    }

    public (string Secret, string Cipher) NewSecret()
    {
        var key = KeyGeneration.GenerateRandomKey(20);
        var secret = Base32Encoding.ToString(key);
        return (secret, _cipher.Encrypt(secret));
    }

    public static string Uri(string issuer, string account, string secret) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}?secret={secret}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";

    /// <summary>Returns the matched time step, or null. The caller rejects a step at or below the last one used.</summary>
    public long? Verify(string cipherText, string code, DateTime utcNow, int driftSteps)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var secret = _cipher.Decrypt(cipherText);
        var totp = new Totp(Base32Encoding.ToBytes(secret), step: 30, mode: OtpHashMode.Sha1, totpSize: 6);
        return totp.VerifyTotp(utcNow, code, out var step, new VerificationWindow(driftSteps, driftSteps)) ? step : null;
    }
}
