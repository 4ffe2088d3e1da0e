using System.Net;
using System.Text.Json;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Security;

/// <summary>SECURITY.md spec 2: five failures lock the account for 15 minutes, with a named error.</summary>
public sealed class Spec02_LockoutTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<(HttpStatusCode Status, string? Code, string Body)> LoginAsync(ApiClient client, string user, string password)
    {
        using var response = await client.PostJsonAsync("/api/auth/login", new { userName = user, password });
        var body = await response.Content.ReadAsStringAsync();
        string? code = null;
        if (body.StartsWith('{'))
        {
            using var doc = JsonDocument.Parse(body);
            code = doc.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }

        return (response.StatusCode, code, body);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var user = factory.UserName(Roles.CityOfficer);

        for (var i = 1; i <= 4; i++)
        {
            var wrong = await LoginAsync(client, user, "Wrong#Password" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
            Assert.Equal("INVALID_CREDENTIALS", wrong.Code);
        }

        var fifth = await LoginAsync(client, user, "Wrong#Password5");
        Assert.Equal("ACCOUNT_LOCKED", fifth.Code);

        var sixth = await LoginAsync(client, user, IpCityWebFactory.Password);
        Assert.Equal((HttpStatusCode)423, sixth.Status);
        Assert.Equal("ACCOUNT_LOCKED", sixth.Code);

        factory.Clock.Advance(TimeSpan.FromMinutes(14) + TimeSpan.FromSeconds(59));
        Assert.Equal("ACCOUNT_LOCKED", (await LoginAsync(client, user, IpCityWebFactory.Password)).Code);

        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var ok = await LoginAsync(client, user, IpCityWebFactory.Password);
        Assert.Equal(HttpStatusCode.OK, ok.Status);

        // Success reset the counter: four new failures do not lock.
        using var fresh = factory.CreateApi();
        await fresh.RefreshCsrfAsync();
        client.Dispose();
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal("INVALID_CREDENTIALS", (await LoginAsync(fresh, user, "Wrong#Again" + i)).Code);
        }

        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(fresh, user, IpCityWebFactory.Password)).Status);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(ObjectId: factory.UserId(Roles.CityOfficer).ToString(), PageSize: 100));
        Assert.Equal(1, audit.Items.Count(e => e.EventType == "AccountLocked"));
        Assert.Equal(4 + 1 + 2 + 4, audit.Items.Count(e => e.EventType == "LoginFailed"));
        Assert.Equal(2, audit.Items.Count(e => e.EventType == "LoginSucceeded"));
        Assert.All(audit.Items, e => Assert.DoesNotContain("Wrong#", e.Detail ?? string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var wrong = await LoginAsync(client, factory.UserName(Roles.Enterprise), "Wrong#Password1");
        var unknown = await LoginAsync(client, "nobody.here", "Wrong#Password1");
        Assert.Equal(wrong.Status, unknown.Status);
        Assert.Equal(wrong.Code, unknown.Code);
        static string Strip(string body) => System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"", string.Empty);
        Assert.Equal(Strip(wrong.Body), Strip(unknown.Body));
    }
}
