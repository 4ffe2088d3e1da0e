using System.Net;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>SECURITY.md spec 11: state-changing calls need the antiforgery token; cookies are hardened.</summary>
public sealed class Spec11_CsrfTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Writes_without_a_valid_token_are_refused(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var sec = await factory.LoginAsync(Roles.SecAdmin);
        var body = new { userName = "new.user", displayName = "新用户", role = "Enterprise", password = "Qz7#Lantern-Orbit" };

        var none = await sec.SendAsync(HttpMethod.Post, "/api/access/users", body, withCsrf: false);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("CSRF_FAILED", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another user's token does not work either.
        using var other = await factory.LoginAsync(Roles.CityOfficer);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/access/users") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", other.CsrfToken);
        var foreign = await sec.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);

        var ok = await sec.PostJsonAsync("/api/access/users", body);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_sign_in_cookie_is_host_only_secure_httponly_and_strict(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, new Dictionary<string, string?> { ["Access:SecureCookies"] = "true" });
        using var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var login = await client.PostJsonAsync("/api/auth/login", new { userName = factory.UserName(Roles.CityOfficer), password = IpCityWebFactory.Password });
        var setCookie = string.Join("\n", login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("__Host-IpCity=", setCookie, StringComparison.Ordinal);
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Mass_assignment_of_unknown_fields_is_refused(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var sec = await factory.LoginAsync(Roles.SecAdmin);
        var response = await sec.PostJsonAsync("/api/access/users", new { userName = "mass.assign", displayName = "x", role = "Enterprise", roles = new[] { "SysAdmin" }, isDisabled = false });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UNKNOWN_FIELD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
