using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Documents;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.Protection.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Cases;

/// <summary>
/// Typical cases: a handler nominates a closed case with a text for publication; every party's name and
/// identifier found in it is replaced (张三丰 → 张某, 南昌某某商贸有限公司 → 某公司) before it is stored; the city
/// office selects and ranks; publishing a year puts its top 10 on the public portal and in a .docx.
/// </summary>
internal sealed class TypicalCases : ITypicalCases
{
    public const int TopCount = 10;
    private readonly ProtectionDbContext _db;
    private readonly CaseRegister _cases;
    private readonly PartyProtector _parties;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public TypicalCases(ProtectionDbContext db, CaseRegister cases, PartyProtector parties, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _cases = cases;
        _parties = parties;
        _audit = audit;
        _clock = clock;
    }

    public async Task<TypicalCaseDto> NominateAsync(ProtectionActor actor, Guid caseId, NominateTypicalCaseRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!(actor.IsCity || actor.IsDistrict))
        {
            throw new IpCityException("CASE_FORBIDDEN", "只有市局和区县执法人员可以推荐典型案例。", 403);
        }

        var c = await _cases.Visible(actor).Include(x => x.Parties).AsNoTracking().FirstOrDefaultAsync(x => x.PublicId == caseId, ct)
            ?? throw new IpCityException("CASE_NOT_FOUND", "案件不存在。", 404);
        if (c.State != CaseStates.Closed)
        {
            throw new IpCityException("TYPICAL_CASE_NOT_CLOSED", "只有已结案的案件可以推荐为典型案例。", 409);
        }

        if (request.Year is < 2000 or > 2100 || string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200
            || string.IsNullOrWhiteSpace(request.Summary) || request.Summary.Length > 4000 || string.IsNullOrWhiteSpace(request.Significance) || request.Significance.Length > 2000)
        {
            throw new IpCityException("TYPICAL_CASE_INVALID", "请填写年度、标题 (≤200 字)、基本案情 (≤4000 字) 和典型意义 (≤2000 字)。", 400, new Dictionary<string, object?> { ["field"] = "title" });
        }

        if (await _db.TypicalCases.AnyAsync(t => t.CaseId == c.Id, ct))
        {
            throw new IpCityException("TYPICAL_CASE_EXISTS", "该案件已被推荐。", 409);
        }

        var replacements = Replacements(c);
        var typical = new TypicalCase
        {
            CaseId = c.Id,
            Year = request.Year,
            State = "Nominated",
            Title = Anonymise(request.Title.Trim(), replacements),
            Summary = Anonymise(request.Summary.Trim(), replacements),
            Significance = Anonymise(request.Significance.Trim(), replacements),
            NominatedBy = actor.Name,
            NominatedAtUtc = _clock.GetUtcNow().UtcDateTime,
        };
        _db.TypicalCases.Add(typical);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TypicalCaseNominated", AuditOutcome.Success, "Case", c.Number, $"typical={typical.Id}; year={typical.Year}; replaced={replacements.Count}"), ct);
        return (await DtosAsync([typical], ct))[0];
    }

    public async Task<TypicalCaseDto> ReviewAsync(ProtectionActor actor, long id, ReviewTypicalCaseRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var t = await _db.TypicalCases.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new IpCityException("TYPICAL_CASE_NOT_FOUND", "典型案例推荐不存在。", 404);
        if (t.State == "Published")
        {
            throw new IpCityException("TYPICAL_CASE_PUBLISHED", "已发布的典型案例不能再评审。", 409);
        }

        if (request.Select && request.Rank is not (>= 1 and <= TopCount))
        {
            throw new IpCityException("TYPICAL_CASE_INVALID", $"入选须给出 1–{TopCount} 的排序。", 400, new Dictionary<string, object?> { ["field"] = "rank" });
        }

        t.State = request.Select ? "Selected" : "Rejected";
        t.Rank = request.Select ? request.Rank : null;
        t.ReviewedBy = actor.Name;
        t.ReviewedAtUtc = _clock.GetUtcNow().UtcDateTime;
        t.ReviewNote = request.Note;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TypicalCaseReviewed", AuditOutcome.Success, "TypicalCase", id.ToString(CultureInfo.InvariantCulture), $"{t.State}; rank={t.Rank}"), ct);
        return (await DtosAsync([t], ct))[0];
    }

    public async Task<IReadOnlyList<TypicalCaseDto>> PublishAsync(ProtectionActor actor, int year, CancellationToken ct = default)
    {
        RequireCity(actor);
        var selected = await _db.TypicalCases.Where(t => t.Year == year && t.State == "Selected").OrderBy(t => t.Rank).ThenBy(t => t.Id).ToListAsync(ct);
        if (selected.Count == 0)
        {
            throw new IpCityException("TYPICAL_CASE_NONE_SELECTED", $"{year} 年度没有入选的典型案例。", 409);
        }

        if (selected.Count > TopCount || selected.GroupBy(t => t.Rank).Any(g => g.Count() > 1))
        {
            throw new IpCityException("TYPICAL_CASE_RANKS", $"每年发布不超过 {TopCount} 件, 排序不得重复。", 409, new Dictionary<string, object?> { ["selected"] = selected.Count });
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var t in selected)
        {
            t.State = "Published";
            t.PublishedAtUtc = now;
        }

        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TypicalCasesPublished", AuditOutcome.Success, "TypicalCaseYear", year.ToString(CultureInfo.InvariantCulture), $"count={selected.Count}"), ct);
        return await DtosAsync(selected, ct);
    }

    public async Task<IReadOnlyList<TypicalCaseDto>> ListAsync(ProtectionActor actor, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = _db.TypicalCases.AsNoTracking().Where(t => t.Year == year);
        if (actor.IsDistrict)
        {
            // Nominations of the district's cases, and what is published.
            var visible = _cases.Visible(actor).Select(c => c.Id);
            query = query.Where(t => t.State == "Published" || visible.Contains(t.CaseId));
        }
        else if (!actor.IsCity)
        {
            query = query.Where(t => t.State == "Published");
        }

        return await DtosAsync(await query.OrderBy(t => t.Rank ?? int.MaxValue).ThenBy(t => t.Id).ToListAsync(ct), ct);
    }

    public async Task<byte[]> DocxAsync(int year, CancellationToken ct = default)
    {
        var published = await ListAsync(new ProtectionActor("public", "Public", null, null, []), year, ct);
        if (published.Count == 0)
        {
            throw new IpCityException("TYPICAL_CASE_NONE_PUBLISHED", $"{year} 年度典型案例尚未发布。", 404);
        }

        var blocks = new List<DocBlock> { new DocCoverLine($"{year}年度知识产权保护典型案例", 22, true), new DocCoverLine("南昌市市场监督管理局(知识产权局)", 14, false) };
        foreach (var (t, i) in published.Select((t, i) => (t, i)))
        {
            blocks.Add(new DocHeading(1, $"{ToChinese(i + 1)}、{t.Title}"));
            blocks.Add(new DocHeading(2, "【基本案情】"));
            blocks.Add(new DocParagraph(t.Summary));
            blocks.Add(new DocHeading(2, "【典型意义】"));
            blocks.Add(new DocParagraph(t.Significance));
            blocks.Add(new DocParagraph($"案件类型: {t.TypeName}", Small: true));
        }

        return DocxWriter.ToBytes(new ReportDocument($"{year}年度知识产权保护典型案例", "典型案例", blocks));
    }

    private static string ToChinese(int n) => n switch
    {
        1 => "一",
        2 => "二",
        3 => "三",
        4 => "四",
        5 => "五",
        6 => "六",
        7 => "七",
        8 => "八",
        9 => "九",
        10 => "十",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Each party's name and identifier → its anonymous form, longest first (a name inside another is replaced with it).</summary>
    private List<(string Find, string Replace)> Replacements(ProtectionCase c)
    {
        var list = new List<(string, string)>();
        foreach (var p in c.Parties)
        {
            var name = _parties.Decrypt(p.NameCipher);
            list.Add((name, p.Kind == "Person" ? name[..1] + "某" : "某公司"));
            if (_parties.DecryptOrNull(p.IdCipher) is { Length: > 0 } id)
            {
                list.Add((id, "(证件号已隐去)"));
            }

            if (_parties.DecryptOrNull(p.ContactCipher) is { Length: > 0 } contact)
            {
                list.Add((contact, "(联系方式已隐去)"));
            }
        }

        return list.Where(r => r.Item1.Length > 1).OrderByDescending(r => r.Item1.Length).ToList();
    }

    private static string Anonymise(string text, List<(string Find, string Replace)> replacements)
    {
        foreach (var (find, replace) in replacements)
        {
            text = text.Replace(find, replace, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private static void RequireCity(ProtectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("CASE_FORBIDDEN", "典型案例的评审和发布由市局进行。", 403);
        }
    }

    private async Task<IReadOnlyList<TypicalCaseDto>> DtosAsync(IReadOnlyList<TypicalCase> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.CaseId).ToList();
        var cases = await _db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Number, c.Type }).ToDictionaryAsync(c => c.Id, ct);
        return rows.Select(t => new TypicalCaseDto(t.Id, cases[t.CaseId].Number, cases[t.CaseId].Type, CaseProcedures.Find(cases[t.CaseId].Type)?.Name ?? cases[t.CaseId].Type, t.Year, t.State,
            t.Title, t.Summary, t.Significance, t.Rank, t.NominatedBy, t.NominatedAtUtc, t.ReviewedBy, t.ReviewNote, t.PublishedAtUtc)).ToList();
    }
}
