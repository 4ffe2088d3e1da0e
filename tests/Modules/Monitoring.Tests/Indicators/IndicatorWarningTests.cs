using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Monitoring.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Monitoring.Tests.Indicators;

/// <summary>
/// Issue 4 §4: a unit that falls behind its path gets a warning addressed to the indicator's owning department
/// and to the unit; other units never see it; the department answers it; it clears when the unit is back on the
/// path and reopens when it falls behind again; every step is audited. SQLite and PostgreSQL.
/// </summary>
public sealed class IndicatorWarningTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const int Year = 2024;
    private const string Donghu = "360102";
    private const string Xihu = "360103";

    private static readonly FormActor s_city = new("city.officer", true, null);
    private static readonly FormActor s_department = new("amr.officer", false, MonitoringDepartments.MarketRegulation);
    private static readonly FormActor s_donghu = new("donghu.officer", false, Donghu);
    private static readonly FormActor s_xihu = new("xihu.officer", false, Xihu);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_behind_its_path_warns_the_owning_department_which_answers_until_it_clears(string provider)
    {
        await using var platform = await IndicatorEngineTests.DemoAsync(provider, patents: 400);
        async Task Target(string kind, int year, decimal value) => await platform.InScopeAsync(sp =>
            sp.GetRequiredService<IIndicatorService>().SetTargetAsync(IndicatorCodes.ValidInventionPatents, Donghu, new SetTargetRequest(year, value, kind, "test")));
        async Task<long> Audits(string type) => (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: type, PageSize: 1)))).Total;
        Task<IReadOnlyList<WarningNoticeDto>> Inbox(FormActor actor, bool all = false) => platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorWarnings>().InboxAsync(actor, Year, all));

        // 东湖区 must reach 1 000 000 valid invention patents by 2025 from 0 in 2020: far behind in 2024.
        await Target("Baseline", 2020, 0m);
        await Target("Target", 2025, 1_000_000m);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));

        var city = await Inbox(s_city);
        var warning = Assert.Single(city, w => w.IndicatorCode == IndicatorCodes.ValidInventionPatents && w.UnitCode == Donghu);
        Assert.Equal("Open", warning.State);
        Assert.Contains(warning.Status, new[] { "Behind", "AtRisk" });
        Assert.Equal(MonitoringDepartments.MarketRegulation, warning.DepartmentCode);
        Assert.Equal(MonitoringDepartments.MarketRegulationName, warning.DepartmentName);
        Assert.Equal(800_000m, warning.PathValue);
        Assert.True(warning.Value < warning.PathValue);
        Assert.Equal(city.Count, await Audits("IndicatorWarningRaised"));

        // Addressees: the department and the unit; never another district.
        Assert.Contains(await Inbox(s_department), w => w.Id == warning.Id);
        Assert.Contains(await Inbox(s_donghu), w => w.Id == warning.Id);
        Assert.DoesNotContain(await Inbox(s_xihu), w => w.Id == warning.Id);
        var deniedBefore = await Audits(AuditEvents.AccessDenied);
        var notYours = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp =>
            sp.GetRequiredService<IIndicatorWarnings>().AcknowledgeAsync(s_xihu, warning.Id, new AcknowledgeWarningRequest("不是我的"))));
        Assert.Equal(("INDICATOR_WARNING_NOT_FOUND", 404), (notYours.Code, notYours.Status));
        Assert.Equal(deniedBefore + 1, await Audits(AuditEvents.AccessDenied));
        var empty = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp =>
            sp.GetRequiredService<IIndicatorWarnings>().AcknowledgeAsync(s_department, warning.Id, new AcknowledgeWarningRequest("  "))));
        Assert.Equal("INDICATOR_WARNING_RESPONSE_INVALID", empty.Code);

        // The department answers; a recomputation with the same inputs neither raises it again nor loses the answer.
        var answered = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorWarnings>().AcknowledgeAsync(s_department, warning.Id, new AcknowledgeWarningRequest("已部署高价值专利培育专项")));
        Assert.Equal(("Acknowledged", "amr.officer", "已部署高价值专利培育专项"), (answered.State, answered.AcknowledgedBy, answered.Response));
        Assert.Equal(1, await Audits("IndicatorWarningAcknowledged"));
        var raised = await Audits("IndicatorWarningRaised");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        Assert.Equal(raised, await Audits("IndicatorWarningRaised"));
        Assert.Equal("Acknowledged", (await Inbox(s_department)).Single(w => w.Id == warning.Id).State);

        // A reachable target puts the unit back on its path: cleared (the target change dispatches), answered rows kept.
        await Target("Target", 2025, 0m);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorWarnings>().DispatchComputedYearsAsync());
        Assert.DoesNotContain(await Inbox(s_department), w => w.Id == warning.Id);
        var cleared = (await Inbox(s_department, all: true)).Single(w => w.Id == warning.Id);
        Assert.Equal("Cleared", cleared.State);
        Assert.NotNull(cleared.ClearedAtUtc);
        Assert.Equal(1, await Audits("IndicatorWarningCleared"));
        var late = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp =>
            sp.GetRequiredService<IIndicatorWarnings>().AcknowledgeAsync(s_department, warning.Id, new AcknowledgeWarningRequest("补充说明"))));
        Assert.Equal("INDICATOR_WARNING_CLEARED", late.Code);

        // Behind again: the same row reopens as a new warning, without the old answer.
        await Target("Target", 2025, 1_000_000m);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorWarnings>().DispatchComputedYearsAsync());
        var reopened = (await Inbox(s_department)).Single(w => w.Id == warning.Id);
        Assert.Equal(("Open", (string?)null), (reopened.State, reopened.Response));
        Assert.Equal(raised + 1, await Audits("IndicatorWarningRaised"));
    }
}
