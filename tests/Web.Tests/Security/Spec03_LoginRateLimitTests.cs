using System.Net;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>SECURITY.md spec 3: credential stuffing from one address gets 429 with Retry-After (not 503).</summary>
public sealed class Spec03_LoginRateLimitTests
{
    [Fact]
    public async Task Attempts_over_the_limit_get_429_and_a_spoofed_forwarded_header_does_not_help()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["Access:LoginPerMinutePerIp"] = "30" });
        using var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 40; i++)
        {
            var response = await client.PostJsonAsync("/api/auth/login", new { userName = "user" + i, password = "Wrong#Password1" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.NotNull(limited);
        Assert.True(limited!.Headers.RetryAfter is not null || limited.Headers.Contains("Retry-After"));
        Assert.Contains("RATE_LIMITED", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        var spoofed = await client.PostJsonAsync("/api/auth/login", new { userName = "user99", password = "Wrong#Password1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }
}
