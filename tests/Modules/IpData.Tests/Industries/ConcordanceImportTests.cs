using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Industries;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Industries;

/// <summary>Concordance editions imported from their published layouts: validated, versioned, idempotent.</summary>
public sealed class ConcordanceImportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Strategic_emerging_table_keeps_good_rows_reports_bad_ones_and_versions_editions(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await ConcordanceFixtures.SeedIpcAsync(platform);
        var path = ConcordanceFixtures.Write(platform, "sei.csv", ConcordanceFixtures.StrategicEmergingCsv);

        var first = await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.StrategicEmergingIpc2021, "2021-test", path));
        Assert.Equal(("sei-ipc-2021", true, false), (first.Catalogue, first.Created, first.Unchanged));
        Assert.Equal((7L, 6, 6, 2L), (first.Read, first.Industries, first.Rules, first.Rejected));
        Assert.Equal(3, first.Errors.Count);
        Assert.Contains(first.Errors, e => e is { Row: 7, Field: "国民经济行业代码", Value: "A3612" } && e.Reason.Contains("门类字母", StringComparison.Ordinal));
        Assert.Contains(first.Errors, e => e is { Row: 8, Field: "国际专利分类号", Value: "锂电池" });
        Assert.Contains(first.Errors, e => e is { Row: 8, Field: "国际专利分类号", Value: "H01M 99/00" } && e.Reason.Contains("IPC 分类表", StringComparison.Ordinal));

        await platform.InScopeAsync(async sp =>
        {
            var detail = (await sp.GetRequiredService<IIndustryCatalogues>().GetAsync("sei-ipc-2021"))!;
            Assert.Equal(IndustryCatalogueKind.Concordance.ToString(), detail.Catalogue.Kind);
            var electronics = Assert.Single(detail.Industries, n => n.Code == "1.1");
            Assert.Equal(("1", 2, "测试电子核心产业"), (electronics.ParentCode, electronics.Level, electronics.Name));
            Assert.Equal(["G06F 3/", "H10D", "G06V"], electronics.Rules.Select(r => r.IpcPattern));
            Assert.Equal(["3971", "3971", null], electronics.Rules.Select(r => r.NationalIndustryCode));
            var ev = Assert.Single(detail.Industries, n => n.Code == "5.1");
            Assert.All(ev.Rules, r => Assert.True(r.IsPartial && r.Coefficient == 1.0 && r.NationalIndustryCode == "3612"));

            var catalogs = sp.GetRequiredService<IndustryCatalogs>();
            var group = await catalogs.FindAsync("sei-ipc-2021/5", default);
            Assert.Equal(["B60L", "B60L 53/", "H01M 10/0525"], group!.IpcPrefixes);
            Assert.True(group.Matches(["B60L 53/30"], null, null));
            Assert.Equal("1.1", (await catalogs.FindAsync("sei-ipc-2021/测试电子核心产业", default))!.Code);
        });

        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.StrategicEmergingIpc2021, "2021-test", path));
        Assert.Equal((false, true, 6, 6), (again.Created, again.Unchanged, again.Industries, again.Rules));

        await File.AppendAllTextAsync(path, "5.4,测试新增行,,,A61K,\r\n");
        var conflict = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.StrategicEmergingIpc2021, "2021-test", path)));
        Assert.Equal(("CONCORDANCE_EDITION_EXISTS", 409), (conflict.Code, conflict.Status));

        var second = await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.StrategicEmergingIpc2021, "2021-test-r2", path, "TEST 修订版"));
        Assert.Equal((true, 7, 7), (second.Created, second.Industries, second.Rules));
        await platform.InScopeAsync(async sp =>
        {
            var catalogues = sp.GetRequiredService<IIndustryCatalogues>();
            var versions = (await catalogues.ListCataloguesAsync()).Where(c => c.Code == "sei-ipc-2021").ToList();
            Assert.Equal([("2021-test-r2", true, 7), ("2021-test", false, 6)], versions.Select(v => (v.Edition, v.IsActive, v.Rules)));
            Assert.Equal("TEST 修订版", versions[0].SourceNote);
            Assert.Equal(7, (await sp.GetRequiredService<IndustryCatalogs>().ListAsync("sei-ipc-2021", default)).Count);
            Assert.Equal(6, (await catalogues.GetAsync("sei-ipc-2021", "2021-test"))!.Industries.Count);

            await catalogues.ActivateAsync("sei-ipc-2021", "2021-test");
            Assert.Equal("2021-test", (await catalogues.GetAsync("sei-ipc-2021"))!.Catalogue.Edition);
            var readOnly = await Assert.ThrowsAsync<IpCityException>(() => catalogues.AddRuleAsync("sei-ipc-2021", "5.1", new AddIndustryRuleRequest("A61K")));
            Assert.Equal("INDUSTRY_CATALOGUE_READONLY", readOnly.Code);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ipc_to_national_industry_table_uses_four_digit_classes(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await ConcordanceFixtures.SeedIpcAsync(platform);
        var path = ConcordanceFixtures.Write(platform, "ipc-gbt.csv", ConcordanceFixtures.IpcNationalCsv);
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.IpcToNationalIndustry2018, "2018-test", path));
        Assert.Equal(("ipc-gbt4754-2018", 2, 3, 1L), (result.Catalogue, result.Industries, result.Rules, result.Rejected));
        var error = Assert.Single(result.Errors);
        Assert.Equal((5L, "国民经济行业代码", "271"), (error.Row, error.Field, error.Value));

        var batteries = await platform.InScopeAsync(sp => sp.GetRequiredService<IndustryCatalogs>().FindAsync("ipc-gbt4754-2018/3841", default));
        Assert.Equal(["H01M", "H01M 10/0525"], batteries!.IpcPrefixes);
        Assert.Equal("测试锂离子电池制造", batteries.Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Patent_intensive_xlsx_fills_merged_codes_and_applies_the_partial_coefficient(string provider)
    {
        await using var platform = await Platform.StartAsync(provider, new Dictionary<string, string?> { ["IpData:PartialClassCoefficient"] = "0.5" });
        var path = ConcordanceFixtures.WritePatentIntensiveXlsx(platform, "pi.xlsx");
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.PatentIntensiveIndustry2019, "2019-test", path));
        Assert.Equal((6L, 4, 3, 1L), (result.Read, result.Industries, result.Rules, result.Rejected));
        Assert.Equal((7L, "31X0"), (result.Errors[0].Row, result.Errors[0].Value));

        var detail = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndustryCatalogues>().GetAsync("patent-intensive-2019"));
        var comms = Assert.Single(detail!.Industries, n => n.Code == "0101");
        Assert.Equal(("01", 2), (comms.ParentCode, comms.Level));
        Assert.Equal([("3921", 1.0, false), ("3922", 0.5, true)], comms.Rules.Select(r => (r.NationalIndustryCode, r.Coefficient, r.IsPartial)));
        Assert.Equal(("3130", 0.5), detail.Industries.Single(n => n.Code == "0201").Rules.Select(r => (r.NationalIndustryCode!, r.Coefficient)).Single());

        var explicitCoefficient = ConcordanceFixtures.WritePatentIntensiveXlsx(platform, "pi-coeff.xlsx", withCoefficient: true);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.PatentIntensiveIndustry2019, "2019-test-coeff", explicitCoefficient));
        var withCoefficient = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndustryCatalogues>().GetAsync("patent-intensive-2019"));
        Assert.Equal(0.4, withCoefficient!.Industries.Single(n => n.Code == "0101").Rules.Single(r => r.NationalIndustryCode == "3922").Coefficient);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_missing_column_is_refused_by_name_and_ipc_needs_the_reference_table(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var path = ConcordanceFixtures.Write(platform, "bad.csv", "战略性新兴产业分类代码,战略性新兴产业分类名称,国际专利分类号\r\n1.1,测试,H01M\r\n");
        var notLoaded = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.StrategicEmergingIpc2021, "x", path)));
        Assert.Equal("IPC_REFERENCE_NOT_LOADED", notLoaded.Code);

        await ConcordanceFixtures.SeedIpcAsync(platform);
        var header = ConcordanceFixtures.Write(platform, "header.csv", "分类代码,名称,国民经济行业代码,备注\r\n1.1,测试,3971,\r\n");
        var ex = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().ImportAsync(ConcordanceType.StrategicEmergingIpc2021, "x", header)));
        Assert.Equal(("CONCORDANCE_INVALID_HEADER", 400), (ex.Code, ex.Status));
        Assert.Contains("国际专利分类号", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["国际专利分类号"], (IEnumerable<string>)ex.Details["columns"]!);
        Assert.Empty(await platform.InScopeAsync(sp => sp.GetRequiredService<IIndustryCatalogues>().ListCataloguesAsync()));
    }
}
