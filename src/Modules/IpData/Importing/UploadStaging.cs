using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Importing;

/// <summary>
/// One uploaded file (multipart, exactly one) checked for size, name, extension and content type before
/// anything reads it (SECURITY.md specs 13-14), stored under a server-generated folder outside the web root
/// for the duration of the work, then deleted. A few uploads are read and imported at once (<see cref="UploadGate"/>).
/// </summary>
internal static class UploadStaging
{
    public const long MaxUploadBytes = 100L * 1024 * 1024;

    public const string TooLargeCode = "IMPORT_TOO_LARGE";

    /// <summary>What multipart framing adds around the file (boundaries, part headers): a few hundred bytes; 64 KB allowed.</summary>
    private const long FramingBytes = 64 * 1024;

    private static IpCityException TooLarge() =>
        new(TooLargeCode, $"文件超过上限 {MaxUploadBytes / 1024 / 1024} MB。The file exceeds the upload limit.", 413,
            new Dictionary<string, object?> { ["maxBytes"] = MaxUploadBytes });

    public static async Task<T> WithUploadAsync<T>(HttpContext http, StorageOptions storage, string[] extensions, string typeMessage, Func<string, IFormCollection, Task<T>> work, CancellationToken ct)
    {
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = MaxUploadBytes + FramingBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            throw new IpCityException("IMPORT_NO_FILE", "请选择要上传的文件。", 400);
        }

        // Refused before the body is read when the client declares the size; otherwise while reading.
        if (http.Request.ContentLength > MaxUploadBytes + FramingBytes)
        {
            throw TooLarge();
        }

        // One of a few at a time (UploadGate): the wait comes before the body is read, so waiting uploads cost nothing.
        using var turn = await http.RequestServices.GetRequiredService<UploadGate>().EnterAsync(ct);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxUploadBytes }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is BadHttpRequestException b && b.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            throw TooLarge();
        }

        var file = form.Files.Count == 1 ? form.Files[0] : throw new IpCityException("IMPORT_NO_FILE", "一次上传一个文件。", 400);
        var name = Path.GetFileName(file.FileName);
        // The name is kept (batches and error reports show it) inside a server-generated folder, so it must fit a
        // file-system name: at most 200 UTF-8 bytes (a 255-byte Chinese name would not leave room on every system).
        if (string.IsNullOrWhiteSpace(name) || name != file.FileName || System.Text.Encoding.UTF8.GetByteCount(name) > 200 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new IpCityException("IMPORT_BAD_NAME", "文件名不合法。", 400, new Dictionary<string, object?> { ["fileName"] = file.FileName });
        }

        if (!extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            throw new IpCityException("IMPORT_TYPE_MISMATCH", typeMessage, 400, new Dictionary<string, object?> { ["fileName"] = name });
        }

        if (file.Length > MaxUploadBytes)
        {
            throw TooLarge();
        }

        var folder = Path.Combine(storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        try
        {
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                await file.CopyToAsync(target, ct);
                await target.FlushAsync(ct);
            }

            IpCity.BuildingBlocks.Diagnostics.FailPoints.Hit("upload.staged");

            await using (var probe = File.OpenRead(path))
            {
                var head = new byte[64 * 1024];
                var n = await probe.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
                var isZip = n >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K';
                // A text export (CSV in UTF-8 or GB 18030) never holds a NUL byte: one in the first 64 KB means a binary file under a .csv name.
                var binaryCsv = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && head.AsSpan(0, n).Contains((byte)0);
                if (isZip != name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || binaryCsv)
                {
                    throw new IpCityException("IMPORT_TYPE_MISMATCH", "文件内容与扩展名不符。The content does not match the file type.", 400, new Dictionary<string, object?> { ["fileName"] = name });
                }
            }

            return await work(path, form);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
