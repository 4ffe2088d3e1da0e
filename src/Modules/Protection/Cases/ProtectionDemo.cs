using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Cases;

/// <summary>
/// Demo cases (fictitious parties) for the demo store: 2023–2024 enforcement and dispute cases across the
/// districts with every outcome, one closed late and one still open, so the register, its statistics and the
/// monitoring's closure rate have something to show. Deterministic; loads once.
/// </summary>
internal sealed class ProtectionDemo : IProtectionDemo
{
    private static readonly ProtectionActor s_actor = new("demo.city", Roles.CityOfficer, null, null, [Labels.Confidential]);
    private readonly ProtectionDbContext _db;
    private readonly CaseRegister _cases;
    private readonly IWorkingDayCalendar _calendar;

    public ProtectionDemo(ProtectionDbContext db, CaseRegister cases, IWorkingDayCalendar calendar)
    {
        _db = db;
        _cases = cases;
        _calendar = calendar;
    }

    public async Task<int> LoadAsync(CancellationToken ct = default)
    {
        await _calendar.LoadStarterAsync(ct);
        if (await _db.Cases.AnyAsync(c => c.CreatedBy == s_actor.Name, ct))
        {
            return 0;
        }

        // (type, unit, received, filed, closed or null, closing action)
        (string Type, string Unit, string Received, string? Filed, string? Closed, string Close)[] plan =
        [
            (CaseTypes.TrademarkInfringement, "360102", "2023-11-06", "2023-11-13", "2024-01-22", CaseActions.Close),
            (CaseTypes.PatentCounterfeiting, "360103", "2024-02-26", "2024-03-04", "2024-05-20", CaseActions.Close),
            (CaseTypes.TrademarkInfringement, "360111", "2024-03-11", "2024-03-18", "2024-08-26", CaseActions.Close),
            (CaseTypes.PatentInfringementAdjudication, "360100", "2024-04-01", "2024-04-03", "2024-06-28", CaseActions.Close),
            (CaseTypes.PatentDisputeMediation, "360104", "2024-05-06", "2024-05-13", "2024-06-14", CaseActions.Close),
            (CaseTypes.TrademarkDisputeMediation, "360112", "2024-06-03", "2024-06-11", "2024-07-15", CaseActions.Cancel),
            (CaseTypes.TrademarkInfringement, "360121", "2024-07-01", "2024-07-08", "2024-08-19", CaseActions.Refer),
            (CaseTypes.PatentCounterfeiting, "360102", "2024-08-05", "2024-08-12", "2024-10-28", CaseActions.Close),
            (CaseTypes.PatentInfringementAdjudication, "360100", "2024-09-02", "2024-09-04", "2024-10-30", CaseActions.Withdraw),
            (CaseTypes.TrademarkInfringement, "360113", "2024-10-08", null, null, CaseActions.Refuse),
            (CaseTypes.AgencyViolation, "360100", "2024-10-14", "2024-10-21", "2024-12-16", CaseActions.Close),
            (CaseTypes.TrademarkInfringement, "360124", "2024-11-04", "2024-11-11", null, CaseActions.Close),
        ];
        var n = 0;
        foreach (var (type, unit, received, filed, closed, close) in plan)
        {
            n++;
            var c = await _cases.OpenAsync(s_actor, new OpenCaseRequest(type, $"演示案件 {n}: {CaseProcedures.Find(type)!.Name}", "演示数据 (虚构当事人)", D(received), unit, n == 3,
                [
                    new PartyInput(PartyRoles.Requester, "Person", "李演示", null, "13800000000", null),
                    new PartyInput(PartyRoles.Respondent, "Enterprise", $"示例商贸有限公司{n}", null, null, null),
                ]), ct);
            if (filed is null)
            {
                await ActAsync(c, close, received);
                continue;
            }

            var procedure = CaseProcedures.Find(type)!;
            c = await _cases.AssignAsync(s_actor, c.Summary.Id, new AssignHandlersRequest(Enumerable.Range(1, procedure.HandlersRequired).Select(i => $"执法员{i}").ToList(), c.Version), ct);
            c = await ActAsync(c, CaseActions.File, filed);
            if (closed is null)
            {
                continue;
            }

            c = await ActAsync(c, CaseActions.Investigate, filed);
            if (close == CaseActions.Close)
            {
                if (procedure.Dispute && procedure.DecisionRule is null)
                {
                    c = await ActAsync(c, CaseActions.Mediate, closed);
                }
                else
                {
                    if (procedure.Penalty)
                    {
                        c = await ActAsync(c, CaseActions.Notify, closed);
                    }

                    c = await ActAsync(c, CaseActions.Decide, closed, fine: procedure.Penalty ? 20_000m * n : null);
                }
            }

            await ActAsync(c, close, closed, channel: close == CaseActions.Refer ? "Police" : null);
        }

        return plan.Length;

        async Task<CaseDetailDto> ActAsync(CaseDetailDto c, string action, string on, decimal? fine = null, string? channel = null) =>
            await _cases.ActAsync(s_actor, c.Summary.Id, new CaseActionRequest(action, c.Version, D(on), Fine: fine, Channel: channel, Reason: channel is null ? null : "涉嫌犯罪移送"), ct);
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
