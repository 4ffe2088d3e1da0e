using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Cases.CaseTestKit;

namespace IpCity.Protection.Tests.Cases;

/// <summary>
/// SECURITY.md spec 9 for the case register: on a random dataset (units, confidential labels, enterprise parties)
/// and random principals, every case a principal gets from paging the list or the export satisfies the
/// visibility rule written here independently, every case it may see is reachable by paging, without duplicates
/// or gaps, and a by-id read answers exactly for the visible ones.
/// </summary>
public sealed class CaseVisibilityPropertyTests
{
    [Fact]
    public async Task Lists_exports_and_reads_return_exactly_what_each_principal_may_see()
    {
        await using var platform = await StartAsync(TestDatabases.Sqlite, D("2026-06-30"));
        var random = new Random(5309);
        string[] units = ["360102", "360103", "360104", "360111"];
        string[] enterprises = ["91360100MA35AAAA1X", "91360100MA35BBBB2X", "91360100MA35CCCC3X"];
        var truth = new List<(Guid Id, string Unit, bool Confidential, string Respondent)>();
        for (var i = 0; i < 60; i++)
        {
            var unit = units[random.Next(units.Length)];
            var confidential = random.Next(4) == 0;
            var respondent = enterprises[random.Next(enterprises.Length)];
            var c = await OpenAsync(platform, CityConfidential, CaseTypes.All[random.Next(CaseTypes.All.Count)], "2026-06-0" + (1 + random.Next(9)), unit, confidential, respondent);
            truth.Add((c.Summary.Id, unit, confidential, respondent));
        }

        var principals = new List<ProtectionActor> { City, CityConfidential, new("dept", Roles.DeptOfficer, "dept-amr", null, []) };
        principals.AddRange(units.Select(u => new ProtectionActor("d" + u, Roles.DistrictOfficer, u, null, random.Next(2) == 0 ? [Labels.Confidential] : [])));
        principals.AddRange(enterprises.Select(e => new ProtectionActor("e" + e, Roles.Enterprise, null, e, [])));

        // The rule, independently: the label for confidential cases; the city sees all; a district its unit; an enterprise the cases it is a party to.
        static bool CanSee(ProtectionActor p, (Guid Id, string Unit, bool Confidential, string Respondent) c) =>
            (!c.Confidential || p.Holds(Labels.Confidential))
            && (p.IsCity || (p.IsDistrict && p.UnitCode == c.Unit) || (p.IsEnterprise && p.EnterpriseCode == c.Respondent));

        foreach (var p in principals)
        {
            var expected = truth.Where(c => CanSee(p, c)).Select(c => c.Id).Order().ToList();
            var paged = new List<Guid>();
            for (var page = 1; ; page++)
            {
                var result = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().ListAsync(p, new CaseQuery(Page: page, PageSize: 7)));
                Assert.Equal(expected.Count, result.Total);
                if (result.Items.Count == 0)
                {
                    break;
                }

                paged.AddRange(result.Items.Select(c => c.Id));
            }

            Assert.Equal(expected, paged.Order().ToList());
            Assert.Equal(paged.Count, paged.Distinct().Count());
            var exported = new List<Guid>();
            await platform.InScopeAsync(async sp =>
            {
                await foreach (var c in sp.GetRequiredService<ICaseRegister>().ExportAsync(p, new CaseQuery()))
                {
                    exported.Add(c.Id);
                }
            });
            Assert.Equal(expected, exported.Order().ToList());

            foreach (var c in truth.Take(15))
            {
                var visible = CanSee(p, c);
                var read = await Record.ExceptionAsync(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(p, c.Id)));
                Assert.True(visible ? read is null : read is IpCityException { Status: 404 }, $"{p.Name} {c.Id}: visible={visible}, got {read?.Message}");
            }
        }
    }
}
