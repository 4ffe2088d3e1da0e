using System.Net;
using System.Net.Http.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Finance.Tests.Products;

/// <summary>
/// The Products endpoints and pages over HTTP: every matrix row of the area answers each role as the matrix says
/// (SECURITY.md spec 6, on the area's rows), the API keeps the 404 / 409 codes of the services, and the fund and
/// insurance pages render seeded data.
/// </summary>
public sealed class ProductsWebTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string[] s_prefixes = ["/api/finance/insurance", "/api/finance/securitisations", "/api/finance/fund", "/Finance/Insurance", "/Finance/Securitisations", "/Finance/Fund"];

    private static List<(string Method, string Route, HashSet<string> Allowed)> MatrixRows()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IpCity.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var rows = new List<(string, string, HashSet<string>)>();
        foreach (var line in File.ReadAllLines(Path.Combine(dir.FullName, "tests", "Web.Tests", "Security", "endpoint-matrix.txt")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && !line.StartsWith('#') && s_prefixes.Any(p => parts[1].StartsWith(p, StringComparison.Ordinal)))
            {
                rows.Add((parts[0], parts[1], parts[2] switch
                {
                    "*" => Roles.All.ToHashSet(),
                    "SignedIn" => Roles.AccountRoles.ToHashSet(),
                    var list => list.Split(',').ToHashSet(),
                }));
            }
        }

        return rows;
    }

    /// <summary>Denied by the authorization layer: 401/403 with code UNAUTHENTICATED / FORBIDDEN (or none), or a redirect to the login / denied page.</summary>
    private static async Task<bool> DeniedAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var body = await response.Content.ReadAsStringAsync();
            return body.Contains("\"code\":\"UNAUTHENTICATED\"", StringComparison.Ordinal) || body.Contains("\"code\":\"FORBIDDEN\"", StringComparison.Ordinal) || !body.Contains("\"code\"", StringComparison.Ordinal);
        }

        var location = response.Headers.Location?.ToString() ?? string.Empty;
        return response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/Account/Login", StringComparison.Ordinal) || location.Contains("/Account/Denied", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_products_row_of_the_matrix_answers_each_role_as_listed(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var rows = MatrixRows();
        Assert.Equal(40, rows.Count);
        var differences = new List<string>();
        foreach (var role in Roles.All)
        {
            using var client = await factory.LoginAsync(role);
            foreach (var (method, route, allowed) in rows)
            {
                var url = route.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{id:long}", "999999", StringComparison.Ordinal)
                    .Replace("{evidenceId:long}", "999999", StringComparison.Ordinal).Replace("{year:int}", "2026", StringComparison.Ordinal).Replace("{code}", "NoSuchKind", StringComparison.Ordinal);
                using var response = await client.SendAsync(new HttpMethod(method), url, method is "POST" or "PUT" ? "{}" : null);
                if (await DeniedAsync(response) == allowed.Contains(role))
                {
                    differences.Add($"{role} {method} {route}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_api_keeps_the_workflow_codes_and_the_pages_render_the_claim_and_the_policies(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var code = ProductsTestKit.CreditCode("91360102MA35WEBA0");
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        using var city = await factory.LoginAsync(Roles.CityOfficer);

        var filed = await district.PostJsonAsync("/api/finance/fund/claims", new FileFundClaimRequest("WEB-2026-1", "南昌网测科技有限公司", code, "360102", "南昌农商银行", 800m, 600m, new DateOnly(2026, 2, 1)));
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var claim = (await filed.Content.ReadFromJsonAsync<FundClaimDto>())!;
        Assert.Equal((240m, 1), (claim.CompensableWan, claim.Version));

        var early = await city.PostJsonAsync($"/api/finance/fund/claims/{claim.Id}/decision", new FundClaimDecisionRequest(1, true, null));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("\"code\":\"FUND_CLAIM_STATE\"", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reviewed = await district.PostJsonAsync($"/api/finance/fund/claims/{claim.Id}/review", new FundClaimReviewRequest(1, true, "齐全"));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        var stale = await city.PostJsonAsync($"/api/finance/fund/claims/{claim.Id}/decision", new FundClaimDecisionRequest(1, true, null));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("\"code\":\"FUND_CLAIM_CONCURRENCY\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another district's officer: 404 (the test accounts' district officer is 360102; this claim is moved out of it).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var fund = scope.ServiceProvider.GetRequiredService<IRiskCompensationFund>();
            var other = await fund.FileAsync(new Actor("c.seed", Roles.CityOfficer, "360100", null, []), new FileFundClaimRequest("WEB-2026-2", "南昌西测有限公司", ProductsTestKit.CreditCode("91360103MA35WEBB0"), "360103", "南昌农商银行", 100m, 50m, new DateOnly(2026, 2, 1)));
            var hidden = await district.GetAsync($"/api/finance/fund/claims/{other.Id}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Contains("\"code\":\"FUND_CLAIM_NOT_FOUND\"", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/Finance/Fund/Claim?id={other.Id}")).StatusCode);
        }

        var page = await city.GetAsync($"/Finance/Fund/Claim?id={claim.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("WEB-2026-1", html, StringComparison.Ordinal);
        Assert.Contains("id=\"claim-decide-form\"", html, StringComparison.Ordinal);
        Assert.Contains("240 万元", html, StringComparison.Ordinal);
        Assert.Contains("data-version=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("UNCONFIRMED", html, StringComparison.Ordinal);
        // No pledge register entry for WEB-2026-1: the page says so for the reviewers.
        Assert.Contains("id=\"claim-register-check\" data-found=\"false\" data-findings=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("质押登记簿中没有借款合同编号为 WEB-2026-1 的融资", html, StringComparison.Ordinal);

        var list = await (await district.GetAsync("/Finance/Fund")).Content.ReadAsStringAsync();
        Assert.Contains("WEB-2026-1", list, StringComparison.Ordinal);
        Assert.DoesNotContain("WEB-2026-2", list, StringComparison.Ordinal);

        var start = new DateOnly(2026, 1, 1);
        var created = await district.PostJsonAsync("/api/finance/insurance", new InsurancePolicyRequest(InsuranceKindCodes.PatentEnforcement, "人保财险", "WEB-P-1", "南昌网测科技有限公司", code, "360102", 100m, 2m, 1m, start, start.AddYears(1), ["CN000000000000.0"]));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var insurance = await (await city.GetAsync("/Finance/Insurance?year=2026")).Content.ReadAsStringAsync();
        Assert.Contains("WEB-P-1", insurance, StringComparison.Ordinal);
        Assert.Contains("专利执行保险", insurance, StringComparison.Ordinal);
        Assert.Contains("CN000000000000.0 ⚠", insurance, StringComparison.Ordinal);
        var csv = await city.GetAsync("/api/finance/insurance/export.csv?year=2026");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("WEB-P-1", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("WEB-P-1", await (await city.GetAsync("/api/finance/insurance/export.csv?year=2025")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var xlsx = await city.GetAsync("/api/finance/insurance/export.xlsx");
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
    }
}
