using System.Net;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>SECURITY.md spec 5: administrators are refused until their TOTP code is verified; codes are single-use.</summary>
public sealed class Spec05_AdminTotpTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    public void Test_kit_totp_matches_rfc6238(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.CodeForKey("12345678901234567890"u8.ToArray(), unixSeconds, 8));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_admin_with_only_a_password_is_refused_until_the_code_is_verified(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var audit = await factory.LoginAsync(Roles.AuditAdmin, verifyTotp: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await audit.GetAsync("/api/audit/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await audit.GetAsync("/Admin/Audit")).StatusCode);

        var code = Totp.Code(factory.TotpSecret(Roles.AuditAdmin)!, factory.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.NoContent, (await audit.PostJsonAsync("/api/auth/totp", new { code })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await audit.GetAsync("/api/audit/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await audit.GetAsync("/Admin/Audit")).StatusCode);

        // The same code cannot be used again by another sign-in.
        using var second = await factory.LoginAsync(Roles.AuditAdmin, verifyTotp: false);
        var reuse = await second.PostJsonAsync("/api/auth/totp", new { code });
        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Contains("TOTP_INVALID", await reuse.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The next step (clock drift of +1 step accepted) works.
        var next = Totp.Code(factory.TotpSecret(Roles.AuditAdmin)!, factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(30));
        Assert.Equal(HttpStatusCode.NoContent, (await second.PostJsonAsync("/api/auth/totp", new { code = next })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_wrong_codes_lock_the_admin_account(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var sys = await factory.LoginAsync(Roles.SysAdmin, verifyTotp: false);
        for (var i = 0; i < 4; i++)
        {
            var r = await sys.PostJsonAsync("/api/auth/totp", new { code = "000000" });
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        }

        var fifth = await sys.PostJsonAsync("/api/auth/totp", new { code = "000000" });
        Assert.Contains("ACCOUNT_LOCKED", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = factory.CreateApi();
        await again.RefreshCsrfAsync();
        var login = await again.PostJsonAsync("/api/auth/login", new { userName = factory.UserName(Roles.SysAdmin), password = IpCityWebFactory.Password });
        Assert.Equal((HttpStatusCode)423, login.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_password_and_code_together_sign_an_admin_straight_in(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var code = Totp.Code(factory.TotpSecret(Roles.SecAdmin)!, factory.Clock.GetUtcNow().UtcDateTime);
        var login = await client.PostJsonAsync("/api/auth/login", new { userName = factory.UserName(Roles.SecAdmin), password = IpCityWebFactory.Password, totpCode = code });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("\"totpRequired\":false", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/access/users")).StatusCode);
    }

    /// <summary>
    /// Every endpoint only administrators may use (per the endpoint matrix) refuses each administrator who has given the
    /// password but not yet the TOTP code; the endpoints every account may use (sign-out, the code itself) stay open.
    /// After the code the same endpoints answer (that half is the matrix test, which signs admins in with TOTP).
    /// </summary>
    [Fact]
    public async Task Every_admin_only_endpoint_refuses_an_admin_until_the_code_is_verified()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite);
        var rows = Spec06_EndpointMatrixTests.ReadMatrix();
        var reached = new List<string>();
        var probed = 0;
        foreach (var role in Roles.Admins)
        {
            using var client = await factory.LoginAsync(role, verifyTotp: false);
            foreach (var row in rows.Where(r => r.Allowed.Contains(role) && r.Allowed.All(Roles.IsAdmin)))
            {
                var body = row.Method is "POST" or "PUT" or "PATCH" ? "{}" : null;
                using var response = await client.SendAsync(new HttpMethod(row.Method), Spec06_EndpointMatrixTests.Instantiate(row.Route, factory), body);
                probed++;
                if (!await Spec06_EndpointMatrixTests.IsDeniedAsync(response))
                {
                    reached.Add($"{role} {row.Method} {row.Route}: {(int)response.StatusCode}");
                }
            }

            using var me = await client.GetAsync("/api/auth/me");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        Assert.True(reached.Count == 0, "reached without the TOTP code: " + string.Join("; ", reached));
        Assert.True(probed >= 15, $"only {probed} admin-only endpoint probes");
    }
}
