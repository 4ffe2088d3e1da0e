using System.Security.Cryptography;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Storage;

namespace IpCity.Monitoring.Tasks;

/// <summary>Limits of the task ledger. <c>Monitoring:Tasks:MaxAttachmentBytes</c> overrides the size limit.</summary>
internal sealed class TaskLedgerOptions
{
    public const long DefaultMaxAttachmentBytes = 20L * 1024 * 1024;

    public long MaxAttachmentBytes { get; init; } = DefaultMaxAttachmentBytes;
}

/// <summary>
/// Evidence files on disk: under &lt;data&gt;/monitoring/evidence/ by a server-generated key, checked against an
/// allow-list of extensions and their leading bytes, size-limited while streaming, SHA-256 kept. Files are only
/// ever served for download as application/octet-stream; nothing here opens, parses or runs them.
/// </summary>
internal sealed class TaskEvidenceStore
{
    public const string TooLargeCode = "TASK_ATTACHMENT_TOO_LARGE";
    public const string TypeNotAllowedCode = "TASK_ATTACHMENT_TYPE_NOT_ALLOWED";
    public const string BadNameCode = "TASK_ATTACHMENT_BAD_NAME";
    public const string EmptyCode = "TASK_ATTACHMENT_EMPTY";
    public const string CorruptCode = "TASK_ATTACHMENT_CORRUPT";

    private const string Zip = "PK\u0003\u0004";

    /// <summary>Extension → (content type, leading bytes).</summary>
    internal static readonly IReadOnlyDictionary<string, (string ContentType, byte[] Magic)> AllowedTypes = new Dictionary<string, (string, byte[])>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF-"u8.ToArray()),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", System.Text.Encoding.ASCII.GetBytes(Zip)),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", System.Text.Encoding.ASCII.GetBytes(Zip)),
    };

    private readonly StorageOptions _storage;
    private readonly TaskLedgerOptions _options;

    public TaskEvidenceStore(StorageOptions storage, TaskLedgerOptions options)
    {
        _storage = storage;
        _options = options;
    }

    public long MaxBytes => _options.MaxAttachmentBytes;

    public static string AllowedList => string.Join(" ", AllowedTypes.Keys);

    /// <summary>Checks the name and declared type before any byte is read; returns the safe name and the content type.</summary>
    public static (string Name, string ContentType) CheckName(string? fileName, string? declaredType)
    {
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        if (name.Length == 0 || name != fileName?.Trim() || name.Length > 200 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Any(char.IsControl))
        {
            throw new IpCityException(BadNameCode, "附件文件名不合法。", 400, new Dictionary<string, object?> { ["fileName"] = fileName });
        }

        if (!AllowedTypes.TryGetValue(Path.GetExtension(name), out var type))
        {
            throw TypeNotAllowed(name);
        }

        var declared = declaredType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(declared) && declared != "application/octet-stream" && !string.Equals(declared, type.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw TypeNotAllowed(name);
        }

        return (name, type.ContentType);
    }

    private static IpCityException TypeNotAllowed(string name) =>
        new(TypeNotAllowedCode, $"不接受此类附件。只接受 {AllowedList} 文件。", 415, new Dictionary<string, object?> { ["fileName"] = name, ["allowed"] = AllowedTypes.Keys.ToArray() });

    public IpCityException TooLarge() =>
        new(TooLargeCode, $"附件超过上限 {MaxBytes / 1024 / 1024} MB。", 413, new Dictionary<string, object?> { ["maxBytes"] = MaxBytes });

    /// <summary>Streams the content to a new file; returns the storage key, size and SHA-256. Deletes the file on any failure.</summary>
    public async Task<(string Key, long Size, string Sha256)> SaveAsync(string name, Stream content, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N");
        var key = Path.Combine("monitoring", "evidence", id[..2], id + ".bin");
        var path = Path.Combine(_storage.DataDirectory, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var magic = AllowedTypes[Path.GetExtension(name)].Magic;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var head = new byte[magic.Length];
        var headLength = 0;
        try
        {
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var buffer = new byte[1 << 16];
                int n;
                while ((n = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += n;
                    if (size > MaxBytes)
                    {
                        throw TooLarge();
                    }

                    if (headLength < head.Length)
                    {
                        var take = Math.Min(n, head.Length - headLength);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }

                    hash.AppendData(buffer, 0, n);
                    await target.WriteAsync(buffer.AsMemory(0, n), ct);
                }

                await target.FlushAsync(ct);
            }

            if (size == 0)
            {
                throw new IpCityException(EmptyCode, "附件为空。", 400);
            }

            if (headLength < magic.Length || !head.AsSpan().SequenceEqual(magic))
            {
                throw new IpCityException(TypeNotAllowedCode, "附件内容与扩展名不符。", 415, new Dictionary<string, object?> { ["fileName"] = name });
            }

            return (key, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The stored bytes, verified against the SHA-256 recorded at upload.</summary>
    public async Task<byte[]> ReadVerifiedAsync(string key, string sha256, CancellationToken ct)
    {
        var path = Path.GetFullPath(Path.Combine(_storage.DataDirectory, key));
        var root = Path.GetFullPath(Path.Combine(_storage.DataDirectory, "monitoring", "evidence")) + Path.DirectorySeparatorChar;
        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new IpCityException(CorruptCode, "附件文件缺失。", 500);
        }

        var bytes = await File.ReadAllBytesAsync(path, ct);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.Ordinal))
        {
            throw new IpCityException(CorruptCode, "附件文件的 SHA-256 与上传时记录的不一致。", 500);
        }

        return bytes;
    }
}
