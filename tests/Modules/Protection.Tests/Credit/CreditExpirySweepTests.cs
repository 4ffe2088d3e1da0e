using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Credit;
using IpCity.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IpCity.Protection.Tests.Credit;

/// <summary>
/// The background sweep that stores what reads already show: a record past its end date becomes Expired at the
/// sweep's first round, a later one at the next tick of the configured interval, and 0 minutes turns it off.
/// </summary>
public sealed class CreditExpirySweepTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly ProtectionActor s_city = new("city1", Roles.CityOfficer, "360100", null, []);
    private static readonly ProtectionActor s_donghu = new("donghu1", Roles.DistrictOfficer, "360102", null, []);

    private static async Task<Guid> ListAsync(Platform platform, string code, DateOnly decidedOn)
    {
        var proposal = new ProposeCreditRecordRequest(CreditKinds.Cnipa, CreditBehaviours.AbnormalPatentFiling, CreditSubjectKinds.Enterprise, "南昌某某科技有限公司", code, null, null,
            "2025 年提交非正常专利申请 37 件, 经通知未撤回。", "《知识产权信用管理规定》第六条", "洪知保〔2026〕1号", new DateOnly(2026, 2, 20));
        return await platform.InScopeAsync(async sp =>
        {
            var credit = sp.GetRequiredService<ICreditSupervision>();
            var proposed = await credit.ProposeAsync(s_donghu, proposal);
            return (await credit.DecideAsync(s_city, proposed.Id, new CreditDecisionRequest(true, "《知识产权信用管理规定》第七条", "洪知信决〔2026〕8号", decidedOn, null))).Id;
        });
    }

    private static Task<string> StoredStateAsync(Platform platform, Guid id) =>
        platform.InScopeAsync(async sp => (await sp.GetRequiredService<ICreditSupervision>().GetAsync(s_city, id)).StoredState);

    private static async Task<string> WaitForStoredStateAsync(Platform platform, Guid id, string state)
    {
        // Waits for the background round to have run (not a timing assertion: up to 30 s on a busy machine).
        var stored = await StoredStateAsync(platform, id);
        for (var i = 0; i < 300 && stored != state; i++)
        {
            await Task.Delay(100);
            stored = await StoredStateAsync(platform, id);
        }

        return stored;
    }

    private static DateOnly Today(Platform platform) => DateOnly.FromDateTime(platform.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static CreditExpirySweep Sweep(Platform platform, string minutes) =>
        new(platform.Services.GetRequiredService<IServiceScopeFactory>(), platform.Clock,
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Protection:Credit:SweepMinutes"] = minutes }).Build(),
            NullLogger<CreditExpirySweep>.Instance);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_sweep_expires_due_records_at_start_and_at_each_interval(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var today = Today(platform);
        var early = await ListAsync(platform, "91360100MA35ABCD1X", today);
        platform.Clock.Advance(TimeSpan.FromDays(1));
        var later = await ListAsync(platform, "91360100MA35EFGH2Y", today.AddDays(1));

        // One year after the first decision, the first record is due; the second ends a day later.
        platform.Clock.Advance(TimeSpan.FromDays(364));
        using var sweep = Sweep(platform, "60");
        await sweep.StartAsync(CancellationToken.None);
        Assert.Equal(CreditStates.Expired, await WaitForStoredStateAsync(platform, early, CreditStates.Expired));
        Assert.Equal(CreditStates.UnderMeasures, await StoredStateAsync(platform, later));

        // A day later, the next hourly tick stores the second one.
        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(CreditStates.Expired, await WaitForStoredStateAsync(platform, later, CreditStates.Expired));
        await sweep.StopAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Zero_minutes_turns_the_sweep_off(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var id = await ListAsync(platform, "91360100MA35ABCD1X", Today(platform));
        platform.Clock.Advance(TimeSpan.FromDays(400));
        using var sweep = Sweep(platform, "0");
        await sweep.StartAsync(CancellationToken.None);
        await sweep.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30)); // returns at once: no timer, no round
        Assert.Equal(CreditStates.UnderMeasures, await StoredStateAsync(platform, id));

        // Reads show it expired all the same.
        var view = await platform.InScopeAsync(sp => sp.GetRequiredService<ICreditSupervision>().GetAsync(s_city, id));
        Assert.Equal(CreditStates.Expired, view.State);
    }
}
