using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IpCity.BuildingBlocks.Crypto;

/// <summary>One file named by a manifest: its name (no folder), size and SM3 digest (hex).</summary>
public sealed record ManifestFile(string Name, long Bytes, string Sm3);

/// <summary>
/// A detached SM2 signature over a set of files that travel together (the annual report's .docx, .xlsx and .pdf): each
/// file's size and SM3 digest, what the set is, when it was signed and by which key. A recipient checks it with the
/// platform's public key obtained separately (<c>ipcity report key</c>) — the key in the manifest only says which key
/// signed, it is never trusted by itself (SECURITY.md P3, spec 28; 等保 8.1.4.7 integrity of important business data).
/// </summary>
public sealed record SignedManifest(
    string Kind,
    string Subject,
    DateTime SignedAtUtc,
    string Algorithm,
    string SignerId,
    string PublicKey,
    string Fingerprint,
    IReadOnlyList<ManifestFile> Files,
    string Signature)
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Signs the files (all in one folder) and writes the manifest to <paramref name="manifestPath"/>.</summary>
    public static async Task<SignedManifest> WriteAsync(Sm2 key, string kind, string subject, IEnumerable<string> files, DateTime signedAtUtc, string manifestPath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(files);
        var entries = new List<ManifestFile>();
        foreach (var file in files)
        {
            entries.Add(await DescribeAsync(file, ct));
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var at = DateTime.SpecifyKind(signedAtUtc, DateTimeKind.Utc);
        var unsigned = new SignedManifest(kind, subject, at, Sm2.SignatureAlgorithmId, Encoding.ASCII.GetString(Sm2.DefaultUserId), key.PublicKeyHex, key.Fingerprint, entries, string.Empty);
        var manifest = unsigned with { Signature = Convert.ToBase64String(key.Sign(unsigned.Payload())) };
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, s_json), new UTF8Encoding(false), ct);
        return manifest;
    }

    /// <summary>Reads a manifest; anything that is not one is the named error <c>MANIFEST_INVALID</c>.</summary>
    public static async Task<SignedManifest> ReadAsync(string manifestPath, CancellationToken ct = default)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<SignedManifest>(await File.ReadAllTextAsync(manifestPath, ct), s_json);
            return manifest is { Files: not null, Signature: not null, PublicKey: not null, Kind: not null, Subject: not null }
                ? manifest
                : throw new JsonException("incomplete");
        }
        catch (JsonException ex)
        {
            throw new Errors.IpCityException("MANIFEST_INVALID", $"不是有效的签名清单: {Path.GetFileName(manifestPath)} ({ex.Message})", 400);
        }
    }

    /// <summary>
    /// Checks the signature against <paramref name="trustedPublicKeyHex"/> (the manifest's own key only identifies the signer) and
    /// each file, looked for beside the manifest.
    /// </summary>
    public async Task<ManifestCheck> CheckAsync(string folder, string trustedPublicKeyHex, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(trustedPublicKeyHex);
        var trusted = string.Equals(PublicKey, trustedPublicKeyHex, StringComparison.OrdinalIgnoreCase);
        bool signed;
        try
        {
            signed = Algorithm == Sm2.SignatureAlgorithmId
                && Sm2.Verify(Sm2.ParsePublicKey(trustedPublicKeyHex), Payload(), Convert.FromBase64String(Signature));
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            signed = false;
        }

        var files = new List<(ManifestFile File, string Status)>();
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, Path.GetFileName(file.Name));
            if (!File.Exists(path))
            {
                files.Add((file, "missing"));
                continue;
            }

            var actual = await DescribeAsync(path, ct);
            files.Add((file, actual.Bytes == file.Bytes && string.Equals(actual.Sm3, file.Sm3, StringComparison.OrdinalIgnoreCase) ? "ok" : "altered"));
        }

        return new ManifestCheck(trusted, signed, files);
    }

    /// <summary>The signed bytes: every field but the signature, one per line, then one line per file (name, size, SM3).</summary>
    internal byte[] Payload()
    {
        var text = new StringBuilder()
            .Append("IpCity signed manifest v1\n")
            .Append(Kind).Append('\n')
            .Append(Subject).Append('\n')
            .Append(SignedAtUtc.ToString("O", CultureInfo.InvariantCulture)).Append('\n')
            .Append(Algorithm).Append('\n')
            .Append(SignerId).Append('\n')
            .Append(PublicKey.ToLowerInvariant()).Append('\n');
        foreach (var file in Files)
        {
            text.Append(file.Name).Append('\t').Append(file.Bytes.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(file.Sm3.ToLowerInvariant()).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<ManifestFile> DescribeAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var digest = await Sm3.HashAsync(stream, ct);
        return new ManifestFile(Path.GetFileName(path), stream.Length, Convert.ToHexStringLower(digest));
    }
}

/// <summary>The outcome of <see cref="SignedManifest.CheckAsync"/>: each file is ok, missing or altered.</summary>
public sealed record ManifestCheck(bool KeyTrusted, bool SignatureValid, IReadOnlyList<(ManifestFile File, string Status)> Files)
{
    public bool Ok => KeyTrusted && SignatureValid && Files.All(f => f.Status == "ok");
}
