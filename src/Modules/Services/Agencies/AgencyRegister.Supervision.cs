using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Agencies;

/// <summary>Supervision records (inspections, violations linked to cases, credit records) and the workforce statistics.</summary>
internal sealed partial class AgencyRegister
{
    public async Task<SupervisionRecordDto> AddAgencySupervisionAsync(Actor actor, long agencyId, SupervisionRequest request, CancellationToken ct = default)
    {
        RequireWriter(actor);
        var agency = await FindAgencyAsync(actor, agencyId, ct);
        var record = await SupervisionAsync(actor, request, ct);
        record.AgencyId = agency.Id;
        _db.SupervisionRecords.Add(record);
        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.SupervisionRecorded, "Agency", agency.Id, $"kind={record.Kind} record={record.Id.ToString(CultureInfo.InvariantCulture)}", ct);
        return ToDto(record);
    }

    public async Task<SupervisionRecordDto> AddPractitionerSupervisionAsync(Actor actor, long practitionerId, SupervisionRequest request, CancellationToken ct = default)
    {
        RequireWriter(actor);
        var person = await FindPractitionerAsync(actor, practitionerId, ct);
        var record = await SupervisionAsync(actor, request, ct);
        record.PractitionerId = person.Id;
        _db.SupervisionRecords.Add(record);
        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.SupervisionRecorded, "Practitioner", person.Id, $"kind={record.Kind} record={record.Id.ToString(CultureInfo.InvariantCulture)}", ct);
        return ToDto(record);
    }

    /// <summary>Validates a record and resolves its link: a violation by case number (the actor's view of the case register), a credit record by id.</summary>
    private async Task<SupervisionRecord> SupervisionAsync(Actor actor, SupervisionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SupervisionKinds.All.Contains(request.Kind))
        {
            throw Invalid("SUPERVISION_KIND", "记录类型须为 Inspection (检查) / Violation (违法违规) / Credit (信用记录)。", "kind", request.Kind);
        }

        if (request.On > Today)
        {
            throw Invalid("SUPERVISION_DATE", "日期不能晚于今天。", "on", AgencyRules.Day(request.On));
        }

        var record = new SupervisionRecord
        {
            Kind = request.Kind,
            On = request.On,
            Unit = Optional(request.Unit, 200, "unit"),
            Result = Optional(request.Result, 2000, "result"),
            Note = Optional(request.Note, 2000, "note"),
            RecordedBy = actor.Name,
            RecordedAt = _clock.GetUtcNow(),
        };
        var protectionActor = new ProtectionActor(actor.Name, actor.Role, actor.UnitCode, actor.EnterpriseCode, actor.Labels);
        switch (request.Kind)
        {
            case SupervisionKinds.Inspection:
                if (record.Unit is null || record.Result is null)
                {
                    throw Invalid("SUPERVISION_INSPECTION", "检查记录须填写检查单位与检查结果。", record.Unit is null ? "unit" : "result", null);
                }

                break;
            case SupervisionKinds.Violation:
                var number = Optional(request.CaseNumber, 64, "caseNumber") ?? throw Invalid("SUPERVISION_CASE_NUMBER", "违法违规记录须填写案件编号。", "caseNumber", null);
                var page = await _cases.ListAsync(protectionActor, new CaseQuery(Text: number, PageSize: 200), ct);
                var hit = page.Items.FirstOrDefault(c => string.Equals(c.Number, number, StringComparison.Ordinal))
                    ?? throw Invalid("SUPERVISION_CASE_NOT_FOUND", "未找到该案件编号 (或不在您的查看范围内)。", "caseNumber", number);
                record.CaseNumber = hit.Number;
                record.CaseId = hit.Id;
                record.CaseType = hit.Type;
                break;
            case SupervisionKinds.Credit:
                var id = request.CreditRecordId ?? throw Invalid("SUPERVISION_CREDIT_ID", "信用记录须填写信用记录编号。", "creditRecordId", null);
                try
                {
                    var credit = await _credit.GetAsync(protectionActor, id, ct);
                    record.CreditRecordId = credit.Id;
                    record.CreditState = credit.State;
                }
                catch (IpCityException ex) when (ex.Status == 404)
                {
                    throw Invalid("SUPERVISION_CREDIT_NOT_FOUND", "未找到该信用记录 (或不在您的查看范围内)。", "creditRecordId", id.ToString());
                }

                break;
        }

        return record;
    }

    private static SupervisionRecordDto ToDto(SupervisionRecord s) =>
        new(s.Id, s.AgencyId, s.PractitionerId, s.Kind, s.On, s.Unit, s.Result, s.CaseNumber, s.CaseId, s.CaseType, s.CreditRecordId, s.CreditState, s.Note, s.RecordedBy, s.RecordedAt);

    // ------------------------------------------------------------------ statistics

    /// <summary>DOMAIN.md §1.6 default: practising patent attorneys + trademark agency staff.</summary>
    public static readonly IReadOnlyList<string> DefaultComposition = [AgentCategories.PractisingPatentAttorneys, AgentCategories.TrademarkAgencyStaff];

    public async Task<WorkforceStatisticsDto> StatisticsAsync(Actor actor, DateOnly referenceDate, IReadOnlyList<string>? composition = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer)
        {
            throw new IpCityException("AGENCY_OFFICER_ROLE", "统计仅供管理部门查看。", 403);
        }

        var parts = composition is { Count: > 0 } ? composition.Distinct(StringComparer.Ordinal).ToList() : DefaultComposition.ToList();
        var unknown = parts.Where(c => !AgentCategories.All.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new IpCityException("WORKFORCE_COMPOSITION", "口径只能由 QualifiedPatentAttorneys / PractisingPatentAttorneys / TrademarkAgencyStaff 组成。", 400, new Dictionary<string, object?> { ["unknown"] = unknown });
        }

        var (persons, agencies) = await Workforce.LoadAsync(_db, null, ct);
        var facts = persons.SelectMany(p => Workforce.Facts(p, referenceDate, agencies)).ToList();
        if (actor.IsDistrict)
        {
            facts = facts.Where(f => f.CountyCode == actor.UnitCode || f.ZoneCode == actor.UnitCode).ToList();
        }

        var names = (await _units.GetUnitsAsync(null, false, ct)).ToDictionary(u => u.Code, u => u.ShortName ?? u.Name, StringComparer.Ordinal);
        WorkforceRegionRow Row(string kind, string? code, IEnumerable<AgentPersonFact> rows)
        {
            var list = rows.ToList();
            int Count(string category) => list.Count(f => f.Category == category);
            var name = code is null ? "未识别地区" : names.GetValueOrDefault(code) ?? code;
            return new WorkforceRegionRow(kind, code, name, Count(AgentCategories.QualifiedPatentAttorneys), Count(AgentCategories.PractisingPatentAttorneys), Count(AgentCategories.TrademarkAgencyStaff),
                parts.Sum(Count));
        }

        var counties = facts.GroupBy(f => f.CountyCode).OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => Row("County", g.Key, g)).ToList();
        var zones = facts.Where(f => f.ZoneCode is not null).GroupBy(f => f.ZoneCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row("Zone", g.Key, g)).ToList();
        var total = Row("Total", null, facts) with { Name = "合计" };
        var distinct = facts.Where(f => parts.Contains(f.Category)).Select(f => f.PersonId).Distinct().Count();
        return new WorkforceStatisticsDto(referenceDate, parts, counties, zones, total, distinct);
    }

    public async Task<byte[]> ExportStatisticsAsync(Actor actor, DateOnly referenceDate, IReadOnlyList<string>? composition, string format, CancellationToken ct = default)
    {
        var s = await StatisticsAsync(actor, referenceDate, composition, ct);
        string[] header = ["类型", "代码", "地区", "取得专利代理师资格", "执业专利代理师", "商标代理从业人员", "合计口径"];
        static IReadOnlyList<string> Line(WorkforceRegionRow r) =>
        [
            r.Kind switch { "County" => "区县", "Zone" => "功能区", _ => "合计" }, r.Code ?? string.Empty, r.Name,
            r.Qualified.ToString(CultureInfo.InvariantCulture), r.Practising.ToString(CultureInfo.InvariantCulture), r.TrademarkStaff.ToString(CultureInfo.InvariantCulture), r.Headline.ToString(CultureInfo.InvariantCulture),
        ];
        var rows = s.Counties.Select(Line).Concat(s.Zones.Select(Line)).Append(Line(s.Total)).ToList();
        var bytes = await ExportFile.WriteAsync(format, "从业人员统计", header, rows, ct);
        await _audit.RecordAsync(new BuildingBlocks.Auditing.AuditEntry(BuildingBlocks.Auditing.AuditEvents.Exported, BuildingBlocks.Auditing.AuditOutcome.Success, "AgentWorkforceStatistics", format, $"date={AgencyRules.Day(referenceDate)} rows={rows.Count}"), ct);
        return bytes;
    }
}
