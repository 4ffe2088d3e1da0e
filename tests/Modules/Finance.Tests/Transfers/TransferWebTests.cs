using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Finance.Tests.Transfers.TransferFixture;

namespace IpCity.Finance.Tests.Transfers;

/// <summary>
/// The transfer area through the real host: the city office syncs and enters an offer; the pages show the register,
/// the match list with its breakdown and the firm's own matches; another firm's match is 404 with a named code;
/// injected fields are refused; the CSV export holds the list's rows.
/// </summary>
public sealed class TransferWebTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await Json(response)).TryGetProperty("code", out var code) ? code.GetString() : null;

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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Officers_sync_and_offer_and_each_firm_sees_only_its_own_matches(string provider)
    {
        await using var web = await IpCityWebFactory.StartAsync(provider);
        var dir = Path.Combine(Path.GetTempPath(), "ipcity-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await LoadAsync(web.Services, dir);

        using var city = await web.LoginAsync(Roles.CityOfficer);
        using var district = await web.LoginAsync(Roles.DistrictOfficer);
        var sync = await city.PostJsonAsync("/api/finance/transfers/sync", null);
        Assert.Equal(HttpStatusCode.OK, sync.StatusCode);
        Assert.Equal(2, (await Json(sync)).GetProperty("inserted").GetInt32());
        var districtSync = await district.PostJsonAsync("/api/finance/transfers/sync", null);
        Assert.Equal(HttpStatusCode.Forbidden, districtSync.StatusCode);

        var list = await Json(await city.GetAsync("/api/finance/transfers?universityToFirm=true"));
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var csv = await (await city.GetAsync("/api/finance/transfers.csv?universityToFirm=true")).Content.ReadAsStringAsync();
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var bad = await city.PostJsonAsync("/api/finance/transfers", new { patentNumber = TransferredPatent, kind = "Gift", fromParty = "a", toParty = "b", date = "2025-01-01" });
        Assert.Equal((HttpStatusCode.BadRequest, "TRANSFER_KIND_UNKNOWN"), (bad.StatusCode, await CodeAsync(bad)));

        var created = await city.PostJsonAsync("/api/finance/offers", new { patentNumber = OfferedPatent, mode = "OpenLicence", feeTerms = "入门费 5 万元", askingPriceWan = 50, keywords = new[] { "锂电池" } });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var offer = await Json(created);
        var offerId = offer.GetProperty("offer").GetProperty("id").GetInt64();
        var matches = offer.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(FirmA, matches[0].GetProperty("firmName").GetString());
        var matchA = matches[0].GetProperty("id").GetInt64();

        using var firmA = await EnterpriseAsync(web, "e.firm.a", FirmACode);
        using var firmB = await EnterpriseAsync(web, "e.firm.b", FirmBCode);
        var other = await firmB.GetAsync($"/api/finance/offers/mine/{matchA}");
        Assert.Equal((HttpStatusCode.NotFound, "OFFER_MATCH_NOT_FOUND"), (other.StatusCode, await CodeAsync(other)));
        var officerOnly = await firmB.GetAsync($"/api/finance/offers/{offerId}");
        Assert.Equal(HttpStatusCode.Forbidden, officerOnly.StatusCode);
        var injected = await firmA.PostJsonAsync($"/api/finance/offers/mine/{matchA}/interest", new { note = "x", firmCreditCode = FirmBCode });
        Assert.Equal((HttpStatusCode.BadRequest, "UNKNOWN_FIELD"), (injected.StatusCode, await CodeAsync(injected)));
        var interest = await firmA.PostJsonAsync($"/api/finance/offers/mine/{matchA}/interest", new { note = "希望洽谈" });
        Assert.Equal(HttpStatusCode.OK, interest.StatusCode);
        var mineB = await Json(await firmB.GetAsync("/api/finance/offers/mine"));
        Assert.DoesNotContain(mineB.GetProperty("matches").EnumerateArray(), m => m.GetProperty("match").GetProperty("id").GetInt64() == matchA);

        var transfersPage = await (await city.GetAsync("/Finance/Transfers")).Content.ReadAsStringAsync();
        Assert.Contains(FirmA, transfersPage, StringComparison.Ordinal);
        Assert.Contains("X2021360000012", transfersPage, StringComparison.Ordinal);
        var detailPage = await (await city.GetAsync($"/Finance/Offers/Detail?id={offerId}")).Content.ReadAsStringAsync();
        Assert.Contains("同大组", detailPage, StringComparison.Ordinal);
        Assert.Contains("希望洽谈", detailPage, StringComparison.Ordinal);
        var minePage = await firmA.GetAsync("/Finance/Offers/Mine");
        Assert.Equal(HttpStatusCode.OK, minePage.StatusCode);
        var mineHtml = await minePage.Content.ReadAsStringAsync();
        Assert.Contains("一种锂电池负极材料", mineHtml, StringComparison.Ordinal);
        Assert.Contains("已于", mineHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync("/Finance/Offers")).StatusCode);
    }
}
