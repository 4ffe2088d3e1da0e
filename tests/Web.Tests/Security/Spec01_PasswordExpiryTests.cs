using System.Net;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>SECURITY.md spec 1 (HTTP part): at +90 days only a password change is allowed, then everything works again.</summary>
public sealed class Spec01_PasswordExpiryTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_ninety_days_a_change_is_forced(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        factory.Clock.Advance(TimeSpan.FromDays(91));
        using var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var login = await client.PostJsonAsync("/api/auth/login", new { userName = factory.UserName(Roles.CityOfficer), password = IpCityWebFactory.Password });
        Assert.Contains("\"passwordExpired\":true", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await client.RefreshCsrfAsync();

        var blocked = await client.GetAsync("/api/organisations/units");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("PWD_EXPIRED", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/Password", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        var weak = await client.PostJsonAsync("/api/auth/password", new { currentPassword = IpCityWebFactory.Password, newPassword = "short1A" });
        Assert.Contains("PWD_TOO_SHORT", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var same = await client.PostJsonAsync("/api/auth/password", new { currentPassword = IpCityWebFactory.Password, newPassword = IpCityWebFactory.Password });
        Assert.Contains("PWD_REUSED", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostJsonAsync("/api/auth/password", new { currentPassword = IpCityWebFactory.Password, newPassword = "Fresh#Ganjiang26" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/organisations/units")).StatusCode);
    }
}
