using System.Net;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 3, the part the in-process test cannot show (its requests have no peer address): behind a
/// trusted proxy (<c>Network:TrustedProxies</c> = the loopback peer of the real server) the login limit counts per
/// forwarded client address — 40 attempts from one client over 40 user names get 30 × 401 and 10 × 429 with
/// <c>Retry-After</c>, and the next attempt from a second client is unaffected (401). The audit rows carry the
/// forwarded client addresses (spec 25: client IP from trusted proxy headers).
/// </summary>
[Collection("console")]
public sealed class Spec03_ProxiedRateLimitTests
{
    [Fact]
    public async Task Behind_a_trusted_proxy_the_limit_counts_per_client_and_a_second_client_is_unaffected()
    {
        var dll = ServerProcess.Dll;
        await using var store = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await ServerProcess.PrepareStoreAsync(store, profile: false);
        await using var server = await ServerProcess.StartAsync(dll, store, null, environment: new Dictionary<string, string>
        {
            ["Network__TrustedProxies"] = "127.0.0.1",
            ["Access__LoginPerMinutePerIp"] = "30",
        });

        var statuses = new List<HttpStatusCode>();
        var retryAfter = 0;
        for (var i = 0; i < 40; i++)
        {
            using var response = await server.LoginAttemptAsync("user" + i, "Wrong#Password1", "198.51.100.7");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter is not null)
            {
                retryAfter++;
            }
        }

        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(10, retryAfter);
        using (var other = await server.LoginAttemptAsync("user40", "Wrong#Password1", "198.51.100.8"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        }

        var ips = await store.QueryAsync($"SELECT \"ClientIp\" FROM {store.Table("access", "AuditEvents")} WHERE \"EventType\" = 'LoginFailed' ORDER BY \"Seq\"");
        Assert.Equal([.. Enumerable.Repeat("198.51.100.7", 30), "198.51.100.8"], ips);
    }
}
