using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Applicants;

internal sealed class ApplicantQueries : IApplicantQueries
{
    private readonly IpDataDbContext _db;
    private readonly IAuditTrail _audit;

    public ApplicantQueries(IpDataDbContext db, IAuditTrail audit)
    {
        _db = db;
        _audit = audit;
    }

    public async Task<IReadOnlyList<ApplicantDto>> ListAsync(string? q, string? type, int take = 100, CancellationToken ct = default)
    {
        var query = _db.Applicants.AsNoTracking().Where(a => a.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Search.SearchQuery.LikePattern(q.Trim());
            query = query.Where(a => EF.Functions.Like(a.Name, pattern, "\\") || a.Variants.Any(v => EF.Functions.Like(v.RawName, pattern, "\\")) || a.CreditCode == q.Trim());
        }

        if (Enum.TryParse<ApplicantType>(type, out var t))
        {
            query = query.Where(a => a.Type == t);
        }

        var rows = await query
            .Select(a => new { a.Id, a.Name, a.Type, a.CreditCode, Variants = a.Variants.Count, Patents = _db.Parties.Where(p => p.ApplicantId == a.Id).Select(p => p.PatentId).Distinct().Count() })
            .OrderByDescending(a => a.Patents).ThenBy(a => a.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
        return rows.Select(a => new ApplicantDto(a.Id, a.Name, a.Type.ToString(), a.CreditCode, a.Variants, a.Patents)).ToList();
    }

    public async Task<ApplicantPortfolio?> GetAsync(long id, CancellationToken ct = default)
    {
        var a = await _db.Applicants.AsNoTracking().Include(x => x.Variants).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        var patents = _db.Patents.AsNoTracking().Where(p => p.Parties.Any(x => x.ApplicantId == id));
        var byType = await patents.GroupBy(p => p.Type).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var byYear = await patents.Where(p => p.ApplicationDate != null).GroupBy(p => p.ApplicationDate!.Value.Year).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var byStatus = await patents.GroupBy(p => p.LegalStatus).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var byIpc = await patents.Where(p => p.MainIpc != null).GroupBy(p => p.MainIpc!.Substring(0, 4)).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        return new ApplicantPortfolio(
            new ApplicantDto(a.Id, a.Name, a.Type.ToString(), a.CreditCode, a.Variants.Count, byType.Sum(x => (int)x.C)),
            a.Variants.Select(v => v.RawName).Order(StringComparer.Ordinal).ToList(),
            a.MergedIntoId,
            byType.ToDictionary(x => x.Key.ToString(), x => x.C),
            byYear.OrderBy(x => x.Key).ToDictionary(x => x.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), x => x.C),
            byStatus.Where(x => x.Key != null).ToDictionary(x => x.Key!, x => x.C),
            byIpc.OrderByDescending(x => x.C).Take(10).ToDictionary(x => x.Key, x => x.C));
    }

    /// <summary>Merges one entity into another (variants and patent links move; the merged one points at the survivor).</summary>
    public async Task MergeAsync(long id, long intoId, CancellationToken ct = default)
    {
        if (id == intoId)
        {
            throw IpCityException.Validation("不能与自身合并。");
        }

        var from = await _db.Applicants.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw IpCityException.NotFound("Applicant");
        var into = await _db.Applicants.FirstOrDefaultAsync(a => a.Id == intoId, ct) ?? throw IpCityException.NotFound("Applicant");
        if (from.MergedIntoId is not null || into.MergedIntoId is not null)
        {
            throw IpCityException.Conflict("APPLICANT_ALREADY_MERGED", "该申请人已被合并。");
        }

        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        await _db.ApplicantVariants.Where(v => v.ApplicantId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ApplicantId, intoId), ct);
        await _db.Parties.Where(p => p.ApplicantId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApplicantId, intoId), ct);
        from.MergedIntoId = intoId;
        into.CreditCode ??= from.CreditCode;
        await _db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ApplicantMerged", AuditOutcome.Success, "Applicant", id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"into={intoId}"), ct);
    }
}

public sealed record MergeApplicantRequest(long IntoId);

internal static class ApplicantEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/applicants", async (string? q, string? type, int? take, IApplicantQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.ListAsync(q, type, take ?? 100, ct))).AllowAnonymous().WithTags("Applicants").WithName("ListApplicants");
        api.MapGet("/applicants/{id:long}", async (long id, IApplicantQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } p ? Results.Ok(p) : throw IpCityException.NotFound("Applicant"))
            .AllowAnonymous().WithTags("Applicants").WithName("GetApplicant").WithSummary("申请人及其专利组合 (类型、年份、法律状态、IPC)");
        api.MapPost("/applicants/{id:long}/merge", async (long id, MergeApplicantRequest request, IApplicantQueries queries, CancellationToken ct) =>
        {
            await queries.MergeAsync(id, request.IntoId, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithTags("Applicants").WithName("MergeApplicant");
    }
}
