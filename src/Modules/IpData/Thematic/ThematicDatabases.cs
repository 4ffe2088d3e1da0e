using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Search;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Thematic;

/// <summary>
/// Thematic databases (专题数据库): saved searches whose member lists are refreshed whenever the search index
/// takes in new import batches, so each one stays "dynamically updated" as the Outline asks. Members keep the
/// time they joined, so "new since" lists and counts per refresh are available.
/// </summary>
internal sealed class ThematicDatabases : IThematicDatabases
{
    private readonly IpDataDbContext _db;
    private readonly PatentSearch _search;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;

    public ThematicDatabases(IpDataDbContext db, IPatentSearch search, IAuditTrail audit, IRequestContext request, TimeProvider clock)
    {
        _db = db;
        _search = (PatentSearch)search;
        _audit = audit;
        _request = request;
        _clock = clock;
    }

    public async Task<IReadOnlyList<ThematicDto>> ListAsync(CancellationToken ct = default) =>
        (await _db.ThematicDatabases.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<ThematicDto> CreateAsync(CreateThematicRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            throw new IpCityException("THEMATIC_NAME_INVALID", "专题库名称必填，最多 200 字符。", 400);
        }

        if (string.IsNullOrWhiteSpace(request.Query) || SearchQuery.Parse(request.Query).Count == 0)
        {
            throw new IpCityException("THEMATIC_QUERY_INVALID", "专题库需要一个非空的检索式。", 400);
        }

        await _search.HitIdsAsync(request.Query, ct); // validates the query (SEARCH_QUERY_INVALID) before anything is stored
        if (await _db.ThematicDatabases.AnyAsync(t => t.Name == name, ct))
        {
            throw IpCityException.Conflict("THEMATIC_EXISTS", $"已有同名专题库: {name}");
        }

        var entity = new ThematicDatabase
        {
            Name = name,
            Description = request.Description?.Trim(),
            Query = request.Query.Trim(),
            CreatedBy = _request.ActorName ?? "system",
            CreatedAtUtc = _clock.GetUtcNow().UtcDateTime,
        };
        _db.ThematicDatabases.Add(entity);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ThematicCreated", AuditOutcome.Success, "ThematicDatabase", entity.Id.ToString(CultureInfo.InvariantCulture), $"{name}; q={entity.Query}"), ct);
        return await RefreshAsync(entity.Id, ct);
    }

    public async Task<ThematicDto> RefreshAsync(long id, CancellationToken ct = default)
    {
        var entity = await _db.ThematicDatabases.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw IpCityException.NotFound("ThematicDatabase");
        var hits = (await _search.HitIdsAsync(entity.Query, ct)).ToHashSet();
        var current = (await _db.ThematicMembers.Where(m => m.ThematicDatabaseId == id).Select(m => m.PatentId).ToListAsync(ct)).ToHashSet();
        var added = hits.Where(h => !current.Contains(h)).Order().ToList();
        var removed = current.Where(c => !hits.Contains(c)).ToList();
        var now = _clock.GetUtcNow().UtcDateTime;
        var strategy = _db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await _db.Database.BeginTransactionAsync(ct);
            foreach (var chunk in removed.Chunk(1000))
            {
                await _db.ThematicMembers.Where(m => m.ThematicDatabaseId == id && chunk.Contains(m.PatentId)).ExecuteDeleteAsync(ct);
            }

            await using (var bulk = new BulkInserter(_db))
            {
                await bulk.InsertManyAsync(added.Select(p => new ThematicMember { ThematicDatabaseId = id, PatentId = p, AddedAtUtc = now }).ToList(), ct);
            }

            entity.PatentCount = hits.Count;
            entity.LastAdded = added.Count;
            entity.LastRemoved = removed.Count;
            entity.RefreshedAtUtc = now;
            await _db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        return ToDto(entity);
    }

    public async Task<int> RefreshAllAsync(CancellationToken ct = default)
    {
        var ids = await _db.ThematicDatabases.Select(t => t.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            await RefreshAsync(id, ct);
        }

        return ids.Count;
    }

    public async Task<ThematicPage?> GetAsync(long id, int page, int pageSize, CancellationToken ct = default)
    {
        var entity = await _db.ThematicDatabases.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (entity is null)
        {
            return null;
        }

        var size = Math.Clamp(pageSize, 1, 200);
        var number = Math.Max(1, page);
        var members = await (from m in _db.ThematicMembers.AsNoTracking()
                             join p in _db.Patents.AsNoTracking() on m.PatentId equals p.Id
                             where m.ThematicDatabaseId == id
                             orderby m.AddedAtUtc descending, p.ApplicationDate descending, p.Id descending
                             select new ThematicMemberDto(p.Id, p.ApplicationCountry + p.ApplicationNumber, p.ApplicationDate, p.Title, p.MainIpc, p.LegalStatus, m.AddedAtUtc))
            .Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new ThematicPage(ToDto(entity), number, size, members);
    }

    public async Task DeleteAsync(long id, CancellationToken ct = default)
    {
        var entity = await _db.ThematicDatabases.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw IpCityException.NotFound("ThematicDatabase");
        _db.ThematicDatabases.Remove(entity);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ThematicDeleted", AuditOutcome.Success, "ThematicDatabase", id.ToString(CultureInfo.InvariantCulture), entity.Name), ct);
    }

    private static ThematicDto ToDto(ThematicDatabase t) =>
        new(t.Id, t.Name, t.Description, t.Query, t.CreatedBy, t.CreatedAtUtc, t.RefreshedAtUtc, t.PatentCount, t.LastAdded, t.LastRemoved);
}
