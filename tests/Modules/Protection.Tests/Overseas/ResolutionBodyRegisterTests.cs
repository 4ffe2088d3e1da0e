using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Registers;
using IpCity.TestKit;
using MiniExcelLibs;
using static IpCity.Protection.Tests.Overseas.OverseasFixture;

namespace IpCity.Protection.Tests.Overseas;

/// <summary>
/// The resolution-body register on both providers: CRUD by the city office with districts checked through the
/// org-unit directory, masking for non-officers, the portal list, and CSV/XLSX imports that keep good rows,
/// report bad ones by row, field and reason and change nothing when repeated.
/// </summary>
public sealed class ResolutionBodyRegisterTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string Csv = """
        名称,类型,服务区域代码,地址,联系人,联系电话,领域,启用
        东湖区知识产权纠纷人民调解委员会,人民调解委员会,360102,东湖区八一大道1号,张三,13907911234,专利、商标,是
        南昌知识产权纠纷调解中心,知识产权纠纷调解中心,南昌市,红谷滩区丰和中大道2号,李四,0791-86123456,专利,是
        南昌仲裁委员会,仲裁机构,360113,,,,,是
        南昌市中级人民法院,人民法院,360100,,,,专利,
        某律所,律所,360102,,,,,是
        错误区县工作站,维权援助工作站,999999,,,,,是
        ,人民调解委员会,360102,,,,,是
        坏电话工作站,维权援助工作站,360103,,,abc,,是
        坏领域工作站,维权援助工作站,360103,,,,音乐,是
        东湖区知识产权纠纷人民调解委员会,人民调解委员会,360102,,,,,是
        进贤县维权援助工作站,维权援助工作站,进贤县,,,,商标,否
        """;

    private static string Write(Platform platform, string name, string content)
    {
        var path = Path.Combine(platform.Store.Storage.DataDirectory, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_city_office_maintains_bodies_with_checked_districts_and_others_see_masked_phones(string provider)
    {
        await using var platform = await StartAsync(provider);
        var request = new ResolutionBodyRequest("青山湖区维权援助工作站", "维权援助工作站", "360111", "青山湖区某路 8 号", "王五", "13907911234", ["专利", "Trademark"]);
        var created = await platform.WithAsync<ResolutionBodyRegister, ResolutionBodyDto>(r => r.CreateAsync(City, request));
        Assert.Equal((ResolutionBodyKinds.RightsAidStation, "360111", "青山湖区"), (created.Kind, created.DistrictCode, created.DistrictName));
        Assert.Equal([IpFields.Patent, IpFields.Trademark], created.Fields);
        Assert.Equal("13907911234", created.Phone);

        var unknown = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<ResolutionBodyRegister, ResolutionBodyDto>(r => r.CreateAsync(City, request with { Name = "别处", DistrictCode = "999999" })));
        Assert.Equal((ResolutionBodyRegister.Invalid, "districtCode"), (unknown.Code, unknown.Details["field"]));
        var badKind = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<ResolutionBodyRegister, ResolutionBodyDto>(r => r.CreateAsync(City, request with { Name = "别处", Kind = "律所" })));
        Assert.Equal("kind", badKind.Details["field"]);
        var duplicate = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<ResolutionBodyRegister, ResolutionBodyDto>(r => r.CreateAsync(City, request)));
        Assert.Equal((ResolutionBodyRegister.Duplicate, 409), (duplicate.Code, duplicate.Status));
        var notCity = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<ResolutionBodyRegister, ResolutionBodyDto>(r => r.CreateAsync(Donghu, request with { Name = "区里自建" })));
        Assert.Equal((ResolutionBodyRegister.CityOnly, 403), (notCity.Code, notCity.Status));

        var updated = await platform.WithAsync<ResolutionBodyRegister, ResolutionBodyDto>(r => r.UpdateAsync(City, created.Id, request with { DistrictCode = "青山湖区", Phone = "0791-88001234", Active = false }));
        Assert.Equal(("0791-88001234", false), (updated.Phone, updated.Active));

        // Non-officers see the phone masked; the portal lists active bodies only; the case module reads it unmasked by id.
        var asVisitor = await platform.WithAsync<ResolutionBodyRegister, RegisterPage<ResolutionBodyDto>>(r => r.SearchAsync(Visitor, new ResolutionBodyQuery(Q: "青山湖")));
        Assert.Equal("079*-****1234", Assert.Single(asVisitor.Items).Phone);
        var portal = await platform.WithAsync<ResolutionBodyRegister, RegisterPage<ResolutionBodyDto>>(r => r.SearchAsync(Visitor, new ResolutionBodyQuery(), portal: true));
        Assert.Empty(portal.Items);
        var byId = await platform.WithAsync<IResolutionBodies, ResolutionBodyDto?>(r => r.GetAsync(created.Id));
        Assert.Equal("0791-88001234", byId!.Phone);

        await platform.WithAsync<ResolutionBodyRegister, bool>(async r =>
        {
            await r.DeleteAsync(City, created.Id);
            return true;
        });
        Assert.Null(await platform.WithAsync<IResolutionBodies, ResolutionBodyDto?>(r => r.GetAsync(created.Id)));
        Assert.Equal(1, await platform.AuditCountAsync("ResolutionBodyCreated"));
        Assert.Equal(1, await platform.AuditCountAsync("ResolutionBodyUpdated"));
        Assert.Equal(1, await platform.AuditCountAsync("ResolutionBodyDeleted"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_csv_import_keeps_good_rows_reports_bad_ones_and_is_idempotent(string provider)
    {
        await using var platform = await StartAsync(provider);
        var path = Write(platform, "bodies.csv", Csv);
        var first = await platform.WithAsync<ResolutionBodyRegister, RegisterImportResult>(r => r.ImportAsync(City, path));
        Assert.Equal((11, 5, 0, 0, 6), (first.Read, first.Created, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal(
            [(6, "kind"), (7, "districtCode"), (8, "name"), (9, "phone"), (10, "fields"), (11, "name")],
            first.Issues.Select(i => (i.Row, i.Field)).ToList());
        Assert.All(first.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));

        var again = await platform.WithAsync<ResolutionBodyRegister, RegisterImportResult>(r => r.ImportAsync(City, path));
        Assert.Equal((0, 0, 5, 6), (again.Created, again.Updated, again.Unchanged, again.Rejected));

        var all = await platform.WithAsync<ResolutionBodyRegister, RegisterPage<ResolutionBodyDto>>(r => r.SearchAsync(City, new ResolutionBodyQuery(PageSize: 100)));
        Assert.Equal(5, all.Total);
        Assert.Equal("360124", all.Items.Single(b => b.Name == "进贤县维权援助工作站").DistrictCode);
        Assert.False(all.Items.Single(b => b.Name == "进贤县维权援助工作站").Active);
        var patents = await platform.WithAsync<ResolutionBodyRegister, RegisterPage<ResolutionBodyDto>>(r => r.SearchAsync(City, new ResolutionBodyQuery(Field: "专利", District: "360102")));
        Assert.Equal("东湖区知识产权纠纷人民调解委员会", Assert.Single(patents.Items).Name);
        var portal = await platform.WithAsync<ResolutionBodyRegister, RegisterPage<ResolutionBodyDto>>(r => r.SearchAsync(Visitor, new ResolutionBodyQuery(), portal: true));
        Assert.Equal(4, portal.Total);

        // The officer's export imports back unchanged.
        var exported = await platform.WithAsync<ResolutionBodyRegister, byte[]>(r => r.ExportCsvAsync(City, new ResolutionBodyQuery()));
        var exportPath = Path.Combine(platform.Store.Storage.DataDirectory, "export.csv");
        await File.WriteAllBytesAsync(exportPath, exported);
        var roundTrip = await platform.WithAsync<ResolutionBodyRegister, RegisterImportResult>(r => r.ImportAsync(City, exportPath));
        Assert.Equal((5, 0, 0, 5, 0), (roundTrip.Read, roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged, roundTrip.Rejected));

        // A changed row updates the body found by name + kind.
        var changed = Write(platform, "changed.csv", "名称,类型,服务区域代码,联系电话\n南昌仲裁委员会,仲裁机构,360113,0791-86000000\n");
        var update = await platform.WithAsync<ResolutionBodyRegister, RegisterImportResult>(r => r.ImportAsync(City, changed));
        Assert.Equal((0, 1, 0), (update.Created, update.Updated, update.Rejected));
        Assert.Equal(4, await platform.AuditCountAsync("ResolutionBodiesImported"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_xlsx_import_checks_headers_and_rows(string provider)
    {
        await using var platform = await StartAsync(provider);
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "bodies.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["名称"] = "新建区人民调解委员会", ["类型"] = "PeopleMediationCommittee", ["服务区域代码"] = "360112", ["领域"] = "专利;商标" },
            new() { ["名称"] = "安义县维权援助工作站", ["类型"] = "维权援助工作站", ["服务区域代码"] = "安义县", ["领域"] = string.Empty },
            new() { ["名称"] = "无区县", ["类型"] = "人民法院", ["服务区域代码"] = string.Empty, ["领域"] = string.Empty },
        };
        MiniExcel.SaveAs(path, rows);
        var result = await platform.WithAsync<ResolutionBodyRegister, RegisterImportResult>(r => r.ImportAsync(City, path));
        Assert.Equal((3, 2, 1), (result.Read, result.Created, result.Rejected));
        Assert.Equal((4, "districtCode"), (Assert.Single(result.Issues).Row, result.Issues[0].Field));

        var noHeaders = Path.Combine(platform.Store.Storage.DataDirectory, "wrong.xlsx");
        MiniExcel.SaveAs(noHeaders, new List<Dictionary<string, object?>> { new() { ["机构"] = "x" } });
        var refused = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<ResolutionBodyRegister, RegisterImportResult>(r => r.ImportAsync(City, noHeaders)));
        Assert.Equal(RegisterFile.InvalidCode, refused.Code);
    }
}
