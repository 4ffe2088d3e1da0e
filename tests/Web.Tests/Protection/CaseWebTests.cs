using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Protection;

/// <summary>
/// The case register over HTTP (SECURITY.md spec 7): a 东湖区 officer gets 404 for a 西湖区 case by id — API and
/// page — and never sees it in the list or the CSV export; a portal complaint filed anonymously is followed by
/// its tracking code; an enterprise that is not a party gets 404.
/// </summary>
public sealed partial class CaseWebTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task District_isolation_holds_on_every_route_and_a_portal_complaint_is_tracked(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        CaseDetailDto donghu, xihu;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var cases = scope.ServiceProvider.GetRequiredService<ICaseRegister>();
            PartyInput[] parties = [new(PartyRoles.Respondent, "Enterprise", "南昌示例公司", "91360100MA35WEB00X", null, null)];
            donghu = await cases.OpenAsync(new ProtectionActor("d", Roles.DistrictOfficer, "360102", null, []), new OpenCaseRequest(CaseTypes.TrademarkInfringement, "东湖案件", null, new DateOnly(2026, 3, 1), null, false, parties));
            xihu = await cases.OpenAsync(new ProtectionActor("x", Roles.DistrictOfficer, "360103", null, []), new OpenCaseRequest(CaseTypes.PatentCounterfeiting, "西湖案件", null, new DateOnly(2026, 3, 1), null, false, parties));
        }

        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        var byId = await district.GetAsync($"/api/protection/cases/{xihu.Summary.Id}");
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Contains("CASE_NOT_FOUND", await byId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/Protection/Cases/Detail?id={xihu.Summary.Id}")).StatusCode);
        var act = await district.PostJsonAsync($"/api/protection/cases/{xihu.Summary.Id}/actions", new { action = CaseActions.Refuse, version = xihu.Version });
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);

        using (var list = JsonDocument.Parse(await (await district.GetAsync("/api/protection/cases")).Content.ReadAsStringAsync()))
        {
            Assert.Equal([donghu.Summary.Number], list.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
            Assert.Equal((1, 50), (list.RootElement.GetProperty("page").GetInt32(), list.RootElement.GetProperty("pageSize").GetInt32()));
        }

        // The query string binds to the filter (type, paging); a number that does not parse is refused.
        using (var otherType = JsonDocument.Parse(await (await district.GetAsync($"/api/protection/cases?type={CaseTypes.PatentCounterfeiting}")).Content.ReadAsStringAsync()))
        {
            Assert.Empty(otherType.RootElement.GetProperty("items").EnumerateArray());
        }

        using (var paged = JsonDocument.Parse(await (await district.GetAsync("/api/protection/cases?page=2&pageSize=5")).Content.ReadAsStringAsync()))
        {
            Assert.Empty(paged.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal((2, 5, 1), (paged.RootElement.GetProperty("page").GetInt32(), paged.RootElement.GetProperty("pageSize").GetInt32(), paged.RootElement.GetProperty("total").GetInt32()));
        }

        using (var sameType = JsonDocument.Parse(await (await district.GetAsync($"/api/protection/cases?type={CaseTypes.TrademarkInfringement}")).Content.ReadAsStringAsync()))
        {
            Assert.Equal([donghu.Summary.Number], sameType.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await district.GetAsync("/api/protection/cases?page=abc")).StatusCode);

        var csv = await (await district.GetAsync("/api/protection/cases.csv")).Content.ReadAsStringAsync();
        Assert.Contains(donghu.Summary.Number, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(xihu.Summary.Number, csv, StringComparison.Ordinal);
        var page = await (await district.GetAsync("/Protection/Cases")).Content.ReadAsStringAsync();
        Assert.Contains(donghu.Summary.Number, page, StringComparison.Ordinal);
        Assert.DoesNotContain(xihu.Summary.Number, page, StringComparison.Ordinal);

        using var enterprise = await factory.LoginAsync(Roles.Enterprise);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"/api/protection/cases/{donghu.Summary.Id}")).StatusCode);

        using var visitor = await factory.LoginAsync(Roles.Public);
        var filed = await visitor.PostJsonAsync("/api/protection/complaints", new
        {
            type = CaseTypes.PatentCounterfeiting,
            title = "假冒专利标识",
            description = "产品标注的专利号不存在。",
            anonymous = true,
            respondentName = "某商店",
        });
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        using var receipt = JsonDocument.Parse(await filed.Content.ReadAsStringAsync());
        var code = receipt.RootElement.GetProperty("trackingCode").GetString();
        using var status = JsonDocument.Parse(await (await visitor.GetAsync($"/api/protection/complaints/{code}")).Content.ReadAsStringAsync());
        Assert.Equal("Intake", status.RootElement.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/protection/complaints/0000")).StatusCode);
        var named = await visitor.PostJsonAsync("/api/protection/complaints", new { type = CaseTypes.PatentDisputeMediation, title = "t", description = "d", anonymous = true, respondentName = "r" });
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Contains("COMPLAINT_NAME_REQUIRED", await named.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Unmasking the parties needs a stated reason, over the API and on the page (SECURITY.md spec 29).
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var noReason = await city.GetAsync($"/api/protection/cases/{donghu.Summary.Id}?unmask=true");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("CASE_UNMASK_REASON", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var full = await (await city.GetAsync($"/api/protection/cases/{donghu.Summary.Id}?unmask=true&reason={Uri.EscapeDataString("核对当事人")}")).Content.ReadAsStringAsync();
        Assert.Contains("91360100MA35WEB00X", full, StringComparison.Ordinal);
        var detail = await (await city.GetAsync($"/Protection/Cases/Detail?id={donghu.Summary.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"case-unmask\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("91360100MA35WEB00X", detail, StringComparison.Ordinal);
        var token = FormToken().Match(detail).Groups[1].Value;
        async Task<string> UnmaskPageAsync(string reason) => await (await city.Http.PostAsync($"/Protection/Cases/Detail?id={donghu.Summary.Id}&handler=Unmask",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("reason", reason)]))).Content.ReadAsStringAsync();
        var refused = await UnmaskPageAsync(" ");
        Assert.Contains("须说明理由", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("91360100MA35WEB00X", refused, StringComparison.Ordinal);
        Assert.Contains("91360100MA35WEB00X", await UnmaskPageAsync("核对当事人信息"), StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex FormToken();
}
