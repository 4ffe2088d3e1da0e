namespace IpCity.Reporting.Contracts;

/// <summary>The editable text blocks of the annual report (kept between runs).</summary>
public static class ReportBlockKeys
{
    public const string SummaryNote = "summary-note";
    public const string Problems = "problems";
    public const string NextSteps = "next-steps";

    public static readonly IReadOnlyList<string> All = [SummaryNote, Problems, NextSteps];

    /// <summary>The heading each block gets in the report.</summary>
    public static string Title(string key) => key switch
    {
        SummaryNote => "总体情况说明",
        Problems => "存在的问题",
        NextSteps => "下一步工作",
        _ => key,
    };
}

public sealed record ReportTextBlockDto(int Year, string Key, string Title, string Text, DateTime? UpdatedAtUtc, string? UpdatedBy);

public sealed record SetReportTextBlockRequest(string Text);

/// <summary>The three files of one annual report (file names and full paths).</summary>
/// <summary>The year's report files and <see cref="Signature"/>, the SM2-signed manifest of the three (SM3 of each).</summary>
public sealed record AnnualReportFiles(int Year, string Docx, string Xlsx, string Pdf, string Signature)
{
    public IReadOnlyList<string> All => [Docx, Xlsx, Pdf, Signature];
}

/// <summary>Report settings: the CJK font used in charts and the PDF, and the boundary file for the map.</summary>
public sealed class ReportOptions
{
    public string FontPath { get; set; } = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>GeoJSON of the county-level units (DataV style: properties adcode, name). Relative paths are read from the app folder.</summary>
    public string MapPath { get; set; } = "reference/geo/nanchang-360100-2019.json";

    /// <summary>The line printed under the map image.</summary>
    public string MapAttribution { get; set; } = "底图: 南昌市县级行政区划边界 (2019 年调整后), GeoJSON 来自 github.com/anzhou99/GeoJsons (DataV.GeoAtlas 格式, 未注明许可); 仅示意, 非标准地图。";
}

/// <summary>The annual monitoring report (年度监测报告) to the city government.</summary>
public interface IAnnualReport
{
    /// <summary>The base file name (no extension) of the year's report.</summary>
    string FileName(int year);

    /// <summary>Writes the .docx, the .xlsx annex and the .pdf for the year into the folder; the same data gives the same content.</summary>
    Task<AnnualReportFiles> GenerateAsync(int year, string outputDirectory, BuildingBlocks.Progress.IProgressSink? progress = null, CancellationToken ct = default);
}

/// <summary>The editable text blocks. Reads: officers; edits: CityOfficer (audited).</summary>
public interface IReportTextBlocks
{
    Task<IReadOnlyList<ReportTextBlockDto>> ListAsync(int year, CancellationToken ct = default);

    Task<ReportTextBlockDto> GetAsync(int year, string key, CancellationToken ct = default);

    Task<ReportTextBlockDto> SetAsync(int year, string key, string text, CancellationToken ct = default);
}
