using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 12 on the real server (Kestrel, not the in-memory test host): signed in as a CityOfficer, every
/// parameterless GET of the OpenAPI document and every page linked from the signed-in home page answers with
/// <c>Cache-Control: no-store</c>, the security headers, and no <c>Server</c> or <c>X-Powered-By</c> header; so do anonymous
/// API answers. Error bodies on the way never show internals.
/// </summary>
[Collection("console")]
public sealed partial class Spec12_RealServerHeadersTests
{
    private const string Password = "Qz7#Lantern-Orbit";

    [Fact]
    public async Task Every_signed_in_answer_is_no_store_with_the_security_headers_and_no_server_header()
    {
        await using var store = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await ServerProcess.PrepareStoreAsync(store, officer: ("officer12", Password));
        await using var server = await ServerProcess.StartAsync(ServerProcess.Dll, store, null);

        var anonymous = await server.SendAsync("/api/auth/me");
        Check(anonymous, "/api/auth/me (anonymous)");

        await server.LoginAsync("officer12", Password);
        var openApi = await server.SendAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        using var doc = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync());
        var apis = doc.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => !p.Name.Contains('{', StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .Select(p => p.Name).ToList();
        Assert.True(apis.Count >= 40, $"only {apis.Count} parameterless GET endpoints in the OpenAPI document");

        var home = await server.SendAsync("/");
        Check(home, "/");
        var pages = Link().Matches(await home.Content.ReadAsStringAsync()).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => !h.StartsWith("/lib/", StringComparison.Ordinal) && !h.StartsWith("/css/", StringComparison.Ordinal) && !h.StartsWith("/js/", StringComparison.Ordinal)
                && !h.Contains("Logout", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages linked from the home page");

        var statuses = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal);
        foreach (var url in apis.Concat(pages))
        {
            using var response = await server.SendAsync(url);
            Check(response, url);
            statuses[url] = response.StatusCode;
            if ((int)response.StatusCode >= 400)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.False(Leak().IsMatch(body), $"{url}: {(int)response.StatusCode} body shows internals: {body}");
            }
        }

        Assert.True(statuses.Count(s => s.Value == HttpStatusCode.OK) >= 40, string.Join(", ", statuses.Select(s => $"{s.Key} {(int)s.Value}")));
        Assert.DoesNotContain(statuses, s => (int)s.Value >= 500);
    }

    private static void Check(HttpResponseMessage response, string url)
    {
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control is '{response.Headers.CacheControl}'");
        Assert.False(response.Headers.Contains("Server"), $"{url}: Server header {string.Join(",", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
        Assert.False(response.Headers.Contains("X-Powered-By"), url);
        Assert.Contains("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"(/[^\"#?]*)\"")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+at \w|Exception|SELECT |INSERT |Microsoft\.EntityFrameworkCore|\.cs:line")]
    private static partial Regex Leak();
}
