using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using Microsoft.Extensions.Options;

namespace IpCity.Services.SelfService;

/// <summary>
/// Enterprise self-service: the firm's patents and trademarks (IP data center), renewals and annual fees due, its pledge
/// loans (Finance, enterprise-scoped), its conversion matches, its cases and credit records (Protection, enterprise-scoped).
/// Every other register keeps its own scoping; this service adds the firm check for records read by id.
/// </summary>
internal sealed class EnterprisePortal : IEnterprisePortal
{
    public const string EnterpriseOnly = "ENTERPRISE_ONLY";
    public const string NotFound = "ENTERPRISE_RECORD_NOT_FOUND";

    private readonly IOwnerPortfolio _portfolio;
    private readonly IPatentStatusQueries _status;
    private readonly IPledgeRegister _pledges;
    private readonly ITransferMatches _matches;
    private readonly ICaseRegister _cases;
    private readonly ICreditSupervision _credit;
    private readonly IServiceRequests _requests;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly SelfServiceOptions _options;

    public EnterprisePortal(IOwnerPortfolio portfolio, IPatentStatusQueries status, IPledgeRegister pledges, ITransferMatches matches, ICaseRegister cases, ICreditSupervision credit,
        IServiceRequests requests, IAuditTrail audit, TimeProvider clock, IOptions<SelfServiceOptions> options)
    {
        _portfolio = portfolio;
        _status = status;
        _pledges = pledges;
        _matches = matches;
        _cases = cases;
        _credit = credit;
        _requests = requests;
        _audit = audit;
        _clock = clock;
        _options = options.Value;
    }

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));

    public async Task<EnterpriseOverview> OverviewAsync(Actor actor, CancellationToken ct = default)
    {
        var code = CodeOf(actor);
        var names = await _portfolio.NamesAsync(code, ct);
        var patents = await _portfolio.PatentsAsync(code, Today, ct);
        var marks = await _portfolio.TrademarksAsync(code, Today, ct);
        var pledges = await _pledges.ListAsync(actor, new PledgeQuery(PageSize: 500), ct);
        var conversion = await _matches.ForEnterpriseAsync(code, ct);
        var protectionActor = new ProtectionActor(actor.Name, actor.Role, actor.UnitCode, actor.EnterpriseCode, actor.Labels);
        var cases = await _cases.ListAsync(protectionActor, new CaseQuery(PageSize: 200), ct);
        var credit = await _credit.ListAsync(protectionActor, new CreditRecordQuery(PageSize: 200), ct);
        var requests = await _requests.ForEnterpriseAsync(actor, code, ct);
        return new EnterpriseOverview(code, names, patents, marks, Renewals(patents, marks), pledges.Items, conversion, cases.Items, credit.Items, requests);
    }

    public Task<IReadOnlyList<OwnedPatentDto>> PatentsAsync(Actor actor, CancellationToken ct = default) => _portfolio.PatentsAsync(CodeOf(actor), Today, ct);

    public Task<IReadOnlyList<OwnedTrademarkDto>> TrademarksAsync(Actor actor, CancellationToken ct = default) => _portfolio.TrademarksAsync(CodeOf(actor), Today, ct);

    public async Task<IReadOnlyList<RenewalDueDto>> RenewalsAsync(Actor actor, CancellationToken ct = default)
    {
        var code = CodeOf(actor);
        return Renewals(await _portfolio.PatentsAsync(code, Today, ct), await _portfolio.TrademarksAsync(code, Today, ct));
    }

    public async Task<PatentStatusDto> PatentAsync(Actor actor, long patentId, CancellationToken ct = default)
    {
        var code = CodeOf(actor);
        if (!await _portfolio.OwnsPatentAsync(code, patentId, ct) || await _status.GetStatusAsync(patentId, Today, ct) is not { } status)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "EnterprisePatent", patentId.ToString(CultureInfo.InvariantCulture),
                $"not owned by enterprise {code} or does not exist"), ct);
            throw new IpCityException(NotFound, $"本企业名下没有该专利: {patentId}", 404, new Dictionary<string, object?> { ["id"] = patentId });
        }

        return status;
    }

    /// <summary>Annual fees of in-force patents due within the warning window, trademark renewals in their window or grace period.</summary>
    private List<RenewalDueDto> Renewals(IReadOnlyList<OwnedPatentDto> patents, IReadOnlyList<OwnedTrademarkDto> marks)
    {
        var today = Today;
        var list = new List<RenewalDueDto>();
        foreach (var p in patents.Where(p => p.NextAnnuityDue is not null))
        {
            var due = p.NextAnnuityDue!.Value;
            var left = due.DayNumber - today.DayNumber;
            list.Add(new RenewalDueDto("年费", p.Id, p.ApplicationNumber, p.Title, due, left, left <= _options.AnnuityWarningDays ? "Due" : "Upcoming"));
        }

        foreach (var t in marks.Where(t => t.ExclusiveTo is not null && (t.InForce || t.ExclusiveTo!.Value.AddMonths(_options.RenewalGraceMonths) >= today)))
        {
            var end = t.ExclusiveTo!.Value;
            var left = end.DayNumber - today.DayNumber;
            var state = end < today ? "Grace" : end.AddMonths(-_options.RenewalWindowMonths) <= today ? "Due" : "Upcoming";
            list.Add(new RenewalDueDto(t.MadridIrNumber is null ? "商标续展" : "马德里续展", t.Id, t.MadridIrNumber ?? t.RegistrationNumber, t.MarkText, end, left, state));
        }

        return list.OrderBy(r => r.Due).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
    }

    private static string CodeOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsEnterprise || string.IsNullOrWhiteSpace(actor.EnterpriseCode))
        {
            throw new IpCityException(EnterpriseOnly, "企业自助仅供绑定了统一社会信用代码的企业账号使用。", 403);
        }

        return actor.EnterpriseCode.Trim().ToUpperInvariant();
    }
}
