using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Protection.Overseas;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Overseas.OverseasFixture;

namespace IpCity.Protection.Tests.Overseas;

/// <summary>
/// Risk alerts on generated patents, on both providers: the countries of a firm's foreign family members equal
/// what the IpData contracts give patent by patent (summary applicants + status family); disputes in the window
/// and risk-warning guides flag a country; an enterprise sees only its own firm.
/// </summary>
public sealed class OverseasRiskAlertTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private sealed record Firm(string Name, string CreditCode, IReadOnlyDictionary<string, int> MembersByCountry);

    /// <summary>The firm (an enterprise with a credit code) with the most foreign family members, computed through the IpData contracts alone.</summary>
    private static Task<Firm> FirmWithForeignFamilyAsync(Platform platform) => platform.InScopeAsync(async sp =>
    {
        var patents = sp.GetRequiredService<IPatentQueries>();
        var status = sp.GetRequiredService<IPatentStatusQueries>();
        var total = await patents.CountAsync();
        var stored = new List<(IReadOnlyList<string> Applicants, IReadOnlyList<PatentFamilyMemberDto> Family)>();
        for (long id = 1; stored.Count < total && id < total + 1000; id++)
        {
            if (await patents.GetAsync(id) is { } summary)
            {
                stored.Add((summary.Applicants, (await status.GetStatusAsync(id))!.Family));
            }
        }

        Assert.Equal(total, stored.Count);
        var applicants = sp.GetRequiredService<IApplicantQueries>();
        Firm? best = null;
        foreach (var a in (await applicants.ListAsync(null, "Enterprise", 1000)).Where(a => a.CreditCode is not null))
        {
            var variants = (await applicants.GetAsync(a.Id))!.Variants.ToHashSet(StringComparer.Ordinal);
            var members = stored.Where(p => p.Applicants.Any(variants.Contains))
                .SelectMany(p => p.Family).Where(f => f.Country != "CN" && f.Country != "??")
                .GroupBy(f => f.Country).ToDictionary(g => g.Key, g => g.Count());
            if (members.Values.Sum() > (best?.MembersByCountry.Values.Sum() ?? 0))
            {
                best = new Firm(a.Name, a.CreditCode!, members);
            }
        }

        return best ?? throw new InvalidOperationException("The demo data has no firm with foreign family members.");
    });

    private static async Task<Platform> DemoAsync(string provider)
    {
        var platform = await StartAsync(provider);
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "demo.csv");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 1200, 5));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false)));
        return platform;
    }

    private static Task<OverseasRiskAlertDto> AlertsAsync(Platform platform, ProtectionActor actor, string enterprise, int? years = null) =>
        platform.WithAsync<OverseasRiskAlerts, OverseasRiskAlertDto>(a => a.GetAsync(actor, enterprise, years));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_firms_foreign_families_are_grouped_by_country_and_flagged_by_disputes_and_warnings(string provider)
    {
        await using var platform = await DemoAsync(provider);
        var firm = await FirmWithForeignFamilyAsync(platform);

        var plain = await AlertsAsync(platform, City, firm.CreditCode);
        Assert.Equal(firm.MembersByCountry.Keys.Order(), plain.Countries.Select(c => c.CountryCode).Order());
        Assert.All(plain.Countries, c => Assert.Equal(firm.MembersByCountry[c.CountryCode], c.FamilyMembers));
        Assert.Equal((firm.CreditCode, 5, new DateOnly(2021, 3, 2)), (plain.CreditCode, plain.Years, plain.Since));
        Assert.Empty(plain.Alerts);
        Assert.True(plain.Patents > 0);
        var byName = await AlertsAsync(platform, City, firm.Name);
        Assert.Equal(plain.Countries.Select(c => (c.CountryCode, c.FamilyMembers)), byName.Countries.Select(c => (c.CountryCode, c.FamilyMembers)));

        // Another firm's dispute in the country two years ago flags it; one seven years ago only with a 10-year window.
        var country = firm.MembersByCountry.Keys.First(c => c != "EP");
        var other = CreditCode("91360111MA35QQQQ9");
        await platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.CreateAsync(City, new OverseasDisputeRequest("南昌丙电子有限公司", other, "360111", country, "海外专利侵权诉讼", "进行中", new DateOnly(2024, 5, 1))));
        await platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.CreateAsync(City, new OverseasDisputeRequest("南昌丁机械有限公司", other, "360111", country, "337调查", "结案", new DateOnly(2019, 1, 15))));
        await platform.WithAsync<OverseasLibrary, CountryGuideDto>(l => l.SaveGuideAsync(City, null, new CountryGuideRequest(country, "知识产权保护实务指南", "实务指南")));
        var flagged = await AlertsAsync(platform, City, firm.CreditCode);
        var alert = Assert.Single(flagged.Alerts);
        Assert.Equal((country, 1, 1, 0), (alert.CountryCode, alert.DisputesInWindow, alert.Guides, alert.RiskWarnings));
        Assert.Equal(["海外专利侵权诉讼"], alert.DisputeTypes);
        var wide = Assert.Single((await AlertsAsync(platform, City, firm.CreditCode, years: 10)).Alerts);
        Assert.Equal(2, wide.DisputesInWindow);

        // A risk warning adds its own reason.
        await platform.WithAsync<OverseasLibrary, CountryGuideDto>(l => l.SaveGuideAsync(City, null, new CountryGuideRequest(country, "海外展会知识产权风险提示", "风险预警")));
        var warned = Assert.Single((await AlertsAsync(platform, City, firm.CreditCode)).Alerts);
        Assert.Equal((1, 2, 2), (warned.RiskWarnings, warned.Guides, warned.Reasons.Count));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_enterprise_sees_only_its_own_firm(string provider)
    {
        await using var platform = await DemoAsync(provider);
        var firm = await FirmWithForeignFamilyAsync(platform);
        var own = await AlertsAsync(platform, Enterprise(firm.CreditCode), firm.CreditCode);
        Assert.Equal(firm.MembersByCountry.Count, own.Countries.Count);
        Assert.Equal(own.Countries.Count, (await AlertsAsync(platform, Enterprise(firm.CreditCode.ToLowerInvariant()), firm.Name)).Countries.Count);

        var stranger = Enterprise(CreditCode("91360113MA35YYYY0"));
        Assert.Equal(0, await platform.AuditCountAsync(AuditEvents.AccessDenied));
        var byCode = await Assert.ThrowsAsync<IpCityException>(() => AlertsAsync(platform, stranger, firm.CreditCode));
        var byName = await Assert.ThrowsAsync<IpCityException>(() => AlertsAsync(platform, stranger, firm.Name));
        Assert.All([byCode, byName], e => Assert.Equal((OverseasRiskAlerts.FirmUnknown, 404), (e.Code, e.Status)));
        Assert.Equal(2, await platform.AuditCountAsync(AuditEvents.AccessDenied));

        // Its own credit code with no patents stored: an empty answer, not an error; an unknown name: 404.
        Assert.Empty((await AlertsAsync(platform, stranger, stranger.EnterpriseCode!)).Countries);
        Assert.Equal(404, (await Assert.ThrowsAsync<IpCityException>(() => AlertsAsync(platform, City, "不存在的公司"))).Status);
        Assert.Equal(400, (await Assert.ThrowsAsync<IpCityException>(() => AlertsAsync(platform, City, firm.CreditCode, years: 0))).Status);
    }
}
