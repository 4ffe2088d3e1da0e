using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Services.Tests.Brands.BrandTestKit;

namespace IpCity.Services.Tests.Brands;

/// <summary>
/// Through the real host on SQLite and PostgreSQL: the Madrid page and API for officers (the district sees its unit,
/// exports have the list's total), the public GI list and detail without firm data, the authorised-user upload (city
/// only, idempotent), a district's 404 for another district's firm, a detail-page form, and the role rules.
/// </summary>
public sealed partial class BrandWebTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<string> HtmlAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, byte[] workbook) =>
        client.PostFileAsync("/api/services/gis/users/import", "gi-users.xlsx", workbook);

    private static int Lines(byte[] csv) => Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Madrid_and_gi_pages_api_scoping_and_exports_through_the_host(string provider)
    {
        await using var web = await IpCityWebFactory.StartAsync(provider);
        await using (var scope = web.Services.CreateAsyncScope())
        {
            var path = Path.Combine(web.Store.Storage.DataDirectory, "marks.csv");
            await File.WriteAllTextAsync(path, TrademarkCsv, new UTF8Encoding(true));
            var importer = scope.ServiceProvider.GetRequiredService<IRegisterImporter>();
            Assert.Equal(8, (await importer.ImportTrademarksAsync([path])).Inserted);
            Assert.Equal(7, (await importer.ImportGisAsync([Path.Combine(Fixtures.RepositoryRoot, "reference", "jiangxi_gi_facts.csv")])).Inserted);
        }

        using var city = await web.LoginAsync(Roles.CityOfficer);
        using var district = await web.LoginAsync(Roles.DistrictOfficer);
        using var visitor = await web.LoginAsync(Roles.Public);
        using var enterprise = await web.LoginAsync(Roles.Enterprise);

        // Madrid: API, page and exports agree; the district officer (东湖区) sees its holder only.
        var list = await JsonAsync(await city.GetAsync("/api/services/madrid?on=2025-12-31"));
        Assert.Equal(4, list.GetProperty("total").GetInt32());
        Assert.Equal(1, list.GetProperty("totals").GetProperty("renewalsDue").GetInt32());
        var page = await HtmlAsync(city, "/Services/Brands/Madrid?on=2025-12-31");
        Assert.Contains("id=\"brands-nav\"", page, StringComparison.Ordinal);
        Assert.Contains("data-ir=\"2222222\"", page, StringComparison.Ordinal);
        Assert.Contains("续展到期", page, StringComparison.Ordinal);
        Assert.Contains("id=\"madrid-by-party\"", page, StringComparison.Ordinal);
        var districtPage = await HtmlAsync(district, "/Services/Brands/Madrid?on=2025-12-31");
        Assert.Contains("data-ir=\"1111111\"", districtPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-ir=\"2222222\"", districtPage, StringComparison.Ordinal);
        var csv = await city.Http.GetByteArrayAsync("/api/services/madrid/export.csv?on=2025-12-31");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Equal(list.GetProperty("total").GetInt32() + 1, Lines(csv));
        var xlsx = await city.GetAsync("/api/services/madrid/export.xlsx?on=2025-12-31");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using (var stream = await xlsx.Content.ReadAsStreamAsync())
        {
            Assert.Equal(4, MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Count());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/Services/Brands/Madrid")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/services/madrid")).StatusCode);
        var holder = await JsonAsync(await city.GetAsync("/api/services/madrid/holder?name=" + Uri.EscapeDataString("江西洪城食品有限公司") + "&on=2025-12-31"));
        Assert.Equal(2, holder.GetProperty("renewalsDue").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync("/api/services/madrid/holder?creditCode=" + FirmJinxian)).StatusCode);

        // GIs: only the city office uploads; the upload is idempotent.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(district, UsersWorkbook())).StatusCode);
        var imported = await JsonAsync(await UploadAsync(city, UsersWorkbook()));
        Assert.Equal((3, 3), (imported.GetProperty("inserted").GetInt32(), imported.GetProperty("rejected").GetInt32()));
        Assert.Equal(3, (await JsonAsync(await UploadAsync(city, UsersWorkbook()))).GetProperty("unchanged").GetInt32());

        // The public list and detail: counts, no firm data.
        var gis = (await JsonAsync(await visitor.GetAsync("/api/services/gis"))).EnumerateArray().ToList();
        Assert.Equal(3, gis.Count);
        var radish = gis.Single(g => g.GetProperty("name").GetString() == "秀挹三江萝卜腌菜");
        Assert.Equal(2, radish.GetProperty("activeUsers").GetInt32());
        var key = radish.GetProperty("key").GetString()!;
        var gisPage = await HtmlAsync(visitor, "/Services/Brands/Gis");
        Assert.Contains("军山湖大闸蟹", gisPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"gis-import\"", gisPage, StringComparison.Ordinal);
        Assert.Contains("id=\"gis-import\"", await HtmlAsync(city, "/Services/Brands/Gis"), StringComparison.Ordinal);
        var publicDetail = await HtmlAsync(visitor, $"/Services/Brands/Gis/Detail?key={key}");
        Assert.Contains("id=\"gi-active-users\">2<", publicDetail, StringComparison.Ordinal);
        Assert.DoesNotContain(FirmNanchangxian, publicDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("南昌县三江食品有限公司", publicDetail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/services/gis/users")).StatusCode);

        // Officers: the district sees its firm only; another district's firm by id is 404; exports have the list's rows.
        var users = (await JsonAsync(await city.GetAsync("/api/services/gis/users"))).EnumerateArray().ToList();
        Assert.Equal(3, users.Count);
        Assert.Equal(users.Count + 1, Lines(await city.Http.GetByteArrayAsync("/api/services/gis/users/export.csv")));
        var other = users.Single(u => u.GetProperty("creditCode").GetString() == FirmNanchangxian).GetProperty("id").GetInt64();
        var hidden = await district.GetAsync($"/api/services/gis/users/{other}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("GI_USER_NOT_FOUND", (await hidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var districtDetail = await HtmlAsync(district, $"/Services/Brands/Gis/Detail?key={key}");
        Assert.Contains(FirmDonghu, districtDetail, StringComparison.Ordinal);
        Assert.DoesNotContain(FirmNanchangxian, districtDetail, StringComparison.Ordinal);

        // A page form: the district records a check of its firm.
        var token = FormToken().Match(districtDetail).Groups[1].Value;
        var posted = await district.Http.PostAsync($"/Services/Brands/Gis/Detail?key={key}&handler=Supervision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["on"] = "2026-02-10",
            ["unit"] = "东湖区市场监督管理局",
            ["firmName"] = "南昌东湖腌菜经营部",
            ["creditCode"] = FirmDonghu,
            ["finding"] = "规范使用专用标志",
            ["result"] = "Compliant",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var after = await posted.Content.ReadAsStringAsync();
        Assert.Contains("已登记监管记录", after, StringComparison.Ordinal);
        Assert.Contains("规范使用专用标志", after, StringComparison.Ordinal);
        Assert.Single((await JsonAsync(await city.GetAsync($"/api/services/gis/supervision?key={key}"))).EnumerateArray());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
