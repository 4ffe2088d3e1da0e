using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.BuildingBlocks.Crypto;

/// <summary>
/// Keeps the ASP.NET Core Data Protection key ring (cookie and anti-forgery keys) encrypted at rest
/// (SECURITY.md §4: persisted keys are plaintext unless a key encryptor is configured). Each key's XML is
/// sealed with SM4-GCM under the <see cref="KeyRing"/> key <see cref="KeyName"/> — a file under
/// <c>&lt;data&gt;/keys</c> by default, or <c>IPCITY_KEY_DATAPROTECTION_KEK</c> (base64) from the environment so that
/// it need not sit beside the keys it protects. A key written before this encryptor existed stays readable.
/// </summary>
public static class DataProtectionKeyEncryption
{
    public const string KeyName = "dataprotection-kek";

    /// <summary>Key ring persisted under <paramref name="directory"/>, every new key sealed with SM4-GCM.</summary>
    public static IDataProtectionBuilder PersistKeysEncrypted(this IDataProtectionBuilder builder, DirectoryInfo directory, KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(keys);
        builder.PersistKeysToFileSystem(directory);
        builder.Services.AddSingleton(keys);
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new Sm4XmlEncryptor(keys));
        return builder;
    }
}

/// <summary>Seals a Data Protection key's XML with SM4-GCM (see <see cref="DataProtectionKeyEncryption"/>).</summary>
public sealed class Sm4XmlEncryptor : IXmlEncryptor
{
    private readonly KeyRing _keys;

    public Sm4XmlEncryptor(KeyRing keys)
    {
        _keys = keys;
    }

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var cipher = new Sm4Gcm(_keys.Get(DataProtectionKeyEncryption.KeyName, 16));
        var sealedXml = new XElement("sm4Encrypted",
            new XAttribute("key", DataProtectionKeyEncryption.KeyName),
            new XComment(" SM4-GCM (GB/T 32907) under the IpCity key ring; see DataProtectionKeyEncryption "),
            new XElement("value", cipher.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting))));
        return new EncryptedXmlInfo(sealedXml, typeof(Sm4XmlDecryptor));
    }
}

/// <summary>
/// Opens what <see cref="Sm4XmlEncryptor"/> sealed. Data Protection creates it by type name with the
/// application's services; a wrong key or a changed file fails the GCM tag.
/// </summary>
public sealed class Sm4XmlDecryptor : IXmlDecryptor
{
    private readonly KeyRing _keys;

    public Sm4XmlDecryptor(IServiceProvider services)
    {
        _keys = services.GetRequiredService<KeyRing>();
    }

    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var value = encryptedElement.Element("value")?.Value ?? throw new CryptographicException("The sealed Data Protection key has no value.");
        var cipher = new Sm4Gcm(_keys.Get(encryptedElement.Attribute("key")?.Value ?? DataProtectionKeyEncryption.KeyName, 16));
        return XElement.Parse(cipher.Decrypt(value));
    }
}
