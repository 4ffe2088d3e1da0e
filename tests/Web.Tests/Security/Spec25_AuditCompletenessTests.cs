using System.Net;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Security;

/// <summary>
/// SECURITY.md spec 25 (the actions that exist so far): each auditable action writes its row with time,
/// actor, role, client, event, object and outcome; no password or TOTP code reaches an audit row.
/// </summary>
public sealed class Spec25_AuditCompletenessTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_auditable_action_leaves_one_row_with_who_what_where_and_outcome(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);

        using (var anon = factory.CreateApi())
        {
            await anon.RefreshCsrfAsync();
            await anon.PostJsonAsync("/api/auth/login", new { userName = factory.UserName(Roles.Enterprise), password = "Wrong#Secret77" });
            Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.LoginAsync(Roles.Enterprise)).GetAsync("/api/access/users")).StatusCode);
        }

        using var sec = await factory.LoginAsync(Roles.SecAdmin);
        var created = await sec.PostJsonAsync("/api/access/users", new { userName = "zhou.min", displayName = "周敏", role = "CityOfficer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = factory.TargetUserId;
        Assert.Equal(HttpStatusCode.OK, (await sec.PostJsonAsync($"/api/access/users/{id}/roles", new { role = "DeptOfficer" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sec.PostJsonAsync($"/api/access/users/{id}/reset-password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sec.PostJsonAsync($"/api/access/users/{id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sec.PostJsonAsync("/api/auth/logout", null)).StatusCode);

        using var audit = await factory.LoginAsync(Roles.AuditAdmin, verifyTotp: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await audit.PostJsonAsync("/api/auth/totp", new { code = "123456" })).StatusCode);
        var code = Totp.Code(factory.TotpSecret(Roles.AuditAdmin)!, factory.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.NoContent, (await audit.PostJsonAsync("/api/auth/totp", new { code })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await audit.GetAsync("/api/audit/events?pageSize=10")).StatusCode);
        var csv = await audit.GetAsync("/api/audit/events.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("filename*=UTF-8''", csv.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.Contains("LoginFailed", csvText, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var rows = new List<AuditEventDto>();
        await foreach (var row in scope.ServiceProvider.GetRequiredService<IAuditQueries>().StreamAsync(new AuditQuery()))
        {
            rows.Add(row);
        }

        void One(string eventType, string outcome, string? objectId = null)
        {
            var matching = rows.Where(r => r.EventType == eventType && r.Outcome == outcome && (objectId is null || r.ObjectId == objectId)).ToList();
            Assert.True(matching.Count == 1, $"{eventType}/{outcome}/{objectId}: {matching.Count} rows");
            var r = matching[0];
            Assert.Equal(DateTimeKind.Utc, r.OccurredAtUtc.Kind);
            Assert.False(string.IsNullOrEmpty(r.ClientIp));
            Assert.False(string.IsNullOrEmpty(r.TraceId));
            Assert.False(string.IsNullOrEmpty(r.ActorName));
        }

        One("LoginFailed", "Failure", factory.UserId(Roles.Enterprise).ToString());
        One("AccessDenied", "Denied", "GET /api/access/users");
        One("UserCreated", "Success", rows.Single(r => r.EventType == "UserCreated" && r.ActorName == factory.UserName(Roles.SecAdmin)).ObjectId);
        Assert.All(rows.Where(r => r.EventType == "UserCreated" && r.ActorName != factory.UserName(Roles.SecAdmin)), r => Assert.Equal("system", r.ActorName));
        One("RoleGranted", "Success", id.ToString());
        One("PasswordReset", "Success", id.ToString());
        One("UserDisabled", "Success", id.ToString());
        One("Logout", "Success", factory.UserId(Roles.SecAdmin).ToString());
        One("TotpFailed", "Failure", factory.UserId(Roles.AuditAdmin).ToString());
        One("AuditQueried", "Success");
        One("Exported", "Success");

        var denied = rows.Single(r => r.EventType == "AccessDenied");
        Assert.Equal(factory.UserName(Roles.Enterprise), denied.ActorName);
        Assert.Equal("Enterprise", denied.Role);
        var grant = rows.Single(r => r.EventType == "RoleGranted");
        Assert.Equal(factory.UserName(Roles.SecAdmin), grant.ActorName);
        Assert.Equal(factory.UserId(Roles.SecAdmin).ToString(), grant.ActorId);

        var everything = string.Join("\n", rows.Select(r => $"{r.ActorName} {r.ObjectId} {r.Detail}"));
        Assert.DoesNotContain("Wrong#Secret77", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(IpCityWebFactory.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(code, everything, StringComparison.Ordinal);
    }
}
