using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.Finance.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Products;

/// <summary>
/// IP securitisation deals (知识产权证券化): entry by the city office, list, export and statistics by issue year.
/// Deals are city-level records: every officer reads them all (a district filter selects deals with a firm there).
/// </summary>
internal sealed class SecuritisationRegister : ISecuritisationRegister
{
    public const string NotFoundCode = "SECURITISATION_NOT_FOUND";
    public const string InvalidCode = "SECURITISATION_INVALID";

    private readonly FinanceDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly ProductDistricts _districts;

    public SecuritisationRegister(FinanceDbContext db, IAuditTrail audit, TimeProvider clock, ProductDistricts districts)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
        _districts = districts;
    }

    public async Task<ProductPage<SecuritisationDto>> ListAsync(Actor actor, SecuritisationQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var items = new List<SecuritisationDto>();
        foreach (var d in rows.Skip((page - 1) * pageSize).Take(pageSize))
        {
            items.Add(await ToDtoAsync(d, ct));
        }

        return new ProductPage<SecuritisationDto>(items, rows.Count, page, pageSize);
    }

    public async Task<SecuritisationDto> GetAsync(Actor actor, long id, CancellationToken ct = default)
    {
        ProductRules.RequireOfficer(actor);
        var deal = await _db.SecuritisationDeals.AsNoTracking().Include(d => d.Firms).FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw Missing();
        return await ToDtoAsync(deal, ct);
    }

    public async Task<SecuritisationDto> CreateAsync(Actor actor, SecuritisationRequest request, CancellationToken ct = default)
    {
        ProductRules.RequireCity(actor);
        var values = await ValidateAsync(request, ct);
        if (await _db.SecuritisationDeals.AnyAsync(d => d.Name == values.Name, ct))
        {
            throw Duplicate(values.Name);
        }

        var now = _clock.GetUtcNow();
        (values.CreatedBy, values.CreatedAt, values.UpdatedBy, values.UpdatedAt) = (actor.Name, now, actor.Name, now);
        _db.SecuritisationDeals.Add(values);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("SecuritisationCreated", AuditOutcome.Success, "SecuritisationDeal", values.Id.ToString(CultureInfo.InvariantCulture), $"issued={ProductRules.Day(values.IssuedOn)} firms={values.Firms.Count}"), ct);
        return await ToDtoAsync(values, ct);
    }

    public async Task<SecuritisationDto> UpdateAsync(Actor actor, long id, SecuritisationRequest request, CancellationToken ct = default)
    {
        ProductRules.RequireCity(actor);
        var deal = await _db.SecuritisationDeals.Include(d => d.Firms).FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw Missing();
        var values = await ValidateAsync(request, ct);
        if (await _db.SecuritisationDeals.AnyAsync(d => d.Id != id && d.Name == values.Name, ct))
        {
            throw Duplicate(values.Name);
        }

        deal.Name = values.Name;
        deal.Issuer = values.Issuer;
        deal.Exchange = values.Exchange;
        deal.IssuedOn = values.IssuedOn;
        deal.Year = values.Year;
        deal.AmountYi = values.AmountYi;
        deal.UnderlyingIpCount = values.UnderlyingIpCount;
        deal.Source = values.Source;
        deal.Note = values.Note;
        _db.SecuritisationFirms.RemoveRange(deal.Firms);
        deal.Firms.Clear();
        deal.Firms.AddRange(values.Firms);
        (deal.UpdatedBy, deal.UpdatedAt) = (actor.Name, _clock.GetUtcNow());
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("SecuritisationUpdated", AuditOutcome.Success, "SecuritisationDeal", id.ToString(CultureInfo.InvariantCulture), $"issued={ProductRules.Day(deal.IssuedOn)} firms={deal.Firms.Count}"), ct);
        return await ToDtoAsync(deal, ct);
    }

    public async Task<ExportTable> ExportAsync(Actor actor, SecuritisationQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var table = new List<IReadOnlyList<object?>>();
        foreach (var deal in rows)
        {
            var d = await ToDtoAsync(deal, ct);
            table.Add([d.Name, d.Issuer, d.Exchange, d.IssuedOn, d.Year, d.AmountYi, d.UnderlyingIpCount, d.Firms.Count, d.LocalAmountWan,
                string.Join("; ", d.Firms.Select(f => $"{f.Name}({f.CreditCode}, {f.DistrictName ?? f.DistrictCode}, {ProductRules.Amount(f.AmountWan)}万元)")), d.Source, d.Note]);
        }

        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "SecuritisationDeal", null, $"rows={rows.Count}"), ct);
        return new ExportTable("知识产权证券化", ["产品名称", "发行人/计划", "交易场所", "发行日期", "年度", "发行规模(亿元)", "底层知识产权数", "本地企业数", "本地企业金额(万元)", "参与企业", "来源", "备注"], table);
    }

    public async Task<IReadOnlyList<SecuritisationYearRow>> StatisticsAsync(Actor actor, CancellationToken ct = default)
    {
        var rows = await FilterAsync(actor, new SecuritisationQuery(), ct);
        return rows.GroupBy(d => d.Year).OrderBy(g => g.Key)
            .Select(g => new SecuritisationYearRow(
                g.Key,
                g.Count(),
                g.Sum(d => d.AmountYi),
                g.Sum(d => d.UnderlyingIpCount),
                g.SelectMany(d => d.Firms).Select(f => f.CreditCode).Distinct(StringComparer.Ordinal).Count(),
                g.SelectMany(d => d.Firms).Sum(f => f.AmountWan)))
            .ToList();
    }

    public async Task<ExportTable> ExportStatisticsAsync(Actor actor, CancellationToken ct = default)
    {
        var rows = await StatisticsAsync(actor, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "SecuritisationStatistics", null, $"rows={rows.Count}"), ct);
        return new ExportTable(
            "证券化统计",
            ["年度", "产品数", "发行规模(亿元)", "底层知识产权数", "本地企业数", "本地企业金额(万元)"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Year, r.Deals, r.AmountYi, r.UnderlyingIpCount, r.LocalFirms, r.LocalAmountWan]).ToList());
    }

    private async Task<List<SecuritisationDeal>> FilterAsync(Actor actor, SecuritisationQuery query, CancellationToken ct)
    {
        ProductRules.RequireOfficer(actor);
        var q = _db.SecuritisationDeals.AsNoTracking().Include(d => d.Firms).AsQueryable();
        if (query.Year is { } year)
        {
            q = q.Where(d => d.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(query.Exchange))
        {
            var exchange = query.Exchange.Trim();
            q = q.Where(d => d.Exchange == exchange);
        }

        if (await _districts.FilterAsync(query.District, ct) is { } district)
        {
            q = q.Where(d => d.Firms.Any(f => f.DistrictCode == district));
        }

        var rows = await q.OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Id).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            rows = rows.Where(d => d.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || d.Issuer.Contains(text, StringComparison.OrdinalIgnoreCase)
                || d.Firms.Any(f => f.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || f.CreditCode.Contains(text, StringComparison.OrdinalIgnoreCase))).ToList();
        }

        return rows;
    }

    private async Task<SecuritisationDeal> ValidateAsync(SecuritisationRequest? request, CancellationToken ct)
    {
        var problems = new ProductProblems();
        if (request is null)
        {
            problems.Add("body", null, "请求内容为空。");
            throw problems.ToException(InvalidCode);
        }

        var deal = new SecuritisationDeal
        {
            Name = problems.Text(request.Name, "name", "产品名称", 300),
            Issuer = problems.Text(request.Issuer, "issuer", "发行人/计划", 300),
            Exchange = problems.Text(request.Exchange, "exchange", "交易场所", 100),
            IssuedOn = request.IssuedOn,
            Year = request.IssuedOn.Year,
            AmountYi = problems.Amount(request.AmountYi, "amount", "发行规模(亿元)", positive: true, max: 100_000m),
            UnderlyingIpCount = request.UnderlyingIpCount,
            Source = problems.Optional(request.Source, "source", "来源", 1000),
            Note = problems.Optional(request.Note, "note", "备注", 2000),
        };
        if (request.IssuedOn == default || request.IssuedOn > ProductRules.Today(_clock))
        {
            problems.Add("issuedOn", ProductRules.Day(request.IssuedOn), "请填写发行日期 (不晚于今天)。");
        }

        if (request.UnderlyingIpCount is < 0 or > 1_000_000)
        {
            problems.Add("underlyingIpCount", request.UnderlyingIpCount.ToString(CultureInfo.InvariantCulture), "底层知识产权数须为非负整数。");
        }

        var firms = request.Firms ?? [];
        if (firms.Count > 500)
        {
            problems.Add("firms", null, "参与企业最多 500 家。");
        }

        for (var i = 0; i < firms.Count && i < 500; i++)
        {
            var f = firms[i];
            var field = "firms[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (f is null)
            {
                problems.Add(field, null, "企业信息为空。");
                continue;
            }

            var firm = new SecuritisationFirm
            {
                Name = problems.Text(f.Name, field + ".name", "企业名称", 200),
                CreditCode = problems.CreditCode(f.CreditCode, field + ".creditCode"),
                DistrictCode = await _districts.CodeAsync(Actor.System("-"), f.DistrictCode, problems, field + ".district", ct),
                AmountWan = problems.Amount(f.AmountWan, field + ".amount", "企业融资金额(万元)", positive: true),
            };
            if (deal.Firms.Any(x => x.CreditCode == firm.CreditCode))
            {
                problems.Add(field + ".creditCode", firm.CreditCode, "同一产品中企业重复。");
            }

            deal.Firms.Add(firm);
        }

        if (!problems.Any && deal.Firms.Sum(f => f.AmountWan) > deal.AmountYi * 10_000m)
        {
            problems.Add("firms", null, "本地企业金额合计超过发行规模。");
        }

        return problems.Any ? throw problems.ToException(InvalidCode) : deal;
    }

    private async Task<SecuritisationDto> ToDtoAsync(SecuritisationDeal d, CancellationToken ct)
    {
        var firms = new List<SecuritisationFirmDto>();
        foreach (var f in d.Firms.OrderBy(f => f.Id))
        {
            firms.Add(new SecuritisationFirmDto(f.Name, f.CreditCode, f.DistrictCode, await _districts.NameAsync(f.DistrictCode, ct), f.AmountWan));
        }

        return new SecuritisationDto(d.Id, d.Name, d.Issuer, d.Exchange, d.IssuedOn, d.Year, d.AmountYi, d.UnderlyingIpCount, firms, firms.Sum(f => f.AmountWan), d.Source, d.Note, d.UpdatedBy, d.UpdatedAt);
    }

    private static IpCityException Missing() => new(NotFoundCode, "未找到该证券化产品。", 404);

    private static IpCityException Duplicate(string name) =>
        new("SECURITISATION_DUPLICATE", "已有同名证券化产品。", 409, new Dictionary<string, object?> { ["name"] = name });
}
