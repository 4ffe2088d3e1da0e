using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Finance.Contracts;
using IpCity.Finance.Data;
using IpCity.IpData.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Products;

/// <summary>
/// IP insurance policies (知识产权保险, Outline 四): manual entry and idempotent XLSX import (insurer + policy number,
/// content hash), covered patents and trademarks checked against the IP data center (unknown numbers kept and
/// flagged), list, export and yearly statistics. District officers see and write their own district only.
/// </summary>
internal sealed class IpInsuranceRegister : IIpInsuranceRegister
{
    public const string NotFoundCode = "INSURANCE_POLICY_NOT_FOUND";
    public const string InvalidCode = "INSURANCE_POLICY_INVALID";
    public const string DuplicateCode = "INSURANCE_POLICY_DUPLICATE";
    public const string Patent = "Patent";
    public const string Trademark = "Trademark";

    /// <summary>Import columns: field → header aliases (the first is the template's header).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["kind"] = ["险种", "保险类型", "保险险种"],
        ["insurer"] = ["保险公司", "承保机构", "承保公司"],
        ["policyNumber"] = ["保单号", "保单号码", "保险单号"],
        ["insuredName"] = ["投保企业", "被保险人", "企业名称"],
        ["insuredCreditCode"] = ["统一社会信用代码", "信用代码"],
        ["district"] = ["所属区县", "区县", "行政区划代码"],
        ["sumInsured"] = ["保险金额(万元)", "保额(万元)", "保险金额", "保额"],
        ["premium"] = ["保费(万元)", "保险费(万元)", "保费"],
        ["subsidy"] = ["保费补贴(万元)", "财政补贴(万元)", "保费补贴"],
        ["startsOn"] = ["保险起期", "起保日期", "起期"],
        ["endsOn"] = ["保险止期", "终止日期", "止期"],
        ["patents"] = ["专利号", "涉及专利", "专利申请号"],
        ["trademarks"] = ["商标注册号", "涉及商标"],
        ["note"] = ["备注"],
    };

    public static readonly IReadOnlyList<string> Required = ["kind", "insurer", "policyNumber", "insuredName", "insuredCreditCode", "district", "sumInsured", "premium", "startsOn", "endsOn"];

    private readonly FinanceDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly IUtilisationEvents _ipData;
    private readonly ProductDistricts _districts;
    private readonly StorageOptions _storage;

    public IpInsuranceRegister(FinanceDbContext db, IAuditTrail audit, TimeProvider clock, IUtilisationEvents ipData, ProductDistricts districts, StorageOptions storage)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
        _ipData = ipData;
        _districts = districts;
        _storage = storage;
    }

    public async Task<IReadOnlyList<InsuranceKindDto>> ListKindsAsync(CancellationToken ct = default) =>
        (await _db.InsuranceKinds.AsNoTracking().ToListAsync(ct)).OrderBy(k => k.SortOrder).ThenBy(k => k.Code, StringComparer.Ordinal)
            .Select(k => new InsuranceKindDto(k.Code, k.Name, k.Active, k.SortOrder)).ToList();

    public async Task<InsuranceKindDto> SetKindAsync(Actor actor, string code, SetInsuranceKindRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProductRules.RequireCity(actor);
        var problems = new ProductProblems();
        var key = problems.Text(code, "code", "险种代码", 64);
        if (key.Length > 0 && !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            problems.Add("code", code, "险种代码只能由字母、数字、- 和 _ 组成。");
        }

        var name = problems.Text(request.Name, "name", "险种名称", 100);
        if (problems.Any)
        {
            throw problems.ToException("INSURANCE_KIND_INVALID");
        }

        if (await _db.InsuranceKinds.AnyAsync(k => k.Name == name && k.Code != key, ct))
        {
            throw new IpCityException("INSURANCE_KIND_DUPLICATE", "已有同名险种。", 409, new Dictionary<string, object?> { ["name"] = name });
        }

        var kind = await _db.InsuranceKinds.FirstOrDefaultAsync(k => k.Code == key, ct);
        var created = kind is null;
        if (kind is null)
        {
            kind = new InsuranceKind { Code = key };
            _db.InsuranceKinds.Add(kind);
        }

        kind.Name = name;
        kind.Active = request.Active;
        kind.SortOrder = request.SortOrder ?? kind.SortOrder;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(created ? "InsuranceKindCreated" : "InsuranceKindUpdated", AuditOutcome.Success, "InsuranceKind", key, $"active={kind.Active}"), ct);
        return new InsuranceKindDto(kind.Code, kind.Name, kind.Active, kind.SortOrder);
    }

    public async Task<ProductPage<InsurancePolicyDto>> ListAsync(Actor actor, InsurancePolicyQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var items = new List<InsurancePolicyDto>();
        var kinds = await KindNamesAsync(ct);
        foreach (var p in rows.Skip((page - 1) * pageSize).Take(pageSize))
        {
            items.Add(await ToDtoAsync(p, kinds, ct));
        }

        return new ProductPage<InsurancePolicyDto>(items, rows.Count, page, pageSize);
    }

    public async Task<InsurancePolicyDto> GetAsync(Actor actor, long id, CancellationToken ct = default) =>
        await ToDtoAsync(await FindAsync(actor, id, tracking: false, ct), await KindNamesAsync(ct), ct);

    public async Task<InsurancePolicyDto> CreateAsync(Actor actor, InsurancePolicyRequest request, CancellationToken ct = default)
    {
        ProductRules.RequireWriter(actor);
        var problems = new ProductProblems();
        var values = await ValidateAsync(actor, request, problems, await ActiveKindsAsync(ct), ct);
        if (problems.Any)
        {
            throw problems.ToException(InvalidCode);
        }

        if (await _db.InsurancePolicies.AnyAsync(p => p.Insurer == values.Insurer && p.PolicyNumber == values.PolicyNumber, ct))
        {
            throw new IpCityException(DuplicateCode, "该保险公司的此保单号已登记。", 409, new Dictionary<string, object?> { ["insurer"] = values.Insurer, ["policyNumber"] = values.PolicyNumber });
        }

        await CheckItemsAsync([values], ct);
        Stamp(values, actor, created: true);
        _db.InsurancePolicies.Add(values);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("InsurancePolicyCreated", AuditOutcome.Success, "InsurancePolicy", values.Id.ToString(CultureInfo.InvariantCulture), $"{values.KindCode} {values.DistrictCode} unknownItems={values.UnknownItems}"), ct);
        return await ToDtoAsync(values, await KindNamesAsync(ct), ct);
    }

    public async Task<InsurancePolicyDto> UpdateAsync(Actor actor, long id, InsurancePolicyRequest request, CancellationToken ct = default)
    {
        ProductRules.RequireWriter(actor);
        var policy = await FindAsync(actor, id, tracking: true, ct);
        var problems = new ProductProblems();
        var values = await ValidateAsync(actor, request, problems, await ActiveKindsAsync(ct, policy.KindCode), ct);
        if (problems.Any)
        {
            throw problems.ToException(InvalidCode);
        }

        if (await _db.InsurancePolicies.AnyAsync(p => p.Id != id && p.Insurer == values.Insurer && p.PolicyNumber == values.PolicyNumber, ct))
        {
            throw new IpCityException(DuplicateCode, "该保险公司的此保单号已登记。", 409, new Dictionary<string, object?> { ["insurer"] = values.Insurer, ["policyNumber"] = values.PolicyNumber });
        }

        await CheckItemsAsync([values], ct);
        var changed = policy.ContentHash != values.ContentHash;
        if (changed)
        {
            Copy(values, policy);
            Stamp(policy, actor, created: false);
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry("InsurancePolicyUpdated", AuditOutcome.Success, "InsurancePolicy", id.ToString(CultureInfo.InvariantCulture), $"{policy.KindCode} {policy.DistrictCode} unknownItems={policy.UnknownItems}"), ct);
        }

        return await ToDtoAsync(policy, await KindNamesAsync(ct), ct);
    }

    public async Task<ProductImportResult> ImportAsync(Actor actor, Stream xlsx, string fileName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ProductRules.RequireWriter(actor);
        if (!string.Equals(Path.GetExtension(fileName ?? string.Empty), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new IpCityException(ProductSheet.InvalidCode, "保单清单须为 .xlsx 文件。", 400, new Dictionary<string, object?> { ["fileName"] = fileName });
        }

        var folder = Path.Combine(_storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "policies.xlsx");
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await xlsx.CopyToAsync(target, ct);
            }

            return await ImportFileAsync(actor, path, Path.GetFileName(fileName)!, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<ProductImportResult> ImportFileAsync(Actor actor, string path, string fileName, CancellationToken ct)
    {
        var rows = ProductSheet.Read(path, Headers, Required);
        var kinds = await ActiveKindsAsync(ct);
        var issues = new List<ProductImportIssue>();
        var good = new List<(int Row, InsurancePolicy Values)>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var problems = new ProductProblems();
            var request = new InsurancePolicyRequest(
                row["kind"] ?? string.Empty,
                row["insurer"] ?? string.Empty,
                row["policyNumber"] ?? string.Empty,
                row["insuredName"] ?? string.Empty,
                row["insuredCreditCode"] ?? string.Empty,
                row["district"] ?? string.Empty,
                ProductSheet.Number(row["sumInsured"], "sumInsured", problems, "保险金额") ?? 0,
                ProductSheet.Number(row["premium"], "premium", problems, "保费") ?? 0,
                ProductSheet.Number(row["subsidy"], "subsidy", problems),
                ProductSheet.Date(row["startsOn"], "startsOn", problems) ?? default,
                ProductSheet.Date(row["endsOn"], "endsOn", problems) ?? default,
                ProductSheet.List(row["patents"]),
                ProductSheet.List(row["trademarks"]),
                row["note"]);
            var values = await ValidateAsync(actor, request, problems, kinds, ct);
            if (!problems.Any && seen.TryGetValue((values.Insurer, values.PolicyNumber), out var first))
            {
                problems.Add("policyNumber", values.PolicyNumber, $"与第 {first.ToString(CultureInfo.InvariantCulture)} 行的保险公司与保单号重复。");
            }

            if (problems.Any)
            {
                issues.AddRange(problems.Items.Select(p => new ProductImportIssue(row.Row, p.Field, p.Value, p.Reason)));
                continue;
            }

            seen[(values.Insurer, values.PolicyNumber)] = row.Row;
            good.Add((row.Row, values));
        }

        // District officers may not overwrite another district's policy through the import.
        var keys = good.Select(g => g.Values.PolicyNumber).Distinct().ToList();
        var existing = (await _db.InsurancePolicies.Include(p => p.Items).Where(p => keys.Contains(p.PolicyNumber)).ToListAsync(ct))
            .ToDictionary(p => (p.Insurer, p.PolicyNumber));
        await CheckItemsAsync(good.Select(g => g.Values).ToList(), ct);
        int inserted = 0, updated = 0, unchanged = 0, flagged = 0;
        foreach (var (row, values) in good)
        {
            if (existing.TryGetValue((values.Insurer, values.PolicyNumber), out var policy))
            {
                if (actor.IsDistrict && policy.DistrictCode != actor.UnitCode)
                {
                    issues.Add(new ProductImportIssue(row, "policyNumber", values.PolicyNumber, "该保单已由其他区县登记, 区县人员不能修改。"));
                    continue;
                }

                if (policy.ContentHash == values.ContentHash)
                {
                    unchanged++;
                }
                else
                {
                    Copy(values, policy);
                    Stamp(policy, actor, created: false);
                    updated++;
                }
            }
            else
            {
                Stamp(values, actor, created: true);
                _db.InsurancePolicies.Add(values);
                inserted++;
            }

            flagged += values.UnknownItems > 0 ? 1 : 0;
        }

        await _db.SaveChangesAsync(ct);
        var rejected = issues.Select(i => i.Row).Distinct().Count();
        await _audit.RecordAsync(new AuditEntry("InsurancePoliciesImported", AuditOutcome.Success, "InsurancePolicy", null,
            $"file={fileName} read={rows.Count} inserted={inserted} updated={updated} unchanged={unchanged} rejected={rejected} flagged={flagged}"), ct);
        return new ProductImportResult(rows.Count, inserted, updated, unchanged, rejected, flagged, issues.OrderBy(i => i.Row).ToList());
    }

    public async Task<ExportTable> ExportAsync(Actor actor, InsurancePolicyQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var kinds = await KindNamesAsync(ct);
        var table = new List<IReadOnlyList<object?>>(rows.Count);
        foreach (var p in rows)
        {
            var d = await ToDtoAsync(p, kinds, ct);
            table.Add([
                d.KindName, d.Insurer, d.PolicyNumber, d.InsuredName, d.InsuredCreditCode, d.DistrictCode, d.DistrictName, d.SumInsuredWan, d.PremiumWan, d.SubsidyWan,
                d.StartsOn, d.EndsOn, d.Year,
                string.Join("、", d.Items.Where(i => i.ItemType == Patent).Select(i => i.Number)),
                string.Join("、", d.Items.Where(i => i.ItemType == Trademark).Select(i => i.Number)),
                string.Join("、", d.Items.Where(i => !i.Found).Select(i => i.Number)), d.Note]);
        }

        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "InsurancePolicy", null, $"rows={rows.Count}"), ct);
        return new ExportTable("知识产权保险", [.. Headers.Values.Take(6).Select(a => a[0]), "区县名称", "保险金额(万元)", "保费(万元)", "保费补贴(万元)", "保险起期", "保险止期", "年度", "专利号", "商标注册号", "未匹配号码", "备注"], table);
    }

    public async Task<InsuranceStatistics> StatisticsAsync(Actor actor, int? year, CancellationToken ct = default)
    {
        var rows = await FilterAsync(actor, new InsurancePolicyQuery(Year: year), ct);
        var kinds = await KindNamesAsync(ct);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var code in rows.Select(r => r.DistrictCode).Distinct())
        {
            names[code] = await _districts.NameAsync(code, ct);
        }

        static InsuranceTotals Totals(string key, string label, IEnumerable<InsurancePolicy> g)
        {
            var list = g.ToList();
            return new InsuranceTotals(key, label, list.Count, list.Sum(p => p.SumInsuredWan), list.Sum(p => p.PremiumWan), list.Sum(p => p.SubsidyWan));
        }

        var byYear = rows.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => Totals(g.Key.ToString(CultureInfo.InvariantCulture), g.Key.ToString(CultureInfo.InvariantCulture), g)).ToList();
        var byKind = rows.GroupBy(r => r.KindCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Totals(g.Key, kinds.GetValueOrDefault(g.Key, g.Key), g)).ToList();
        var byDistrict = rows.GroupBy(r => r.DistrictCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Totals(g.Key, names[g.Key] ?? g.Key, g)).ToList();
        var cells = rows.GroupBy(r => (r.Year, r.KindCode, r.DistrictCode)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.KindCode, StringComparer.Ordinal).ThenBy(g => g.Key.DistrictCode, StringComparer.Ordinal)
            .Select(g => new InsuranceStatisticsRow(g.Key.Year, g.Key.KindCode, kinds.GetValueOrDefault(g.Key.KindCode, g.Key.KindCode), g.Key.DistrictCode, names[g.Key.DistrictCode],
                g.Count(), g.Sum(p => p.SumInsuredWan), g.Sum(p => p.PremiumWan), g.Sum(p => p.SubsidyWan))).ToList();
        return new InsuranceStatistics(year, byYear, byKind, byDistrict, cells, Totals("total", "合计", rows));
    }

    public async Task<ExportTable> ExportStatisticsAsync(Actor actor, int? year, CancellationToken ct = default)
    {
        var s = await StatisticsAsync(actor, year, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "InsuranceStatistics", year?.ToString(CultureInfo.InvariantCulture), $"rows={s.Rows.Count}"), ct);
        return new ExportTable(
            "保险统计",
            ["年度", "险种", "区县代码", "区县", "保单数", "保险金额(万元)", "保费(万元)", "保费补贴(万元)"],
            s.Rows.Select(r => (IReadOnlyList<object?>)[r.Year, r.KindName, r.DistrictCode, r.DistrictName, r.Policies, r.SumInsuredWan, r.PremiumWan, r.SubsidyWan]).ToList());
    }

    private async Task<List<InsurancePolicy>> FilterAsync(Actor actor, InsurancePolicyQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = Visible(actor).Include(p => p.Items).AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            q = q.Where(p => p.KindCode == query.Kind);
        }

        if (await _districts.FilterAsync(query.District, ct) is { } district)
        {
            q = q.Where(p => p.DistrictCode == district);
        }

        if (query.Year is { } year)
        {
            q = q.Where(p => p.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(query.Insurer))
        {
            var insurer = query.Insurer.Trim();
            q = q.Where(p => p.Insurer == insurer);
        }

        if (query.Flagged is { } flagged)
        {
            q = flagged ? q.Where(p => p.UnknownItems > 0) : q.Where(p => p.UnknownItems == 0);
        }

        var rows = await q.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            rows = rows.Where(p => p.InsuredName.Contains(text, StringComparison.OrdinalIgnoreCase) || p.PolicyNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.InsuredCreditCode.Contains(text, StringComparison.OrdinalIgnoreCase) || p.Insurer.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.Items.Any(i => i.Number.Contains(text, StringComparison.OrdinalIgnoreCase))).ToList();
        }

        return rows;
    }

    private IQueryable<InsurancePolicy> Visible(Actor actor)
    {
        ProductRules.RequireOfficer(actor);
        var q = _db.InsurancePolicies.AsNoTracking();
        if (actor.IsDistrict)
        {
            var unit = actor.UnitCode ?? "-";
            return q.Where(p => p.DistrictCode == unit);
        }

        return q;
    }

    private async Task<InsurancePolicy> FindAsync(Actor actor, long id, bool tracking, CancellationToken ct)
    {
        var visible = await Visible(actor).AnyAsync(p => p.Id == id, ct);
        if (!visible)
        {
            await _audit.RecordAsync(ProductRules.Denied(actor, "InsurancePolicy", id.ToString(CultureInfo.InvariantCulture)), ct);
            throw new IpCityException(NotFoundCode, "未找到该保单。", 404);
        }

        var q = _db.InsurancePolicies.Include(p => p.Items).Where(p => p.Id == id);
        return await (tracking ? q : q.AsNoTracking()).FirstAsync(ct);
    }

    private async Task<Dictionary<string, string>> KindNamesAsync(CancellationToken ct) =>
        await _db.InsuranceKinds.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Name, StringComparer.Ordinal, ct);

    /// <summary>Active kinds by code and by name (a sheet may write either); <paramref name="keep"/> stays valid on update even if deactivated.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ActiveKindsAsync(CancellationToken ct, string? keep = null)
    {
        var kinds = await _db.InsuranceKinds.AsNoTracking().Where(k => k.Active || k.Code == keep).ToListAsync(ct);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var k in kinds)
        {
            map.TryAdd(k.Code, k.Code);
            map.TryAdd(k.Name, k.Code);
        }

        return map;
    }

    private async Task<InsurancePolicy> ValidateAsync(Actor actor, InsurancePolicyRequest? request, ProductProblems problems, IReadOnlyDictionary<string, string> kinds, CancellationToken ct)
    {
        if (request is null)
        {
            problems.Add("body", null, "请求内容为空。");
            return new InsurancePolicy();
        }

        var kindText = problems.Text(request.KindCode, "kind", "险种", 100);
        var kind = kindText.Length == 0 ? string.Empty : kinds.TryGetValue(kindText, out var k) ? k : string.Empty;
        if (kindText.Length > 0 && kind.Length == 0)
        {
            problems.Add("kind", kindText, "未知或已停用的险种。");
        }

        var p = new InsurancePolicy
        {
            KindCode = kind,
            Insurer = problems.Text(request.Insurer, "insurer", "保险公司", 200),
            PolicyNumber = problems.Text(request.PolicyNumber, "policyNumber", "保单号", 100),
            InsuredName = problems.Text(request.InsuredName, "insuredName", "投保企业名称", 200),
            InsuredCreditCode = problems.CreditCode(request.InsuredCreditCode, "insuredCreditCode"),
            DistrictCode = await _districts.CodeAsync(actor, request.DistrictCode, problems, "district", ct),
            Note = problems.Optional(request.Note, "note", "备注", 2000),
        };

        if (!problems.Has("sumInsured"))
        {
            p.SumInsuredWan = problems.Amount(request.SumInsuredWan, "sumInsured", "保险金额(万元)", positive: true);
        }

        if (!problems.Has("premium"))
        {
            p.PremiumWan = problems.Amount(request.PremiumWan, "premium", "保费(万元)", positive: false);
        }

        p.SubsidyWan = request.SubsidyWan is null || problems.Has("subsidy") ? 0 : problems.Amount(request.SubsidyWan, "subsidy", "保费补贴(万元)", positive: false);
        if (p.SubsidyWan > p.PremiumWan && !problems.Has("premium") && !problems.Has("subsidy"))
        {
            problems.Add("subsidy", ProductRules.Amount(p.SubsidyWan), "保费补贴不能超过保费。");
        }

        if (request.StartsOn == default && !problems.Has("startsOn"))
        {
            problems.Add("startsOn", null, "请填写保险起期。");
        }

        if (request.EndsOn == default && !problems.Has("endsOn"))
        {
            problems.Add("endsOn", null, "请填写保险止期。");
        }

        if (request.StartsOn != default && request.EndsOn != default && request.EndsOn < request.StartsOn)
        {
            problems.Add("endsOn", ProductRules.Day(request.EndsOn), "保险止期早于起期。");
        }

        p.StartsOn = request.StartsOn;
        p.EndsOn = request.EndsOn;
        p.Year = request.StartsOn.Year;
        var patents = Numbers(request.Patents, "patents", problems);
        var trademarks = Numbers(request.Trademarks, "trademarks", problems);
        p.Items = [.. patents.Select(n => new InsuredItem { ItemType = Patent, Number = n }), .. trademarks.Select(n => new InsuredItem { ItemType = Trademark, Number = n })];
        p.ContentHash = ProductRules.Hash(
            p.KindCode, p.Insurer, p.PolicyNumber, p.InsuredName, p.InsuredCreditCode, p.DistrictCode, ProductRules.Amount(p.SumInsuredWan), ProductRules.Amount(p.PremiumWan),
            ProductRules.Amount(p.SubsidyWan), ProductRules.Day(p.StartsOn), ProductRules.Day(p.EndsOn), string.Join('|', patents), string.Join('|', trademarks), p.Note);
        return p;
    }

    private static List<string> Numbers(IReadOnlyList<string>? values, string field, ProductProblems problems)
    {
        var list = (values ?? []).Select(v => v?.Trim() ?? string.Empty).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 500)
        {
            problems.Add(field, null, "一张保单最多登记 500 个号码。");
        }

        foreach (var bad in list.Where(v => v.Length > 64))
        {
            problems.Add(field, bad[..20], "号码超过 64 个字符。");
        }

        return list;
    }

    /// <summary>Looks the covered numbers up in the IP data center: found ones get their canonical number and title, the others stay flagged.</summary>
    private async Task CheckItemsAsync(IReadOnlyList<InsurancePolicy> policies, CancellationToken ct)
    {
        var patentNumbers = policies.SelectMany(p => p.Items).Where(i => i.ItemType == Patent).Select(i => i.Number).Distinct(StringComparer.Ordinal).ToList();
        var markNumbers = policies.SelectMany(p => p.Items).Where(i => i.ItemType == Trademark).Select(i => i.Number).Distinct(StringComparer.Ordinal).ToList();
        var patents = patentNumbers.Count == 0 ? new Dictionary<string, PatentRef>() : await _ipData.FindPatentsAsync(patentNumbers, ct);
        var marks = markNumbers.Count == 0 ? new Dictionary<string, TrademarkRef>() : await _ipData.FindTrademarksAsync(markNumbers, ct);
        foreach (var policy in policies)
        {
            foreach (var item in policy.Items)
            {
                if (item.ItemType == Patent && patents.TryGetValue(item.Number, out var patent))
                {
                    (item.Found, item.CanonicalNumber, item.Title) = (true, patent.ApplicationNumber, Clip(patent.Title));
                }
                else if (item.ItemType == Trademark && marks.TryGetValue(item.Number, out var mark))
                {
                    (item.Found, item.CanonicalNumber, item.Title) = (true, mark.RegistrationNumber, Clip(mark.MarkText));
                }
                else
                {
                    (item.Found, item.CanonicalNumber, item.Title) = (false, null, null);
                }
            }

            policy.UnknownItems = policy.Items.Count(i => !i.Found);
        }
    }

    private static string? Clip(string? text) => text is { Length: > 500 } ? text[..500] : text;

    private void Stamp(InsurancePolicy p, Actor actor, bool created)
    {
        var now = _clock.GetUtcNow();
        if (created)
        {
            p.CreatedBy = actor.Name;
            p.CreatedAt = now;
        }

        p.UpdatedBy = actor.Name;
        p.UpdatedAt = now;
    }

    private void Copy(InsurancePolicy from, InsurancePolicy to)
    {
        to.KindCode = from.KindCode;
        to.Insurer = from.Insurer;
        to.PolicyNumber = from.PolicyNumber;
        to.InsuredName = from.InsuredName;
        to.InsuredCreditCode = from.InsuredCreditCode;
        to.DistrictCode = from.DistrictCode;
        to.SumInsuredWan = from.SumInsuredWan;
        to.PremiumWan = from.PremiumWan;
        to.SubsidyWan = from.SubsidyWan;
        to.StartsOn = from.StartsOn;
        to.EndsOn = from.EndsOn;
        to.Year = from.Year;
        to.Note = from.Note;
        to.UnknownItems = from.UnknownItems;
        to.ContentHash = from.ContentHash;
        _db.InsuredItems.RemoveRange(to.Items);
        to.Items.Clear();
        to.Items.AddRange(from.Items.Select(i => new InsuredItem { ItemType = i.ItemType, Number = i.Number, CanonicalNumber = i.CanonicalNumber, Found = i.Found, Title = i.Title }));
    }

    private async Task<InsurancePolicyDto> ToDtoAsync(InsurancePolicy p, IReadOnlyDictionary<string, string> kinds, CancellationToken ct) => new(
        p.Id,
        p.KindCode,
        kinds.TryGetValue(p.KindCode, out var name) ? name : p.KindCode,
        p.Insurer,
        p.PolicyNumber,
        p.InsuredName,
        p.InsuredCreditCode,
        p.DistrictCode,
        await _districts.NameAsync(p.DistrictCode, ct),
        p.SumInsuredWan,
        p.PremiumWan,
        p.SubsidyWan,
        p.StartsOn,
        p.EndsOn,
        p.Year,
        p.Items.OrderBy(i => i.ItemType, StringComparer.Ordinal).ThenBy(i => i.Id).Select(i => new InsuredItemDto(i.ItemType, i.Number, i.CanonicalNumber, i.Found, i.Title)).ToList(),
        p.UnknownItems,
        p.Note,
        p.UpdatedBy,
        p.UpdatedAt);
}
