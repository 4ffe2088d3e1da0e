using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Reporting.Contracts;
using IpCity.Reporting.Data;
using IpCity.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Reporting.Annual;

internal sealed class ReportTextBlocks : IReportTextBlocks
{
    public const int MaxLength = 20000;

    private readonly ReportingDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;

    public ReportTextBlocks(ReportingDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
    }

    public async Task<IReadOnlyList<ReportTextBlockDto>> ListAsync(int year, CancellationToken ct = default)
    {
        CheckYear(year);
        var stored = await _db.TextBlocks.AsNoTracking().Where(b => b.Year == year).ToListAsync(ct);
        return ReportBlockKeys.All
            .Select(k => stored.FirstOrDefault(b => b.Key == k) is { } b ? ToDto(b) : Empty(year, k))
            .ToList();
    }

    public async Task<ReportTextBlockDto> GetAsync(int year, string key, CancellationToken ct = default)
    {
        CheckYear(year);
        CheckKey(key);
        var block = await _db.TextBlocks.AsNoTracking().FirstOrDefaultAsync(b => b.Year == year && b.Key == key, ct);
        return block is null ? Empty(year, key) : ToDto(block);
    }

    public async Task<ReportTextBlockDto> SetAsync(int year, string key, string text, CancellationToken ct = default)
    {
        CheckYear(year);
        CheckKey(key);
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > MaxLength)
        {
            throw new IpCityException("REPORT_BLOCK_TOO_LONG", $"文本过长 (最多 {MaxLength} 字)", 400, new Dictionary<string, object?> { ["key"] = key, ["length"] = text.Length });
        }

        if (text.Any(c => char.IsControl(c) && c != '\n' && c != '\t'))
        {
            throw new IpCityException("REPORT_BLOCK_INVALID", "文本含控制字符", 400, new Dictionary<string, object?> { ["key"] = key });
        }

        var block = await _db.TextBlocks.FirstOrDefaultAsync(b => b.Year == year && b.Key == key, ct);
        if (block is not null && block.Text == text)
        {
            return ToDto(block);
        }

        if (block is null)
        {
            block = new ReportTextBlock { Year = year, Key = key };
            _db.TextBlocks.Add(block);
        }

        var before = block.Text.Length;
        block.Text = text;
        block.UpdatedAtUtc = _clock.GetUtcNow().UtcDateTime;
        block.UpdatedBy = _request.ActorName ?? "system";

        // ADR 0003: the audit row follows the module's own commit, so a refused save never leaves a row claiming it.
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ReportTextBlockChanged", AuditOutcome.Success, "ReportTextBlock",
            string.Create(CultureInfo.InvariantCulture, $"{year}/{key}"),
            string.Create(CultureInfo.InvariantCulture, $"{before} → {text.Length} 字")), ct);
        return ToDto(block);
    }

    internal static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new IpCityException("REPORT_YEAR_INVALID", $"统计年度应为 2000–2100: {year}", 400, new Dictionary<string, object?> { ["year"] = year });
        }
    }

    private static void CheckKey(string key)
    {
        if (!ReportBlockKeys.All.Contains(key, StringComparer.Ordinal))
        {
            throw new IpCityException("REPORT_BLOCK_UNKNOWN", $"未知的文本块: {key} (可用: {string.Join(", ", ReportBlockKeys.All)})", 404, new Dictionary<string, object?> { ["key"] = key });
        }
    }

    private static ReportTextBlockDto ToDto(ReportTextBlock b) => new(b.Year, b.Key, ReportBlockKeys.Title(b.Key), b.Text, b.UpdatedAtUtc, b.UpdatedBy);

    private static ReportTextBlockDto Empty(int year, string key) => new(year, key, ReportBlockKeys.Title(key), string.Empty, null, null);
}
