using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.IpData.Industries;

/// <summary>
/// Reads, exports and edits industry catalogues. Only Local catalogues are editable (an imported concordance
/// edition is fixed; a corrected table is a new edition). Every change is audited.
/// </summary>
internal sealed class IndustryCatalogueService : IIndustryCatalogues
{
    private readonly IpDataDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly IOptions<IpDataOptions> _options;

    public IndustryCatalogueService(IpDataDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock, IOptions<IpDataOptions> options)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
        _options = options;
    }

    private string Actor => _request.ActorName ?? "system";

    private string CodeOrDefault(string? code) => string.IsNullOrWhiteSpace(code) ? _options.Value.DefaultIndustryCatalogue : code.Trim();

    public async Task<IReadOnlyList<IndustryCatalogueDto>> ListCataloguesAsync(CancellationToken ct = default)
    {
        var rows = await _db.IndustryCatalogues.AsNoTracking()
            .Select(c => new
            {
                Catalogue = c,
                Industries = _db.IndustryNodes.Count(n => n.CatalogueId == c.Id),
                Rules = _db.IndustryRules.Count(r => _db.IndustryNodes.Any(n => n.Id == r.NodeId && n.CatalogueId == c.Id)),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Catalogue.Code, StringComparer.Ordinal).ThenByDescending(r => r.Catalogue.IsActive).ThenByDescending(r => r.Catalogue.Id)
            .Select(r => r.Catalogue.ToDto(r.Industries, r.Rules)).ToList();
    }

    public async Task<IndustryCatalogueDetail?> GetAsync(string? code, string? edition = null, CancellationToken ct = default)
    {
        var catalogue = await _db.FindCatalogueAsync(CodeOrDefault(code), edition, tracking: false, ct);
        if (catalogue is null)
        {
            return null;
        }

        var nodes = await _db.NodesAsync(catalogue.Id, ct);
        return new IndustryCatalogueDetail(catalogue.ToDto(nodes.Count, nodes.Sum(n => n.Rules.Count)), nodes.Select(n => n.ToDto()).ToList());
    }

    public async Task<string> ExportCsvAsync(string? code, string? edition = null, CancellationToken ct = default)
    {
        var detail = await GetAsync(code, edition, ct)
            ?? throw new IpCityException(IndustryStore.CatalogueNotFound, $"找不到产业目录 {CodeOrDefault(code)}。", 404);
        var sb = new StringBuilder();
        sb.Append("目录,版本,产业代码,产业名称,上级代码,层级,IPC,关键词,系数,部分类,国民经济行业代码,备注\r\n");
        foreach (var n in detail.Industries)
        {
            var rules = n.Rules.Count > 0 ? n.Rules : [new IndustryRuleDto(0, null, null, 1.0, false, null, null)];
            foreach (var r in rules)
            {
                string[] cells =
                [
                    detail.Catalogue.Code, detail.Catalogue.Edition, n.Code, n.Name, n.ParentCode ?? string.Empty,
                    n.Level.ToString(CultureInfo.InvariantCulture), r.IpcPattern ?? string.Empty, r.Keyword ?? string.Empty,
                    r.Id == 0 ? string.Empty : r.Coefficient.ToString("0.####", CultureInfo.InvariantCulture), r.IsPartial ? "*" : string.Empty,
                    r.NationalIndustryCode ?? string.Empty, r.Note ?? string.Empty,
                ];
                sb.Append(string.Join(',', cells.Select(CsvCells.Cell))).Append("\r\n");
            }
        }

        return sb.ToString();
    }

    public async Task<IndustryCatalogueDto> CreateCatalogueAsync(CreateIndustryCatalogueRequest request, CancellationToken ct = default)
    {
        var code = request.Code?.Trim();
        if (!IndustryCodes.IsValidCode(code) || string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            throw IpCityException.Validation("目录代码 (不含 /, 最长 64) 与名称 (最长 200) 必填。");
        }

        if (await _db.IndustryCatalogues.AnyAsync(c => c.Code == code, ct))
        {
            throw IpCityException.Conflict("INDUSTRY_CATALOGUE_EXISTS", $"产业目录 {code} 已存在。");
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var catalogue = new IndustryCatalogue
        {
            Code = code!,
            Name = request.Name.Trim(),
            Kind = IndustryCatalogueKind.Local,
            Edition = string.IsNullOrWhiteSpace(request.Edition) ? "1" : request.Edition.Trim(),
            SourceNote = string.IsNullOrWhiteSpace(request.SourceNote) ? $"本地产业目录, 由 {Actor} 在 IpCity 中创建 (非官方参照关系表)" : request.SourceNote.Trim(),
            CreatedAtUtc = now,
            CreatedBy = Actor,
            IsActive = true,
        };
        _db.IndustryCatalogues.Add(catalogue);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndustryCatalogueCreated", AuditOutcome.Success, "IndustryCatalogue", code, $"edition={catalogue.Edition}; name={catalogue.Name}"), ct);
        return catalogue.ToDto(0, 0);
    }

    public async Task ActivateAsync(string code, string edition, CancellationToken ct = default)
    {
        var target = await _db.GetCatalogueAsync(code, string.IsNullOrWhiteSpace(edition) ? throw IpCityException.Validation("版本必填。") : edition.Trim(), tracking: true, ct);
        await _db.IndustryCatalogues.Where(c => c.Code == target.Code && c.Id != target.Id && c.IsActive).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsActive, false), ct);
        target.IsActive = true;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndustryCatalogueActivated", AuditOutcome.Success, "IndustryCatalogue", target.Code, $"edition={target.Edition}"), ct);
    }

    /// <summary>The active version of an editable (Local) catalogue, tracked.</summary>
    private async Task<IndustryCatalogue> EditableAsync(string code, CancellationToken ct)
    {
        var catalogue = await _db.GetCatalogueAsync(code, null, tracking: true, ct);
        if (catalogue.Kind != IndustryCatalogueKind.Local)
        {
            throw IpCityException.Conflict("INDUSTRY_CATALOGUE_READONLY", $"{catalogue.Code} 是导入的参照关系表 ({catalogue.Edition}), 不能编辑; 修订请导入新版本。");
        }

        catalogue.UpdatedAtUtc = _clock.GetUtcNow().UtcDateTime;
        catalogue.UpdatedBy = Actor;
        return catalogue;
    }

    private async Task<IndustryNode> NodeAsync(IndustryCatalogue catalogue, string industry, CancellationToken ct) =>
        await _db.IndustryNodes.Include(n => n.Rules).FirstOrDefaultAsync(n => n.CatalogueId == catalogue.Id && n.Code == industry, ct)
        ?? throw new IpCityException(IndustryStore.IndustryNotFound, $"产业目录 {catalogue.Code} 中没有产业 {industry}。", 404, new Dictionary<string, object?> { ["catalogue"] = catalogue.Code, ["industry"] = industry });

    private static string ObjectId(IndustryCatalogue c, string industry) => c.Code + "/" + industry;

    private static string ValidName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 ? throw IpCityException.Validation("产业名称必填 (最长 200)。") : name.Trim();

    public async Task<IndustryNodeDto> CreateIndustryAsync(string catalogue, CreateIndustryRequest request, CancellationToken ct = default)
    {
        var c = await EditableAsync(catalogue, ct);
        var code = request.Code?.Trim();
        if (!IndustryCodes.IsValidCode(code))
        {
            throw IpCityException.Validation("产业代码必填, 不含 /, 最长 64。");
        }

        var name = ValidName(request.Name);
        var nodes = await _db.IndustryNodes.Where(n => n.CatalogueId == c.Id).ToListAsync(ct);
        if (nodes.Any(n => n.Code == code))
        {
            throw IpCityException.Conflict("INDUSTRY_EXISTS", $"产业 {code} 已存在。");
        }

        var parent = string.IsNullOrWhiteSpace(request.ParentCode) ? null
            : nodes.FirstOrDefault(n => n.Code == request.ParentCode.Trim())
              ?? throw new IpCityException(IndustryStore.IndustryNotFound, $"上级产业 {request.ParentCode} 不存在。", 404);
        var node = new IndustryNode
        {
            CatalogueId = c.Id,
            Code = code!,
            Name = name,
            ParentCode = parent?.Code,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = nodes.Count == 0 ? 1 : nodes.Max(n => n.SortOrder) + 1,
        };
        _db.IndustryNodes.Add(node);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndustryCreated", AuditOutcome.Success, "Industry", ObjectId(c, node.Code), $"name={name}; parent={parent?.Code}"), ct);
        return node.ToDto();
    }

    public async Task<IndustryNodeDto> RenameIndustryAsync(string catalogue, string industry, string name, CancellationToken ct = default)
    {
        var c = await EditableAsync(catalogue, ct);
        var node = await NodeAsync(c, industry, ct);
        var old = node.Name;
        node.Name = ValidName(name);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndustryRenamed", AuditOutcome.Success, "Industry", ObjectId(c, node.Code), $"from={old}; to={node.Name}"), ct);
        return node.ToDto();
    }

    public async Task DeleteIndustryAsync(string catalogue, string industry, CancellationToken ct = default)
    {
        var c = await EditableAsync(catalogue, ct);
        var node = await NodeAsync(c, industry, ct);
        if (await _db.IndustryNodes.AnyAsync(n => n.CatalogueId == c.Id && n.ParentCode == node.Code, ct))
        {
            throw IpCityException.Conflict("INDUSTRY_HAS_CHILDREN", $"产业 {node.Code} 有下级产业, 请先删除下级。");
        }

        _db.IndustryNodes.Remove(node);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndustryDeleted", AuditOutcome.Success, "Industry", ObjectId(c, node.Code), $"name={node.Name}; rules={node.Rules.Count}"), ct);
    }

    public async Task<IndustryRuleDto> AddRuleAsync(string catalogue, string industry, AddIndustryRuleRequest request, CancellationToken ct = default)
    {
        var c = await EditableAsync(catalogue, ct);
        var node = await NodeAsync(c, industry, ct);
        var rule = new IndustryRule { NodeId = node.Id, Coefficient = request.Coefficient ?? 1.0 };
        if (!string.IsNullOrWhiteSpace(request.IpcPattern))
        {
            var pattern = IndustryCodes.ParseIpc(request.IpcPattern)
                ?? throw new IpCityException("INDUSTRY_RULE_INVALID", $"不是 IPC 分类号: {request.IpcPattern} (例如 H01M、H01M 10/00、H01M 10/0525)", 400, new Dictionary<string, object?> { ["field"] = "ipcPattern", ["value"] = request.IpcPattern });
            await _db.RequireIpcTableAsync(ct);
            if ((await _db.KnownIpcSymbolsAsync([pattern.Symbol], ct)).Count == 0)
            {
                throw new IpCityException("INDUSTRY_RULE_INVALID", $"IPC 分类表中没有 {pattern.Symbol}。", 400, new Dictionary<string, object?> { ["field"] = "ipcPattern", ["value"] = request.IpcPattern });
            }

            rule.IpcPattern = pattern.Prefix;
        }

        if (!string.IsNullOrWhiteSpace(request.Keyword))
        {
            rule.Keyword = request.Keyword.Trim().Length <= 100 ? request.Keyword.Trim() : throw IpCityException.Validation("关键词最长 100 个字符。");
        }

        if (!string.IsNullOrWhiteSpace(request.NationalIndustryCode))
        {
            var (code, partial, error) = IndustryCodes.ParseNational(request.NationalIndustryCode);
            rule.NationalIndustryCode = code ?? throw new IpCityException("INDUSTRY_RULE_INVALID", error!, 400, new Dictionary<string, object?> { ["field"] = "nationalIndustryCode", ["value"] = request.NationalIndustryCode });
            rule.IsPartial = partial;
        }

        if (rule.IpcPattern is null && rule.Keyword is null && rule.NationalIndustryCode is null)
        {
            throw IpCityException.Validation("请至少给出 IPC 分类号、关键词或国民经济行业代码之一。");
        }

        if (rule.Coefficient is <= 0 or > 1 || double.IsNaN(rule.Coefficient))
        {
            throw IpCityException.Validation("系数须在 (0, 1] 之间。");
        }

        if (node.Rules.Any(r => r.IpcPattern == rule.IpcPattern && r.Keyword == rule.Keyword && r.NationalIndustryCode == rule.NationalIndustryCode))
        {
            throw IpCityException.Conflict("INDUSTRY_RULE_EXISTS", "该产业已有相同的规则。");
        }

        _db.IndustryRules.Add(rule);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndustryRuleAdded", AuditOutcome.Success, "Industry", ObjectId(c, node.Code), $"rule={rule.Id}; ipc={rule.IpcPattern}; keyword={rule.Keyword}; gbt4754={rule.NationalIndustryCode}"), ct);
        return rule.ToDto();
    }

    public async Task RemoveRuleAsync(string catalogue, string industry, long ruleId, CancellationToken ct = default)
    {
        var c = await EditableAsync(catalogue, ct);
        var node = await NodeAsync(c, industry, ct);
        var rule = node.Rules.FirstOrDefault(r => r.Id == ruleId)
            ?? throw new IpCityException("INDUSTRY_RULE_NOT_FOUND", $"产业 {node.Code} 没有规则 {ruleId}。", 404);
        _db.IndustryRules.Remove(rule);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndustryRuleRemoved", AuditOutcome.Success, "Industry", ObjectId(c, node.Code), $"rule={rule.Id}; ipc={rule.IpcPattern}; keyword={rule.Keyword}; gbt4754={rule.NationalIndustryCode}"), ct);
    }
}
