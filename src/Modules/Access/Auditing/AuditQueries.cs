using System.Runtime.CompilerServices;
using IpCity.Access.Contracts;
using IpCity.Access.Data;
using IpCity.Access.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Access.Auditing;

internal sealed class AuditQueries : IAuditQueries
{
    private readonly AccessDbContext _db;

    public AuditQueries(AccessDbContext db)
    {
        _db = db;
    }

    public async Task<Paged<AuditEventDto>> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var q = Filter(query);
        var total = await q.LongCountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Seq).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<AuditEventDto>(rows.Select(ToDto).ToList(), page, size, total);
    }

    public async IAsyncEnumerable<AuditEventDto> StreamAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await foreach (var row in Filter(query).OrderBy(a => a.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return ToDto(row);
        }
    }

    private IQueryable<AuditEvent> Filter(AuditQuery query)
    {
        var q = _db.AuditEvents.AsNoTracking();
        if (query.FromUtc is { } from)
        {
            q = q.Where(a => a.OccurredAtUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            q = q.Where(a => a.OccurredAtUtc <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            q = q.Where(a => a.ActorName == query.Actor || a.ActorId == query.Actor);
        }

        if (!string.IsNullOrWhiteSpace(query.EventType))
        {
            q = q.Where(a => a.EventType == query.EventType);
        }

        if (!string.IsNullOrWhiteSpace(query.Outcome))
        {
            q = q.Where(a => a.Outcome == query.Outcome);
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectId))
        {
            q = q.Where(a => a.ObjectId == query.ObjectId);
        }

        return q;
    }

    private static AuditEventDto ToDto(AuditEvent a) =>
        new(a.Seq, DateTime.SpecifyKind(a.OccurredAtUtc, DateTimeKind.Utc), a.ActorId, a.ActorName, a.Role, a.UnitCode, a.ClientIp, a.EventType, a.ObjectType, a.ObjectId, a.Outcome, a.TraceId, a.Detail, a.Hash);
}
