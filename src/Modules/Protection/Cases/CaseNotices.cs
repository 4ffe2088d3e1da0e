using System.Globalization;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Documents;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.Protection.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Cases;

/// <summary>
/// Notices from editable templates: placeholders like {案号} are filled from the case (parties in full — the
/// notice goes to them), the result is a .docx stored on the case as a document with its SHA-256. The starter
/// templates' wording is a plain draft (UNCONFIRMED) for the office to replace with its own.
/// </summary>
internal sealed partial class CaseNotices : ICaseNotices
{
    private static readonly (string Code, string Name, string Body)[] s_starters =
    [
        ("FilingNotice", "立案通知书", "{请求人}:\n你方于{收案日}提交的关于{被请求人}的{案由}请求, 经审查符合立案条件, 本局已于{立案日}立案 (案号 {案号})。\n承办单位: {承办单位}\n{日期}"),
        ("RefusalNotice", "不予受理通知书", "{请求人}:\n你方于{收案日}提交的关于{被请求人}的{案由}请求, 经审查不符合受理条件, 决定不予受理。\n如不服本决定, 可依法申请行政复议或者提起行政诉讼。\n{日期}"),
        ("PenaltyNotice", "行政处罚告知书", "{被请求人}:\n本局查办的{案由}一案 (案号 {案号}), 拟作出行政处罚。根据《中华人民共和国行政处罚法》, 你方有权在收到本告知书之日起{陈述期限}内进行陈述、申辩或者要求听证。\n{日期}"),
        ("SuspensionNotice", "中止通知书", "{请求人}、{被请求人}:\n{案由}一案 (案号 {案号}) 因{中止事由}中止审理, 中止期间不计入办案期限。\n{日期}"),
        ("ClosingNotice", "结案通知书", "{请求人}:\n{案由}一案 (案号 {案号}) 已于{结案日}结案, 结案方式: {结案方式}。\n{日期}"),
    ];

    private static readonly string[] s_placeholders = ["案号", "案由", "请求人", "被请求人", "收案日", "立案日", "结案日", "结案方式", "承办单位", "日期", "陈述期限", "中止事由"];

    private readonly ProtectionDbContext _db;
    private readonly CaseRegister _cases;
    private readonly PartyProtector _parties;
    private readonly CaseEvidenceStore _evidence;
    private readonly CaseDeadlines _deadlines;
    private readonly ITimeLimitRules _rules;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public CaseNotices(ProtectionDbContext db, CaseRegister cases, PartyProtector parties, CaseEvidenceStore evidence, CaseDeadlines deadlines, ITimeLimitRules rules, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _cases = cases;
        _parties = parties;
        _evidence = evidence;
        _deadlines = deadlines;
        _rules = rules;
        _audit = audit;
        _clock = clock;
    }

    [GeneratedRegex(@"\{([^{}]{1,20})\}")]
    private static partial Regex Placeholder();

    public async Task<IReadOnlyList<NoticeTemplateDto>> TemplatesAsync(CancellationToken ct = default)
    {
        await SeedAsync(ct);
        var all = await _db.NoticeTemplates.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(t => t.Code).Select(g => g.OrderByDescending(t => t.Version).First()).OrderBy(t => t.Id).Select(Dto).ToList();
    }

    public async Task<NoticeTemplateDto> SaveTemplateAsync(ProtectionActor actor, string code, SaveNoticeTemplateRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsCity)
        {
            throw new IpCityException("CASE_FORBIDDEN", "文书模板由市局维护。", 403);
        }

        await SeedAsync(ct);
        var current = await _db.NoticeTemplates.Where(t => t.Code == code).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct)
            ?? throw new IpCityException("NOTICE_TEMPLATE_NOT_FOUND", $"文书模板 {code} 不存在。", 404);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100 || string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > 8000)
        {
            throw new IpCityException("NOTICE_TEMPLATE_INVALID", "请填写名称 (≤100 字) 和正文 (≤8000 字)。", 400, new Dictionary<string, object?> { ["field"] = "body" });
        }

        var unknown = Placeholder().Matches(request.Body).Select(m => m.Groups[1].Value).Where(p => !s_placeholders.Contains(p)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new IpCityException("NOTICE_TEMPLATE_PLACEHOLDER", $"未知占位符: {string.Join("、", unknown.Select(u => "{" + u + "}"))}。可用: {string.Join("、", s_placeholders.Select(p => "{" + p + "}"))}", 400,
                new Dictionary<string, object?> { ["field"] = "body", ["unknown"] = unknown });
        }

        var next = new NoticeTemplate { Code = code, Version = current.Version + 1, Name = request.Name.Trim(), Body = request.Body, UpdatedAtUtc = _clock.GetUtcNow().UtcDateTime, UpdatedBy = actor.Name };
        _db.NoticeTemplates.Add(next);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("NoticeTemplateChanged", AuditOutcome.Success, "NoticeTemplate", code, $"v{current.Version} → v{next.Version}"), ct);
        return Dto(next);
    }

    public async Task<AttachmentDto> GenerateAsync(ProtectionActor actor, Guid caseId, string code, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(actor.IsCity || actor.IsDistrict))
        {
            throw new IpCityException("CASE_FORBIDDEN", "只有承办单位可以制作文书。", 403);
        }

        var template = (await TemplatesAsync(ct)).FirstOrDefault(t => t.Code == code)
            ?? throw new IpCityException("NOTICE_TEMPLATE_NOT_FOUND", $"文书模板 {code} 不存在。", 404);
        var c = await _cases.Visible(actor).AsNoTracking().Include(x => x.Parties).Include(x => x.Suspensions).FirstOrDefaultAsync(x => x.PublicId == caseId, ct);
        if (c is null)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "Case", caseId.ToString(), "notice"), ct);
            throw new IpCityException("CASE_NOT_FOUND", "案件不存在。", 404);
        }

        string Names(string role) => string.Join("、", c.Parties.Where(p => p.Role == role).Select(p => _parties.Decrypt(p.NameCipher))) is { Length: > 0 } n ? n : "(未登记)";
        static string D(DateOnly? d) => d?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "—";
        var statement = await _rules.GetAsync(TimeLimits.PenaltyStatementPeriod, _deadlines.Today, ct);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["案号"] = c.Number,
            ["案由"] = CaseProcedures.Find(c.Type)?.Name ?? c.Type,
            ["请求人"] = Names(PartyRoles.Requester),
            ["被请求人"] = Names(PartyRoles.Respondent),
            ["收案日"] = D(c.ReceivedOn),
            ["立案日"] = D(c.FiledOn),
            ["结案日"] = D(c.ClosedOn),
            ["结案方式"] = ClosureModes.Name(c.ClosureMode) is { Length: > 0 } mode ? mode : "—",
            ["承办单位"] = c.UnitCode,
            ["日期"] = D(_deadlines.Today),
            ["陈述期限"] = statement.Amount.ToString(CultureInfo.InvariantCulture) + (statement.Unit == PeriodUnit.WorkingDays ? "个工作日" : statement.Unit == PeriodUnit.Days ? "日" : "个月"),
            ["中止事由"] = c.Suspensions.OrderByDescending(s => s.From).FirstOrDefault()?.Reason ?? "—",
        };
        var text = Placeholder().Replace(template.Body, m => values.GetValueOrDefault(m.Groups[1].Value, m.Value));
        var blocks = new List<DocBlock> { new DocCoverLine(template.Name, 18, true), new DocCoverLine(c.Number, 12, false) };
        blocks.AddRange(text.Split('\n').Select(line => (DocBlock)new DocParagraph(line)));
        var bytes = DocxWriter.ToBytes(new ReportDocument($"{template.Name} {c.Number}", template.Name, blocks));
        var name = $"{template.Name}-{c.Number.Replace("〔", "(", StringComparison.Ordinal).Replace("〕", ")", StringComparison.Ordinal)}.docx";
        var (key, size, sha) = await _evidence.SaveAsync(name, new MemoryStream(bytes), ct);
        var attachment = new CaseAttachment { CaseId = c.Id, FileName = name, StoredName = key, Sha256 = sha, Size = size, Kind = "Document", UploadedAtUtc = _clock.GetUtcNow().UtcDateTime, UploadedBy = actor.Name };
        _db.CaseAttachments.Add(attachment);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("CaseNoticeGenerated", AuditOutcome.Success, "Case", c.Number, $"{code} v{template.Version}; attachment={attachment.Id}; sha256={sha}"), ct);
        return new AttachmentDto(attachment.Id, attachment.FileName, attachment.Sha256, attachment.Size, attachment.Kind, attachment.UploadedAtUtc, attachment.UploadedBy);
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        if (await _db.NoticeTemplates.AnyAsync(ct))
        {
            return;
        }

        foreach (var (code, name, body) in s_starters)
        {
            _db.NoticeTemplates.Add(new NoticeTemplate { Code = code, Version = 1, Name = name, Body = body, UpdatedAtUtc = _clock.GetUtcNow().UtcDateTime, UpdatedBy = "system (starter, UNCONFIRMED wording)" });
        }

        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Seeded concurrently by another request: theirs stands.
            _db.ChangeTracker.Clear();
        }
    }

    private static NoticeTemplateDto Dto(NoticeTemplate t) =>
        new(t.Code, t.Version, t.Name, t.Body, Placeholder().Matches(t.Body).Select(m => m.Groups[1].Value).Distinct().ToList(), t.UpdatedAtUtc, t.UpdatedBy);
}
