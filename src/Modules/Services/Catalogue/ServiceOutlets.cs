using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Catalogue;

/// <summary>
/// Service outlets (服务网点). The public sees active outlets with mobile numbers masked (SECURITY.md P4); officers see
/// every outlet and the full numbers; the city office maintains and imports (natural key: name + district).
/// </summary>
internal sealed class ServiceOutlets : IServiceOutlets
{
    private const string NotFoundCode = "OUTLET_NOT_FOUND";

    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["kind"] = ["网点类型", "类型", "kind"],
        ["name"] = ["网点名称", "名称", "name"],
        ["address"] = ["地址", "address"],
        ["district"] = ["所在区县代码", "所在区县", "区县", "district"],
        ["phone"] = ["联系电话", "电话", "phone"],
        ["hours"] = ["服务时间", "办公时间", "hours"],
        ["services"] = ["服务事项编码", "服务事项", "services"],
        ["active"] = ["启用", "是否启用", "active"],
        ["note"] = ["备注", "note"],
    };

    public static readonly IReadOnlyList<string> Required = ["kind", "name", "district"];

    private static readonly string[] s_exportHeader = ["网点类型", "网点名称", "地址", "所在区县代码", "所在区县", "联系电话", "服务时间", "服务事项编码", "启用", "备注"];

    private readonly ServicesDbContext _db;
    private readonly CatalogueUnits _units;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly ServiceCatalogue _catalogue;

    public ServiceOutlets(ServicesDbContext db, CatalogueUnits units, IAuditTrail audit, TimeProvider clock, ServiceCatalogue catalogue)
    {
        _catalogue = catalogue;
        _db = db;
        _units = units;
        _audit = audit;
        _clock = clock;
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task<ServiceOutletPage> ListAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var names = await ItemNamesAsync(ct);
        var items = new List<ServiceOutletDto>();
        foreach (var o in rows.Skip((page - 1) * pageSize).Take(pageSize))
        {
            items.Add(await ToDtoAsync(actor, o, names, ct));
        }

        return new ServiceOutletPage(items, rows.Count, page, pageSize);
    }

    public async Task<ServiceOutletDto> GetAsync(Actor actor, long id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var o = await _db.ServiceOutlets.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null || (!o.Active && !actor.IsOfficer))
        {
            throw Missing(id);
        }

        return await ToDtoAsync(actor, o, await ItemNamesAsync(ct), ct);
    }

    public async Task<OutletMapDto> MapAsync(Actor actor, string? kind = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await FilterAsync(actor, new ServiceOutletQuery(Kind: kind, Active: true), ct);
        var counties = await _units.CountiesAsync(ct);
        var districts = counties.Select(c =>
        {
            var mine = rows.Where(o => o.DistrictCode == c.Code).ToList();
            var byKind = mine.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return new OutletDistrictCount(c.Code, c.Name, mine.Count, byKind);
        }).ToList();
        return new OutletMapDto(districts, rows.Count);
    }

    public async Task<ServiceOutletDto> CreateAsync(Actor actor, ServiceOutletRequest request, CancellationToken ct = default)
    {
        RequireCity(actor);
        var problems = new FieldProblems();
        var values = await ValidateAsync(request, problems, ct);
        problems.ThrowIfAny("OUTLET_INVALID", "网点信息有误:");
        if (await _db.ServiceOutlets.AnyAsync(o => o.Name == values.Name && o.DistrictCode == values.DistrictCode, ct))
        {
            throw Duplicate(values);
        }

        values.CreatedAtUtc = values.UpdatedAtUtc = Now;
        values.CreatedBy = values.UpdatedBy = actor.Name;
        _db.ServiceOutlets.Add(values);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ServiceOutletCreated", AuditOutcome.Success, "ServiceOutlet", values.Id.ToString(CultureInfo.InvariantCulture), $"{values.Kind} {values.DistrictCode}"), ct);
        return await ToDtoAsync(actor, values, await ItemNamesAsync(ct), ct);
    }

    public async Task<ServiceOutletDto> UpdateAsync(Actor actor, long id, ServiceOutletRequest request, CancellationToken ct = default)
    {
        RequireCity(actor);
        ArgumentNullException.ThrowIfNull(request);
        var outlet = await _db.ServiceOutlets.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw Missing(id);
        if (request.Version is not { } expected || expected != outlet.Version)
        {
            throw Concurrency(outlet);
        }

        var problems = new FieldProblems();
        var values = await ValidateAsync(request, problems, ct);
        problems.ThrowIfAny("OUTLET_INVALID", "网点信息有误:");
        if (await _db.ServiceOutlets.AnyAsync(o => o.Id != id && o.Name == values.Name && o.DistrictCode == values.DistrictCode, ct))
        {
            throw Duplicate(values);
        }

        Copy(values, outlet, actor.Name);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Concurrency(outlet);
        }

        await _audit.RecordAsync(new AuditEntry("ServiceOutletUpdated", AuditOutcome.Success, "ServiceOutlet", id.ToString(CultureInfo.InvariantCulture), $"{outlet.Kind} {outlet.DistrictCode} active={outlet.Active}"), ct);
        return await ToDtoAsync(actor, outlet, await ItemNamesAsync(ct), ct);
    }

    public async Task DeleteAsync(Actor actor, long id, CancellationToken ct = default)
    {
        RequireCity(actor);
        var outlet = await _db.ServiceOutlets.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw Missing(id);
        _db.ServiceOutlets.Remove(outlet);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ServiceOutletDeleted", AuditOutcome.Success, "ServiceOutlet", id.ToString(CultureInfo.InvariantCulture), $"{outlet.Kind} {outlet.DistrictCode}"), ct);
    }

    public async Task<CatalogueImportResult> ImportAsync(Actor actor, string path, CancellationToken ct = default)
    {
        RequireCity(actor);
        var rows = CatalogueFile.Read(path, Headers, Required);
        var existing = await _db.ServiceOutlets.ToListAsync(ct);
        var issues = new List<CatalogueImportIssue>();
        var seen = new Dictionary<(string, string), int>();
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        foreach (var row in rows)
        {
            var problems = new FieldProblems();
            var active = Flag(row["active"], problems);
            var request = new ServiceOutletRequest(row["kind"] ?? string.Empty, row["name"] ?? string.Empty, row["address"], row["district"] ?? string.Empty, row["phone"], row["hours"],
                CatalogueRules.SplitList(row["services"]), active, row["note"]);
            var values = await ValidateAsync(request, problems, ct);
            if (!problems.Any && seen.TryGetValue((values.Name, values.DistrictCode), out var first))
            {
                problems.Add("name", values.Name, $"与第 {first.ToString(CultureInfo.InvariantCulture)} 行的网点名称与区县重复。");
            }

            if (problems.Any)
            {
                issues.AddRange(problems.Items.Select(p => p with { Row = row.Row }));
                rejected++;
                continue;
            }

            seen[(values.Name, values.DistrictCode)] = row.Row;
            var outlet = existing.FirstOrDefault(o => o.Name == values.Name && o.DistrictCode == values.DistrictCode);
            if (outlet is null)
            {
                values.CreatedAtUtc = values.UpdatedAtUtc = Now;
                values.CreatedBy = values.UpdatedBy = actor.Name;
                _db.ServiceOutlets.Add(values);
                existing.Add(values);
                created++;
            }
            else if (Same(outlet, values))
            {
                unchanged++;
            }
            else
            {
                Copy(values, outlet, actor.Name);
                updated++;
            }
        }

        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ServiceOutletsImported", AuditOutcome.Success, "ServiceOutlet", Path.GetFileName(path),
            $"read={rows.Count} created={created} updated={updated} unchanged={unchanged} rejected={rejected}"), ct);
        return new CatalogueImportResult(rows.Count, created, updated, unchanged, rejected, issues);
    }

    public async Task<byte[]> ExportXlsxAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(actor, query, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ServiceOutlet", "xlsx", $"rows={rows.Count}"), ct);
        return await CatalogueFile.XlsxAsync("服务网点", s_exportHeader, rows, ct);
    }

    public async Task<byte[]> ExportCsvAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(actor, query, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ServiceOutlet", "csv", $"rows={rows.Count}"), ct);
        return CatalogueFile.Csv(s_exportHeader, rows);
    }

    private async Task<List<IReadOnlyList<string?>>> ExportRowsAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var names = await ItemNamesAsync(ct);
        var list = new List<IReadOnlyList<string?>>();
        foreach (var o in await FilterAsync(actor, query, ct))
        {
            var d = await ToDtoAsync(actor, o, names, ct);
            list.Add([ServiceOutletKinds.Name(d.Kind), d.Name, d.Address, d.DistrictCode, d.DistrictName, d.Phone, d.Hours, string.Join('|', d.Services), d.Active ? "是" : "否", d.Note]);
        }

        return list;
    }

    private async Task<List<ServiceOutlet>> FilterAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = _db.ServiceOutlets.AsNoTracking();
        if (!actor.IsOfficer)
        {
            q = q.Where(o => o.Active);
        }
        else if (query.Active is { } active)
        {
            q = q.Where(o => o.Active == active);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = CatalogueRules.OutletKind(query.Kind);
            if (string.IsNullOrEmpty(kind))
            {
                throw new IpCityException("OUTLET_QUERY_INVALID", $"未知的网点类型 “{query.Kind}”。", 400, new Dictionary<string, object?> { ["field"] = "kind", ["allowed"] = ServiceOutletKinds.All });
            }

            q = q.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            var district = (await _units.FindAsync(query.District, ct))?.Code
                ?? throw new IpCityException(ErrorCodes.UnknownOrgUnit, $"未知的区县 “{query.District.Trim()}”。", 400, new Dictionary<string, object?> { ["field"] = "district" });
            q = q.Where(o => o.DistrictCode == district);
        }

        var rows = await q.OrderBy(o => o.DistrictCode).ThenBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var t = query.Text.Trim();
            rows = rows.Where(o => o.Name.Contains(t, StringComparison.Ordinal) || (o.Address?.Contains(t, StringComparison.Ordinal) ?? false)).ToList();
        }

        if (!string.IsNullOrWhiteSpace(query.Service))
        {
            var s = query.Service.Trim();
            rows = rows.Where(o => CatalogueRules.Bars(o.Services).Contains(s, StringComparer.Ordinal)).ToList();
        }

        return rows;
    }

    private async Task<ServiceOutlet> ValidateAsync(ServiceOutletRequest? request, FieldProblems problems, CancellationToken ct)
    {
        if (request is null)
        {
            problems.Add("body", null, "请求内容为空。");
            return new ServiceOutlet();
        }

        var kind = CatalogueRules.OutletKind(request.Kind);
        if (string.IsNullOrEmpty(kind))
        {
            problems.Add("kind", request.Kind, "网点类型须为: " + string.Join("、", ServiceOutletKinds.All.Select(ServiceOutletKinds.Name)) + "。");
        }

        var known = (await ItemNamesAsync(ct)).Keys.ToHashSet(StringComparer.Ordinal);
        var services = new List<string>();
        foreach (var s in request.Services ?? [])
        {
            var code = s?.Trim() ?? string.Empty;
            if (code.Length == 0)
            {
                continue;
            }

            if (!known.Contains(code))
            {
                problems.Add("services", code, $"服务事项 “{code}” 不在公共服务事项清单中。");
            }
            else if (!services.Contains(code))
            {
                services.Add(code);
            }
        }

        return new ServiceOutlet
        {
            Kind = kind ?? string.Empty,
            Name = problems.Text(request.Name, "name", "网点名称", 200, required: true) ?? string.Empty,
            Address = problems.Text(request.Address, "address", "地址", 500),
            DistrictCode = await _units.DistrictAsync(request.District, problems, "district", ct),
            Phone = CatalogueRules.Phone(request.Phone, problems, "phone", required: false),
            Hours = problems.Text(request.Hours, "hours", "服务时间", 200),
            Services = string.Join('|', services),
            Active = request.Active,
            Note = problems.Text(request.Note, "note", "备注", 1000),
        };
    }

    private async Task<IReadOnlyDictionary<string, string>> ItemNamesAsync(CancellationToken ct)
    {
        await _catalogue.EnsureStarterAsync(ct);
        var versions = await _db.ServiceItemVersions.AsNoTracking().Select(v => new { v.ItemId, v.VersionNo, v.Name }).ToListAsync(ct);
        var codes = await _db.ServiceItems.AsNoTracking().Select(i => new { i.Id, i.Code }).ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        return versions.GroupBy(v => v.ItemId).ToDictionary(g => codes[g.Key], g => g.OrderByDescending(v => v.VersionNo).First().Name, StringComparer.Ordinal);
    }

    private async Task<ServiceOutletDto> ToDtoAsync(Actor actor, ServiceOutlet o, IReadOnlyDictionary<string, string> names, CancellationToken ct)
    {
        var services = CatalogueRules.Bars(o.Services);
        var phone = o.Phone is { } p && !actor.IsOfficer && CatalogueRules.IsMobile(p) ? CatalogueRules.MaskPhone(p) : o.Phone;
        return new ServiceOutletDto(o.Id, o.Kind, ServiceOutletKinds.Name(o.Kind), o.Name, o.Address, o.DistrictCode, await _units.NameAsync(o.DistrictCode, ct), phone, o.Hours,
            services, services.Select(s => names.TryGetValue(s, out var n) ? n : s).ToList(), o.Active, actor.IsOfficer ? o.Note : CatalogueRules.MaskMobilesIn(o.Note), o.Version);
    }

    private static bool Same(ServiceOutlet a, ServiceOutlet b) =>
        a.Kind == b.Kind && a.Address == b.Address && a.Phone == b.Phone && a.Hours == b.Hours && a.Services == b.Services && a.Active == b.Active && a.Note == b.Note;

    private void Copy(ServiceOutlet from, ServiceOutlet to, string by)
    {
        to.Kind = from.Kind;
        to.Name = from.Name;
        to.Address = from.Address;
        to.DistrictCode = from.DistrictCode;
        to.Phone = from.Phone;
        to.Hours = from.Hours;
        to.Services = from.Services;
        to.Active = from.Active;
        to.Note = from.Note;
        to.Version++;
        to.UpdatedAtUtc = Now;
        to.UpdatedBy = by;
    }

    private static bool Flag(string? value, FieldProblems problems)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "是" or "启用" or "有效" or "TRUE" or "1" or "Y" or "YES":
                return true;
            case "否" or "停用" or "无效" or "FALSE" or "0" or "N" or "NO":
                return false;
            default:
                problems.Add("active", value, "启用须为 是 / 否。");
                return true;
        }
    }

    private static void RequireCity(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("OUTLET_FORBIDDEN", "服务网点由市局维护。", 403);
        }
    }

    private static IpCityException Missing(long id) => new(NotFoundCode, "服务网点不存在。", 404, new Dictionary<string, object?> { ["id"] = id });

    private static IpCityException Duplicate(ServiceOutlet o) =>
        new("OUTLET_EXISTS", $"该区县已有同名网点: {o.Name}。", 409, new Dictionary<string, object?> { ["name"] = o.Name, ["district"] = o.DistrictCode });

    private static IpCityException Concurrency(ServiceOutlet o) =>
        new("OUTLET_CONCURRENCY", "网点已被他人更新, 请刷新后重试。", 409, new Dictionary<string, object?> { ["version"] = o.Version });
}
