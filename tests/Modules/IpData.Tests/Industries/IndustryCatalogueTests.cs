using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Industries;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Industries;

/// <summary>The Nanchang starter catalogue, the search contract over it, and audited editing of Local catalogues.</summary>
public sealed class IndustryCatalogueTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static string NanchangProfile => Path.Combine(Fixtures.RepositoryRoot, "profiles", "nanchang.json");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_starter_catalogue_loads_once_and_answers_industry_queries(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var loaded = await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().LoadStarterCataloguesAsync(NanchangProfile));
        var starter = Assert.Single(loaded);
        Assert.Equal(("nanchang-4+4+x", true, 12), (starter.Catalogue, starter.Created, starter.Industries));

        await platform.InScopeAsync(async sp =>
        {
            var detail = (await sp.GetRequiredService<IIndustryCatalogues>().GetAsync(null))!;
            Assert.Contains("NOT an official table", detail.Catalogue.SourceNote, StringComparison.Ordinal);
            Assert.Equal(("Local", true), (detail.Catalogue.Kind, detail.Catalogue.IsActive));

            var catalogs = sp.GetRequiredService<IndustryCatalogs>();
            var all = await catalogs.ListAsync(null, default);
            Assert.Equal(12, all.Count);
            var ev = await catalogs.FindAsync("汽车及新能源汽车", default);
            Assert.Equal(("nanchang-4+4+x", "auto-nev"), (ev!.Catalogue, ev.Code));
            Assert.Contains("H01M", ev.IpcPrefixes);
            Assert.True(ev.Matches(["H01M 10/0525"], null, null));
            Assert.True(ev.Matches([], "一种新能源汽车热管理系统", null));
            Assert.False(ev.Matches(["A23L 7/109"], "一种米粉加工设备", null));

            var advantage = await catalogs.FindAsync("advantage", default);
            Assert.Equal(4, all.Count(d => d.Code is "auto-nev" or "electronics" or "biomedicine" or "aviation"));
            Assert.Superset(new HashSet<string>(ev.IpcPrefixes), new HashSet<string>(advantage!.IpcPrefixes));
            Assert.Contains("B64C", advantage.IpcPrefixes);
            Assert.Equal("modern-agriculture", (await catalogs.FindAsync("nanchang-4+4+x/modern-agriculture", default))!.Code);
            Assert.Equal("green-food", (await catalogs.FindAsync("nanchang-4+4+x/绿色食品", default))!.Code);
            Assert.Null(await catalogs.FindAsync("不存在的产业", default));
            Assert.Null(await catalogs.FindAsync("no-such-catalogue/auto-nev", default));
            Assert.Empty(await catalogs.ListAsync("no-such-catalogue", default));
        });

        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndustryCatalogues>().RenameIndustryAsync("nanchang-4+4+x", "auto-nev", "汽车及新能源汽车 (已编辑)"));
        var reload = await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>().LoadStarterCataloguesAsync(NanchangProfile));
        Assert.False(Assert.Single(reload).Created);
        var kept = await platform.InScopeAsync(sp => sp.GetRequiredService<IndustryCatalogs>().FindAsync("auto-nev", default));
        Assert.Equal("汽车及新能源汽车 (已编辑)", kept!.Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Local_catalogues_are_edited_with_validation_audit_and_csv_export(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await ConcordanceFixtures.SeedIpcAsync(platform);
        await platform.InScopeAsync(async sp =>
        {
            var catalogues = sp.GetRequiredService<IIndustryCatalogues>();
            var created = await catalogues.CreateCatalogueAsync(new CreateIndustryCatalogueRequest("test-local", "测试本地目录"));
            Assert.Equal(("Local", "1", true), (created.Kind, created.Edition, created.IsActive));
            Assert.Equal("INDUSTRY_CATALOGUE_EXISTS", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.CreateCatalogueAsync(new CreateIndustryCatalogueRequest("test-local", "again")))).Code);

            await catalogues.CreateIndustryAsync("test-local", new CreateIndustryRequest("energy", "测试能源"));
            var battery = await catalogues.CreateIndustryAsync("test-local", new CreateIndustryRequest("battery", "测试电池", "energy"));
            Assert.Equal(("energy", 2), (battery.ParentCode, battery.Level));
            Assert.Equal("INDUSTRY_EXISTS", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.CreateIndustryAsync("test-local", new CreateIndustryRequest("battery", "x")))).Code);
            Assert.Equal("INDUSTRY_NOT_FOUND", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.CreateIndustryAsync("test-local", new CreateIndustryRequest("cell", "x", "nope")))).Code);
            Assert.Equal("INDUSTRY_CATALOGUE_NOT_FOUND", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.CreateIndustryAsync("nope", new CreateIndustryRequest("a", "b")))).Code);

            var ipc = await catalogues.AddRuleAsync("test-local", "battery", new AddIndustryRuleRequest("h01m10/0525"));
            Assert.Equal("H01M 10/0525", ipc.IpcPattern);
            var group = await catalogues.AddRuleAsync("test-local", "battery", new AddIndustryRuleRequest("H01M 10/00"));
            Assert.Equal("H01M 10/", group.IpcPattern);
            await catalogues.AddRuleAsync("test-local", "battery", new AddIndustryRuleRequest(null, "=锂电池"));
            Assert.Equal("INDUSTRY_RULE_EXISTS", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.AddRuleAsync("test-local", "battery", new AddIndustryRuleRequest("H01M10/0525")))).Code);
            var unknown = await Assert.ThrowsAsync<IpCityException>(() => catalogues.AddRuleAsync("test-local", "battery", new AddIndustryRuleRequest("H01M 99/00")));
            Assert.Equal(("INDUSTRY_RULE_INVALID", "ipcPattern"), (unknown.Code, unknown.Details["field"]));
            Assert.Equal("INDUSTRY_RULE_INVALID", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.AddRuleAsync("test-local", "battery", new AddIndustryRuleRequest("锂电池")))).Code);
            Assert.Equal(ErrorCodes.Validation, (await Assert.ThrowsAsync<IpCityException>(() => catalogues.AddRuleAsync("test-local", "battery", new AddIndustryRuleRequest(null)))).Code);

            await catalogues.RenameIndustryAsync("test-local", "battery", "测试锂电池");
            await catalogues.RemoveRuleAsync("test-local", "battery", group.Id);
            Assert.Equal("INDUSTRY_RULE_NOT_FOUND", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.RemoveRuleAsync("test-local", "battery", group.Id))).Code);
            Assert.Equal("INDUSTRY_HAS_CHILDREN", (await Assert.ThrowsAsync<IpCityException>(() => catalogues.DeleteIndustryAsync("test-local", "energy"))).Code);

            var definition = await sp.GetRequiredService<IndustryCatalogs>().FindAsync("test-local/energy", default);
            Assert.Equal(["H01M 10/0525"], definition!.IpcPrefixes);
            Assert.Equal(["=锂电池"], definition.Keywords);
            Assert.False(definition.Matches(["H01M 10/00"], null, null));

            var csv = await catalogues.ExportCsvAsync("test-local");
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("目录,版本,产业代码,产业名称", lines[0], StringComparison.Ordinal);
            Assert.Equal(3, lines.Length - 1);
            Assert.Contains("test-local,1,battery,测试锂电池,energy,2,H01M 10/0525,,1,,,", lines, StringComparer.Ordinal);
            Assert.Contains(lines, l => l.Contains(",\"'=锂电池\",", StringComparison.Ordinal));

            await catalogues.DeleteIndustryAsync("test-local", "battery");
            Assert.Single((await catalogues.GetAsync("test-local"))!.Industries);
        });

        var audit = new List<AuditEventDto>();
        await platform.InScopeAsync(async sp =>
        {
            await foreach (var row in sp.GetRequiredService<IAuditQueries>().StreamAsync(new AuditQuery()))
            {
                audit.Add(row);
            }
        });
        var types = audit.Where(a => a.ObjectType is "Industry" or "IndustryCatalogue").Select(a => a.EventType).ToList();
        Assert.Equal(["IndustryCatalogueCreated", "IndustryCreated", "IndustryCreated", "IndustryRuleAdded", "IndustryRuleAdded", "IndustryRuleAdded", "IndustryRenamed", "IndustryRuleRemoved", "IndustryDeleted"], types);
        Assert.Contains(audit, a => a.EventType == "IndustryRenamed" && a.ObjectId == "test-local/battery" && a.Detail!.Contains("to=测试锂电池", StringComparison.Ordinal));
    }
}
