using System.Security.Cryptography;

namespace IpCity.BuildingBlocks.Crypto;

/// <summary>
/// Application keys kept outside the database (SECURITY.md spec 26): by default files under
/// <c>&lt;data&gt;/keys</c>, created on first start with owner-only permissions; an environment variable
/// (<c>IPCITY_KEY_&lt;NAME&gt;</c>, base64, hyphens as underscores: <c>IPCITY_KEY_FIELD_SM4</c>) overrides a file.
/// </summary>
public sealed class KeyRing
{
    private readonly string _directory;

    public KeyRing(string directory)
    {
        _directory = directory;
    }

    /// <summary>The key an environment variable sets for <paramref name="name"/> (underscore or hyphen spelling), or null.</summary>
    public static byte[]? FromEnvironment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var env = Environment.GetEnvironmentVariable("IPCITY_KEY_" + name.ToUpperInvariant().Replace('-', '_'))
            ?? Environment.GetEnvironmentVariable("IPCITY_KEY_" + name.ToUpperInvariant());
        return string.IsNullOrWhiteSpace(env) ? null : Convert.FromBase64String(env);
    }

    public byte[] Get(string name, int length)
    {
        if (FromEnvironment(name) is { } fromEnv)
        {
            if (fromEnv.Length != length)
            {
                throw new InvalidOperationException($"Key {name} must be {length} bytes.");
            }

            return fromEnv;
        }

        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, name + ".key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(length);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(tmp, path, overwrite: false);
        return key;
    }
}
