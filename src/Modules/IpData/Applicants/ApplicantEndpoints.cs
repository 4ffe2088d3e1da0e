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

        return await ProjectAsync(query, take, ct);
    }

    private async Task<IReadOnlyList<ApplicantDto>> ProjectAsync(IQueryable<Applicant> query, int take, CancellationToken ct)
    {
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

    /// <summary>
    /// Splits name variants off an entity into a new one: the variants and the patent links (PatentParty
    /// rows written with those names) move; the rest stays. Later imports follow the variants.
    /// </summary>
    public async Task<ApplicantDto> SplitAsync(long id, SplitApplicantRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var names = (request.Variants ?? []).Select(v => v?.Trim() ?? string.Empty).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new IpCityException("APPLICANT_SPLIT_EMPTY", "请至少选择一个要拆分的名称变体。", 400);
        }

        ApplicantType? type = null;
        if (!string.IsNullOrWhiteSpace(request.Type))
        {
            type = Enum.GetNames<ApplicantType>().Contains(request.Type.Trim(), StringComparer.Ordinal)
                ? Enum.Parse<ApplicantType>(request.Type.Trim())
                : throw new IpCityException("APPLICANT_TYPE_INVALID", $"未知的申请人类型 (可用: {string.Join(", ", Enum.GetNames<ApplicantType>())})。", 400,
                    new Dictionary<string, object?> { ["type"] = request.Type });
        }

        var creditCode = string.IsNullOrWhiteSpace(request.CreditCode) ? null : request.CreditCode.Trim().ToUpperInvariant();
        if (creditCode is not null && !IpCity.BuildingBlocks.Identifiers.UnifiedSocialCreditCode.IsValid(creditCode))
        {
            throw new IpCityException("APPLICANT_CREDIT_CODE_INVALID", "统一社会信用代码无效 (18 位, 校验位不符)。", 400, new Dictionary<string, object?> { ["creditCode"] = request.CreditCode });
        }

        var from = await _db.Applicants.Include(a => a.Variants).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw IpCityException.NotFound("Applicant");
        if (from.MergedIntoId is not null)
        {
            throw IpCityException.Conflict("APPLICANT_ALREADY_MERGED", "该申请人已被合并。");
        }

        var unknown = names.Where(n => !from.Variants.Any(v => v.RawName == n)).ToList();
        if (unknown.Count > 0)
        {
            throw new IpCityException("APPLICANT_VARIANT_NOT_FOUND", $"该申请人没有这些名称变体: {string.Join("；", unknown)}", 400, new Dictionary<string, object?> { ["variants"] = unknown });
        }

        if (names.Count == from.Variants.Count)
        {
            throw new IpCityException("APPLICANT_SPLIT_ALL_VARIANTS", "不能拆出全部名称变体 (原申请人至少保留一个)。", 400);
        }

        if (creditCode is not null && await _db.Applicants.AnyAsync(a => a.CreditCode == creditCode && a.MergedIntoId == null, ct))
        {
            throw IpCityException.Conflict("APPLICANT_CREDIT_CODE_IN_USE", "该统一社会信用代码已属于另一申请人，请改用合并。");
        }

        var first = names[0];
        var created = new Applicant
        {
            Name = first,
            NameKey = ApplicantResolver.NameKey(first),
            Type = type ?? ApplicantResolver.Classify(first),
            CreditCode = creditCode,
            Country = from.Country,
        };
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        _db.Applicants.Add(created);
        if (names.Contains(from.Name, StringComparer.Ordinal))
        {
            from.Name = from.Variants.Select(v => v.RawName).Where(v => !names.Contains(v, StringComparer.Ordinal)).Order(StringComparer.Ordinal).First();
        }

        await _db.SaveChangesAsync(ct);
        await _db.ApplicantVariants.Where(v => v.ApplicantId == id && names.Contains(v.RawName)).ExecuteUpdateAsync(s => s.SetProperty(v => v.ApplicantId, created.Id), ct);
        await _db.Parties.Where(p => p.ApplicantId == id && names.Contains(p.Name.Trim())).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApplicantId, created.Id), ct);
        await tx.CommitAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ApplicantSplit", AuditOutcome.Success, "Applicant", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"into={created.Id} variants={names.Count}")), ct);
        return (await ProjectAsync(_db.Applicants.AsNoTracking().Where(a => a.Id == created.Id), 1, ct)).Single();
    }
}

public sealed record MergeApplicantRequest(long IntoId);

internal static class ApplicantEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        // The same list and portfolio under both names: /applicants (申请人) and /organisations (the issue's path).
        MapReads(api, "/applicants", "Applicants", "Applicant");
        MapReads(api, "/organisations", "Organisations", "Organisation");
        api.MapPost("/applicants/{id:long}/merge", async (long id, MergeApplicantRequest request, IApplicantQueries queries, CancellationToken ct) =>
        {
            await queries.MergeAsync(id, request.IntoId, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithTags("Applicants").WithName("MergeApplicant");
        api.MapPost("/applicants/{id:long}/split", async (long id, SplitApplicantRequest request, IApplicantQueries queries, CancellationToken ct) =>
        {
            var created = await queries.SplitAsync(id, request, ct);
            return Results.Created(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/api/applicants/{created.Id}"), created);
        }).RequireAuthorization(Policies.CityOfficer).WithTags("Applicants").WithName("SplitApplicant")
            .WithSummary("把若干名称变体拆分为新的申请人 (专利关联随变体移动; 审计)")
            .Produces<ApplicantDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapReads(IEndpointRouteBuilder api, string prefix, string plural, string singular)
    {
        api.MapGet(prefix, async (string? q, string? type, int? take, IApplicantQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.ListAsync(q, type, take ?? 100, ct)))
            .AllowAnonymous().WithTags("Applicants").WithName("List" + plural)
            .WithSummary("申请人 (专利权人) 实体: 按名称、名称变体或统一社会信用代码, 按类型").Produces<IReadOnlyList<ApplicantDto>>();
        api.MapGet(prefix + "/{id:long}", async (long id, IApplicantQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } p ? Results.Ok(p) : throw IpCityException.NotFound(singular))
            .AllowAnonymous().WithTags("Applicants").WithName("Get" + singular).WithSummary("申请人及其专利组合 (类型、年份、法律状态、IPC)")
            .Produces<ApplicantPortfolio>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
