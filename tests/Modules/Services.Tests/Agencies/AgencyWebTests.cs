using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using static IpCity.Services.Tests.Agencies.AgencyTestKit;

namespace IpCity.Services.Tests.Agencies;

/// <summary>
/// Through the real host on SQLite and PostgreSQL: the city office uploads the import workbook (multipart, CSRF) and
/// gets the counts and the bad rows; the pages render the agencies, the detail with masked persons, the practitioners
/// and the statistics; a page form ends an engagement; the public directory shows no personal data; a district officer
/// gets 404 for another district's agency; the CSV export has the list's total; the role rules hold.
/// </summary>
public sealed partial class AgencyWebTests
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
        client.PostFileAsync("/api/services/agencies/import", "agencies.xlsx", workbook);

    private static byte[] Seed() => Workbook(
        [
            AgencyRow("南昌甲专利商标代理有限公司", CodeA, "36101", "TM-0001", DonghuAddress),
            AgencyRow("南昌乙商标代理有限公司", CodeB, null, "TM-0002", ZoneAddress),
            AgencyRow("坏代码代理公司", "91360102MA35AGX0", "36199", null, DonghuAddress),
        ],
        [
            PersonRow("张小三", Id1, "3610100001", "ZL2019000001", "2019-12-01", CodeA, "执业专利代理师", "2020-01-01"),
            PersonRow("李四", Id2, null, null, null, CodeB, "商标代理从业人员", "2022-01-01"),
        ]);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_pages_directory_scoping_and_export_through_the_host(string provider)
    {
        await using var web = await IpCityWebFactory.StartAsync(provider);
        using var city = await web.LoginAsync(Roles.CityOfficer);
        using var district = await web.LoginAsync(Roles.DistrictOfficer);
        using var visitor = await web.LoginAsync(Roles.Public);

        // Only the city office imports; the upload reports counts and the bad row.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(district, Seed())).StatusCode);
        var imported = await JsonAsync(await UploadAsync(city, Seed()));
        Assert.Equal(2, imported.GetProperty("agencies").GetProperty("inserted").GetInt32());
        Assert.Equal(2, imported.GetProperty("persons").GetProperty("inserted").GetInt32());
        Assert.Equal(1, imported.GetProperty("rejected").GetInt32());
        Assert.Equal("creditCode", imported.GetProperty("issues")[0].GetProperty("field").GetString());
        var again = await JsonAsync(await UploadAsync(city, Seed()));
        Assert.Equal(2, again.GetProperty("persons").GetProperty("unchanged").GetInt32());

        // The list page and the API agree; the district officer (东湖区) sees agency A only.
        var list = await JsonAsync(await city.GetAsync("/api/services/agencies"));
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var ids = list.GetProperty("items").EnumerateArray().ToDictionary(x => x.GetProperty("creditCode").GetString()!, x => x.GetProperty("id").GetInt64());
        var index = await HtmlAsync(city, "/Services/Agencies");
        Assert.Contains("id=\"agencies-nav\"", index, StringComparison.Ordinal);
        Assert.Contains("南昌乙商标代理有限公司", index, StringComparison.Ordinal);
        Assert.Contains("id=\"agencies-import\"", index, StringComparison.Ordinal);
        var districtIndex = await HtmlAsync(district, "/Services/Agencies");
        Assert.Contains("南昌甲专利商标代理有限公司", districtIndex, StringComparison.Ordinal);
        Assert.DoesNotContain("南昌乙商标代理有限公司", districtIndex, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"agencies-import\"", districtIndex, StringComparison.Ordinal);
        var hidden = await district.GetAsync($"/api/services/agencies/{ids[CodeB]}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("AGENCY_NOT_FOUND", (await hidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/Services/Agencies/Detail?id={ids[CodeB]}")).StatusCode);

        // Export = list total (header + rows), BOM first.
        var csv = await city.Http.GetByteArrayAsync("/api/services/agencies/export.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Equal(3, System.Text.Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // The detail page shows persons masked; a form ends the engagement and the count follows.
        var detailUrl = $"/Services/Agencies/Detail?id={ids[CodeA]}";
        var detail = await HtmlAsync(district, detailUrl);
        Assert.Contains("张*三", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("张小三", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Id1, detail, StringComparison.Ordinal);
        var person = (await JsonAsync(await city.GetAsync($"/api/services/agencies/{ids[CodeA]}"))).GetProperty("persons")[0];
        var token = FormToken().Match(detail).Groups[1].Value;
        var ended = await district.Http.PostAsync(detailUrl + "&handler=End", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["practitionerId"] = person.GetProperty("practitionerId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["engagementId"] = person.GetProperty("engagementId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = "2026-02-28",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("已结束该从业经历", await ended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stats = await JsonAsync(await city.GetAsync("/api/services/agencies/statistics?date=2026-02-27"));
        Assert.Equal(1, stats.GetProperty("total").GetProperty("practising").GetInt32());
        stats = await JsonAsync(await city.GetAsync("/api/services/agencies/statistics?date=2026-03-01"));
        Assert.Equal(0, stats.GetProperty("total").GetProperty("practising").GetInt32());
        Assert.Equal(1, stats.GetProperty("total").GetProperty("trademarkStaff").GetInt32());

        // Practitioners, person and statistics pages.
        var persons = await HtmlAsync(city, "/Services/Agencies/Practitioners");
        Assert.Contains("李*", persons, StringComparison.Ordinal);
        Assert.Contains("360***********" + Id2[^4..], persons, StringComparison.Ordinal);
        Assert.DoesNotContain(Id2, persons, StringComparison.Ordinal);
        Assert.Contains("id=\"person-engagements\"", await HtmlAsync(city, $"/Services/Agencies/Person?id={person.GetProperty("practitionerId").GetInt64()}"), StringComparison.Ordinal);
        var statistics = await HtmlAsync(city, "/Services/Agencies/Statistics?date=2026-02-27");
        Assert.Contains("id=\"workforce-counties\"", statistics, StringComparison.Ordinal);
        Assert.Contains("东湖区", statistics, StringComparison.Ordinal);

        // The public directory: both agencies, no persons, for anonymous visitors; the officer pages are closed to them.
        var directory = await HtmlAsync(visitor, "/Services/Agencies/Directory");
        Assert.Contains("南昌甲专利商标代理有限公司", directory, StringComparison.Ordinal);
        Assert.DoesNotContain("张*三", directory, StringComparison.Ordinal);
        Assert.DoesNotContain("3610100001", directory, StringComparison.Ordinal);
        Assert.Equal(2, (await JsonAsync(await visitor.GetAsync("/api/services/agencies/directory"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/Services/Agencies")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/services/practitioners")).StatusCode);
        using var enterprise = await web.LoginAsync(Roles.Enterprise);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/services/agencies")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
