using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.IpData.Patents.Status;

/// <summary>Loads a patent's dates, events, family and parties and computes its status on a date.</summary>
internal sealed class PatentStatusQueries : IPatentStatusQueries
{
    private static readonly TimeZoneInfo s_shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly IpDataDbContext _db;
    private readonly LegalStatusOptions _options;
    private readonly TimeProvider _clock;

    public PatentStatusQueries(IpDataDbContext db, IOptions<LegalStatusOptions> options, TimeProvider clock)
    {
        _db = db;
        _options = options.Value;
        _clock = clock;
    }

    public async Task<PatentStatusDto?> GetStatusAsync(long patentId, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var p = await _db.Patents.AsNoTracking().AsSplitQuery().Include(x => x.Events).Include(x => x.Family).Include(x => x.Parties)
            .FirstOrDefaultAsync(x => x.Id == patentId, ct);
        if (p is null)
        {
            return null;
        }

        var date = asOf ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), s_shanghai).DateTime);
        var outcome = LegalStatusCalculator.Compute(
            new LegalStatusInput(p.ApplicationCountry, p.Type, p.ApplicationDate, p.GrantDate, p.Events.Select(e => new LegalEvent(e.Date, e.Code, e.Description)).ToList()),
            date,
            _options);
        return new PatentStatusDto(
            p.Id,
            date,
            outcome.Status.ToString(),
            outcome.InForce,
            outcome.Since,
            outcome.TermEnds,
            p.LegalStatus,
            outcome.Timeline.Select(Dto).ToList(),
            outcome.OwnershipChanges.Select(Dto).ToList(),
            outcome.Licences.Select(Dto).ToList(),
            outcome.Pledges.Select(Dto).ToList(),
            p.Family.OrderBy(f => f.Country, StringComparer.Ordinal).ThenBy(f => f.Number, StringComparer.Ordinal).Select(f => new PatentFamilyMemberDto(f.Country, f.Number, f.Kind, f.IsGranted)).ToList(),
            p.Parties.OrderBy(x => x.Role).ThenBy(x => x.Sequence).Select(x => new PatentPartyDto(x.Role.ToString(), x.Name, x.ApplicantId)).ToList(),
            outcome.Notes);
    }

    private static PatentEventDto Dto(ClassifiedEvent e) =>
        new(e.Event.Date, e.Event.Code, e.Event.Description, e.Kind.ToString(), e.Effective, e.ChangesStatus, e.Derived);

    /// <summary>"2024-12-31" (ISO date); anything else is refused with STATUS_DATE_INVALID.</summary>
    public static DateOnly? ParseAsOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1900 and <= 2200
            ? d
            : throw new IpCityException("STATUS_DATE_INVALID", "基准日格式应为 YYYY-MM-DD (1900–2200)。", 400, new Dictionary<string, object?> { ["asOf"] = value });
    }
}

internal static class PatentStatusEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/patents/{id:long}/status", async (long id, string? asOf, IPatentStatusQueries queries, CancellationToken ct) =>
                await queries.GetStatusAsync(id, PatentStatusQueries.ParseAsOf(asOf), ct) is { } s ? Results.Ok(s) : throw IpCityException.NotFound("Patent"))
            .AllowAnonymous().WithName("GetPatentStatus").WithTags("Patents")
            .WithSummary("基准日的法律状态 (asOf=YYYY-MM-DD, 默认今天): 状态、事件时间线、当日有效的转让/许可/质押、同族、当事人")
            .Produces<PatentStatusDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
