using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Protection.Tests.Credit;

/// <summary>
/// The credit endpoints through the real host: the anonymous public list is 409 CREDIT_PIA_REQUIRED until an
/// assessment is recorded, then a masked list (CSV with a BOM); unknown request fields are refused; an enterprise
/// reads its own record and gets 404 for another enterprise's.
/// </summary>
public sealed class CreditEndpointTests
{
    private const string E1Code = "91360100MA35ABCD1X";

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;

    private static async Task<ApiClient> EnterpriseAsync(IpCityWebFactory web, string userName, string code)
    {
        await using (var scope = web.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest(userName, userName, Roles.Enterprise, IpCityWebFactory.Password, EnterpriseCode: code));
        }

        var client = web.CreateApi();
        await client.RefreshCsrfAsync();
        var login = await client.PostJsonAsync("/api/auth/login", new { userName, password = IpCityWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await client.RefreshCsrfAsync();
        return client;
    }

    [Fact]
    public async Task Public_list_needs_an_assessment_and_enterprises_see_only_their_own()
    {
        await using var web = await IpCityWebFactory.StartAsync("Sqlite");
        using var visitor = await web.LoginAsync(Roles.Public);
        var blocked = await visitor.GetAsync("/api/protection/credit/public");
        Assert.Equal((HttpStatusCode.Conflict, "CREDIT_PIA_REQUIRED"), (blocked.StatusCode, await CodeAsync(blocked)));

        using var district = await web.LoginAsync(Roles.DistrictOfficer);
        using var city = await web.LoginAsync(Roles.CityOfficer);
        var proposal = new Dictionary<string, object?>
        {
            ["kind"] = "Cnipa",
            ["behaviour"] = "BadFaithTrademarkFiling",
            ["subjectKind"] = "Enterprise",
            ["subjectName"] = "南昌某某商贸有限公司",
            ["subjectIdentifier"] = E1Code,
            ["unitCode"] = null,
            ["caseId"] = null,
            ["facts"] = "恶意抢注他人知名商标 12 件。",
            ["legalBasis"] = "《知识产权信用管理规定》第六条",
            ["documentNumber"] = null,
            ["actOn"] = "2026-02-20",
        };
        var tampered = await district.PostJsonAsync("/api/protection/credit/records", new Dictionary<string, object?>(proposal) { ["state"] = "Repaired" });
        Assert.Equal((HttpStatusCode.BadRequest, "UNKNOWN_FIELD"), (tampered.StatusCode, await CodeAsync(tampered)));
        var proposed = await district.PostJsonAsync("/api/protection/credit/records", proposal);
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        var id = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var decided = await city.PostJsonAsync($"/api/protection/credit/records/{id}/decision", new { approve = true, legalBasis = "《知识产权信用管理规定》第七条", documentNumber = "洪知信决〔2026〕9号", decidedOn = "2026-03-02", reason = (string?)null });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        using var e1 = await EnterpriseAsync(web, "e.one", E1Code);
        using var e2 = await EnterpriseAsync(web, "e.two", "91360100MA35EFGH2Y");
        var own = await e1.GetAsync($"/api/protection/credit/mine/{id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("9136**********CD1X", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subjectIdentifier").GetString());
        var other = await e2.GetAsync($"/api/protection/credit/mine/{id}");
        Assert.Equal((HttpStatusCode.NotFound, "CREDIT_RECORD_NOT_FOUND"), (other.StatusCode, await CodeAsync(other)));
        var injected = await e2.PostJsonAsync($"/api/protection/credit/mine/{id}/objections", new { text = "x", enterpriseCode = E1Code });
        Assert.Equal((HttpStatusCode.BadRequest, "UNKNOWN_FIELD"), (injected.StatusCode, await CodeAsync(injected)));
        Assert.Equal(0, (await (await e2.GetAsync("/api/protection/credit/mine")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());

        var assessed = await city.PostJsonAsync("/api/protection/credit/impact-assessments", new { assessedOn = "2026-03-02", assessor = "市局法制科", scope = "失信名单公示", conclusion = "脱敏后公示", documentNumber = (string?)null });
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        var list = await (await visitor.GetAsync("/api/protection/credit/public")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("9136**********CD1X", list.GetProperty("items")[0].GetProperty("subjectIdentifier").GetString());
        var csv = await (await visitor.GetAsync("/api/protection/credit/public.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.DoesNotContain(E1Code, System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }
}
