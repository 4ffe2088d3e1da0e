using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// One real server (<c>ipcity serve</c>, Kestrel) for the checks the in-memory test host cannot make, shared by the tests
/// of <see cref="RealServerTests"/>: behind a trusted proxy (<c>Network:TrustedProxies</c> = its loopback peer), login limit
/// 25 per minute and address (given as <c>serve --Access:LoginPerMinutePerIp=25</c>), every log category at Information (as an operator chasing a problem would set it).
/// </summary>
public sealed class RealServerFixture : IAsyncLifetime
{
    public const string Officer = "officer-rs";
    public const string Password = "Qz7#Lantern-Orbit";

    private TestStore? _store;
    private ServerProcess? _server;

    public TestStore Store => _store!;

    public ServerProcess Server => _server!;

    public async Task InitializeAsync()
    {
        _store = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await ServerProcess.PrepareStoreAsync(_store, officer: (Officer, Password));
        _server = await ServerProcess.StartAsync(ServerProcess.Dll, _store, null, environment: new Dictionary<string, string>
        {
            ["Network__TrustedProxies"] = "127.0.0.1",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Information",
        },
        // A setting on the command line reaches the configuration too: the login limit below is 25, not the default 30.
        arguments: ["--Access:LoginPerMinutePerIp=25"]);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}

/// <summary>SECURITY.md specs 3, 12 and 25 on the real server (see <see cref="RealServerFixture"/>).</summary>
[Collection("console")]
public sealed partial class RealServerTests(RealServerFixture fixture) : IClassFixture<RealServerFixture>
{
    private ServerProcess Server => fixture.Server;

    /// <summary>
    /// Spec 3: 40 attempts forwarded for one client over 40 user names get 25 × 401 and 15 × 429 with <c>Retry-After</c>;
    /// the next attempt forwarded for a second client is unaffected (401). Spec 25: the <c>LoginFailed</c> audit rows carry
    /// the forwarded client addresses.
    /// </summary>
    [Fact]
    public async Task Spec03_behind_a_trusted_proxy_the_limit_counts_per_client_and_a_second_client_is_unaffected()
    {
        var statuses = new List<HttpStatusCode>();
        var retryAfter = 0;
        for (var i = 0; i < 40; i++)
        {
            using var response = await Server.LoginAttemptAsync("user" + i, "Wrong#Password1", "198.51.100.7");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter is not null)
            {
                retryAfter++;
            }
        }

        Assert.Equal(25, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(15, retryAfter);
        using (var other = await Server.LoginAttemptAsync("user40", "Wrong#Password1", "198.51.100.8"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        }

        var ips = await fixture.Store.QueryAsync($"SELECT \"ClientIp\" FROM {fixture.Store.Table("access", "AuditEvents")} WHERE \"EventType\" = 'LoginFailed' AND \"ClientIp\" LIKE '198.51.100.%' ORDER BY \"Seq\"");
        Assert.Equal([.. Enumerable.Repeat("198.51.100.7", 25), "198.51.100.8"], ips);
    }

    /// <summary>
    /// Spec 12: signed in as a CityOfficer, every parameterless GET of the OpenAPI document and every page linked from the
    /// signed-in home page answers with <c>Cache-Control: no-store</c>, the security headers and no <c>Server</c> or
    /// <c>X-Powered-By</c> header; so does an anonymous API answer. No 5xx, no error body showing internals.
    /// </summary>
    [Fact]
    public async Task Spec12_every_signed_in_answer_is_no_store_with_the_security_headers_and_no_server_header()
    {
        // Spec 32: readiness details for a caller on this machine; a client forwarded by the trusted proxy gets the word.
        using (var local = await Server.SendAsync("/health/ready?details=true"))
        {
            using var details = JsonDocument.Parse(await local.Content.ReadAsStringAsync());
            Assert.Equal("Healthy", details.RootElement.GetProperty("status").GetString());
            Assert.Contains(details.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "durability" && c.GetProperty("healthy").GetBoolean());
        }

        using (var forwarded = await Server.SendForwardedAsync("/health/ready?details=true", "203.0.113.9"))
        {
            Assert.Equal((HttpStatusCode.OK, "Healthy"), (forwarded.StatusCode, await forwarded.Content.ReadAsStringAsync()));
        }

        using (var anonymous = await Server.SendAsync("/api/auth/me"))
        {
            Check(anonymous, "/api/auth/me (anonymous)");
        }

        await Server.LoginAsync(RealServerFixture.Officer, RealServerFixture.Password);
        using var openApi = await Server.SendAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        using var doc = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync());
        var apis = doc.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => !p.Name.Contains('{', StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .Select(p => p.Name).ToList();
        Assert.True(apis.Count >= 40, $"only {apis.Count} parameterless GET endpoints in the OpenAPI document");

        using var home = await Server.SendAsync("/");
        Check(home, "/");
        var pages = Link().Matches(await home.Content.ReadAsStringAsync()).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => !h.StartsWith("/lib/", StringComparison.Ordinal) && !h.StartsWith("/css/", StringComparison.Ordinal) && !h.StartsWith("/js/", StringComparison.Ordinal)
                && !h.Contains("Logout", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages linked from the home page");

        var statuses = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal);
        foreach (var url in apis.Concat(pages))
        {
            using var response = await Server.SendAsync(url);
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

    /// <summary>
    /// Spec 25, log hygiene: after sign-in attempts (one with CR/LF and a forged line in the user name, one with the real
    /// password under a wrong name), a sign-in and a named complaint carrying a resident ID number and a mobile number (in its
    /// fields and its text), neither the server's output so far (at Information, request lines and EF commands included)
    /// nor any audit row holds the password, a full ID number or a mobile number; no audit row holds CR or LF, and no log
    /// line begins with the forged text.
    /// </summary>
    [Fact]
    public async Task Spec25_logs_and_audit_rows_hold_no_password_id_number_or_mobile_and_crlf_cannot_forge_a_line()
    {
        const string forged = "FORGED-LOG-LINE";
        using (var attempt = await Server.LoginAttemptAsync($"mallory\r\n{forged} user=admin\n", "Wrong#Password1", "203.0.113.25"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using (var misplaced = await Server.LoginAttemptAsync("officer-25", RealServerFixture.Password, "203.0.113.25"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, misplaced.StatusCode);
        }

        await Server.LoginAsync(RealServerFixture.Officer, RealServerFixture.Password);
        var filed = await Server.PostJsonAsync("/api/protection/complaints", new
        {
            type = "PatentDisputeMediation",
            title = "专利侵权纠纷调解请求",
            description = "请求人联系电话 13812345678。",
            anonymous = false,
            complainantName = "张三",
            complainantIdNumber = "11010519491231002X",
            complainantContact = "13812345678",
            respondentName = "某公司",
        });
        Assert.True(filed.Status == HttpStatusCode.OK, filed.Body);

        // The console logger writes from a queue: wait for the complaint's request line.
        var logs = Server.Logs;
        for (var i = 0; i < 100 && !logs.Contains("/api/protection/complaints", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            logs = Server.Logs;
        }

        Assert.Contains("/api/protection/complaints", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(RealServerFixture.Password, logs, StringComparison.Ordinal);
        Assert.Empty(IdNumber().Matches(logs));
        Assert.Empty(Mobile().Matches(logs));
        Assert.DoesNotContain(logs.Split('\n'), line => line.TrimStart().StartsWith(forged, StringComparison.Ordinal));

        var rows = await fixture.Store.QueryAsync($"SELECT coalesce(\"ActorName\", '') || ' ' || coalesce(\"ObjectId\", '') || ' ' || coalesce(\"Detail\", '') FROM {fixture.Store.Table("access", "AuditEvents")}");
        Assert.Contains(rows, r => r!.Contains(RealServerFixture.Officer, StringComparison.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.DoesNotContain(RealServerFixture.Password, r!, StringComparison.Ordinal);
            Assert.Empty(IdNumber().Matches(r!));
            Assert.Empty(Mobile().Matches(r!));
            Assert.DoesNotContain('\n', r!);
            Assert.DoesNotContain('\r', r!);
        });
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

    [GeneratedRegex(@"[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();
}
