using IpCity.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IpCity.BuildingBlocks.Files;

public static class Uploads
{
    /// <summary>
    /// The single file of a multipart upload: refused before the body is read when the declared length is over the
    /// limit, and while reading when it turns out to be (<paramref name="tooLarge"/>, 413); no file or several
    /// files → 400 <paramref name="noFileCode"/>.
    /// </summary>
    public static async Task<IFormFile> ReadOneFileAsync(HttpContext http, long maxBytes, Func<IpCityException> tooLarge, string noFileCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tooLarge);
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = maxBytes + (1024 * 1024);
        }

        if (!http.Request.HasFormContentType)
        {
            throw new IpCityException(noFileCode, "请选择要上传的文件 (multipart/form-data)。", 400);
        }

        if (http.Request.ContentLength > maxBytes + (1024 * 1024))
        {
            throw tooLarge();
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes + 1 }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is BadHttpRequestException b && b.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            throw tooLarge();
        }

        var file = form.Files.Count == 1 ? form.Files[0] : throw new IpCityException(noFileCode, "一次上传一个文件。", 400);
        return file.Length > maxBytes ? throw tooLarge() : file;
    }
}
