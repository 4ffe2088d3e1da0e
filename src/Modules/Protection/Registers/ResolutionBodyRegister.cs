using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.Protection.Overseas;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Registers;

/// <summary>
/// The register of mediation bodies, arbitration bodies, courts and rights-aid stations (issue 5 §3). Writes and
/// imports: CityOfficer. Reads: everyone signed in (phones masked for non-officers); the portal lists active bodies.
/// </summary>
internal sealed class ResolutionBodyRegister : IResolutionBodies
{
    public const string NotFound = "RESOLUTION_BODY_NOT_FOUND";
    public const string Invalid = "RESOLUTION_BODY_INVALID";
    public const string Duplicate = "RESOLUTION_BODY_DUPLICATE";
    public const string CityOnly = "PROTECTION_CITY_ONLY";

    private readonly ProtectionDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly DistrictLookup _districts;

    public ResolutionBodyRegister(ProtectionDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock, DistrictLookup districts)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
        _districts = districts;
    }

    public async Task<ResolutionBodyDto?> GetAsync(long id, CancellationToken ct = default)
    {
        var body = await _db.ResolutionBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        return body is null ? null : await ToDtoAsync(body, masked: false, ct);
    }

    public async Task<ResolutionBodyDto> GetAsync(ProtectionActor actor, long id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var body = await _db.ResolutionBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw Missing(id);
        return await ToDtoAsync(body, !actor.IsOfficer, ct);
    }

    /// <summary>Search; <paramref name="portal"/> = the anonymous portal list (active bodies only, phones masked).</summary>
    public async Task<RegisterPage<ResolutionBodyDto>> SearchAsync(ProtectionActor actor, ResolutionBodyQuery query, bool portal = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(query, portal ? true : query.Active, ct);
        var all = new List<ResolutionBodyDto>(rows.Count);
        foreach (var b in rows)
        {
            all.Add(await ToDtoAsync(b, portal || !actor.IsOfficer, ct));
        }

        return RegisterText.Page(all, query.Page, query.PageSize);
    }

    public async Task<ResolutionBodyDto> CreateAsync(ProtectionActor actor, ResolutionBodyRequest request, CancellationToken ct = default)
    {
        RequireCity(actor);
        var problems = new FieldProblems();
        var values = await ValidateAsync(request, problems, ct);
        if (problems.Any)
        {
            throw problems.ToException(Invalid);
        }

        if (await _db.ResolutionBodies.AnyAsync(b => b.Name == values.Name && b.Kind == values.Kind, ct))
        {
            throw DuplicateOf(values);
        }

        var now = Now;
        values.CreatedAtUtc = now;
        values.UpdatedAtUtc = now;
        _db.ResolutionBodies.Add(values);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("ResolutionBodyCreated", values.Id, $"{values.Kind} {values.DistrictCode}", ct);
        return await ToDtoAsync(values, masked: false, ct);
    }

    public async Task<ResolutionBodyDto> UpdateAsync(ProtectionActor actor, long id, ResolutionBodyRequest request, CancellationToken ct = default)
    {
        RequireCity(actor);
        var body = await _db.ResolutionBodies.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw Missing(id);
        var problems = new FieldProblems();
        var values = await ValidateAsync(request, problems, ct);
        if (problems.Any)
        {
            throw problems.ToException(Invalid);
        }

        if (await _db.ResolutionBodies.AnyAsync(b => b.Id != id && b.Name == values.Name && b.Kind == values.Kind, ct))
        {
            throw DuplicateOf(values);
        }

        Copy(values, body);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("ResolutionBodyUpdated", id, $"{body.Kind} {body.DistrictCode} active={body.Active}", ct);
        return await ToDtoAsync(body, masked: false, ct);
    }

    /// <summary>Removes a body. Cases keep the id they referred to; <see cref="IResolutionBodies.GetAsync"/> then returns null, so deactivating is the usual way.</summary>
    public async Task DeleteAsync(ProtectionActor actor, long id, CancellationToken ct = default)
    {
        RequireCity(actor);
        var body = await _db.ResolutionBodies.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw Missing(id);
        _db.ResolutionBodies.Remove(body);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("ResolutionBodyDeleted", id, $"{body.Kind} {body.DistrictCode}", ct);
    }

    /// <summary>
    /// Imports an .xlsx or .csv list (Chinese or English headers): good rows are created or updated by name + kind
    /// (a second import of the same file changes nothing), bad rows are reported with row, field and reason.
    /// </summary>
    public async Task<RegisterImportResult> ImportAsync(ProtectionActor actor, string path, CancellationToken ct = default)
    {
        RequireCity(actor);
        var rows = RegisterFile.Read(path, ResolutionBodyFile.Headers, ResolutionBodyFile.Required);
        var issues = new List<RegisterImportIssue>();
        var existing = await _db.ResolutionBodies.ToListAsync(ct);
        var seen = new Dictionary<(string Name, string Kind), int>();
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        var now = Now;
        foreach (var row in rows)
        {
            var problems = new FieldProblems();
            var request = ResolutionBodyFile.ToRequest(row, problems);
            var values = await ValidateAsync(request, problems, ct);
            if (!problems.Any && seen.TryGetValue((values.Name, values.Kind), out var first))
            {
                problems.Add("name", $"与第 {first.ToString(CultureInfo.InvariantCulture)} 行的名称与类型重复。");
            }

            if (problems.Any)
            {
                issues.AddRange(problems.Items.Select(p => new RegisterImportIssue(row.Row, p.Field, p.Reason)));
                rejected++;
                continue;
            }

            seen[(values.Name, values.Kind)] = row.Row;
            var body = existing.FirstOrDefault(b => b.Name == values.Name && b.Kind == values.Kind);
            if (body is null)
            {
                values.CreatedAtUtc = now;
                values.UpdatedAtUtc = now;
                _db.ResolutionBodies.Add(values);
                existing.Add(values);
                created++;
            }
            else if (Same(body, values))
            {
                unchanged++;
            }
            else
            {
                Copy(values, body);
                updated++;
            }
        }

        await _db.SaveChangesAsync(ct);
        await AuditAsync("ResolutionBodiesImported", null, $"file={Path.GetFileName(path)} read={rows.Count} created={created} updated={updated} unchanged={unchanged} rejected={rejected}", ct);
        return new RegisterImportResult(rows.Count, created, updated, unchanged, rejected, issues);
    }

    public async Task<byte[]> ExportCsvAsync(ProtectionActor actor, ResolutionBodyQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await FilterAsync(query, query.Active, ct);
        var lines = new List<IReadOnlyList<string?>>(rows.Count);
        foreach (var b in rows)
        {
            var d = await ToDtoAsync(b, !actor.IsOfficer, ct);
            lines.Add([d.Name, d.KindLabel, d.DistrictCode, d.DistrictName, d.Address, d.Contact, d.Phone, string.Join('、', d.Fields.Select(f => RegisterLabels.Label(RegisterLabels.Fields, f))), d.Active ? "是" : "否"]);
        }

        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ResolutionBody", null, $"rows={rows.Count}"), ct);
        return RegisterText.Csv(ResolutionBodyFile.ExportHeader, lines);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private string Actor => _request.ActorName ?? "system";

    private static void RequireCity(ProtectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException(CityOnly, "仅市局可维护调解组织、仲裁机构、法院与维权援助工作站名录。", 403);
        }
    }

    private static IpCityException Missing(long id) =>
        new(NotFound, "调解组织/维权援助机构不存在。", 404, new Dictionary<string, object?> { ["id"] = id });

    private static IpCityException DuplicateOf(ResolutionBody values) =>
        new(Duplicate, $"已有同名同类型的机构: {values.Name}。", 409, new Dictionary<string, object?> { ["name"] = values.Name, ["kind"] = values.Kind });

    private static bool Same(ResolutionBody a, ResolutionBody b) =>
        a.DistrictCode == b.DistrictCode && a.Address == b.Address && a.Contact == b.Contact && a.Phone == b.Phone && a.Fields == b.Fields && a.Active == b.Active;

    private void Copy(ResolutionBody from, ResolutionBody to)
    {
        to.Name = from.Name;
        to.Kind = from.Kind;
        to.DistrictCode = from.DistrictCode;
        to.Address = from.Address;
        to.Contact = from.Contact;
        to.Phone = from.Phone;
        to.Fields = from.Fields;
        to.Active = from.Active;
        to.UpdatedAtUtc = Now;
        to.UpdatedBy = Actor;
    }

    private async Task<ResolutionBody> ValidateAsync(ResolutionBodyRequest? request, FieldProblems problems, CancellationToken ct)
    {
        if (request is null)
        {
            problems.Add("body", "请求内容为空。");
            return new ResolutionBody { Name = string.Empty, Kind = string.Empty, DistrictCode = string.Empty, CreatedBy = Actor, UpdatedBy = Actor };
        }

        return new ResolutionBody
        {
            Name = problems.Text(request.Name, "name", "名称", 200, required: true) ?? string.Empty,
            Kind = problems.Code(RegisterLabels.BodyKinds, request.Kind, "kind", "机构类型"),
            DistrictCode = await _districts.CodeAsync(request.DistrictCode, problems, "districtCode", ct),
            Address = problems.Text(request.Address, "address", "地址", 500),
            Contact = problems.Text(request.Contact, "contact", "联系人", 100),
            Phone = problems.Phone(request.Phone),
            Fields = problems.FieldList(request.Fields),
            Active = request.Active,
            CreatedBy = Actor,
            UpdatedBy = Actor,
        };
    }

    private async Task<List<ResolutionBody>> FilterAsync(ResolutionBodyQuery query, bool? active, CancellationToken ct)
    {
        var q = _db.ResolutionBodies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = RegisterLabels.Parse(RegisterLabels.BodyKinds, query.Kind)
                ?? throw IpCityException.Validation($"未知的机构类型 “{query.Kind}”。", new Dictionary<string, object?> { ["field"] = "kind" });
            q = q.Where(b => b.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            var unit = await _districts.FindAsync(query.District, ct) ?? throw DistrictLookup.Unknown(query.District);
            q = q.Where(b => b.DistrictCode == unit.Code);
        }

        if (active is not null)
        {
            q = q.Where(b => b.Active == active.Value);
        }

        string? field = null;
        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            field = RegisterLabels.Parse(RegisterLabels.Fields, query.Field)
                ?? throw IpCityException.Validation($"未知的领域 “{query.Field}”。", new Dictionary<string, object?> { ["field"] = "field" });
        }

        // The register holds hundreds of rows: text and list filters run in memory, the same on both providers.
        var rows = await q.OrderBy(b => b.DistrictCode).ThenBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        return rows.Where(b => (field is null || RegisterText.List(b.Fields).Contains(field))
            && RegisterText.Matches(query.Q, b.Name, b.Address, b.Contact, RegisterLabels.Label(RegisterLabels.BodyKinds, b.Kind))).ToList();
    }

    private async Task<ResolutionBodyDto> ToDtoAsync(ResolutionBody b, bool masked, CancellationToken ct) => new(
        b.Id,
        b.Name,
        b.Kind,
        RegisterLabels.Label(RegisterLabels.BodyKinds, b.Kind),
        b.DistrictCode,
        await _districts.NameAsync(b.DistrictCode, ct),
        b.Address,
        b.Contact,
        masked ? RegisterText.MaskPhone(b.Phone) : b.Phone,
        RegisterText.List(b.Fields),
        b.Active,
        b.UpdatedAtUtc);

    private Task AuditAsync(string type, long? id, string detail, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEntry(type, AuditOutcome.Success, "ResolutionBody", id?.ToString(CultureInfo.InvariantCulture), detail), ct);
}
