using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace IpCity.BuildingBlocks.Crypto;

/// <summary>
/// SM2 (GB/T 32918) on the recommended curve sm2p256v1 through BouncyCastle (SECURITY.md P3): signatures with SM3 and the
/// standard's default signer identity, and public-key encryption in the C1C3C2 layout (GM/T 0009). Public keys travel as
/// uncompressed points in hex (<c>04…</c>, 130 characters); signatures as DER.
/// </summary>
public sealed class Sm2
{
    public const string SignatureAlgorithmId = "SM2-SM3";

    /// <summary>The signer identity GB/T 32918 and GM/T 0009 use when none is agreed ("1234567812345678").</summary>
    public static readonly byte[] DefaultUserId = "1234567812345678"u8.ToArray();

    private static readonly ECDomainParameters s_domain = new(GMNamedCurves.GetByName("sm2p256v1"));
    private readonly ECPrivateKeyParameters _private;

    private Sm2(ECPrivateKeyParameters key)
    {
        _private = key;
        PublicKey = new ECPublicKeyParameters(s_domain.G.Multiply(key.D).Normalize(), s_domain);
    }

    public ECPublicKeyParameters PublicKey { get; }

    /// <summary>The public key as an uncompressed point in lower-case hex.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(PublicKey.Q.GetEncoded(false));

    /// <summary>The first 16 hex characters of the SM3 digest of the public key: how people compare keys by eye.</summary>
    public string Fingerprint => Fingerprints(PublicKeyHex);

    public static string Fingerprints(string publicKeyHex) => Convert.ToHexStringLower(Sm3.Hash(Convert.FromHexString(publicKeyHex)))[..16];

    /// <summary>
    /// The key whose private scalar is derived from 32 secret bytes (a <see cref="KeyRing"/> entry): d = s mod (n − 1) + 1,
    /// always in [1, n − 1].
    /// </summary>
    public static Sm2 FromSecret(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 32)
        {
            throw new ArgumentException("SM2 secrets are at least 32 bytes.", nameof(secret));
        }

        var d = new BigInteger(1, secret).Mod(s_domain.N.Subtract(BigInteger.One)).Add(BigInteger.One);
        return new Sm2(new ECPrivateKeyParameters(d, s_domain));
    }

    public static Sm2 Generate() => FromSecret(RandomNumberGenerator.GetBytes(32));

    /// <summary>A public key from its hex form; a point that is not on the curve is refused.</summary>
    public static ECPublicKeyParameters ParsePublicKey(string publicKeyHex)
    {
        try
        {
            var point = s_domain.Curve.DecodePoint(Convert.FromHexString(publicKeyHex));
            return new ECPublicKeyParameters(point, s_domain);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new CryptographicException("Not an SM2 public key.", ex);
        }
    }

    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(_private, new SecureRandom()), DefaultUserId));
        signer.BlockUpdate(message);
        return signer.GenerateSignature();
    }

    /// <summary>Whether <paramref name="signature"/> (DER) is this message's signature under <paramref name="publicKey"/>; malformed signatures are false.</summary>
    public static bool Verify(ECPublicKeyParameters publicKey, ReadOnlySpan<byte> message, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var verifier = new SM2Signer();
        verifier.Init(false, new ParametersWithID(publicKey, DefaultUserId));
        verifier.BlockUpdate(message);
        try
        {
            return verifier.VerifySignature(signature);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or CryptoException)
        {
            return false;
        }
    }

    /// <summary>Encrypts for the holder of <paramref name="publicKey"/> (C1C3C2).</summary>
    public static byte[] Encrypt(ECPublicKeyParameters publicKey, byte[] plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.Init(true, new ParametersWithRandom(publicKey, new SecureRandom()));
        return engine.ProcessBlock(plaintext, 0, plaintext.Length);
    }

    /// <summary>Decrypts; a modified or truncated ciphertext, or one for another key, throws <see cref="CryptographicException"/>.</summary>
    public byte[] Decrypt(byte[] ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.Init(false, _private);
        try
        {
            return engine.ProcessBlock(ciphertext, 0, ciphertext.Length);
        }
        catch (Exception ex) when (ex is InvalidCipherTextException or ArgumentException or IndexOutOfRangeException)
        {
            throw new CryptographicException("SM2 ciphertext could not be decrypted.", ex);
        }
    }
}
