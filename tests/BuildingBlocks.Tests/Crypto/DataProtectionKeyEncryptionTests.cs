using System.Security.Cryptography;
using IpCity.BuildingBlocks.Crypto;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.BuildingBlocks.Tests.Crypto;

/// <summary>
/// SECURITY.md §4: the Data Protection key ring (sign-in cookies, anti-forgery tokens) is encrypted at rest,
/// survives a restart, and cannot be opened with another key-encryption key or after a change to its file.
/// </summary>
public sealed class DataProtectionKeyEncryptionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ipcity-dp-" + Guid.NewGuid().ToString("N"));

    private string RingDirectory => Path.Combine(_root, "ring");

    private ServiceProvider Platform(string keysDirectory)
    {
        var services = new ServiceCollection();
        services.AddDataProtection()
            .SetApplicationName("IpCity")
            .PersistKeysEncrypted(new DirectoryInfo(RingDirectory), new KeyRing(keysDirectory));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Keys_are_sealed_with_sm4_readable_after_a_restart_and_not_with_another_key()
    {
        var keys = Path.Combine(_root, "keys");
        string token;
        using (var first = Platform(keys))
        {
            token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("session-4711");
        }

        var files = Directory.GetFiles(RingDirectory, "*.xml");
        Assert.Single(files);
        var xml = File.ReadAllText(files[0]);
        Assert.Contains("<sm4Encrypted", xml, StringComparison.Ordinal);
        Assert.Contains(typeof(Sm4XmlDecryptor).FullName!, xml, StringComparison.Ordinal);
        Assert.Contains(Sm4Gcm.AlgorithmId, xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(keys, DataProtectionKeyEncryption.KeyName + ".key")));

        // A restart with the same key ring opens what the first process protected.
        using (var again = Platform(keys))
        {
            Assert.Equal("session-4711", again.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(token));
        }

        // Another key-encryption key cannot open the ring: the token is refused.
        using (var stranger = Platform(Path.Combine(_root, "other-keys")))
        {
            Assert.ThrowsAny<CryptographicException>(() => stranger.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(token));
        }

        // A changed ciphertext fails its tag.
        var value = System.Xml.Linq.XDocument.Parse(xml);
        var sealedValue = value.Descendants("value").Last(e => e.Value.StartsWith(Sm4Gcm.AlgorithmId, StringComparison.Ordinal));
        var raw = Convert.FromBase64String(sealedValue.Value[(Sm4Gcm.AlgorithmId.Length + 1)..]);
        raw[20] ^= 0x01;
        sealedValue.Value = Sm4Gcm.AlgorithmId + ":" + Convert.ToBase64String(raw);
        File.WriteAllText(files[0], value.ToString());
        using var tampered = Platform(keys);
        Assert.ThrowsAny<CryptographicException>(() => tampered.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(token));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
