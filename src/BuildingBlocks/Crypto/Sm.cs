using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace IpCity.BuildingBlocks.Crypto;

/// <summary>SM3 digest and HMAC-SM3 (GB/T 32905) through BouncyCastle (SECURITY.md P3).</summary>
public static class Sm3
{
    public const string HmacAlgorithmId = "HMAC-SM3";

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }

    /// <summary>The digest of a stream, read to its end in 64 KB blocks.</summary>
    public static async Task<byte[]> HashAsync(Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var digest = new SM3Digest();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            digest.BlockUpdate(buffer, 0, read);
        }

        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }

    public static byte[] Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(key.ToArray()));
        mac.BlockUpdate(data);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output, 0);
        return output;
    }
}

/// <summary>
/// SM4-GCM authenticated encryption (GB/T 32907) for personal-information columns and secrets.
/// Output layout: "SM4-GCM:v1:" + base64(nonce(12) | ciphertext | tag(16)); the prefix is the algorithm id.
/// </summary>
public sealed class Sm4Gcm
{
    public const string AlgorithmId = "SM4-GCM:v1";
    private const int NonceSize = 12;
    private const int TagBits = 128;
    private readonly byte[] _key;

    public Sm4Gcm(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 16)
        {
            throw new ArgumentException("SM4 keys are 16 bytes.", nameof(key));
        }

        _key = key;
    }

    public string Encrypt(string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var input = System.Text.Encoding.UTF8.GetBytes(plaintext);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(true, new AeadParameters(new KeyParameter(_key), TagBits, nonce));
        var output = new byte[cipher.GetOutputSize(input.Length)];
        var len = cipher.ProcessBytes(input, 0, input.Length, output, 0);
        cipher.DoFinal(output, len);
        var all = new byte[NonceSize + output.Length];
        nonce.CopyTo(all, 0);
        output.CopyTo(all, NonceSize);
        return AlgorithmId + ":" + Convert.ToBase64String(all);
    }

    /// <summary>Decrypts; a modified ciphertext fails its tag and throws <see cref="CryptographicException"/>.</summary>
    public string Decrypt(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.StartsWith(AlgorithmId + ":", StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown ciphertext algorithm.");
        }

        byte[] all;
        try
        {
            all = Convert.FromBase64String(value[(AlgorithmId.Length + 1)..]);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("Malformed ciphertext.", ex);
        }

        if (all.Length < NonceSize + (TagBits / 8))
        {
            throw new CryptographicException("Truncated ciphertext.");
        }

        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(false, new AeadParameters(new KeyParameter(_key), TagBits, all[..NonceSize]));
        var body = all[NonceSize..];
        var output = new byte[cipher.GetOutputSize(body.Length)];
        try
        {
            var len = cipher.ProcessBytes(body, 0, body.Length, output, 0);
            len += cipher.DoFinal(output, len);
            return System.Text.Encoding.UTF8.GetString(output, 0, len);
        }
        catch (Org.BouncyCastle.Crypto.InvalidCipherTextException ex)
        {
            throw new CryptographicException("Ciphertext failed its authentication tag.", ex);
        }
    }

    /// <summary>
    /// Decrypts a stored field for a reader. A value that fails its authentication tag, is truncated or malformed, or
    /// names another algorithm is never returned, not even in part: the caller gets the named error
    /// <c>DATA_INTEGRITY_FAILED</c> (500; the web host audits it) and <see cref="SealedFieldVerifier"/> (<c>ipcity pii
    /// verify</c>) locates the record (SECURITY.md spec 27).
    /// </summary>
    public string Reveal(string value)
    {
        try
        {
            return Decrypt(value);
        }
        catch (CryptographicException)
        {
            throw new Errors.IpCityException(Errors.ErrorCodes.DataIntegrityFailed,
                "加密保存的个人信息未通过完整性校验，未返回该值；请安全管理员运行 ipcity pii verify 定位记录。(A sealed field failed its integrity check.)", 500);
        }
    }

    /// <summary>Raw SM4 ECB single block, for known-answer tests only.</summary>
    public static byte[] EncryptBlock(byte[] key, byte[] block)
    {
        var engine = new SM4Engine();
        engine.Init(true, new KeyParameter(key));
        var output = new byte[16];
        engine.ProcessBlock(block, 0, output, 0);
        return output;
    }
}
