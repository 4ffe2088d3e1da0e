using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Industries;

/// <summary>Catalogue look-ups and tree helpers shared by the editor, the importer and the search contract.</summary>
internal static class IndustryStore
{
    public const string CatalogueNotFound = "INDUSTRY_CATALOGUE_NOT_FOUND";
    public const string IndustryNotFound = "INDUSTRY_NOT_FOUND";

    /// <summary>The named edition, else the active version, of a catalogue code (null when there is none).</summary>
    public static Task<IndustryCatalogue?> FindCatalogueAsync(this IpDataDbContext db, string code, string? edition, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.IndustryCatalogues : db.IndustryCatalogues.AsNoTracking();
        query = query.Where(c => c.Code == code);
        query = string.IsNullOrWhiteSpace(edition) ? query.Where(c => c.IsActive) : query.Where(c => c.Edition == edition);
        return query.OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
    }

    public static async Task<IndustryCatalogue> GetCatalogueAsync(this IpDataDbContext db, string code, string? edition, bool tracking, CancellationToken ct) =>
        await db.FindCatalogueAsync(code, edition, tracking, ct)
        ?? throw new IpCityException(CatalogueNotFound, $"找不到产业目录 {code}{(string.IsNullOrWhiteSpace(edition) ? string.Empty : " (" + edition + ")")}。", 404, new Dictionary<string, object?> { ["catalogue"] = code, ["edition"] = edition });

    /// <summary>The catalogue's nodes with their rules, in catalogue order.</summary>
    public static async Task<List<IndustryNode>> NodesAsync(this IpDataDbContext db, long catalogueId, CancellationToken ct) =>
        await db.IndustryNodes.AsNoTracking().Include(n => n.Rules).Where(n => n.CatalogueId == catalogueId)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id).ToListAsync(ct);

    /// <summary>Whether the Chinese IPC table is loaded; editing or importing IPC patterns needs it.</summary>
    public static async Task RequireIpcTableAsync(this IpDataDbContext db, CancellationToken ct)
    {
        if (!await db.IpcCodes.AnyAsync(ct))
        {
            throw new IpCityException("IPC_REFERENCE_NOT_LOADED", "IPC 分类表尚未加载：请先运行 ipcity reference import ipc。", 409);
        }
    }

    /// <summary>The subset of the symbols present in the IPC table.</summary>
    public static async Task<HashSet<string>> KnownIpcSymbolsAsync(this IpDataDbContext db, IEnumerable<string> symbols, CancellationToken ct)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in symbols.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            known.UnionWith(await db.IpcCodes.AsNoTracking().Where(c => chunk.Contains(c.Symbol)).Select(c => c.Symbol).Distinct().ToListAsync(ct));
        }

        return known;
    }

    /// <summary>
    /// Parent and level of each node: an explicit parent when it exists, else "1.2" for "1.2.3", else the
    /// longest other code that is a prefix ("01" for "0101"). Levels start at 1.
    /// </summary>
    public static void AssignTree(IReadOnlyList<IndustryNode> nodes)
    {
        var codes = nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (n.ParentCode is not null && codes.Contains(n.ParentCode) && n.ParentCode != n.Code)
            {
                continue;
            }

            var dot = n.Code.LastIndexOf('.');
            n.ParentCode = dot > 0 && codes.Contains(n.Code[..dot])
                ? n.Code[..dot]
                : codes.Where(c => c.Length < n.Code.Length && n.Code.StartsWith(c, StringComparison.Ordinal)).MaxBy(c => c.Length);
        }

        var byCode = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            var level = 1;
            for (var p = n.ParentCode; p is not null && level <= nodes.Count; p = byCode[p].ParentCode)
            {
                level++;
            }

            n.Level = level;
        }
    }

    public static IndustryRuleDto ToDto(this IndustryRule r) => new(r.Id, r.IpcPattern, r.Keyword, r.Coefficient, r.IsPartial, r.NationalIndustryCode, r.Note);

    public static IndustryNodeDto ToDto(this IndustryNode n) =>
        new(n.Code, n.Name, n.ParentCode, n.Level, n.Rules.OrderBy(r => r.Id).Select(r => r.ToDto()).ToList());

    public static IndustryCatalogueDto ToDto(this IndustryCatalogue c, int industries, int rules) =>
        new(c.Id, c.Code, c.Name, c.Kind.ToString(), c.ConcordanceType?.ToString(), c.Edition, c.SourceNote, c.SourceFile, c.CreatedAtUtc, c.CreatedBy, c.UpdatedAtUtc, c.UpdatedBy, c.IsActive, industries, rules);
}
