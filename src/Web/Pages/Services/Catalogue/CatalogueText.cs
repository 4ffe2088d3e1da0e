using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.Services.Contracts;

namespace IpCity.Web.Pages.Services.Catalogue;

/// <summary>Shared helpers of the catalogue, outlet and request pages: dates, error messages and uploads.</summary>
public static class CatalogueText
{
    public const long MaxUploadBytes = 5L * 1024 * 1024;

    public static string Date(DateOnly? d) => d is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string Time(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc).AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Message(IpCityException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return $"{ex.Code}: {ex.Message}";
    }

    public static string Issue(CatalogueImportIssue i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return $"第 {i.Row.ToString(CultureInfo.InvariantCulture)} 行 {i.Field}" + (i.Value is null ? string.Empty : $" “{i.Value}”") + $": {i.Reason}";
    }

    public static string Result(CatalogueImportResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return $"读取 {r.Read} 行: 新增 {r.Created}, 更新/新版本 {r.Revised}, 未变 {r.Unchanged}, 有误 {r.Rejected}。";
    }

    /// <summary>
    /// Saves an uploaded .xlsx/.csv to a private temp folder and runs the import on it (the importer checks the
    /// zip container and the rows); the folder is removed afterwards.
    /// </summary>
    public static async Task<CatalogueImportResult> ImportAsync(IFormFile? file, Func<string, Task<CatalogueImportResult>> import, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(import);
        var extension = Path.GetExtension(file?.FileName ?? string.Empty).ToLowerInvariant();
        if (file is null || file.Length is 0 or > MaxUploadBytes || extension is not (".xlsx" or ".csv"))
        {
            throw new IpCityException("CATALOGUE_FILE_INVALID", "请选择不超过 5 MB 的 .xlsx 或 .csv 文件。", 400);
        }

        var folder = Directory.CreateTempSubdirectory("ipcity-services-");
        try
        {
            var path = Path.Combine(folder.FullName, "upload" + extension);
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, ct);
            }

            return await import(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string TimingClass(string timing) => timing switch
    {
        ServiceRequestTimings.Overdue => "timing overdue",
        ServiceRequestTimings.DueSoon => "timing due-soon",
        _ => "timing",
    };
}
