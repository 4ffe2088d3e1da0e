using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Cases.CaseTestKit;

namespace IpCity.Protection.Tests.Cases;

/// <summary>
/// Issue 5 acceptance: a portal complaint becomes a case; walking it 立案 → 调查 → 告知 → 决定 → 结案 shows the
/// statutory deadlines in working days across the 2026 春节 holiday and its 调休 Saturdays, a 鉴定 suspension
/// moves the decision deadline by its length; parties are encrypted at rest and masked; moves are audited.
/// </summary>
public sealed class CaseProcedureTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_portal_complaint_walks_its_procedure_with_working_day_deadlines_and_a_suspension(string provider)
    {
        await using var platform = await StartAsync(provider, D("2026-02-10"));
        var receipt = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().FileComplaintAsync(new ComplaintRequest(
            CaseTypes.TrademarkInfringement, "销售假冒注册商标的商品", "某店铺销售假冒“军山湖”商标的大闸蟹礼盒。", "360102", Anonymous: true,
            null, null, null, "南昌某某商贸有限公司", "91360100MA35TEST0X", [new CaseLinkInput("Trademark", "12345678")])));
        Assert.Equal(20, receipt.TrackingCode.Length);
        var status = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().ComplaintStatusAsync(receipt.TrackingCode));
        Assert.Equal((receipt.CaseNumber, "Intake"), (status.CaseNumber, status.State));

        var page = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().ListAsync(City, new CaseQuery()));
        var summary = Assert.Single(page.Items);
        Assert.Equal(("Intake", "360102", D("2026-02-10")), (summary.State, summary.UnitCode, summary.ReceivedOn));
        // 立案 within 15 working days of 02-10: 02-11..02-13, 02-14 (调休 Saturday), then after 春节 (02-15..02-23)
        // 02-24..02-28 (02-28 调休 Saturday), 03-02..03-06, 03-09.
        var filing = summary.NextDeadline!;
        Assert.Equal((TimeLimits.PenaltyLeadToFiling, D("2026-03-09")), (filing.Name, filing.Due));
        Assert.Equal(27, filing.DaysLeft);
        Assert.False(filing.CalendarMissing);

        var c = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(City, summary.Id));
        Assert.All(c.Parties, p => Assert.True(p.Masked));
        Assert.Equal("南昌某某商贸有限公司", Assert.Single(c.Parties).Name);
        Assert.Equal("9136**********ST0X", c.Parties[0].IdNumber);

        // 立案 needs the two enforcement officers of the penalty procedure.
        At(platform, D("2026-03-02"));
        var noHandlers = await Assert.ThrowsAsync<IpCityException>(() => ActAsync(platform, City, c, CaseActions.File, "2026-03-02"));
        Assert.Equal("CASE_HANDLERS_REQUIRED", noHandlers.Code);
        c = await AssignAsync(platform, City, c, "officer.a", "officer.b");
        c = await ActAsync(platform, City, c, CaseActions.File, "2026-03-02", r => r with { DocumentNumber = "洪市监知立〔2026〕1号" });
        // Decision within 90 days of 03-02: 05-31 is a Sunday, so 06-01.
        var decision = c.Deadlines.Single(d => d.Name == TimeLimits.PenaltyDecisionLimit);
        Assert.Equal(D("2026-06-01"), decision.Due);

        // A stale version is refused (two officers acting at once count once).
        var stale = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp =>
            sp.GetRequiredService<ICaseRegister>().ActAsync(City, c.Summary.Id, new CaseActionRequest(CaseActions.Investigate, c.Version - 1, D("2026-03-02")))));
        Assert.Equal(("CASE_CONCURRENCY", 409), (stale.Code, stale.Status));

        // 鉴定 from 03-20, resumed 03-30: ten days not counted, the decision deadline moves by ten days.
        At(platform, D("2026-03-20"));
        c = await ActAsync(platform, City, c, CaseActions.Suspend, "2026-03-20", r => r with { Reason = "鉴定" });
        Assert.Equal("Suspended", c.Summary.State);
        Assert.Equal(["Resume", "Cancel", "Extend"], c.AllowedActions);
        At(platform, D("2026-03-30"));
        c = await ActAsync(platform, City, c, CaseActions.Resume, "2026-03-30");
        Assert.Equal("Filed", c.Summary.State);
        decision = c.Deadlines.Single(d => d.Name == TimeLimits.PenaltyDecisionLimit);
        Assert.Equal(D("2026-06-10"), decision.Due);
        Assert.Contains(decision.Trail, t => t.Contains("2026-03-20", StringComparison.Ordinal));

        c = await ActAsync(platform, City, c, CaseActions.Investigate, "2026-03-30");
        At(platform, D("2026-04-10"));
        c = await ActAsync(platform, City, c, CaseActions.Notify, "2026-04-10");
        // 陈述申辩 within 5 working days of Friday 04-10.
        Assert.Equal(D("2026-04-17"), c.Deadlines.Single(d => d.Name == TimeLimits.PenaltyStatementPeriod).Due);
        At(platform, D("2026-05-06"));
        c = await ActAsync(platform, City, c, CaseActions.Decide, "2026-05-06", r => r with { Fine = 50_000m, AmountInvolved = 12_000m, DocumentNumber = "洪市监知罚〔2026〕1号" });
        Assert.Equal(D("2026-05-21"), c.Deadlines.Single(d => d.Name == TimeLimits.PenaltyPaymentPeriod).Due);
        c = await ActAsync(platform, City, c, CaseActions.Execute, "2026-05-06");
        At(platform, D("2026-05-25"));
        c = await ActAsync(platform, City, c, CaseActions.Close, "2026-05-25");
        Assert.Equal(("Closed", ClosureModes.Decision, (bool?)false), (c.Summary.State, c.Summary.ClosureMode, c.Summary.ClosedLate));
        Assert.Empty(c.Deadlines);
        Assert.Equal(["Receive", "File", "Suspend", "Resume", "Investigate", "Notify", "Decide", "Execute", "Close"], c.History.Select(h => h.Action));
        var refused = await Assert.ThrowsAsync<IpCityException>(() => ActAsync(platform, City, c, CaseActions.Investigate, "2026-05-25"));
        Assert.Equal("CASE_ACTION_NOT_ALLOWED", refused.Code);

        // Parties are encrypted at rest: no clear name or identifier in the table.
        var raw = await platform.InScopeAsync(sp => sp.GetRequiredService<ProtectionDbContext>().CaseParties.AsNoTracking().ToListAsync());
        Assert.All(raw, p => Assert.DoesNotContain("南昌某某", p.NameCipher, StringComparison.Ordinal));
        Assert.All(raw, p => Assert.DoesNotContain("TEST", p.IdCipher ?? string.Empty, StringComparison.Ordinal));
        var audit = await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: "CaseAction", PageSize: 100)));
        Assert.Equal(8, audit.Total);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Anonymous_requests_for_adjudication_are_refused_and_a_late_closure_is_marked(string provider)
    {
        await using var platform = await StartAsync(provider, D("2026-12-31"));
        var anonymous = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().FileComplaintAsync(new ComplaintRequest(
            CaseTypes.PatentInfringementAdjudication, "专利侵权", "请求责令停止侵权。", null, Anonymous: true, null, null, null, "某公司", null))));
        Assert.Equal("COMPLAINT_NAME_REQUIRED", anonymous.Code);

        // Adjudication needs an odd number of handlers, at least three.
        var c = await OpenAsync(platform, City, CaseTypes.PatentInfringementAdjudication, "2026-03-02");
        c = await AssignAsync(platform, City, c, "a", "b", "c", "d");
        Assert.Equal("CASE_HANDLERS_REQUIRED", (await Assert.ThrowsAsync<IpCityException>(() => ActAsync(platform, City, c, CaseActions.File, "2026-03-04"))).Code);
        c = await AssignAsync(platform, City, c, "a", "b", "c");
        c = await ActAsync(platform, City, c, CaseActions.File, "2026-03-04");
        // 3 months from 03-04: 06-04.
        Assert.Equal(D("2026-06-04"), c.Deadlines.Single(d => d.Name == TimeLimits.AdjudicationHearingLimit).Due);
        c = await ActAsync(platform, City, c, CaseActions.Investigate, "2026-03-10");
        c = await ActAsync(platform, City, c, CaseActions.Decide, "2026-07-01");
        c = await ActAsync(platform, City, c, CaseActions.Close, "2026-07-02");
        Assert.Equal(true, c.Summary.ClosedLate);
    }
}
