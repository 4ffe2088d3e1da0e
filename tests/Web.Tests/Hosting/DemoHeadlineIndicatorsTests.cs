using IpCity.Finance.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.TestKit;
using IpCity.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Hosting;

/// <summary>
/// Issue 6 acceptance, as a new user meets it: after the demo load, five of the six headline indicators on the
/// dashboard are computed from records (the sixth, the patent-intensive share, takes the statistics bureau's value
/// added) and each drills down to exactly the records it counted; the pledge amount equals the sum of the drilled loans.
/// </summary>
public sealed class DemoHeadlineIndicatorsTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_the_demo_load_every_headline_indicator_but_value_added_is_computed_and_drills_down(string provider)
    {
        await using var platform = await Platform.StartAsync(provider, new Dictionary<string, string?> { ["Demo:Patents"] = "1500", ["Demo:LoadReference"] = "false" });
        var log = new List<string>();
        await platform.InScopeAsync(sp => sp.GetRequiredService<DemoSeeder>().LoadAsync(log.Add));
        Assert.True(await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Protection.Contracts.ICaseStatistics>().HasCasesAsync(2024)), string.Join("\n", log));
        var (values, definitions) = await platform.InScopeAsync(async sp =>
        {
            var indicators = sp.GetRequiredService<IIndicatorService>();
            return (await indicators.ListAsync("360100", 2024), await indicators.DefinitionsAsync(2024));
        });
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IndicatorCodes.HighValueInventionPatentsPer10k] = "patent",
            [IndicatorCodes.MadridRegistrationsHeld] = "trademark",
            [IndicatorCodes.PledgeFinancingRegisteredAmount] = "pledge",
            [IndicatorCodes.EnforcementClosureRate] = "case",
            [IndicatorCodes.IpAgentWorkforce] = "agent",
        };
        foreach (var (code, kind) in expected)
        {
            var value = values.Single(v => (v.Latest ?? v.Published)!.IndicatorCode == code).Latest!;
            Assert.True(value.Value is > 0, $"{code} has no computed value: {value.Value} {string.Join("; ", value.Notes)} {string.Join("; ", value.Inputs.Select(i => i.Element + "=" + i.Value + " " + i.Source))}");
            Assert.Equal(kind, value.RecordKind);
            Assert.Equal("Computed", definitions.Single(d => d.Code == code).Source);
            var records = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().RecordsAsync(value.Id, 1, 500));
            Assert.Equal(value.RecordCount, records.Total);
            Assert.True(records.Items.Count > 0);
            Assert.DoesNotContain(records.Items, r => r.Label is "(已删除)" or "(已不在登记簿中)");
        }

        // The pledge value is the sum of the loans it lists (万元 → 亿元), each loan once.
        var pledge = values.Single(v => v.Latest?.IndicatorCode == IndicatorCodes.PledgeFinancingRegisteredAmount).Latest!;
        var loans = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeFacts>().LoansAsync(2024));
        var listed = (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().RecordsAsync(pledge.Id, 1, 500))).Items.Select(r => r.Id).ToHashSet();
        Assert.Equal(listed.Count, loans.Count(l => listed.Contains(l.LoanId)));
        Assert.Equal(Math.Round(loans.Where(l => listed.Contains(l.LoanId)).Sum(l => l.AmountWan ?? 0) / 10_000m, 6), pledge.Value);

        // The sixth is the statistics bureau's input: shown as missing, never as a computed zero.
        var share = values.Single(v => v.Latest?.IndicatorCode == IndicatorCodes.PatentIntensiveIndustryGdpShare).Latest!;
        Assert.Null(share.Value);
        Assert.Equal("Imported", definitions.Single(d => d.Code == IndicatorCodes.PatentIntensiveIndustryGdpShare).Source);
    }
}
