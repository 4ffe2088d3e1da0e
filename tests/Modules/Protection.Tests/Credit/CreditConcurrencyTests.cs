using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Protection.Tests.Credit;

/// <summary>
/// SECURITY.md spec 22 (b) for credit records: officers deciding one record at the same moment — exactly one
/// decision is kept, every other gets a 409 (a stale version or the state it now has), and the record's history
/// and audit trail hold one decision, not a lost update.
/// </summary>
public sealed class CreditConcurrencyTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly DateOnly s_today = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Simultaneous_decisions_on_one_record_keep_exactly_one(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var proposer = new ProtectionActor("donghu1", Roles.DistrictOfficer, "360102", null, []);
        var proposed = await platform.InScopeAsync(sp => sp.GetRequiredService<ICreditSupervision>().ProposeAsync(proposer,
            new ProposeCreditRecordRequest(CreditKinds.Cnipa, CreditBehaviours.AbnormalPatentFiling, CreditSubjectKinds.Enterprise, "南昌某某科技有限公司", "91360100MA35ABCD1X", null, null, "非正常专利申请 12 件", "《知识产权信用管理规定》第七条", null, s_today)));

        const int officers = 6;
        var outcomes = await Simultaneously.RunAsync(officers, i => platform.InScopeAsync(sp => sp.GetRequiredService<ICreditSupervision>().DecideAsync(
            new ProtectionActor("city" + (i + 1), Roles.CityOfficer, "360100", null, []), proposed.Id,
            new CreditDecisionRequest(i % 2 == 0, "《知识产权信用管理规定》第七条", "洪知信决〔2026〕" + (i + 1) + "号", s_today, i % 2 == 0 ? null : "证据不足"))));

        Assert.Single(outcomes, o => o.Error is null);
        Assert.All(outcomes.Select(o => o.Error).OfType<IpCity.BuildingBlocks.Errors.IpCityException>(), o =>
        {
            Assert.Equal(409, o.Status);
            Assert.Contains(o.Code, new[] { "CREDIT_CONCURRENCY", "CREDIT_STATE" });
        });

        var record = await platform.InScopeAsync(sp => sp.GetRequiredService<ICreditSupervision>().GetAsync(new ProtectionActor("city1", Roles.CityOfficer, "360100", null, []), proposed.Id));
        Assert.Single(record.Transitions, t => t.Action is "ListingApproved" or "ListingRefused");
        var decided = await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: "CreditListingDecided", PageSize: 10)));
        Assert.Equal(1, decided.Total);
        Assert.True(record.Version >= 2, $"version {record.Version}");
    }

    /// <summary>The token itself, without timing luck: a copy read before another officer's decision cannot be saved over it.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_copy_read_before_a_decision_cannot_be_saved_over_it(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var proposed = await platform.InScopeAsync(sp => sp.GetRequiredService<ICreditSupervision>().ProposeAsync(new ProtectionActor("donghu1", Roles.DistrictOfficer, "360102", null, []),
            new ProposeCreditRecordRequest(CreditKinds.Cnipa, CreditBehaviours.AbnormalPatentFiling, CreditSubjectKinds.Enterprise, "南昌某某科技有限公司", "91360100MA35ABCD1X", null, null, "非正常专利申请 12 件", "《知识产权信用管理规定》第七条", null, s_today)));
        await using var stale = platform.Services.CreateAsyncScope();
        var db = stale.ServiceProvider.GetRequiredService<ProtectionDbContext>();
        var copy = await db.CreditRecords.SingleAsync(r => r.Id == proposed.Id);

        await platform.InScopeAsync(sp => sp.GetRequiredService<ICreditSupervision>().DecideAsync(new ProtectionActor("city1", Roles.CityOfficer, "360100", null, []), proposed.Id,
            new CreditDecisionRequest(true, "《知识产权信用管理规定》第七条", "洪知信决〔2026〕8号", s_today, null)));
        copy.State = "Revoked";
        copy.Version++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        var kept = await platform.InScopeAsync(sp => sp.GetRequiredService<ProtectionDbContext>().CreditRecords.AsNoTracking().SingleAsync(r => r.Id == proposed.Id));
        Assert.NotEqual("Revoked", kept.State);
    }
}
