namespace IpCity.Reporting.Domain;

/// <summary>
/// An editable text block of a yearly report (问题与不足, 下一步工作 …). Kept between runs: generating the
/// report again reads it, never overwrites it.
/// </summary>
internal sealed class ReportTextBlock
{
    public long Id { get; set; }

    public int Year { get; set; }

    public string Key { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}
