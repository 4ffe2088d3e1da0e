using System.Net;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>SECURITY.md spec 4: idle (15 min) and absolute (8 h) timeouts, server-side logout, disabling, a fresh cookie per login.</summary>
public sealed class Spec04_SessionTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Idle_sign_ins_expire_after_fifteen_minutes(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = await factory.LoginAsync(Roles.CityOfficer);
        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_login_gets_a_fresh_cookie_value(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var cookies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var client = await factory.LoginAsync(Roles.CityOfficer);
            var me = await client.GetAsync("/api/auth/me");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            var session = me.RequestMessage!.Headers.GetValues("Cookie").SelectMany(h => h.Split("; ")).Single(c => c.StartsWith("__Host-IpCity=", StringComparison.Ordinal) || c.StartsWith("IpCity=", StringComparison.Ordinal));
            cookies.Add(session);
        }

        Assert.Equal(3, cookies.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Active_sign_ins_end_after_eight_hours(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = await factory.LoginAsync(Roles.DeptOfficer);
        for (var minutes = 10; minutes <= 470; minutes += 10)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_replayed_cookie_after_logout_is_refused(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = await factory.LoginAsync(Roles.Enterprise);
        var me = await client.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var cookie = me.RequestMessage!.Headers.GetValues("Cookie").Single();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostJsonAsync("/api/auth/logout", null)).StatusCode);

        using var replay = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(request)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Disabling_a_user_ends_their_live_sign_in(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var target = factory.CreateApi();
        await target.RefreshCsrfAsync();
        Assert.Equal(HttpStatusCode.OK, (await target.PostJsonAsync("/api/auth/login", new { userName = "t.target", password = IpCityWebFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await target.GetAsync("/api/auth/me")).StatusCode);

        using var sec = await factory.LoginAsync(Roles.SecAdmin);
        Assert.Equal(HttpStatusCode.OK, (await sec.PostJsonAsync($"/api/access/users/{factory.TargetUserId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await target.GetAsync("/api/auth/me")).StatusCode);
    }
}
