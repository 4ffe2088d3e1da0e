using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Services.Tests.Catalogue;

/// <summary>
/// Service outlets: districts checked against the unit list (county-level units only), map counts per county-level
/// unit (zeros included, inactive outlets left out for the public), mobiles masked for the public, optimistic
/// concurrency, exports with the list's rows, and an idempotent import with bad rows reported.
/// </summary>
public sealed class ServiceOutletTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static ServiceOutletRequest Outlet(string kind, string name, string district, string? phone = "0791-86123456", bool active = true, params string[] services) =>
        new(kind, name, "南昌市某路 1 号", district, phone, "工作日 9:00-17:00", services, active);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Outlets_are_counted_per_district_and_the_public_sees_active_ones_masked(string provider)
    {
        await using var platform = await CatalogueKit.StartAsync(provider, starter: true);
        var tisc = await platform.Outlets(o => o.CreateAsync(CatalogueKit.City, Outlet(ServiceOutletKinds.Tisc, "某大学 TISC", "360102", "13912345678", services: ["XX-JS-001", "DH-SQ-001"])));
        Assert.Equal("东湖区", tisc.DistrictName);
        Assert.Equal(["专利检索咨询", "专利导航服务申请"], tisc.ServiceNames);
        await platform.Outlets(o => o.CreateAsync(CatalogueKit.City, Outlet("维权援助工作站", "东湖区维权援助工作站", "东湖区")));
        await platform.Outlets(o => o.CreateAsync(CatalogueKit.City, Outlet(ServiceOutletKinds.TrademarkWindow, "西湖区商标受理窗口", "360103")));
        await platform.Outlets(o => o.CreateAsync(CatalogueKit.City, Outlet(ServiceOutletKinds.Other, "已停用网点", "360104", active: false)));

        var map = await platform.Outlets(o => o.MapAsync(CatalogueKit.Visitor));
        Assert.Equal(9, map.Districts.Count);
        Assert.Equal(3, map.Total);
        Assert.Equal((2, 1, 0), (map.Districts.Single(d => d.Code == "360102").Outlets, map.Districts.Single(d => d.Code == "360103").Outlets, map.Districts.Single(d => d.Code == "360104").Outlets));
        Assert.Equal(1, map.Districts.Single(d => d.Code == "360102").ByKind[ServiceOutletKinds.Tisc]);
        Assert.Equal(4, (await platform.Outlets(o => o.ListAsync(CatalogueKit.City, new ServiceOutletQuery()))).Total);

        var visible = await platform.Outlets(o => o.ListAsync(CatalogueKit.Visitor, new ServiceOutletQuery()));
        Assert.Equal(3, visible.Total);
        Assert.Equal("139****5678", visible.Items.Single(i => i.Id == tisc.Id).Phone);
        Assert.Equal("0791-86123456", visible.Items.Single(i => i.Name == "西湖区商标受理窗口").Phone);
        Assert.Equal("13912345678", (await platform.Outlets(o => o.GetAsync(CatalogueKit.City, tisc.Id))).Phone);
        Assert.Equal(tisc.Id, Assert.Single((await platform.Outlets(o => o.ListAsync(CatalogueKit.Visitor, new ServiceOutletQuery(Service: "DH-SQ-001")))).Items).Id);

        // Export count = list total; the public export masks the mobile.
        var csv = Encoding.UTF8.GetString(await platform.Outlets(o => o.ExportCsvAsync(CatalogueKit.Visitor, new ServiceOutletQuery())));
        Assert.Equal(visible.Total + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("13912345678", csv, StringComparison.Ordinal);

        // Districts: a street, a functional zone and an unknown code are refused; unknown item codes too.
        foreach (var district in new[] { "360102001", "360100Z02", "360199" })
        {
            var e = await Assert.ThrowsAsync<IpCityException>(() => platform.Outlets(o => o.CreateAsync(CatalogueKit.City, Outlet(ServiceOutletKinds.Other, "x", district))));
            Assert.Equal((400, "district"), (e.Status, e.Details["field"]));
        }

        var unknownItem = await Assert.ThrowsAsync<IpCityException>(() => platform.Outlets(o => o.CreateAsync(CatalogueKit.City, Outlet(ServiceOutletKinds.Other, "y", "360102", services: ["NO-SUCH"]))));
        Assert.Equal((400, "services"), (unknownItem.Status, unknownItem.Details["field"]));
        var duplicate = await Assert.ThrowsAsync<IpCityException>(() => platform.Outlets(o => o.CreateAsync(CatalogueKit.City, Outlet(ServiceOutletKinds.Tisc, "某大学 TISC", "360102"))));
        Assert.Equal((409, "OUTLET_EXISTS"), (duplicate.Status, duplicate.Code));

        // Optimistic concurrency on edits.
        var updated = await platform.Outlets(o => o.UpdateAsync(CatalogueKit.City, tisc.Id, Outlet(ServiceOutletKinds.Tisc, "某大学 TISC", "360102", "0791-88888888") with { Version = 1 }));
        Assert.Equal((2, "0791-88888888"), (updated.Version, updated.Phone));
        var stale = await Assert.ThrowsAsync<IpCityException>(() => platform.Outlets(o => o.UpdateAsync(CatalogueKit.City, tisc.Id, Outlet(ServiceOutletKinds.Tisc, "某大学 TISC", "360102") with { Version = 1 })));
        Assert.Equal((409, "OUTLET_CONCURRENCY"), (stale.Status, stale.Code));
        var district2 = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IServiceOutlets>().DeleteAsync(CatalogueKit.Donghu, tisc.Id)));
        Assert.Equal(403, district2.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Outlet_import_is_idempotent_and_reports_bad_rows(string provider)
    {
        await using var platform = await CatalogueKit.StartAsync(provider);
        var folder = Path.Combine(platform.Store.Storage.DataDirectory, "in");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "outlets.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["网点类型"] = "知识产权保护中心", ["网点名称"] = "保护中心", ["地址"] = "某路 2 号", ["所在区县"] = "红谷滩区", ["联系电话"] = "0791-87654321", ["启用"] = "是" },
            new() { ["网点类型"] = "TISC", ["网点名称"] = "TISC 甲", ["地址"] = "某路 3 号", ["所在区县"] = "360111", ["联系电话"] = null, ["启用"] = "是" },
            new() { ["网点类型"] = "卫星站", ["网点名称"] = "类型不明", ["地址"] = null, ["所在区县"] = "360102", ["联系电话"] = null, ["启用"] = "是" },
            new() { ["网点类型"] = "其他", ["网点名称"] = "区县不明", ["地址"] = null, ["所在区县"] = "湾里区", ["联系电话"] = "123", ["启用"] = "也许" },
        };
        await MiniExcel.SaveAsAsync(path, rows, overwriteFile: true);

        var first = await platform.Outlets(o => o.ImportAsync(CatalogueKit.City, path));
        Assert.Equal((4, 2, 0, 0, 2), (first.Read, first.Created, first.Revised, first.Unchanged, first.Rejected));
        Assert.Contains(first.Issues, i => i is { Row: 4, Field: "kind", Value: "卫星站" });
        Assert.Contains(first.Issues, i => i is { Row: 5, Field: "district", Value: "湾里区" });
        Assert.Contains(first.Issues, i => i is { Row: 5, Field: "phone" });
        Assert.Contains(first.Issues, i => i is { Row: 5, Field: "active" });
        Assert.Equal("360113", (await platform.Outlets(o => o.ListAsync(CatalogueKit.Visitor, new ServiceOutletQuery(Text: "保护中心")))).Items.Single().DistrictCode);

        var second = await platform.Outlets(o => o.ImportAsync(CatalogueKit.City, path));
        Assert.Equal((0, 0, 2, 2), (second.Created, second.Revised, second.Unchanged, second.Rejected));

        // The export imports back unchanged.
        var export = Path.Combine(folder, "export.xlsx");
        await File.WriteAllBytesAsync(export, await platform.Outlets(o => o.ExportXlsxAsync(CatalogueKit.City, new ServiceOutletQuery())));
        var back = await platform.Outlets(o => o.ImportAsync(CatalogueKit.City, export));
        Assert.Equal((2, 0, 0, 2, 0), (back.Read, back.Created, back.Revised, back.Unchanged, back.Rejected));
    }
}
