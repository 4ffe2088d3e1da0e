using IpCity.Access.SignIn;
using IpCity.BuildingBlocks.Crypto;
using OtpNet;

namespace IpCity.Access.Tests.SignIn;

/// <summary>
/// SECURITY.md spec 5: the RFC 6238 SHA-1 vectors (secret "12345678901234567890") through the product's own
/// verifier, with the seed SM4-GCM encrypted as it is stored; one step of drift either way accepted, two refused.
/// </summary>
public sealed class Spec05_TotpVectorTests
{
    private static readonly Sm4Gcm s_cipher = new(Enumerable.Range(0, 16).Select(i => (byte)(i + 1)).ToArray());
    private static readonly string s_stored = s_cipher.Encrypt(Base32Encoding.ToString("12345678901234567890"u8.ToArray()));

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    public void The_rfc_6238_vectors_verify_at_their_step_and_one_step_either_side(long unixSeconds, string eightDigits)
    {
        var codes = new TotpCodes(s_cipher);
        var six = eightDigits[^6..];
        var at = DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime;
        Assert.Equal(unixSeconds / 30, codes.Verify(s_stored, six, at, driftSteps: 1));
        Assert.Equal(unixSeconds / 30, codes.Verify(s_stored, six, at.AddSeconds(30), driftSteps: 1));
        Assert.Equal(unixSeconds / 30, codes.Verify(s_stored, six, at.AddSeconds(-30), driftSteps: 1));
        Assert.Null(codes.Verify(s_stored, six, at.AddSeconds(90), driftSteps: 1));
        Assert.Null(codes.Verify(s_stored, six, at.AddSeconds(-90), driftSteps: 1));
        Assert.Null(codes.Verify(s_stored, eightDigits, at, driftSteps: 1));
        Assert.Null(codes.Verify(s_stored, six[..5] + (char)('0' + ((six[5] - '0' + 1) % 10)), at, driftSteps: 1));
    }

    [Fact]
    public void The_seed_is_stored_encrypted_and_a_changed_ciphertext_is_refused()
    {
        var codes = new TotpCodes(s_cipher);
        var (secret, cipher) = codes.NewSecret();
        Assert.StartsWith(Sm4Gcm.AlgorithmId, cipher, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, cipher, StringComparison.Ordinal);
        var tampered = cipher[..^2] + (cipher[^2] == 'A' ? 'B' : 'A') + cipher[^1];
        Assert.ThrowsAny<Exception>(() => codes.Verify(tampered, "123456", DateTime.UtcNow, 1));
    }
}
