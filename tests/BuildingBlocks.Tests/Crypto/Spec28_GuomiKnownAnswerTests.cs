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

    [Fact]
    public void Sm2_signatures_verify_and_reject_another_key_a_changed_message_and_a_damaged_signature()
    {
        var key = Sm2.Generate();
        var message = "南昌市知识产权强市建设年度监测报告-2025"u8.ToArray();
        var signature = key.Sign(message);
        Assert.True(Sm2.Verify(key.PublicKey, message, signature));
        Assert.True(Sm2.Verify(Sm2.ParsePublicKey(key.PublicKeyHex), message, signature));
        Assert.NotEqual(signature, key.Sign(message));

        Assert.False(Sm2.Verify(Sm2.Generate().PublicKey, message, signature));
        var changed = message.ToArray();
        changed[^1] ^= 0x01;
        Assert.False(Sm2.Verify(key.PublicKey, changed, signature));
        var flipped = signature.ToArray();
        flipped[^1] ^= 0x01;
        Assert.False(Sm2.Verify(key.PublicKey, message, flipped));
        Assert.False(Sm2.Verify(key.PublicKey, message, signature[..20]));
        Assert.False(Sm2.Verify(key.PublicKey, message, []));

        // Keys: an uncompressed point (04 + 64 bytes), derived the same way from the same secret, refused off the curve.
        Assert.Matches("^04[0-9a-f]{128}$", key.PublicKeyHex);
        var secret = RandomNumberGenerator.GetBytes(32);
        Assert.Equal(Sm2.FromSecret(secret).PublicKeyHex, Sm2.FromSecret(secret).PublicKeyHex);
        Assert.Equal(16, key.Fingerprint.Length);
        var offCurve = "04" + new string('1', 128);
        Assert.Throws<CryptographicException>(() => Sm2.ParsePublicKey(offCurve));
        Assert.Throws<CryptographicException>(() => Sm2.ParsePublicKey("zz"));
    }

    [Fact]
    public void Sm2_encryption_round_trips_and_rejects_another_key_a_modified_and_a_truncated_ciphertext()
    {
        var key = Sm2.Generate();
        var plaintext = System.Text.Encoding.UTF8.GetBytes("11010519491231002X 张三 13812345678");
        var ciphertext = Sm2.Encrypt(key.PublicKey, plaintext);
        Assert.Equal(plaintext, key.Decrypt(ciphertext));
        Assert.NotEqual(ciphertext, Sm2.Encrypt(key.PublicKey, plaintext));
        // C1 (65) | C3 (32, SM3) | C2 (message length).
        Assert.Equal(65 + 32 + plaintext.Length, ciphertext.Length);

        Assert.Throws<CryptographicException>(() => Sm2.Generate().Decrypt(ciphertext));
        foreach (var at in new[] { 70, 100, ciphertext.Length - 1 })
        {
            var modified = ciphertext.ToArray();
            modified[at] ^= 0x01;
            Assert.Throws<CryptographicException>(() => key.Decrypt(modified));
        }

        Assert.Throws<CryptographicException>(() => key.Decrypt(ciphertext[..^1]));
        Assert.Throws<CryptographicException>(() => key.Decrypt(ciphertext[..50]));
    }

    [Fact]
    public async Task A_signed_manifest_verifies_and_names_altered_and_missing_files_and_a_forged_field_breaks_the_signature()
    {
        var folder = Directory.CreateTempSubdirectory("ipcity-manifest-").FullName;
        try
        {
            var files = new[] { "报告.docx", "附件.xlsx", "报告.pdf" }.Select(n => Path.Combine(folder, n)).ToList();
            foreach (var (file, i) in files.Select((f, i) => (f, i)))
            {
                await File.WriteAllBytesAsync(file, RandomNumberGenerator.GetBytes(1000 + i));
            }

            var key = Sm2.Generate();
            var path = Path.Combine(folder, "报告.sig");
            await SignedManifest.WriteAsync(key, "annual-report", "2025", files, new DateTime(2026, 1, 15, 8, 0, 0, DateTimeKind.Utc), path);
            var manifest = await SignedManifest.ReadAsync(path);
            Assert.Equal(Convert.ToHexStringLower(Sm3.Hash(await File.ReadAllBytesAsync(files[1]))), manifest.Files.Single(f => f.Name == "附件.xlsx").Sm3);
            Assert.True((await manifest.CheckAsync(folder, key.PublicKeyHex)).Ok);

            // Another trusted key, or a field changed in the manifest (the subject, a digest), fails the signature.
            var stranger = await manifest.CheckAsync(folder, Sm2.Generate().PublicKeyHex);
            Assert.False(stranger.KeyTrusted || stranger.SignatureValid);
            Assert.False((await (manifest with { Subject = "2024" }).CheckAsync(folder, key.PublicKeyHex)).SignatureValid);
            var forged = manifest with { Files = [.. manifest.Files.Select(f => f with { Sm3 = new string('0', 64) })] };
            Assert.False((await forged.CheckAsync(folder, key.PublicKeyHex)).SignatureValid);

            await File.WriteAllBytesAsync(files[0], RandomNumberGenerator.GetBytes(1000));
            File.Delete(files[2]);
            var check = await manifest.CheckAsync(folder, key.PublicKeyHex);
            Assert.True(check.SignatureValid && !check.Ok);
            Assert.Equal(new Dictionary<string, string> { ["报告.docx"] = "altered", ["附件.xlsx"] = "ok", ["报告.pdf"] = "missing" }, check.Files.ToDictionary(f => f.File.Name, f => f.Status));

            await File.WriteAllTextAsync(path, "{\"kind\": 1}");
            Assert.Equal("MANIFEST_INVALID", (await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() => SignedManifest.ReadAsync(path))).Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
