using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Services.Tests.Catalogue;

/// <summary>
/// Through the real host: the anonymous catalogue page lists the STARTER items with their time limits; the outlet page
/// carries the map; an enterprise's online request reaches 东湖区's queue (API and page) while 西湖区 gets 404;
/// privileged fields in a request body are refused.
/// </summary>
public sealed partial class CatalogueEndpointTests
{
    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex FormToken();

    private static async Task<HttpResponseMessage> PostFormAsync(ApiClient client, string pageUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var token = FormToken().Match(await (await client.GetAsync(pageUrl)).Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(token);
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(postUrl, content);
    }

    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;

    private static async Task<ApiClient> AccountAsync(IpCityWebFactory web, string userName, string role, string? unit = null, string? enterprise = null)
    {
        await using (var scope = web.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest(userName, userName, role, IpCityWebFactory.Password, unit, EnterpriseCode: enterprise));
        }

        var client = web.CreateApi();
        await client.RefreshCsrfAsync();
        var login = await client.PostJsonAsync("/api/auth/login", new { userName, password = IpCityWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await client.RefreshCsrfAsync();
        return client;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_public_page_shows_time_limits_and_a_request_reaches_the_units_queue(string provider)
    {
        await using var web = await IpCityWebFactory.StartAsync(provider);
        using var visitor = await web.LoginAsync(Roles.Public);

        var page = await visitor.GetAsync("/Services/Catalogue");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("专利侵权纠纷行政裁决请求受理", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"time-limit\">5 个工作日</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"time-limit\">30 日</td>", html, StringComparison.Ordinal);
        var detail = await (await visitor.GetAsync("/Services/Catalogue/Detail?code=ZL-CJ-001")).Content.ReadAsStringAsync();
        Assert.Contains("<td id=\"item-time-limit\">5 个工作日</td>", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/Services/Catalogue/Detail?code=NO-SUCH")).StatusCode);
        var outlets = await visitor.GetAsync("/Services/Outlets");
        Assert.Equal(HttpStatusCode.OK, outlets.StatusCode);
        Assert.Contains("id=\"outlet-map\"", await outlets.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(9, (await visitor.Http.GetFromJsonAsync<JsonElement>("/api/services/outlets/map")).GetProperty("districts").GetArrayLength());

        // The city office adds an item handled by 东湖区; an enterprise applies online.
        using var city = await web.LoginAsync(Roles.CityOfficer);
        var item = new
        {
            code = "T-WEB-1",
            content = new { name = "维权援助 (东湖)", category = "知识产权保护", legalBasis = (string?)null, conditions = (string?)null, materials = new[] { "申请表" }, timeLimitAmount = 3, timeLimitUnit = "WorkingDays", fee = (string?)null, channels = new[] { "Online" }, responsibleUnitCode = "360102", status = (string?)null },
            effectiveFrom = "2026-03-01",
            note = (string?)null,
        };
        var created = await city.PostJsonAsync("/api/services/catalogue", item);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        using var firm = await AccountAsync(web, "firm.one", Roles.Enterprise, enterprise: CatalogueKit.E1);
        var tampered = await firm.PostJsonAsync("/api/services/requests", new { itemCode = "T-WEB-1", subject = "援助", description = (string?)null, contactName = "李四", contactPhone = "13912345678", unitCode = "360103" });
        Assert.Equal((HttpStatusCode.BadRequest, "UNKNOWN_FIELD"), (tampered.StatusCode, await CodeAsync(tampered)));
        var submitted = await firm.PostJsonAsync("/api/services/requests", new { itemCode = "T-WEB-1", subject = "援助", description = (string?)null, contactName = "李四", contactPhone = "13912345678" });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var body = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString();
        var number = body.GetProperty("number").GetString()!;
        Assert.Equal(("360102", "2026-03-05", "139****5678"), (body.GetProperty("unitCode").GetString(), body.GetProperty("dueOn").GetString(), body.GetProperty("contactPhone").GetString()));

        using var donghu = await web.LoginAsync(Roles.DistrictOfficer);
        var queue = await donghu.Http.GetFromJsonAsync<JsonElement>("/api/services/requests");
        Assert.Equal(number, queue.GetProperty("items")[0].GetProperty("number").GetString());
        Assert.Contains(number, await (await donghu.GetAsync("/Services/Requests")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var requestPage = await (await donghu.GetAsync($"/Services/Requests/Detail?id={id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("13912345678", requestPage, StringComparison.Ordinal);
        Assert.Contains("<tr data-action=\"Submit\">", requestPage, StringComparison.Ordinal);
        Assert.Contains("提交申请", requestPage, StringComparison.Ordinal);

        using var xihu = await AccountAsync(web, "xihu.officer", Roles.DistrictOfficer, unit: "360103");
        Assert.Equal(0, (await xihu.Http.GetFromJsonAsync<JsonElement>("/api/services/requests")).GetProperty("total").GetInt32());
        var other = await xihu.GetAsync($"/api/services/requests/{id}");
        Assert.Equal((HttpStatusCode.NotFound, "SERVICE_REQUEST_NOT_FOUND"), (other.StatusCode, await CodeAsync(other)));
        Assert.Equal(HttpStatusCode.NotFound, (await xihu.GetAsync($"/Services/Requests/Detail?id={id}")).StatusCode);
        var act = await xihu.PostJsonAsync($"/api/services/requests/{id}/accept", new { version = 1, note = (string?)null });
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);

        // The pages of each role render: the enterprise's form and own list, the city office's maintenance forms.
        var form = await firm.GetAsync("/Services/Requests/New?code=T-WEB-1");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("request-item-note", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(number, await (await firm.GetAsync("/Services/Requests")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mine = await firm.GetAsync($"/Services/Requests/Detail?id={id}");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("request-withdraw", await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cityDetail = await (await city.GetAsync("/Services/Catalogue/Detail?code=T-WEB-1")).Content.ReadAsStringAsync();
        Assert.Contains("item-revise", cityDetail, StringComparison.Ordinal);
        Assert.Contains("item-history", cityDetail, StringComparison.Ordinal);
        var cityOutlets = await city.GetAsync("/Services/Outlets");
        Assert.Equal(HttpStatusCode.OK, cityOutlets.StatusCode);
        Assert.Contains("outlets-import", await cityOutlets.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var accepted = await donghu.PostJsonAsync($"/api/services/requests/{id}/accept", new { version = 1, note = "受理" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_forms_submit_a_request_and_the_unit_accepts_it(string provider)
    {
        await using var web = await IpCityWebFactory.StartAsync(provider);
        using var firm = await AccountAsync(web, "firm.two", Roles.Enterprise, enterprise: CatalogueKit.E2);
        var posted = await PostFormAsync(firm, "/Services/Requests/New?code=ZL-CJ-001", "/Services/Requests/New",
            ("code", "ZL-CJ-001"), ("subject", "请求处理专利侵权纠纷"), ("description", "对方未经许可实施专利。"), ("contactName", "王五"), ("contactPhone", "0791-86123456"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        Assert.StartsWith("/Services/Requests/Detail?id=", location, StringComparison.Ordinal);
        var id = location["/Services/Requests/Detail?id=".Length..].Split('&')[0];
        var created = await (await firm.GetAsync(location)).Content.ReadAsStringAsync();
        Assert.Contains("申请已提交", created, StringComparison.Ordinal);
        Assert.Contains("079******3456", created, StringComparison.Ordinal);

        // The STARTER item is the city office's (360100): a district officer does not see it, the city office accepts it.
        using var donghu = await web.LoginAsync(Roles.DistrictOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.GetAsync($"/Services/Requests/Detail?id={id}")).StatusCode);
        using var city = await web.LoginAsync(Roles.CityOfficer);
        var accepted = await PostFormAsync(city, $"/Services/Requests/Detail?id={id}", $"/Services/Requests/Detail?id={id}&handler=Accept", ("version", "1"), ("note", "材料齐全"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var html = await accepted.Content.ReadAsStringAsync();
        Assert.Contains("data-state=\"Accepted\"", html, StringComparison.Ordinal);
        Assert.Contains("request-complete", html, StringComparison.Ordinal);
        var stale = await PostFormAsync(city, $"/Services/Requests/Detail?id={id}", $"/Services/Requests/Detail?id={id}&handler=Accept", ("version", "1"));
        Assert.Contains("SERVICE_REQUEST_CONCURRENCY", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
