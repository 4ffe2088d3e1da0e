using IpCity.Monitoring.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Services.Tests.Agencies.AgencyTestKit;

namespace IpCity.Services.Tests.Agencies;

/// <summary>
/// Issue 6: the sixth headline indicator is computed from the agency register on SQLite and PostgreSQL — persons on
/// the reference date, a person in two composed categories counted once, attributed to the agency's unit — and its
/// drill-down lists exactly those persons (masked) with the categories that counted them.
/// </summary>
public sealed class AgentWorkforceIndicatorTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_workforce_indicator_counts_persons_from_the_register_and_drills_down_to_them(string provider)
    {
        await using var platform = await StartAsync(provider);
        var (a, b, _) = await SeedAgenciesAsync(platform);
        // P1: practising at A (patent and trademark agency) — counted as practising attorney and as trademark agency staff.
        var p1 = await Register(platform, r => r.CreatePractitionerAsync(City, new PractitionerRequest("张小三", Id1, "3610100001", "ZL2019000001", D("2019-12-01"), null, null,
            new EngagementRequest(a.Agency.Id, EngagementRoles.PractisingPatentAttorney, D("2020-01-01"), null))));
        // P2: trademark staff at B (青山湖区, high-tech zone) until mid-2025.
        var p2 = await Register(platform, r => r.CreatePractitionerAsync(City, new PractitionerRequest("李四", Id2, null, null, null, null, null,
            new EngagementRequest(b.Agency.Id, EngagementRoles.TrademarkAgencyStaff, D("2022-01-01"), D("2025-06-30")))));
        // P3: qualified only (not in the default composition).
        await Register(platform, r => r.CreatePractitionerAsync(City, new PractitionerRequest("欧阳小明", Id3, null, "ZL2018000002", D("2018-12-01"), null, HonggutanAddress)));

        async Task<IndicatorValueDto> ValueAsync(string unit, int year) =>
            (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.IpAgentWorkforce, unit, year))).Latest!;

        // 2024-12-31: P1 (two categories, once) and P2 → 2 persons for the city, not 3.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024));
        var city = await ValueAsync("360100", 2024);
        Assert.Equal((2, 2m, "agent"), (city.DefinitionVersion, city.Value!.Value, city.RecordKind));
        Assert.Contains(city.Notes, n => n.Contains("只计一次", StringComparison.Ordinal) && n.Contains("之和 3", StringComparison.Ordinal));
        Assert.Contains(city.Inputs, i => i.Element == AgentCategories.PractisingPatentAttorneys && i.Value == 1 && i.Origin == "services");
        var records = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().RecordsAsync(city.Id, 1, 50));
        Assert.Equal([p1.Practitioner.Id, p2.Practitioner.Id], records.Items.Select(r => r.Id).Order());
        var first = records.Items.Single(r => r.Id == p1.Practitioner.Id);
        Assert.Equal([AgentCategories.PractisingPatentAttorneys, AgentCategories.TrademarkAgencyStaff], first.Categories);
        Assert.DoesNotContain("张小三", first.Label, StringComparison.Ordinal); // masked name
        Assert.Equal(1m, (await ValueAsync(Donghu, 2024)).Value);
        Assert.Equal(1m, (await ValueAsync(HighTechZone, 2024)).Value);

        // 2025-12-31: P2 has left → 1 person.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2025));
        Assert.Equal(1m, (await ValueAsync("360100", 2025)).Value);

        // Composition with qualified attorneys: P3 joins.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().SetParameterAsync("IpAgentWorkforce.HeadlineComposition",
            new SetParameterRequest(2021, "QualifiedPatentAttorneys+PractisingPatentAttorneys+TrademarkAgencyStaff", "test")));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2025));
        Assert.Equal(2m, (await ValueAsync("360100", 2025)).Value);
    }
}
