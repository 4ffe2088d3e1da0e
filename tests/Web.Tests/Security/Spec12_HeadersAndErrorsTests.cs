using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>SECURITY.md spec 12: security headers everywhere, no-store where signed in, clean ProblemDetails.</summary>
public sealed partial class Spec12_HeadersAndErrorsTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [GeneratedRegex(@"\s+at \w|Exception|SELECT |INSERT |Microsoft\.EntityFrameworkCore|\.cs:line")]
    private static partial Regex Leak();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_kind_of_response_carries_the_security_headers(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = await factory.LoginAsync(Roles.CityOfficer);
        foreach (var url in new[] { "/", "/api/organisations/units", "/assets/site.css", "/no-such-page", "/api/auth/me" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.Headers.Contains("Strict-Transport-Security"), url);
            Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
            Assert.Contains("includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(response.Headers.Contains("Referrer-Policy"), url);
            Assert.False(response.Headers.Contains("Server"), url);
            Assert.False(response.Headers.Contains("X-Powered-By"), url);
        }

        var me = await client.GetAsync("/api/auth/me");
        Assert.Equal("no-store", me.Headers.CacheControl!.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Errors_are_problem_details_with_a_code_and_no_internals(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = await factory.LoginAsync(Roles.SecAdmin);

        var trace = await client.SendAsync(new HttpMethod("TRACE"), "/", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, trace.StatusCode);

        var cases = new (HttpResponseMessage Response, HttpStatusCode Status, string Code)[]
        {
            (await client.SendAsync(HttpMethod.Post, "/api/access/users", "{\"userName\": \"x\", "), HttpStatusCode.BadRequest, "MALFORMED_REQUEST"),
            (await client.GetAsync("/api/organisations/units/999999"), HttpStatusCode.NotFound, "UNKNOWN_ORG_UNIT"),
            (await client.GetAsync($"/api/access/users/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "NOT_FOUND"),
            (await client.PostJsonAsync("/api/access/users", new { userName = "root", displayName = "r", role = "SysAdmin" }), HttpStatusCode.BadRequest, "USERNAME_RESERVED"),
            (await client.GetAsync("/api/no-such-endpoint"), HttpStatusCode.NotFound, "NOT_FOUND"),
            (await client.GetAsync("/__test/fail"), HttpStatusCode.InternalServerError, "INTERNAL_ERROR"),
        };
        foreach (var (response, status, code) in cases)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(status, response.StatusCode);
            Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(body);
            Assert.Equal(code, doc.RootElement.GetProperty("code").GetString());
            Assert.True(doc.RootElement.TryGetProperty("traceId", out _), body);
            Assert.DoesNotMatch(Leak(), body);
        }
    }
}
