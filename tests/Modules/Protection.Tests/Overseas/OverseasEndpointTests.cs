using System.Net;
using System.Text;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using static IpCity.Protection.Tests.Overseas.OverseasFixture;

namespace IpCity.Protection.Tests.Overseas;

/// <summary>The endpoints through the web host: unknown request fields refused, multipart import, masking for anonymous visitors, district scope, enterprise 404.</summary>
public sealed class OverseasEndpointTests
{
    [Fact]
    public async Task The_endpoints_bind_scope_and_mask_as_the_services_do()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite);
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var unknown = await city.PostJsonAsync("/api/protection/bodies", new { name = "东湖区维权援助工作站", kind = "RightsAidStation", districtCode = "360102", colour = "red" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("UNKNOWN_FIELD", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var created = await city.PostJsonAsync("/api/protection/bodies", new { name = "东湖区维权援助工作站", kind = "维权援助工作站", districtCode = "360102", phone = "13907911234", fields = new[] { "专利" } });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        {
            using var imported = await city.PostFileAsync(
                "/api/protection/bodies/import", "bodies.csv", Encoding.UTF8.GetBytes("名称,类型,服务区域代码\n南昌仲裁委员会,仲裁机构,360113\n坏行,仲裁机构,000000\n"), "text/csv");
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            using var json = JsonDocument.Parse(await imported.Content.ReadAsStringAsync());
            Assert.Equal((1, 1), (json.RootElement.GetProperty("created").GetInt32(), json.RootElement.GetProperty("rejected").GetInt32()));
        }

        using var anonymous = factory.CreateApi();
        var portal = await anonymous.GetAsync("/api/protection/bodies/public?kind=维权援助工作站");
        var text = await portal.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Contains("139****1234", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13907911234", text, StringComparison.Ordinal);

        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        var dispute = await district.PostJsonAsync("/api/protection/overseas/disputes", new
        {
            firmName = "南昌甲科技有限公司",
            firmCreditCode = CreditCode("91360102MA35ABCD1"),
            districtCode = "360102",
            country = "US",
            type = "337调查",
            status = "受理",
            startedOn = "2025-06-01",
            amount = 1000.5m,
            currency = "USD",
        });
        Assert.Equal(HttpStatusCode.OK, dispute.StatusCode);
        using var dept = await factory.LoginAsync(Roles.DeptOfficer);
        var csv = await dept.GetAsync("/api/protection/overseas/disputes/export.csv?q=美国");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("南昌甲科技有限公司", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var enterprise = await factory.LoginAsync(Roles.Enterprise);
        var alerts = await enterprise.GetAsync("/api/protection/overseas/alerts?enterprise=" + CreditCode("91360102MA35ABCD1"));
        Assert.Equal(HttpStatusCode.NotFound, alerts.StatusCode);
        Assert.Contains("OVERSEAS_ALERT_FIRM_UNKNOWN", await alerts.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reference = await anonymous.GetAsync("/api/protection/overseas/reference");
        Assert.Contains("337调查", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
