using System.Security.Cryptography;
using IpCity.BuildingBlocks.Diagnostics;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Storage;
using Microsoft.AspNetCore.Http;

namespace IpCity.BuildingBlocks.Files;

/// <summary>
/// Uploaded evidence files on disk: under &lt;data&gt;/&lt;area&gt;/ by a server-generated key, checked against an
/// allow-list of extensions and their leading bytes, size-limited while streaming, SHA-256 kept and verified on
/// every read. Files are only ever served for download as application/octet-stream; nothing here opens, parses or
/// runs them. Each module makes its own instance (area, error-code prefix, limit).
/// </summary>
public class EvidenceFiles
{

    private const string Zip = "PK\u0003\u0004";

    /// <summary>Extension → (content type, leading bytes).</summary>
    public static readonly IReadOnlyDictionary<string, (string ContentType, byte[] Magic)> AllowedTypes = new Dictionary<string, (string, byte[])>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF-"u8.ToArray()),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", System.Text.Encoding.ASCII.GetBytes(Zip)),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", System.Text.Encoding.ASCII.GetBytes(Zip)),
    };

    private readonly StorageOptions _storage;
    private readonly string[] _area;
    private readonly string _codes;

    /// <param name="storage">The data directory.</param>
    /// <param name="area">Folder under the data directory, e.g. ["monitoring", "evidence"].</param>
    /// <param name="codes">Error-code prefix, e.g. "TASK_ATTACHMENT" (codes end in _TOO_LARGE, _TYPE_NOT_ALLOWED, _BAD_NAME, _EMPTY, _CORRUPT).</param>
    /// <param name="maxBytes">Size limit while streaming.</param>
    public EvidenceFiles(StorageOptions storage, string[] area, string codes, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(area);
        _storage = storage;
        _area = area;
        _codes = codes;
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    public string TooLargeCode => _codes + "_TOO_LARGE";

    public string TypeNotAllowedCode => _codes + "_TYPE_NOT_ALLOWED";

    public string BadNameCode => _codes + "_BAD_NAME";

    public string EmptyCode => _codes + "_EMPTY";

    public string CorruptCode => _codes + "_CORRUPT";

    public static string AllowedList => string.Join(" ", AllowedTypes.Keys);

    /// <summary>Checks the name and declared type before any byte is read; returns the safe name and the content type.</summary>
    public (string Name, string ContentType) CheckName(string? fileName, string? declaredType)
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

    private IpCityException TypeNotAllowed(string name) =>
        new(TypeNotAllowedCode, $"不接受此类附件。只接受 {AllowedList} 文件。", 415, new Dictionary<string, object?> { ["fileName"] = name, ["allowed"] = AllowedTypes.Keys.ToArray() });

    public IpCityException TooLarge() =>
        new(TooLargeCode, $"附件超过上限 {MaxBytes / 1024 / 1024} MB。", 413, new Dictionary<string, object?> { ["maxBytes"] = MaxBytes });

    /// <summary>The folder of this store's files, under the data directory.</summary>
    public string Root => Path.GetFullPath(Path.Combine([_storage.DataDirectory, .. _area]));

    /// <summary>Where uploads are written before they are complete (same file system as <see cref="Root"/>, so the final rename is atomic).</summary>
    public string PartialDirectory => Path.Combine(Root, PartialFolder);

    /// <summary>The store's area as a path, e.g. "protection/evidence".</summary>
    public string Area => string.Join('/', _area);

    public const string PartialFolder = ".partial";

    /// <summary>The full path of a stored key.</summary>
    public string PathOf(string key) => Path.GetFullPath(Path.Combine(_storage.DataDirectory, key));

    /// <summary>The path of a stored key when it lies inside this store and the file exists; otherwise null.</summary>
    private string? Existing(string key)
    {
        var path = PathOf(key);
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Streams the content to a new file and returns its storage key, size and SHA-256. Crash-consistent (SECURITY.md
    /// spec 23): the bytes go to a temporary file under <see cref="PartialDirectory"/>, are fsynced, renamed to their
    /// final name and the directory is fsynced; the caller records the key in its database only after this returns,
    /// so no row can point at a partial file. A crash leaves at most an unreferenced file, which
    /// <see cref="AttachmentSweeper"/> removes. Any failure deletes the temporary file.
    /// </summary>
    public async Task<(string Key, long Size, string Sha256)> SaveAsync(string name, Stream content, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N");
        var key = Path.Combine([.. _area, id[..2], id + ".bin"]);
        var path = Path.Combine(_storage.DataDirectory, key);
        DurableFiles.EnsureDirectory(Root);
        DurableFiles.EnsureDirectory(PartialDirectory);
        var partial = Path.Combine(PartialDirectory, id + ".part");
        var magic = AllowedTypes[Path.GetExtension(name)].Magic;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var head = new byte[magic.Length];
        var headLength = 0;
        try
        {
            await using (var target = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
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
                    if (size == n && FailPoints.IsArmed("attachment.partial"))
                    {
                        // The first bytes on disk before the crash point; not done when the point is not armed.
                        await target.FlushAsync(ct);
                        FailPoints.Hit("attachment.partial");
                    }
                }

                // The bytes reach the device before the file gets its final name.
                target.Flush(flushToDisk: true);
            }

            if (size == 0)
            {
                throw new IpCityException(EmptyCode, "附件为空。", 400);
            }

            if (headLength < magic.Length || !head.AsSpan().SequenceEqual(magic))
            {
                throw new IpCityException(TypeNotAllowedCode, "附件内容与扩展名不符。", 415, new Dictionary<string, object?> { ["fileName"] = name });
            }

            FailPoints.Hit("attachment.synced");
            DurableFiles.EnsureDirectory(Path.GetDirectoryName(path)!);
            DurableFiles.Publish(partial, path);
            FailPoints.Hit("attachment.renamed");
            return (key, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Whether the file of <paramref name="key"/> exists and still has the SHA-256 recorded for it (streamed, for the sweeper's check).</summary>
    public async Task<FileCheck> CheckAsync(string key, string sha256, CancellationToken ct)
    {
        if (Existing(key) is not { } path)
        {
            return FileCheck.Missing;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var digest = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        return string.Equals(digest, sha256, StringComparison.OrdinalIgnoreCase) ? FileCheck.Ok : FileCheck.Corrupt;
    }

    /// <summary>The stored bytes, verified against the SHA-256 recorded at upload.</summary>
    public async Task<byte[]> ReadVerifiedAsync(string key, string sha256, CancellationToken ct)
    {
        var path = Existing(key) ?? throw new IpCityException(CorruptCode, "附件文件缺失。", 500);

        var bytes = await File.ReadAllBytesAsync(path, ct);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.Ordinal))
        {
            throw new IpCityException(CorruptCode, "附件文件的 SHA-256 与上传时记录的不一致。", 500);
        }

        return bytes;
    }

    /// <summary>The single file of a multipart upload within this store's limit (413 with its TOO_LARGE code).</summary>
    public Task<IFormFile> ReadOneFileAsync(HttpContext http, CancellationToken ct) =>
        Uploads.ReadOneFileAsync(http, MaxBytes, TooLarge, _codes + "_NO_FILE", ct);
}
