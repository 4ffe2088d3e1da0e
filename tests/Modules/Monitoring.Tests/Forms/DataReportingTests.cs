using IpCity.Access.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Monitoring.Tests.Forms.FormTestKit;

namespace IpCity.Monitoring.Tests.Forms;

/// <summary>Data reporting (issue 4 §5): drafts, rules, submit / return / approve, reported element values, scoping.</summary>
public sealed class DataReportingTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Dictionary<string, decimal?> Cases(decimal filed, decimal carried, decimal closed, decimal due, decimal inTime) => new()
    {
        [DataElements.CasesFiled] = filed,
        [DataElements.CasesCarriedOver] = carried,
        [DataElements.CasesClosed] = closed,
        [DataElements.CasesDue] = due,
        [DataElements.CasesClosedInTime] = inTime,
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_standard_data_sets_are_seeded_once_with_their_elements_units_and_rules(string provider)
    {
        await using var platform = await StartAsync(provider);
        var first = await platform.FormsAsync(r => r.ListDataSetsAsync(City));
        var again = await platform.FormsAsync(r => r.ListDataSetsAsync(Donghu));
        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(d => d.Id), again.Select(d => d.Id));
        var pledge = first.Single(d => d.Code == Pledge);
        Assert.Equal("万元", Assert.Single(pledge.Elements).Unit);
        Assert.Equal(DataElements.PledgeFinancingAmount, pledge.Elements[0].Code);
        Assert.Contains(pledge.Units, u => u.Code == "360102");
        Assert.Equal(["360102"], again.Single(d => d.Code == Pledge).MyUnits.Select(u => u.Code));
        var enforcement = first.Single(d => d.Code == Enforcement);
        Assert.Equal(5, enforcement.Elements.Count);
        Assert.Contains(enforcement.Rules, r => r.Expression == "EnforcementCasesClosed <= EnforcementCasesFiled + EnforcementCasesCarriedOver");
        var agents = first.Single(d => d.Code == "IP_AGENT_WORKFORCE");
        Assert.Equal(["QualifiedPatentAttorneys", "PractisingPatentAttorneys", "TrademarkAgencyStaff"], agents.Elements.Select(e => e.Code));
        await platform.InScopeAsync(async sp => Assert.Equal(3, await sp.GetRequiredService<MonitoringDbContext>().DataSets.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Submit_return_resubmit_approve_writes_reported_values_and_audits_every_step(string provider)
    {
        await using var platform = await StartAsync(provider);
        var set = await platform.DataSetAsync(Enforcement);
        var draft = await platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, Cases(40, 10, 45, 30, 20))));
        Assert.Equal("Draft", draft.State);
        Assert.Equal("360102", draft.UnitCode);

        var submitted = await platform.FormsAsync(r => r.SubmitAsync(Donghu, draft.Id, new SubmissionActionRequest(Version: draft.Version)));
        Assert.Equal("Submitted", submitted.State);
        var locked = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, "360102", 2025, Cases(41, 10, 45, 30, 20)))));
        Assert.Equal("FORM_NOT_EDITABLE", locked.Code);

        var noComment = await RefusedAsync(() => platform.FormsAsync(r => r.ReturnAsync(City, draft.Id, new SubmissionActionRequest("  "))));
        Assert.Equal("FORM_COMMENT_REQUIRED", noComment.Code);
        var notCity = await RefusedAsync(() => platform.FormsAsync(r => r.ApproveAsync(Donghu, draft.Id, new SubmissionActionRequest())));
        Assert.Equal(403, notCity.Status);

        var returned = await platform.FormsAsync(r => r.ReturnAsync(City, draft.Id, new SubmissionActionRequest("结案数请核对")));
        Assert.Equal("Returned", returned.State);
        Assert.Equal("已退回", returned.StateLabel);

        var corrected = await platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, "360102", 2025, new Dictionary<string, decimal?> { [DataElements.CasesClosed] = 44 }, returned.Version)));
        Assert.Equal(draft.Id, corrected.Id);
        Assert.Equal(44, corrected.Values[DataElements.CasesClosed]);
        Assert.Equal(40, corrected.Values[DataElements.CasesFiled]);
        await platform.FormsAsync(r => r.SubmitAsync(Donghu, draft.Id, new SubmissionActionRequest("已更正")));
        var approved = await platform.FormsAsync(r => r.ApproveAsync(City, draft.Id, new SubmissionActionRequest()));
        Assert.Equal("Approved", approved.State);
        Assert.Equal("t.city", approved.ReviewedBy);
        Assert.Equal(["Saved", "Submitted", "Returned", "Submitted", "Approved"], approved.History.Select(h => h.Action));
        Assert.Equal("结案数请核对", approved.History[2].Text);

        var values = await platform.InScopeAsync(sp => sp.GetRequiredService<MonitoringDbContext>().ElementValues.AsNoTracking().Where(v => v.UnitCode == "360102").ToListAsync());
        Assert.Equal(5, values.Count);
        var closed = values.Single(v => v.ElementCode == DataElements.CasesClosed);
        Assert.Equal(44m, closed.Value);
        Assert.Equal(2025, closed.Year);
        Assert.Equal(ElementSource.Reported, closed.Source);
        Assert.Equal($"填报#{draft.Id} 审核通过 2026-03-02", closed.Vintage);
        Assert.Equal($"form:{draft.Id}", closed.Origin);

        // A correction after approval is a new revision; its approval adds a vintage, the first one stays.
        platform.Clock.Advance(TimeSpan.FromDays(3));
        var revision = await platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, "360102", 2025, Cases(40, 10, 46, 30, 20))));
        Assert.NotEqual(draft.Id, revision.Id);
        Assert.Equal(2, revision.Revision);
        await platform.FormsAsync(r => r.SubmitAsync(Donghu, revision.Id, new SubmissionActionRequest()));
        await platform.FormsAsync(r => r.ApproveAsync(City, revision.Id, new SubmissionActionRequest("更正通过")));
        var vintages = await platform.InScopeAsync(sp => sp.GetRequiredService<MonitoringDbContext>().ElementValues.AsNoTracking()
            .Where(v => v.UnitCode == "360102" && v.ElementCode == DataElements.CasesClosed).OrderBy(v => v.Id).ToListAsync());
        Assert.Equal([44m, 46m], vintages.Select(v => v.Value));
        Assert.Equal($"填报#{revision.Id} 审核通过 2026-03-05", vintages[1].Vintage);

        var audit = await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(ObjectId: draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), PageSize: 100)));
        var steps = audit.Items.Where(e => e.ObjectType == "FormSubmission").OrderBy(e => e.Seq).Select(e => e.EventType).ToList();
        Assert.Equal(["FormDraftCreated", "FormSubmitted", "FormReturned", "FormDraftSaved", "FormSubmitted", "FormApproved"], steps);
        Assert.All(audit.Items.Where(e => e.ObjectType == "FormSubmission"), e => Assert.Contains("unit=360102", e.Detail, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_value_that_breaks_a_rule_is_refused_with_the_rule_and_element(string provider)
    {
        await using var platform = await StartAsync(provider);
        var set = await platform.DataSetAsync(Enforcement);
        var tooMany = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, Cases(10, 5, 16, 10, 5)))));
        Assert.Equal("FORM_VALIDATION", tooMany.Code);
        Assert.Equal("C1", tooMany.Details["ruleCode"]);
        Assert.Equal(DataElements.CasesClosed, tooMany.Details["element"]);
        Assert.Equal(set.Rules.Single(r => r.Code == "C1").Id, tooMany.Details["ruleId"]);
        Assert.Contains("本年结案数不得超过", tooMany.Message, StringComparison.Ordinal);

        var negative = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, new Dictionary<string, decimal?> { [DataElements.CasesFiled] = -1 }))));
        Assert.Equal("R1", negative.Details["ruleCode"]);
        var fraction = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, new Dictionary<string, decimal?> { [DataElements.CasesFiled] = 1.5m }))));
        Assert.Equal("DECIMALS", fraction.Details["ruleCode"]);
        var inTime = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, Cases(10, 5, 12, 8, 9)))));
        Assert.Equal("C2", inTime.Details["ruleCode"]);
        var nothingStored = await platform.FormsAsync(r => r.ListSubmissionsAsync(City, set.Id, 2025, null, null));
        Assert.Empty(nothingStored);

        // Year on year: at most ±300 % against the previous approved value of the same unit.
        var pledge = await platform.DataSetAsync(Pledge);
        var y2024 = await platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(pledge.Id, null, 2024, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 1000 })));
        await platform.FormsAsync(r => r.SubmitAsync(Donghu, y2024.Id, new SubmissionActionRequest()));
        await platform.FormsAsync(r => r.ApproveAsync(City, y2024.Id, new SubmissionActionRequest()));
        var jump = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(pledge.Id, null, 2025, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 4100 }))));
        Assert.Equal("R2", jump.Details["ruleCode"]);
        Assert.Equal(1000m, jump.Details["previous"]);
        var ok = await platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(pledge.Id, null, 2025, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 3999.5m })));
        Assert.Equal(3999.5m, ok.Values[DataElements.PledgeFinancingAmount]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_officer_of_another_district_can_neither_edit_nor_see_the_form(string provider)
    {
        await using var platform = await StartAsync(provider);
        var set = await platform.DataSetAsync(Pledge);
        var draft = await platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 10 })));

        var edit = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Xihu, new SaveDraftRequest(set.Id, "360102", 2025, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 99 }))));
        Assert.Equal("FORM_UNIT_FORBIDDEN", edit.Code);
        Assert.Equal(403, edit.Status);
        Assert.Equal("NOT_FOUND", (await RefusedAsync(() => platform.FormsAsync(r => r.GetSubmissionAsync(Xihu, draft.Id)))).Code);
        Assert.Equal("NOT_FOUND", (await RefusedAsync(() => platform.FormsAsync(r => r.SubmitAsync(Xihu, draft.Id, new SubmissionActionRequest())))).Code);
        Assert.Empty(await platform.FormsAsync(r => r.ListSubmissionsAsync(Xihu, null, null, null, null)));
        Assert.Single(await platform.FormsAsync(r => r.ListSubmissionsAsync(Donghu, null, null, null, null)));
        var stale = await RefusedAsync(() => platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 11 }, draft.Version + 5))));
        Assert.Equal("FORM_CONFLICT", stale.Code);
        Assert.Equal(10m, (await platform.FormsAsync(r => r.GetSubmissionAsync(City, draft.Id))).Values[DataElements.PledgeFinancingAmount]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Completeness_lists_every_expected_unit_with_its_state(string provider)
    {
        await using var platform = await StartAsync(provider);
        var set = await platform.DataSetAsync(Pledge);
        var draft = await platform.FormsAsync(r => r.SaveDraftAsync(Donghu, new SaveDraftRequest(set.Id, null, 2025, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 10 })));
        await platform.FormsAsync(r => r.SubmitAsync(Donghu, draft.Id, new SubmissionActionRequest()));
        await platform.FormsAsync(r => r.SaveDraftAsync(City, new SaveDraftRequest(set.Id, "360103", 2025, new Dictionary<string, decimal?> { [DataElements.PledgeFinancingAmount] = 5 })));

        var all = await platform.FormsAsync(r => r.CompletenessAsync(City, set.Id, 2025));
        Assert.Equal(set.Units.Count, all.Expected);
        Assert.Equal("已提交", all.Units.Single(u => u.UnitCode == "360102").StateLabel);
        Assert.Equal("草稿", all.Units.Single(u => u.UnitCode == "360103").StateLabel);
        Assert.Equal("未填报", all.Units.Single(u => u.UnitCode == "360104").StateLabel);
        Assert.Equal(set.Units.Count - 2, all.Units.Count(u => u.State == "Missing"));
        var own = await platform.FormsAsync(r => r.CompletenessAsync(Donghu, set.Id, 2025));
        Assert.Equal("360102", Assert.Single(own.Units).UnitCode);
    }
}
