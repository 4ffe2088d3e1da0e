using System.Net;
using System.Text;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.IpData;

/// <summary>/api/industries: everyone reads and exports; CityOfficer edits Local catalogues and uploads concordances.</summary>
public sealed class IndustryEndpointTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    // FABRICATED TEST ROWS in the 专利密集型产业统计分类 layout, not official data.
    private const string PatentIntensiveCsv = "代码,名称,国民经济行业代码,国民经济行业名称,备注\r\n01,测试信息通信技术制造业,,,TEST\r\n0101,测试通信设备制造,3921,测试通信系统设备制造,\r\n,,3922,测试通信终端设备制造,*\r\n";

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, string fileName, string csv, string type, string edition) =>
        client.PostFileAsync("/api/industries/concordances", fileName, Encoding.UTF8.GetBytes(csv), "text/csv", ("type", type), ("edition", edition));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Everyone_reads_the_catalogue_and_a_city_officer_edits_it(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var profile = scope.ServiceProvider.GetRequiredService<ICityProfileLoader>().DefaultProfilePath;
            Assert.Single(await scope.ServiceProvider.GetRequiredService<IConcordanceImporter>().LoadStarterCataloguesAsync(profile));
        }

        using var anonymous = await factory.LoginAsync(Roles.Public);
        var list = await JsonAsync(await anonymous.GetAsync("/api/industries"));
        Assert.Equal("nanchang-4+4+x", list.GetProperty("catalogue").GetProperty("code").GetString());
        Assert.Equal(12, list.GetProperty("industries").GetArrayLength());

        using var enterprise = await factory.LoginAsync(Roles.Enterprise);
        var refused = await enterprise.PostJsonAsync("/api/industries/catalogues/nanchang-4+4+x/industries", new { code = "vr", name = "虚拟现实" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        var created = await officer.PostJsonAsync("/api/industries/catalogues/nanchang-4+4+x/industries", new { code = "vr", name = "虚拟现实", parentCode = "x" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var renamed = await officer.SendAsync(HttpMethod.Put, "/api/industries/catalogues/nanchang-4+4+x/industries/vr", new { name = "虚拟现实 (VR)" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var rule = await JsonAsync(await officer.PostJsonAsync("/api/industries/catalogues/nanchang-4+4+x/industries/vr/rules", new { keyword = "虚拟现实" }));
        var noIpcTable = await officer.PostJsonAsync("/api/industries/catalogues/nanchang-4+4+x/industries/vr/rules", new { ipcPattern = "G06T" });
        Assert.Equal(HttpStatusCode.Conflict, noIpcTable.StatusCode);
        Assert.Equal("IPC_REFERENCE_NOT_LOADED", (await JsonAsync(noIpcTable)).GetProperty("code").GetString());
        var missing = await officer.SendAsync(HttpMethod.Delete, "/api/industries/catalogues/nanchang-4+4+x/industries/nope", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("INDUSTRY_NOT_FOUND", (await JsonAsync(missing)).GetProperty("code").GetString());

        var export = await anonymous.GetAsync("/api/industries/catalogues/nanchang-4+4+x/export.csv");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("nanchang-4+4+x,starter-2026.1,vr,虚拟现实 (VR),x,2,,虚拟现实,1,,,", csv, StringComparison.Ordinal);
        Assert.Contains(",auto-nev,汽车及新能源汽车,advantage,2,H01M,", csv, StringComparison.Ordinal);

        var page = await officer.GetAsync("/Data/Industries");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("虚拟现实 (VR)", html, StringComparison.Ordinal);
        Assert.Contains("NOT an official table", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);

        var removed = await officer.SendAsync(HttpMethod.Delete, $"/api/industries/catalogues/nanchang-4+4+x/industries/vr/rules/{rule.GetProperty("id").GetInt64()}", null);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var vr = (await JsonAsync(await anonymous.GetAsync("/api/industries/catalogues/nanchang-4+4+x"))).GetProperty("industries").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "vr");
        Assert.Equal(0, vr.GetProperty("rules").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_city_officer_uploads_a_concordance_edition(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var officer = await factory.LoginAsync(Roles.CityOfficer);

        var badHeader = await UploadAsync(officer, "pi.csv", "代码,名称,备注\r\n01,测试,\r\n", "PatentIntensiveIndustry2019", "2019-test");
        Assert.Equal(HttpStatusCode.BadRequest, badHeader.StatusCode);
        var problem = await JsonAsync(badHeader);
        Assert.Equal("CONCORDANCE_INVALID_HEADER", problem.GetProperty("code").GetString());
        Assert.Contains("国民经济行业代码", problem.GetRawText(), StringComparison.Ordinal);

        var badType = await UploadAsync(officer, "pi.csv", PatentIntensiveCsv, "NoSuchType", "2019-test");
        Assert.Equal("CONCORDANCE_TYPE_UNKNOWN", (await JsonAsync(badType)).GetProperty("code").GetString());

        var first = await JsonAsync(await UploadAsync(officer, "pi.csv", PatentIntensiveCsv, "PatentIntensiveIndustry2019", "2019-test"));
        Assert.Equal((true, 2, 2), (first.GetProperty("created").GetBoolean(), first.GetProperty("industries").GetInt32(), first.GetProperty("rules").GetInt32()));
        var again = await JsonAsync(await UploadAsync(officer, "pi.csv", PatentIntensiveCsv, "PatentIntensiveIndustry2019", "2019-test"));
        Assert.True(again.GetProperty("unchanged").GetBoolean());

        using var enterprise = await factory.LoginAsync(Roles.Enterprise);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(enterprise, "pi.csv", PatentIntensiveCsv, "PatentIntensiveIndustry2019", "2019-x")).StatusCode);

        var catalogues = await JsonAsync(await officer.GetAsync("/api/industries/catalogues"));
        var only = Assert.Single(catalogues.EnumerateArray());
        Assert.Equal(("patent-intensive-2019", "Concordance", "2019-test"), (only.GetProperty("code").GetString(), only.GetProperty("kind").GetString(), only.GetProperty("edition").GetString()));

        var openApi = await (await officer.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        Assert.Contains("\"ImportConcordance\"", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/industries/catalogues/{catalogue}/industries/{industry}/rules", openApi, StringComparison.Ordinal);
    }
}
