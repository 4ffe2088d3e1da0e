using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Overseas;

/// <summary>
/// The overseas library (issue 5 §7): laws, regulations, guides and risk warnings by country, and the experts and
/// service bodies with the countries and fields they cover. Everyone reads (contacts masked for non-officers);
/// officers write.
/// </summary>
internal sealed class OverseasLibrary
{
    public const string GuideNotFound = "OVERSEAS_GUIDE_NOT_FOUND";
    public const string GuideInvalid = "OVERSEAS_GUIDE_INVALID";
    public const string ServiceBodyNotFound = "OVERSEAS_SERVICE_BODY_NOT_FOUND";
    public const string ServiceBodyInvalid = "OVERSEAS_SERVICE_BODY_INVALID";
    public const string ServiceBodyDuplicate = "OVERSEAS_SERVICE_BODY_DUPLICATE";

    private readonly ProtectionDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;

    public OverseasLibrary(ProtectionDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
    }

    private string Actor => _request.ActorName ?? "system";

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    // ---------------------------------------------------------------- guides

    public async Task<RegisterPage<CountryGuideDto>> SearchGuidesAsync(CountryGuideQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = _db.CountryGuides.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = CountryFilter(query.Country);
            q = q.Where(g => g.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = Filter(RegisterLabels.GuideKinds, query.Kind, "kind");
            q = q.Where(g => g.Kind == kind);
        }

        var field = string.IsNullOrWhiteSpace(query.Field) ? null : Filter(RegisterLabels.Fields, query.Field, "field");
        var rows = await q.OrderByDescending(g => g.PublishedOn).ThenByDescending(g => g.Id).ToListAsync(ct);
        var hits = rows.Where(g => (field is null || RegisterText.List(g.Fields).Contains(field))
            && RegisterText.Matches(query.Q, g.Title, g.Summary, g.Source, g.CountryCode, Countries.Name(g.CountryCode), RegisterLabels.Label(RegisterLabels.GuideKinds, g.Kind)))
            .Select(ToDto).ToList();
        return RegisterText.Page(hits, query.Page, query.PageSize);
    }

    public async Task<CountryGuideDto> GetGuideAsync(long id, CancellationToken ct = default) =>
        ToDto(await _db.CountryGuides.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw Missing(GuideNotFound, "国别指南", id));

    public async Task<CountryGuideDto> SaveGuideAsync(ProtectionActor actor, long? id, CountryGuideRequest request, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var row = id is null ? null : await _db.CountryGuides.FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw Missing(GuideNotFound, "国别指南", id.Value);
        var p = new FieldProblems();
        var country = CountryValue(request?.Country, p);
        var title = p.Text(request?.Title, "title", "标题", 300, required: true);
        var kind = p.Code(RegisterLabels.GuideKinds, request?.Kind, "kind", "类别");
        var summary = p.Text(request?.Summary, "summary", "摘要", 4000);
        var link = p.Text(request?.Link, "link", "链接", 1000);
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            p.Add("link", "链接须为 http:// 或 https:// 开头的网址。");
        }

        if (request?.PublishedOn is { } published && (published.Year < 1900 || published > DateOnly.FromDateTime(Now.AddDays(1))))
        {
            p.Add("publishedOn", "发布日期不能晚于今天。");
        }

        var source = p.Text(request?.Source, "source", "来源", 200);
        var fields = p.FieldList(request?.Fields);
        if (p.Any)
        {
            throw p.ToException(GuideInvalid);
        }

        row ??= _db.CountryGuides.Add(new CountryGuide { CountryCode = country, Title = title!, Kind = kind, CreatedAtUtc = Now, CreatedBy = Actor, UpdatedBy = Actor }).Entity;
        (row.CountryCode, row.Title, row.Kind, row.Summary, row.Link, row.PublishedOn, row.Source, row.Fields) = (country, title!, kind, summary, link, request!.PublishedOn, source, fields);
        (row.UpdatedAtUtc, row.UpdatedBy) = (Now, Actor);
        await _db.SaveChangesAsync(ct);
        await AuditAsync(id is null ? "CountryGuideCreated" : "CountryGuideUpdated", "CountryGuide", row.Id, $"country={row.CountryCode} kind={row.Kind}", ct);
        return ToDto(row);
    }

    public async Task DeleteGuideAsync(ProtectionActor actor, long id, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var row = await _db.CountryGuides.FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw Missing(GuideNotFound, "国别指南", id);
        _db.CountryGuides.Remove(row);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("CountryGuideDeleted", "CountryGuide", id, $"country={row.CountryCode} kind={row.Kind}", ct);
    }

    // ---------------------------------------------------------------- experts and service bodies

    public async Task<RegisterPage<ServiceBodyDto>> SearchServiceBodiesAsync(ProtectionActor actor, ServiceBodyQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var q = _db.ServiceBodies.AsNoTracking();
        if (!actor.IsOfficer)
        {
            q = q.Where(b => b.Active);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = Filter(RegisterLabels.ServiceBodyKinds, query.Kind, "kind");
            q = q.Where(b => b.Kind == kind);
        }

        var country = string.IsNullOrWhiteSpace(query.Country) ? null : CountryFilter(query.Country);
        var field = string.IsNullOrWhiteSpace(query.Field) ? null : Filter(RegisterLabels.Fields, query.Field, "field");
        var rows = await q.OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        var hits = rows.Where(b => (country is null || RegisterText.List(b.Countries).Contains(country))
                && (field is null || RegisterText.List(b.Fields).Contains(field))
                && RegisterText.Matches(query.Q, [b.Name, b.Organisation, b.Introduction, RegisterLabels.Label(RegisterLabels.ServiceBodyKinds, b.Kind), .. RegisterText.List(b.Countries).Select(Countries.Name)]))
            .Select(b => ToDto(b, masked: !actor.IsOfficer)).ToList();
        return RegisterText.Page(hits, query.Page, query.PageSize);
    }

    public async Task<ServiceBodyDto> GetServiceBodyAsync(ProtectionActor actor, long id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = await _db.ServiceBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && (b.Active || actor.IsOfficer), ct) ?? throw Missing(ServiceBodyNotFound, "专家/服务机构", id);
        return ToDto(row, masked: !actor.IsOfficer);
    }

    public async Task<ServiceBodyDto> SaveServiceBodyAsync(ProtectionActor actor, long? id, ServiceBodyRequest request, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var row = id is null ? null : await _db.ServiceBodies.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw Missing(ServiceBodyNotFound, "专家/服务机构", id.Value);
        var p = new FieldProblems();
        var name = p.Text(request?.Name, "name", "名称", 200, required: true);
        var kind = p.Code(RegisterLabels.ServiceBodyKinds, request?.Kind, "kind", "类别");
        var countries = new List<string>();
        foreach (var c in (request?.Countries ?? []).SelectMany(RegisterText.Split))
        {
            countries.Add(CountryValue(c, p));
        }

        var fields = p.FieldList(request?.Fields);
        var organisation = p.Text(request?.Organisation, "organisation", "所在机构", 200);
        var contact = p.Text(request?.Contact, "contact", "联系人", 100);
        var phone = p.Phone(request?.Phone);
        var email = p.Text(request?.Email, "email", "电子邮箱", 200);
        if (email is not null && (email.IndexOf('@', StringComparison.Ordinal) is <= 0 || !email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            p.Add("email", "电子邮箱格式不正确。");
        }

        var introduction = p.Text(request?.Introduction, "introduction", "简介", 4000);
        if (!p.Any && await _db.ServiceBodies.AnyAsync(b => b.Id != (id ?? 0) && b.Name == name && b.Kind == kind, ct))
        {
            throw new IpCityException(ServiceBodyDuplicate, $"已有同名同类别的专家/服务机构: {name}。", 409, new Dictionary<string, object?> { ["name"] = name, ["kind"] = kind });
        }

        if (p.Any)
        {
            throw p.ToException(ServiceBodyInvalid);
        }

        row ??= _db.ServiceBodies.Add(new ServiceBody { Name = name!, Kind = kind, CreatedAtUtc = Now, CreatedBy = Actor, UpdatedBy = Actor }).Entity;
        (row.Name, row.Kind, row.Countries, row.Fields, row.Organisation, row.Contact, row.Phone, row.Email, row.Introduction, row.Active) =
            (name!, kind, string.Join(',', countries.Distinct(StringComparer.Ordinal)), fields, organisation, contact, phone, email, introduction, request!.Active);
        (row.UpdatedAtUtc, row.UpdatedBy) = (Now, Actor);
        await _db.SaveChangesAsync(ct);
        await AuditAsync(id is null ? "ServiceBodyCreated" : "ServiceBodyUpdated", "ServiceBody", row.Id, $"kind={row.Kind} countries={row.Countries} active={row.Active}", ct);
        return ToDto(row, masked: false);
    }

    public async Task DeleteServiceBodyAsync(ProtectionActor actor, long id, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var row = await _db.ServiceBodies.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw Missing(ServiceBodyNotFound, "专家/服务机构", id);
        _db.ServiceBodies.Remove(row);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("ServiceBodyDeleted", "ServiceBody", id, $"kind={row.Kind}", ct);
    }

    // ---------------------------------------------------------------- helpers

    private static void RequireOfficer(ProtectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer)
        {
            throw new IpCityException(OverseasDisputes.OfficerOnly, "仅管理人员可维护海外维权资料库。", 403);
        }
    }

    private static string CountryValue(string? value, FieldProblems p)
    {
        var code = Countries.Parse(value);
        if (code is null)
        {
            p.Add("country", string.IsNullOrWhiteSpace(value) ? "请填写国家/地区。" : $"未知的国家/地区 “{value.Trim()}” (ISO 3166 两位代码或中文名)。");
        }

        return code ?? string.Empty;
    }

    private static string CountryFilter(string value) =>
        Countries.Parse(value) ?? throw IpCityException.Validation($"未知的国家/地区 “{value}”。", new Dictionary<string, object?> { ["field"] = "country" });

    private static string Filter(IReadOnlyDictionary<string, string> labels, string value, string field) =>
        RegisterLabels.Parse(labels, value) ?? throw IpCityException.Validation($"未知的取值 “{value}” (可用: {string.Join(" / ", labels.Values)})。", new Dictionary<string, object?> { ["field"] = field });

    private static IpCityException Missing(string code, string what, long id) => new(code, $"{what}不存在。", 404, new Dictionary<string, object?> { ["id"] = id });

    private static CountryGuideDto ToDto(CountryGuide g) => new(
        g.Id, g.CountryCode, Countries.Name(g.CountryCode), g.Title, g.Kind, RegisterLabels.Label(RegisterLabels.GuideKinds, g.Kind), g.Summary, g.Link, g.PublishedOn, g.Source, RegisterText.List(g.Fields), g.UpdatedAtUtc);

    private static ServiceBodyDto ToDto(ServiceBody b, bool masked) => new(
        b.Id,
        b.Name,
        b.Kind,
        RegisterLabels.Label(RegisterLabels.ServiceBodyKinds, b.Kind),
        b.Organisation,
        RegisterText.List(b.Countries),
        RegisterText.List(b.Fields),
        b.Contact,
        masked ? RegisterText.MaskPhone(b.Phone) : b.Phone,
        masked ? RegisterText.MaskEmail(b.Email) : b.Email,
        b.Introduction,
        b.Active,
        b.UpdatedAtUtc);

    private Task AuditAsync(string type, string objectType, long id, string detail, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEntry(type, AuditOutcome.Success, objectType, id.ToString(CultureInfo.InvariantCulture), detail), ct);
}
