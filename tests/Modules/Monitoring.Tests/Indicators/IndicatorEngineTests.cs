using System.Globalization;
using IpCity.IpData.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Monitoring.Tests.Indicators;

/// <summary>
/// The indicator engine on generated data, on SQLite and PostgreSQL: the high-value count equals its
/// drill-down, every counted patent is justified by the patent's own status and facts (checked through the
/// IpData status API, not the engine), missing reference data is "not evaluated", recomputing the same
/// inputs adds nothing, a concordance changes the count, and a published value is revised, never overwritten.
/// </summary>
public sealed class IndicatorEngineTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string City = "360100";
    private const int Year = 2024;

    internal static async Task<Platform> DemoAsync(string provider, int patents = 1200, int seed = 5)
    {
        var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "demo.csv");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, patents, seed));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false)));
        return platform;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task High_value_count_equals_its_drill_down_and_each_patent_is_justified(string provider)
    {
        await using var platform = await DemoAsync(provider);
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        Assert.True(result.Values > 10);

        var view = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.HighValueInventionPatentsPer10k, City, Year));
        var value = Assert.IsType<IndicatorValueDto>(view.Latest);
        Assert.NotNull(value.Numerator);
        Assert.True(value.Numerator > 0);
        Assert.Equal((int)value.Numerator!.Value, value.RecordCount);
        Assert.Equal(6_670_000m, value.Denominator);
        Assert.Equal(Math.Round(value.Numerator.Value / 6_670_000m * 10_000m, 6), value.Value);
        Assert.Contains(value.Inputs, i => i.Element == DataElements.ResidentPopulation && i.Vintage!.Contains("2024", StringComparison.Ordinal));
        Assert.Contains(value.Parameters, p => p.Name == "HighValuePatent.PledgeThreshold" && p.Value.Length == 0 && p.Status == "UNCONFIRMED");
        // No concordance, no pledge amounts, no award list: reported as not evaluated, never silently zero.
        Assert.Contains(value.Notes, n => n.Contains("战略性新兴产业", StringComparison.Ordinal) && n.Contains("未评估", StringComparison.Ordinal));
        Assert.Contains(value.Notes, n => n.Contains("较高质押融资金额", StringComparison.Ordinal));
        Assert.Contains(value.Notes, n => n.Contains("国家科学技术奖", StringComparison.Ordinal));

        var records = new List<ValueRecordDto>();
        for (var page = 1; ; page++)
        {
            var p = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().RecordsAsync(value.Id, page, 200));
            records.AddRange(p.Items);
            if (p.Items.Count < 200)
            {
                Assert.Equal(value.RecordCount, p.Total);
                break;
            }
        }

        Assert.Equal(value.RecordCount, records.Count);
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
        var date = new DateOnly(Year, 12, 31);
        await platform.InScopeAsync(async sp =>
        {
            var status = sp.GetRequiredService<IPatentStatusQueries>();
            foreach (var r in records)
            {
                Assert.NotEmpty(r.Categories);
                var s = await status.GetStatusAsync(r.Id, date);
                Assert.True(s!.InForce, $"{r.Key} counted but not in force on {date}");
                foreach (var c in r.Categories)
                {
                    var justified = c switch
                    {
                        "MaintainedOver10Years" => r.Date is { } filed && filed.AddYears(10) < date,
                        "OverseasFamilyGrant" => s.Family.Any(f => f.Country != "CN" && f.IsGranted),
                        _ => false,
                    };
                    Assert.True(justified, $"{r.Key}: category {c} not justified");
                }
            }
        });

        // The companion count is the superset: every high-value patent is a valid invention patent.
        var valid = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.ValidInventionPatents, City, Year));
        Assert.True(valid.Latest!.Value >= value.Numerator);
        var validIds = new HashSet<long>();
        await platform.InScopeAsync(async sp =>
        {
            await foreach (var r in sp.GetRequiredService<IIndicatorService>().AllRecordsAsync(valid.Latest.Id))
            {
                validIds.Add(r.Id);
            }
        });

        Assert.Subset(validIds, records.Select(r => r.Id).ToHashSet());

        // Same inputs: nothing new.
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        Assert.Equal(0, again.Changed);
        Assert.Equal(result.Values, again.Unchanged);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_concordance_changes_the_count_and_a_published_value_is_revised_not_overwritten(string provider)
    {
        await using var platform = await DemoAsync(provider);
        var service = (IServiceProvider sp) => sp.GetRequiredService<IIndicatorService>();
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        var before = (await platform.InScopeAsync(sp => service(sp).GetAsync(IndicatorCodes.HighValueInventionPatents, City, Year))).Latest!;
        var published = await platform.InScopeAsync(sp => service(sp).PublishAsync(before.Id));
        Assert.Equal("Published", published.State);

        // A concordance in its published layout: 新一代信息技术 covers G06F and H04L, 新能源汽车 H01M.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IReferenceData>().LoadIpcAsync());
        var csv = Path.Combine(platform.Store.Storage.DataDirectory, "sei.csv");
        await File.WriteAllTextAsync(csv, "战略性新兴产业分类代码,战略性新兴产业分类名称,国际专利分类号\n1.1.1,新一代信息技术,G06F\n1.1.2,网络,H04L\n5.1.1,新能源汽车,H01M\n", new System.Text.UTF8Encoding(false));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.StrategicEmergingIpc2021, "2021", csv));

        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        Assert.True(result.Revisions > 0);
        var view = await platform.InScopeAsync(sp => service(sp).GetAsync(IndicatorCodes.HighValueInventionPatents, City, Year));
        Assert.True(view.IsRevision);
        Assert.Equal(before.Value, view.Published!.Value);
        Assert.True(view.Latest!.Value > view.Published.Value, $"{view.Latest.Value} vs {view.Published.Value}");
        Assert.Equal(view.Published.Id, view.Latest.RevisesId);
        Assert.DoesNotContain(view.Latest.Notes, n => n.Contains("战略性新兴产业", StringComparison.Ordinal));
        Assert.Contains(view.Latest.Inputs, i => i.Element == "Concordance" && i.Vintage!.Contains("sei-ipc-2021", StringComparison.Ordinal));

        var page = await platform.InScopeAsync(sp => service(sp).RecordsAsync(view.Latest.Id, 1, 500));
        var sei = page.Items.Where(r => r.Categories.Contains("StrategicEmergingIndustry")).ToList();
        Assert.NotEmpty(sei);
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MonitoringDbContext>();
            // History is kept: the published row is untouched, the revision is a new row.
            Assert.Equal(ValueState.Published, (await db.Values.SingleAsync(v => v.Id == published.Id)).State);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reported_inputs_drive_the_reported_indicators_and_missing_ones_give_no_value(string provider)
    {
        await using var platform = await DemoAsync(provider, patents: 50);
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MonitoringDbContext>();
            void Add(string element, decimal value) => db.ElementValues.Add(new DataElementValue
            {
                ElementCode = element,
                UnitCode = City,
                Year = Year,
                Value = value,
                Source = ElementSource.Reported,
                Vintage = "test 2025-02-01",
                Origin = "form:test",
                EnteredAtUtc = new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc),
                EnteredBy = "test",
            });
            Add(DataElements.PledgeFinancingAmount, 85_000m);
            Add(DataElements.CasesFiled, 40m);
            Add(DataElements.CasesCarriedOver, 10m);
            Add(DataElements.CasesClosed, 45m);
            Add(DataElements.CasesDue, 44m);
            Add(DataElements.CasesClosedInTime, 43m);
            Add(DataElements.PractisingPatentAttorneys, 310m);
            Add(DataElements.TrademarkAgencyStaff, 2_400m);
            await db.SaveChangesAsync();
        });
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        async Task<IndicatorValueDto> Get(string code) => (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(code, City, Year))).Latest!;

        Assert.Equal(8.5m, (await Get(IndicatorCodes.PledgeFinancingRegisteredAmount)).Value);
        var closure = await Get(IndicatorCodes.EnforcementClosureRate);
        Assert.Equal(Math.Round(43m / 44m * 100m, 6), closure.Value);
        Assert.Contains(closure.Notes, n => n.StartsWith("口径 C", StringComparison.Ordinal));
        Assert.Equal(Math.Round(45m / 40m * 100m, 6), (await Get(IndicatorCodes.EnforcementClosureRate + "A")).Value);
        Assert.Equal(Math.Round(45m / 50m * 100m, 6), (await Get(IndicatorCodes.EnforcementClosureRate + "B")).Value);
        Assert.Equal(2_710m, (await Get(IndicatorCodes.IpAgentWorkforce)).Value);

        // Switching the headline closure definition is a parameter, recorded with the value.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().SetParameterAsync("ClosureRate.HeadlineDefinition", new SetParameterRequest(2021, "B", "test")));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        var b = await Get(IndicatorCodes.EnforcementClosureRate);
        Assert.Equal(Math.Round(45m / 50m * 100m, 6), b.Value);
        Assert.Contains(b.Parameters, p => p.Name == "ClosureRate.HeadlineDefinition" && p.Value == "B");

        // No value-added statistics imported: no value, and the missing input is named.
        var share = await Get(IndicatorCodes.PatentIntensiveIndustryGdpShare);
        Assert.Null(share.Value);
        Assert.Contains(share.Notes, n => n.Contains(DataElements.PatentIntensiveValueAdded, StringComparison.Ordinal));

        // Target status: the city's 2025 target of 8 亿元 on a linear path needs a baseline or an earlier value.
        var view = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.PledgeFinancingRegisteredAmount, City, Year));
        Assert.NotNull(view.Target);
        Assert.Equal(2025, view.Target!.TargetYear);
        Assert.Equal(8m, view.Target.Target);
    }

    /// <summary>Every configured provider (SQLite, and PostgreSQL in CI) on the same data, plus SQLite a second time: identical values and hashes.</summary>
    [Fact]
    public async Task PostgreSQL_and_SQLite_give_the_same_values()
    {
        var values = new List<List<string>>();
        var providers = new List<string> { TestDatabases.Sqlite, TestDatabases.Sqlite };
        if (!string.IsNullOrWhiteSpace(TestDatabases.PostgresConnectionString))
        {
            providers.Insert(1, TestDatabases.Postgres);
        }

        foreach (var provider in providers)
        {
            await using var platform = await DemoAsync(provider, patents: 800, seed: 9);
            await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
            var list = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().ListAsync(City, Year));
            values.Add(list.Select(v => v.Latest is { } l
                ? string.Create(CultureInfo.InvariantCulture, $"{l.IndicatorCode} {l.Numerator:0.######} {l.Denominator:0.######} {l.Value:0.######} {l.RecordCount} {l.InputHash}")
                : "none").ToList());
        }

        Assert.True(values.Count >= 2);
        Assert.All(values.Skip(1), v => Assert.Equal(values[0], v));
        Assert.Contains(values[0], v => v.StartsWith(IndicatorCodes.HighValueInventionPatentsPer10k + " ", StringComparison.Ordinal));
    }
}

/// <summary>A patentee address that names the city but no district still counts for the city (and for no district).</summary>
public sealed class CityOnlyAttributionTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_address_naming_only_the_city_counts_at_city_level(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        var csv = Path.Combine(platform.Store.Storage.DataDirectory, "one.csv");
        await File.WriteAllTextAsync(csv,
            "申请号,申请日,公开（公告）号,公开（公告）日,授权公告号,授权公告日,专利类型,发明名称,申请（专利权）人,申请人地址,主分类号\n" +
            "201510000004.4,2015-11-11,CN115000003A,2017-05-11,CN115000003B,2019-04-11,发明,测试电池快换机构,南昌测试科技有限公司,江西省南昌市昌东大道100号,H01M10/00\n",
            new System.Text.UTF8Encoding(false));
        var imported = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([csv], UpdateIndex: false)));
        Assert.Equal(1, imported.Inserted);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024));
        var values = await platform.InScopeAsync(async sp =>
        {
            var s = sp.GetRequiredService<IIndicatorService>();
            return (City: await s.GetAsync(IndicatorCodes.ValidInventionPatents, "360100", 2024), County: await s.GetAsync(IndicatorCodes.ValidInventionPatents, "360111", 2024));
        });
        Assert.Equal(1m, values.City.Latest!.Value);
        Assert.Equal(0m, values.County.Latest!.Value);
    }
}

/// <summary>The benchmark's direct-SQL reference (issue 4 §10) counts what the engine counts, on both providers.</summary>
public sealed class SqlReferenceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_direct_SQL_counts_equal_the_engine_counts_for_every_unit(string provider)
    {
        await using var platform = await IndicatorEngineTests.DemoAsync(provider, patents: 1500, seed: 12);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024));
        var sql = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorSqlReference>().CountAsync(new DateOnly(2024, 12, 31), 10));
        Assert.Contains(sql, u => u.Unit == "360100" && u.ValidInventions > 0 && u.HighValue > 0);
        foreach (var unit in sql)
        {
            var (valid, high) = await platform.InScopeAsync(async sp =>
            {
                var s = sp.GetRequiredService<IIndicatorService>();
                return ((await s.GetAsync(IndicatorCodes.ValidInventionPatents, unit.Unit, 2024)).Latest!.Numerator, (await s.GetAsync(IndicatorCodes.HighValueInventionPatents, unit.Unit, 2024)).Latest!.Numerator);
            });
            Assert.Equal(unit.ValidInventions, (long)valid!.Value);
            Assert.Equal(unit.HighValue, (long)high!.Value);
        }
    }
}
