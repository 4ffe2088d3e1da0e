using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Catalogue;

/// <summary>
/// The public-service catalogue (公共服务事项清单): items with versions in force from a date, the change log, the XLSX
/// import and export and the STARTER list. A version is never edited: a change is a new version, and the one in force
/// on a day is the highest version whose date is not after that day (a new version may not start before the latest).
/// </summary>
internal sealed partial class ServiceCatalogue : IServiceCatalogue
{
    private const string NotFoundCode = "CATALOGUE_ITEM_NOT_FOUND";

    /// <summary>Import columns (first alias = export header).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["code"] = ["事项编码", "编码", "事项代码"],
        ["name"] = ["事项名称", "名称"],
        ["category"] = ["事项类别", "类别", "分类"],
        ["legalBasis"] = ["设定依据", "依据", "法律依据"],
        ["conditions"] = ["受理条件", "申请条件", "条件"],
        ["materials"] = ["申请材料", "材料"],
        ["timeLimit"] = ["办理时限", "时限", "承诺时限"],
        ["timeLimitUnit"] = ["时限单位"],
        ["fee"] = ["收费标准", "收费", "是否收费"],
        ["channels"] = ["办理渠道", "渠道"],
        ["unit"] = ["责任单位代码", "责任单位", "实施主体"],
        ["status"] = ["状态", "事项状态"],
        ["effectiveFrom"] = ["生效日期", "施行日期"],
        ["note"] = ["调整说明", "备注"],
    };

    public static readonly IReadOnlyList<string> Required = ["code", "name", "category", "timeLimit", "channels", "unit"];

    private static readonly string[] s_exportHeader =
        ["事项编码", "事项名称", "事项类别", "设定依据", "受理条件", "申请材料", "办理时限", "时限单位", "收费标准", "办理渠道", "责任单位代码", "责任单位", "状态", "生效日期", "版本", "来源"];

    private readonly ServicesDbContext _db;
    private readonly CatalogueUnits _units;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly CatalogueSettings _settings;

    public ServiceCatalogue(ServicesDbContext db, CatalogueUnits units, IAuditTrail audit, TimeProvider clock, CatalogueSettings settings)
    {
        _db = db;
        _units = units;
        _audit = audit;
        _clock = clock;
        _settings = settings;
    }

    private DateOnly Today => CatalogueRules.Today(_clock);

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task<ServiceItemPage> ListAsync(Actor actor, ServiceItemQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var asOf = query.AsOf ?? Today;
        var rows = await InForceAsync(actor, query, asOf, ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var categories = rows.Select(r => r.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ServiceItemPage(rows.Skip((page - 1) * pageSize).Take(pageSize).ToList(), rows.Count, page, pageSize, asOf, categories);
    }

    public async Task<ServiceItemDto> GetAsync(Actor actor, string code, DateOnly? asOf = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await EnsureStarterAsync(ct);
        var day = asOf ?? Today;
        var item = await _db.ServiceItems.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Code == (code ?? string.Empty).Trim(), ct);
        var version = item is null ? null : InForce(item.Versions, day);
        if (item is null || version is null)
        {
            throw new IpCityException(NotFoundCode, $"事项 {code} 不存在或在 {CatalogueRules.Day(day)} 尚未施行。", 404, new Dictionary<string, object?> { ["asOf"] = CatalogueRules.Day(day) });
        }

        return await ToDtoAsync(actor, item, version, inForce: true, ct);
    }

    public async Task<IReadOnlyList<ServiceItemDto>> HistoryAsync(Actor actor, string code, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer)
        {
            throw new IpCityException("CATALOGUE_FORBIDDEN", "事项的历史版本仅工作人员可查看。", 403);
        }

        await EnsureStarterAsync(ct);

        var item = await _db.ServiceItems.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Code == (code ?? string.Empty).Trim(), ct)
            ?? throw new IpCityException(NotFoundCode, $"事项 {code} 不存在。", 404);
        var current = InForce(item.Versions, Today);
        var list = new List<ServiceItemDto>();
        foreach (var v in item.Versions.OrderByDescending(v => v.VersionNo))
        {
            list.Add(await ToDtoAsync(actor, item, v, inForce: current?.VersionNo == v.VersionNo, ct));
        }

        return list;
    }

    public async Task<IReadOnlyList<CatalogueChangeDto>> ChangesAsync(Actor actor, string? code = null, int take = 100, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await EnsureStarterAsync(ct);
        var q = _db.CatalogueChanges.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code))
        {
            var c = code.Trim();
            q = q.Where(x => x.ItemCode == c);
        }

        var rows = await q.OrderByDescending(x => x.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
        return rows.Select(x => new CatalogueChangeDto(x.Id, x.ItemCode, x.ItemName, x.VersionNo, x.Kind, CatalogueChangeKinds.Name(x.Kind), x.EffectiveFrom,
            CatalogueRules.Lines(x.Changes), x.Note, x.RecordedAtUtc, actor.IsOfficer ? x.RecordedBy : null)).ToList();
    }

    public async Task<ServiceItemDto> CreateAsync(Actor actor, CreateServiceItemRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var problems = new FieldProblems();
        var code = ValidateCode(request.Code, problems);
        var version = await ValidateAsync(request.Content, problems, ct);
        var from = EffectiveFrom(request.EffectiveFrom, null, problems);
        var note = problems.Text(request.Note, "note", "调整说明", 1000);
        problems.ThrowIfAny("CATALOGUE_ITEM_INVALID", "事项内容有误:");
        if (await _db.ServiceItems.AnyAsync(i => i.Code == code, ct))
        {
            throw new IpCityException("CATALOGUE_ITEM_EXISTS", $"事项编码 {code} 已存在; 修改请新增版本。", 409, new Dictionary<string, object?> { ["itemCode"] = code });
        }

        var item = NewItem(code, actor.Name);
        AddVersion(item, null, version, from, CatalogueRules.SourceManual, note, actor.Name);
        await SaveAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ServiceItemCreated", AuditOutcome.Success, "ServiceItem", code, $"v1 from {CatalogueRules.Day(from)}; unit={version.ResponsibleUnitCode}"), ct);
        return await ToDtoAsync(actor, item, item.Versions[^1], InForce(item.Versions, Today) is not null, ct);
    }

    public async Task<ServiceItemDto> ReviseAsync(Actor actor, string code, ReviseServiceItemRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var item = await _db.ServiceItems.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Code == (code ?? string.Empty).Trim(), ct)
            ?? throw new IpCityException(NotFoundCode, $"事项 {code} 不存在。", 404);
        if (request.BasedOnVersion != item.LatestVersion)
        {
            throw Concurrency(item);
        }

        var latest = item.Versions.Single(v => v.VersionNo == item.LatestVersion);
        var problems = new FieldProblems();
        var version = await ValidateAsync(request.Content, problems, ct);
        var from = EffectiveFrom(request.EffectiveFrom, latest.EffectiveFrom, problems);
        var note = problems.Text(request.Note, "note", "调整说明", 1000);
        problems.ThrowIfAny("CATALOGUE_ITEM_INVALID", "事项内容有误:");
        if (version.ContentHash == latest.ContentHash)
        {
            throw new IpCityException("CATALOGUE_NO_CHANGE", "内容与最新版本相同, 未新增版本。", 409, new Dictionary<string, object?> { ["version"] = latest.VersionNo });
        }

        var added = AddVersion(item, latest, version, from, CatalogueRules.SourceManual, note, actor.Name);
        await SaveAsync(ct, item);
        await _audit.RecordAsync(new AuditEntry("ServiceItemRevised", AuditOutcome.Success, "ServiceItem", item.Code, $"v{added.VersionNo.ToString(CultureInfo.InvariantCulture)} from {CatalogueRules.Day(from)}"), ct);
        return await ToDtoAsync(actor, item, added, InForce(item.Versions, Today)?.VersionNo == added.VersionNo, ct);
    }

    public async Task<CatalogueImportResult> ImportAsync(Actor actor, string path, CancellationToken ct = default)
    {
        RequireCity(actor);
        var rows = CatalogueFile.Read(path, Headers, Required);
        var result = await ApplyAsync(rows.Select(r => (r.Row, ToInput(r))).ToList(), CatalogueRules.SourceImport, actor.Name, onlyNew: false, ct);
        await _audit.RecordAsync(new AuditEntry("ServiceCatalogueImported", AuditOutcome.Success, "ServiceCatalogue", Path.GetFileName(path),
            $"read={result.Read} created={result.Created} revised={result.Revised} unchanged={result.Unchanged} rejected={result.Rejected}"), ct);
        return result;
    }

    public async Task<CatalogueImportResult> LoadStarterAsync(CancellationToken ct = default)
    {
        var path = _settings.StarterPath;
        if (!File.Exists(path))
        {
            throw new IpCityException("CATALOGUE_STARTER_MISSING", "未找到起步事项清单文件。", 500, new Dictionary<string, object?> { ["file"] = Path.GetFileName(path) });
        }

        StarterFile file;
        await using (var stream = File.OpenRead(path))
        {
            file = await JsonSerializer.DeserializeAsync<StarterFile>(stream, s_json, ct)
                ?? throw new IpCityException("CATALOGUE_STARTER_INVALID", "起步事项清单文件为空。", 500);
        }

        var inputs = file.Items.Select((x, i) => (i + 1, new ItemInput(x.Code, x.Name, x.Category, x.LegalBasis, x.Conditions, x.Materials is null ? null : string.Join('\n', x.Materials),
            x.TimeLimit?.ToString(CultureInfo.InvariantCulture), x.TimeLimitUnit, x.Fee, x.Channels is null ? null : string.Join('|', x.Channels), x.ResponsibleUnit, x.Status, null,
            "STARTER (UNCONFIRMED): " + file.Source))).ToList();
        var result = await ApplyAsync(inputs, CatalogueRules.SourceStarter, "starter", onlyNew: true, ct);
        if (result.Created > 0 || result.Rejected > 0)
        {
            await _audit.RecordAsync(new AuditEntry("ServiceCatalogueStarterLoaded", result.Rejected > 0 ? AuditOutcome.Failure : AuditOutcome.Success, "ServiceCatalogue", Path.GetFileName(path),
                $"read={result.Read} created={result.Created} unchanged={result.Unchanged} rejected={result.Rejected}"), ct);
        }

        return result;
    }

    public async Task<byte[]> ExportXlsxAsync(Actor actor, ServiceItemQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(actor, query, ct);
        var bytes = await CatalogueFile.XlsxAsync("公共服务事项清单", s_exportHeader, rows, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ServiceCatalogue", "xlsx", $"rows={rows.Count}"), ct);
        return bytes;
    }

    public async Task<byte[]> ExportCsvAsync(Actor actor, ServiceItemQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(actor, query, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ServiceCatalogue", "csv", $"rows={rows.Count}"), ct);
        return CatalogueFile.Csv(s_exportHeader, rows);
    }

    /// <summary>The version of an item in force on a day (null before its first version).</summary>
    public static ServiceItemVersion? InForce(IEnumerable<ServiceItemVersion> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day).OrderByDescending(v => v.VersionNo).FirstOrDefault();

    /// <summary>Loads the starter list when the catalogue has never held an item (setting LoadStarterOnFirstUse).</summary>
    public async Task EnsureStarterAsync(CancellationToken ct)
    {
        if (!_settings.LoadStarterOnFirstUse || !File.Exists(_settings.StarterPath) || await _db.ServiceItems.AnyAsync(ct) || await _db.CatalogueChanges.AnyAsync(ct))
        {
            return;
        }

        try
        {
            await LoadStarterAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request loaded it at the same moment.
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<List<ServiceItemDto>> InForceAsync(Actor actor, ServiceItemQuery query, DateOnly asOf, CancellationToken ct)
    {
        await EnsureStarterAsync(ct);
        string? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            status = CatalogueRules.Status(query.Status);
            if (string.IsNullOrEmpty(status))
            {
                throw new IpCityException("CATALOGUE_QUERY_INVALID", $"未知的事项状态 “{query.Status}”。", 400, new Dictionary<string, object?> { ["field"] = "status", ["allowed"] = ServiceItemStatuses.All });
            }
        }

        string? unit = null;
        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            unit = (await _units.FindAsync(query.Unit, ct))?.Code
                ?? throw new IpCityException(ErrorCodes.UnknownOrgUnit, $"未知的责任单位 “{query.Unit.Trim()}”。", 400, new Dictionary<string, object?> { ["field"] = "unit" });
        }

        var items = await _db.ServiceItems.AsNoTracking().Include(i => i.Versions).OrderBy(i => i.Code).ToListAsync(ct);
        var text = query.Text?.Trim();
        var list = new List<ServiceItemDto>();
        foreach (var item in items)
        {
            var v = InForce(item.Versions, asOf);
            if (v is null
                || (status is null ? v.Status == ServiceItemStatuses.Abolished : v.Status != status)
                || (!string.IsNullOrEmpty(query.Category) && v.Category != query.Category.Trim())
                || (unit is not null && v.ResponsibleUnitCode != unit)
                || (!string.IsNullOrEmpty(text) && !item.Code.Contains(text, StringComparison.OrdinalIgnoreCase) && !v.Name.Contains(text, StringComparison.Ordinal)))
            {
                continue;
            }

            list.Add(await ToDtoAsync(actor, item, v, inForce: true, ct));
        }

        return list;
    }

    private async Task<List<IReadOnlyList<string?>>> ExportRowsAsync(Actor actor, ServiceItemQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await InForceAsync(actor, query, query.AsOf ?? Today, ct);
        return rows.Select(d => (IReadOnlyList<string?>)
        [
            d.Code, d.Name, d.Category, d.LegalBasis, d.Conditions, string.Join('\n', d.Materials),
            d.TimeLimitAmount.ToString(CultureInfo.InvariantCulture), d.TimeLimitUnit == ServiceTimeLimitUnits.WorkingDays ? "工作日" : "日", d.Fee,
            string.Join('、', d.Channels.Select(ServiceChannels.Name)), d.ResponsibleUnitCode, d.ResponsibleUnitName, d.StatusName,
            CatalogueRules.Day(d.EffectiveFrom), d.Version.ToString(CultureInfo.InvariantCulture), d.Source,
        ]).ToList();
    }

    private sealed record ItemInput(string? Code, string? Name, string? Category, string? LegalBasis, string? Conditions, string? Materials, string? TimeLimit,
        string? TimeLimitUnit, string? Fee, string? Channels, string? Unit, string? Status, string? EffectiveFrom, string? Note);

    private static ItemInput ToInput(SheetRow r) => new(r["code"], r["name"], r["category"], r["legalBasis"], r["conditions"], r["materials"], r["timeLimit"],
        r["timeLimitUnit"], r["fee"], r["channels"], r["unit"], r["status"], r["effectiveFrom"], r["note"]);

    /// <summary>Applies rows by item code: new code → item; changed content → a new version; same content → unchanged. Bad rows reported, good rows kept.</summary>
    private async Task<CatalogueImportResult> ApplyAsync(IReadOnlyList<(int Row, ItemInput Input)> rows, string source, string by, bool onlyNew, CancellationToken ct)
    {
        var items = await _db.ServiceItems.Include(i => i.Versions).ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var issues = new List<CatalogueImportIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int created = 0, revised = 0, unchanged = 0, rejected = 0;
        foreach (var (row, input) in rows)
        {
            var problems = new FieldProblems();
            var code = ValidateCode(input.Code, problems);
            var (amount, unit) = ParseTimeLimit(input.TimeLimit, input.TimeLimitUnit, problems);
            var content = new ServiceItemContent(input.Name ?? string.Empty, input.Category ?? string.Empty, input.LegalBasis, input.Conditions,
                CatalogueRules.SplitList(input.Materials, commas: false), amount, unit, input.Fee,
                CatalogueRules.SplitList(input.Channels), input.Unit ?? string.Empty, input.Status);
            var version = await ValidateAsync(content, problems, ct);
            var day = CatalogueRules.ParseDay(input.EffectiveFrom);
            if (day == DateOnly.MinValue)
            {
                problems.Add("effectiveFrom", input.EffectiveFrom, "生效日期格式不正确 (yyyy-MM-dd)。");
                day = null;
            }

            items.TryGetValue(code, out var item);
            var latest = item?.Versions.OrderByDescending(v => v.VersionNo).First();
            var from = EffectiveFrom(day, latest is null || onlyNew ? null : latest.EffectiveFrom, problems);
            var note = problems.Text(input.Note, "note", "调整说明", 1000);
            if (!problems.Any && seen.TryGetValue(code, out var first))
            {
                problems.Add("code", code, $"与第 {first.ToString(CultureInfo.InvariantCulture)} 行的事项编码重复。");
            }

            if (problems.Any)
            {
                issues.AddRange(problems.Items.Select(p => p with { Row = row }));
                rejected++;
                continue;
            }

            seen[code] = row;
            if (item is null)
            {
                item = NewItem(code, by);
                AddVersion(item, null, version, from, source, note, by);
                items[code] = item;
                created++;
            }
            else if (onlyNew || latest!.ContentHash == version.ContentHash)
            {
                unchanged++;
            }
            else
            {
                AddVersion(item, latest, version, from, source, note, by);
                revised++;
            }
        }

        await SaveAsync(ct);
        return new CatalogueImportResult(rows.Count, created, revised, unchanged, rejected, issues);
    }

    private ServiceItem NewItem(string code, string by)
    {
        var item = new ServiceItem { Code = code, LatestVersion = 0, CreatedAtUtc = Now, CreatedBy = by };
        _db.ServiceItems.Add(item);
        return item;
    }

    private ServiceItemVersion AddVersion(ServiceItem item, ServiceItemVersion? previous, ServiceItemVersion version, DateOnly from, string source, string? note, string by)
    {
        item.LatestVersion++;
        version.VersionNo = item.LatestVersion;
        version.EffectiveFrom = from;
        version.Source = source;
        version.Note = note;
        version.RecordedAtUtc = Now;
        version.RecordedBy = by;
        item.Versions.Add(version);
        var kind = previous is null ? CatalogueChangeKinds.Added
            : previous.Status == version.Status ? CatalogueChangeKinds.Revised
            : version.Status switch
            {
                ServiceItemStatuses.Suspended => CatalogueChangeKinds.Suspended,
                ServiceItemStatuses.Abolished => CatalogueChangeKinds.Abolished,
                _ => CatalogueChangeKinds.Restored,
            };
        _db.CatalogueChanges.Add(new CatalogueChange
        {
            ItemCode = item.Code,
            ItemName = version.Name,
            VersionNo = version.VersionNo,
            Kind = kind,
            EffectiveFrom = from,
            Changes = string.Join('\n', Describe(previous, version)),
            Note = note,
            RecordedAtUtc = Now,
            RecordedBy = by,
        });
        return version;
    }

    /// <summary>"field: before → after" per changed field (all fields for a new item).</summary>
    private static IEnumerable<string> Describe(ServiceItemVersion? a, ServiceItemVersion b)
    {
        static string Limit(ServiceItemVersion v) => ServiceTimeLimitUnits.Text(v.TimeLimitAmount, v.TimeLimitUnit);
        static string Channels(ServiceItemVersion v) => string.Join('、', CatalogueRules.Bars(v.Channels).Select(ServiceChannels.Name));
        if (a is null)
        {
            yield return $"新增事项: {b.Name} ({b.Category}); 办理时限 {Limit(b)}; 责任单位 {b.ResponsibleUnitCode}; 渠道 {Channels(b)}";
            yield break;
        }

        static string Cut(string? s) => s is null ? "(空)" : s.Length > 60 ? s[..60] + "…" : s;
        if (a.Name != b.Name)
        {
            yield return $"事项名称: {a.Name} → {b.Name}";
        }

        if (a.Category != b.Category)
        {
            yield return $"事项类别: {a.Category} → {b.Category}";
        }

        if (a.TimeLimitAmount != b.TimeLimitAmount || a.TimeLimitUnit != b.TimeLimitUnit)
        {
            yield return $"办理时限: {Limit(a)} → {Limit(b)}";
        }

        if (a.ResponsibleUnitCode != b.ResponsibleUnitCode)
        {
            yield return $"责任单位: {a.ResponsibleUnitCode} → {b.ResponsibleUnitCode}";
        }

        if (a.Channels != b.Channels)
        {
            yield return $"办理渠道: {Channels(a)} → {Channels(b)}";
        }

        if (a.Status != b.Status)
        {
            yield return $"状态: {ServiceItemStatuses.Name(a.Status)} → {ServiceItemStatuses.Name(b.Status)}";
        }

        if (a.Fee != b.Fee)
        {
            yield return $"收费标准: {Cut(a.Fee)} → {Cut(b.Fee)}";
        }

        if (a.LegalBasis != b.LegalBasis)
        {
            yield return $"设定依据: {Cut(a.LegalBasis)} → {Cut(b.LegalBasis)}";
        }

        if (a.Conditions != b.Conditions)
        {
            yield return $"受理条件: {Cut(a.Conditions)} → {Cut(b.Conditions)}";
        }

        if (a.Materials != b.Materials)
        {
            var before = CatalogueRules.Lines(a.Materials);
            var after = CatalogueRules.Lines(b.Materials);
            var plus = after.Except(before, StringComparer.Ordinal).Select(m => "+" + m);
            var minus = before.Except(after, StringComparer.Ordinal).Select(m => "−" + m);
            var diff = string.Join("; ", plus.Concat(minus));
            yield return "申请材料: " + (diff.Length == 0 ? "顺序调整" : diff);
        }
    }

    private async Task<ServiceItemVersion> ValidateAsync(ServiceItemContent? content, FieldProblems problems, CancellationToken ct)
    {
        if (content is null)
        {
            problems.Add("content", null, "请填写事项内容。");
            return new ServiceItemVersion();
        }

        var name = problems.Text(content.Name, "name", "事项名称", 200, required: true) ?? string.Empty;
        var category = problems.Text(content.Category, "category", "事项类别", 50, required: true) ?? string.Empty;
        var basis = problems.Text(content.LegalBasis, "legalBasis", "设定依据", 2000);
        var conditions = problems.Text(content.Conditions, "conditions", "受理条件", 4000);
        var materials = (content.Materials ?? []).Select(m => m?.Trim()).Where(m => !string.IsNullOrEmpty(m)).Select(m => m!).Distinct(StringComparer.Ordinal).ToList();
        if (materials.Count > 50 || materials.Any(m => m.Length > 200) || materials.Sum(m => m.Length + 1) > 4000)
        {
            problems.Add("materials", null, "申请材料最多 50 项, 每项不超过 200 字。");
        }

        if (content.TimeLimitAmount is < 0 or > CatalogueRules.MaxTimeLimit)
        {
            problems.Add("timeLimit", content.TimeLimitAmount.ToString(CultureInfo.InvariantCulture), $"办理时限须在 0 (即时办结) 到 {CatalogueRules.MaxTimeLimit.ToString(CultureInfo.InvariantCulture)} 之间。");
        }

        var unit = CatalogueRules.TimeUnit(content.TimeLimitUnit);
        if (unit is null && content.TimeLimitAmount == 0)
        {
            unit = ServiceTimeLimitUnits.WorkingDays;
        }

        if (string.IsNullOrEmpty(unit))
        {
            problems.Add("timeLimitUnit", content.TimeLimitUnit, "时限单位须为工作日 (WorkingDays) 或日 (Days)。");
        }

        var fee = problems.Text(content.Fee, "fee", "收费标准", 500) ?? CatalogueRules.DefaultFee;
        var channels = new List<string>();
        foreach (var c in content.Channels ?? [])
        {
            var parsed = CatalogueRules.Channel(c);
            if (string.IsNullOrEmpty(parsed))
            {
                problems.Add("channels", c, "办理渠道须为网上办理 (Online)、窗口办理 (Window) 或邮寄办理 (Mail)。");
            }
            else if (!channels.Contains(parsed))
            {
                channels.Add(parsed);
            }
        }

        if (channels.Count == 0 && !problems.Items.Any(p => p.Field == "channels"))
        {
            problems.Add("channels", null, "请至少选择一个办理渠道。");
        }

        var responsible = await _units.ResponsibleAsync(content.ResponsibleUnitCode, problems, "unit", ct);
        var status = CatalogueRules.Status(content.Status) ?? ServiceItemStatuses.Active;
        if (status.Length == 0)
        {
            problems.Add("status", content.Status, "状态须为在办 (Active)、暂停办理 (Suspended) 或已取消 (Abolished)。");
        }

        var ordered = ServiceChannels.All.Where(channels.Contains).ToList();
        var v = new ServiceItemVersion
        {
            Name = name,
            Category = category,
            LegalBasis = basis,
            Conditions = conditions,
            Materials = string.Join('\n', materials),
            TimeLimitAmount = content.TimeLimitAmount,
            TimeLimitUnit = unit ?? string.Empty,
            Fee = fee,
            Channels = string.Join('|', ordered),
            ResponsibleUnitCode = responsible,
            Status = status,
        };
        v.ContentHash = CatalogueRules.Hash(v.Name, v.Category, v.LegalBasis, v.Conditions, v.Materials, v.TimeLimitAmount.ToString(CultureInfo.InvariantCulture), v.TimeLimitUnit, v.Fee, v.Channels, v.ResponsibleUnitCode, v.Status);
        return v;
    }

    private static string ValidateCode(string? value, FieldProblems problems)
    {
        var code = value?.Trim() ?? string.Empty;
        if (!CatalogueRules.CodePattern().IsMatch(code))
        {
            problems.Add("code", value, "事项编码须为 2–32 位字母、数字、点、横线或下划线。");
        }

        return code;
    }

    /// <summary>Effective date: today when not given; not before 2000, not more than 3 years ahead, not before the latest version's date.</summary>
    private DateOnly EffectiveFrom(DateOnly? given, DateOnly? notBefore, FieldProblems problems)
    {
        var day = given ?? Today;
        if (day.Year < 2000 || day > Today.AddYears(3))
        {
            problems.Add("effectiveFrom", CatalogueRules.Day(day), "生效日期须在 2000 年以后、3 年以内。");
        }
        else if (notBefore is { } earliest && day < earliest)
        {
            problems.Add("effectiveFrom", CatalogueRules.Day(day), $"新版本的生效日期不得早于最新版本的生效日期 {CatalogueRules.Day(earliest)}。");
        }

        return day;
    }

    [GeneratedRegex("^\\s*([0-9]+)\\s*(个工作日|工作日|个自然日|自然日|日|天)?\\s*$")]
    private static partial Regex LimitPattern();

    /// <summary>"5" + "工作日", or "5个工作日" / "30日" in one cell, or "即时办结" (0).</summary>
    private static (int Amount, string? Unit) ParseTimeLimit(string? amount, string? unit, FieldProblems problems)
    {
        var v = amount?.Trim();
        if (v is "即时办结" or "即办" or "当场办结")
        {
            return (0, unit);
        }

        var m = LimitPattern().Match(v ?? string.Empty);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            problems.Add("timeLimit", amount, "办理时限须为天数 (如 5, 或 “5个工作日”、“30日”、“即时办结”)。");
            return (0, unit);
        }

        return (n, string.IsNullOrWhiteSpace(unit) && m.Groups[2].Success ? m.Groups[2].Value : unit);
    }

    private async Task<ServiceItemDto> ToDtoAsync(Actor actor, ServiceItem item, ServiceItemVersion v, bool inForce, CancellationToken ct)
    {
        var channels = CatalogueRules.Bars(v.Channels);
        return new ServiceItemDto(item.Code, v.VersionNo, v.EffectiveFrom, v.Name, v.Category, v.LegalBasis, v.Conditions, CatalogueRules.Lines(v.Materials),
            v.TimeLimitAmount, v.TimeLimitUnit, ServiceTimeLimitUnits.Text(v.TimeLimitAmount, v.TimeLimitUnit), v.Fee, channels,
            string.Join('、', channels.Select(ServiceChannels.Name)), v.ResponsibleUnitCode, await _units.NameAsync(v.ResponsibleUnitCode, ct),
            v.Status, ServiceItemStatuses.Name(v.Status), v.Source, inForce, item.LatestVersion, v.Note, v.RecordedAtUtc, actor.IsOfficer ? v.RecordedBy : null);
    }

    private async Task SaveAsync(CancellationToken ct, ServiceItem? item = null)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw item is null ? new IpCityException("CATALOGUE_CONCURRENCY", "事项清单已被他人更新, 请刷新后重试。", 409) : Concurrency(item);
        }
        catch (DbUpdateException) when (item is not null)
        {
            // Two revisions of one item at once: the unique (item, version) index refuses the second.
            throw Concurrency(item);
        }
    }

    private static IpCityException Concurrency(ServiceItem item) =>
        new("CATALOGUE_CONCURRENCY", "事项已被他人更新, 请刷新后重试。", 409, new Dictionary<string, object?> { ["latestVersion"] = item.LatestVersion });

    private static void RequireCity(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("CATALOGUE_FORBIDDEN", "公共服务事项清单由市局维护。", 403);
        }
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private sealed record StarterFile(string Label, string Status, string Source, string? Note, IReadOnlyList<StarterItem> Items);

    private sealed record StarterItem(string Code, string Name, string Category, string? LegalBasis, string? Conditions, IReadOnlyList<string>? Materials,
        int? TimeLimit, string? TimeLimitUnit, string? Fee, IReadOnlyList<string>? Channels, string? ResponsibleUnit, string? Status);
}
