using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Cases.CaseTestKit;

namespace IpCity.Protection.Tests.Cases;

/// <summary>
/// SECURITY.md spec 22 (b, c) for cases, truly at the same moment: officers who read one version of a case and act on
/// it together — one action is kept, the others get 409 CASE_CONCURRENCY (or the state it now has); a case closed by
/// two officers at once is closed once, has one closing step in its history and counts once in 结案率.
/// </summary>
public sealed class Spec22_CaseConcurrencyTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Officers_closing_one_case_at_once_close_it_once(string provider)
    {
        await using var platform = await StartAsync(provider, D("2026-12-31"));
        var c = await OpenAsync(platform, City, CaseTypes.PatentCounterfeiting, "2026-03-02", Donghu);
        c = await AssignAsync(platform, City, c, "officer.a", "officer.b");
        c = await ActAsync(platform, City, c, CaseActions.File, "2026-03-05");
        c = await ActAsync(platform, City, c, CaseActions.Investigate, "2026-03-05");
        c = await ActAsync(platform, City, c, CaseActions.Notify, "2026-04-01");
        c = await ActAsync(platform, City, c, CaseActions.Decide, "2026-04-01");

        // Six officers (city and district) have the decided case, version c.Version, open and press 结案 together.
        var officers = new[] { City, DonghuOfficer, City, DonghuOfficer, City, DonghuOfficer };
        var outcomes = await Simultaneously.RunAsync(officers.Length, i => platform.InScopeAsync(sp =>
            sp.GetRequiredService<ICaseRegister>().ActAsync(officers[i], c.Summary.Id, new CaseActionRequest(CaseActions.Close, c.Version, D("2026-04-0" + (2 + (i % 3)))))));

        Assert.Single(outcomes, o => o.Error is null);
        Assert.All(outcomes.Select(o => o.Error).OfType<IpCity.BuildingBlocks.Errors.IpCityException>(), o =>
        {
            Assert.Equal(409, o.Status);
            Assert.StartsWith("CASE_", o.Code, StringComparison.Ordinal);
        });

        var closed = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(City, c.Summary.Id));
        Assert.Equal(CaseStates.Closed, closed.Summary.State);
        Assert.Equal(c.Version + 1, closed.Version);
        Assert.Single(closed.History, h => h.Action == CaseActions.Close);
        var city = (await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseStatistics>().ByTypeAsync(City, 2026, null))).Single(s => s.Type is null);
        Assert.Equal((1, 1), (city.Filed, city.Closed));
    }
}
