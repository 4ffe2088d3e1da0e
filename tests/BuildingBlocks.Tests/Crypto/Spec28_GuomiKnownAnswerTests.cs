using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Crypto;

namespace IpCity.BuildingBlocks.Tests.Crypto;

/// <summary>SECURITY.md spec 28: SM3 and SM4 known-answer vectors, SM4-GCM round trips and tamper rejection.</summary>
public sealed class Spec28_GuomiKnownAnswerTests
{
    [Theory]
    [InlineData("abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")]
    public void Sm3_matches_the_standard_vectors(string input, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Sm3.Hash(Encoding.ASCII.GetBytes(input))));

    [Fact]
    public void Sm4_matches_GBT32907_A1_and_the_million_iteration_vector()
    {
        var key = Convert.FromHexString("0123456789abcdeffedcba9876543210");
        Assert.Equal("681edf34d206965e86b3e94f536e4246", Convert.ToHexStringLower(Sm4Gcm.EncryptBlock(key, key)));

        var watch = Stopwatch.StartNew();
        var block = key;
        var engine = new Org.BouncyCastle.Crypto.Engines.SM4Engine();
        engine.Init(true, new Org.BouncyCastle.Crypto.Parameters.KeyParameter(key));
        var output = new byte[16];
        for (var i = 0; i < 1_000_000; i++)
        {
            engine.ProcessBlock(block, 0, output, 0);
            (block, output) = (output, block);
        }

        Assert.Equal("595298c7c6fd271f0402f804c33d3f66", Convert.ToHexStringLower(block));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "10^6 SM4 blocks took " + watch.Elapsed);
    }

    [Fact]
    public void Hmac_sm3_depends_on_key_and_message()
    {
        var a = Sm3.Hmac(Encoding.UTF8.GetBytes("key-1"), Encoding.UTF8.GetBytes("审计"));
        var b = Sm3.Hmac(Encoding.UTF8.GetBytes("key-2"), Encoding.UTF8.GetBytes("审计"));
        var c = Sm3.Hmac(Encoding.UTF8.GetBytes("key-1"), Encoding.UTF8.GetBytes("审计!"));
        Assert.Equal(32, a.Length);
        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(a, Sm3.Hmac(Encoding.UTF8.GetBytes("key-1"), Encoding.UTF8.GetBytes("审计")));
    }

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("13812345678")]
    [InlineData("𠀀〇 emoji 😀 \"quotes\"\n")]
    public void Sm4_gcm_round_trips_and_stores_its_algorithm_id(string plaintext)
    {
        var cipher = new Sm4Gcm(RandomNumberGenerator.GetBytes(16));
        var encrypted = cipher.Encrypt(plaintext);
        Assert.StartsWith(Sm4Gcm.AlgorithmId + ":", encrypted, StringComparison.Ordinal);
        Assert.DoesNotContain(plaintext, encrypted, StringComparison.Ordinal);
        Assert.Equal(plaintext, cipher.Decrypt(encrypted));
        Assert.NotEqual(encrypted, cipher.Encrypt(plaintext));
    }

    [Fact]
    public void Sm4_gcm_rejects_wrong_key_flipped_byte_and_truncation()
    {
        var cipher = new Sm4Gcm(RandomNumberGenerator.GetBytes(16));
        var encrypted = cipher.Encrypt("11010519491231002X");
        Assert.Throws<CryptographicException>(() => new Sm4Gcm(RandomNumberGenerator.GetBytes(16)).Decrypt(encrypted));

        var raw = Convert.FromBase64String(encrypted[(Sm4Gcm.AlgorithmId.Length + 1)..]);
        raw[14] ^= 0x01;
        Assert.Throws<CryptographicException>(() => cipher.Decrypt(Sm4Gcm.AlgorithmId + ":" + Convert.ToBase64String(raw)));
        Assert.Throws<CryptographicException>(() => cipher.Decrypt(Sm4Gcm.AlgorithmId + ":" + Convert.ToBase64String(raw[..20])));
        Assert.Throws<CryptographicException>(() => cipher.Decrypt("AES:" + Convert.ToBase64String(raw)));

        // A reader gets the named error for each of them, never the value (spec 27).
        Assert.Equal("11010519491231002X", cipher.Reveal(encrypted));
        foreach (var bad in new[] { Sm4Gcm.AlgorithmId + ":" + Convert.ToBase64String(raw), Sm4Gcm.AlgorithmId + ":" + Convert.ToBase64String(raw[..20]), "AES:" + Convert.ToBase64String(raw), Sm4Gcm.AlgorithmId + ":%%%" })
        {
            var refused = Assert.Throws<IpCity.BuildingBlocks.Errors.IpCityException>(() => cipher.Reveal(bad));
            Assert.Equal(("DATA_INTEGRITY_FAILED", 500), (refused.Code, refused.Status));
        }
    }
}
