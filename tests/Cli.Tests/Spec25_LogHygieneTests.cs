using System.Net;
using System.Text.RegularExpressions;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 25, log hygiene on the real server: after sign-in attempts (one with CR/LF in the user name, one with
/// a real password under a wrong name) and a named complaint carrying a resident ID number and a mobile number, neither
/// the application's log output (everything it wrote to stdout and stderr, up to a normal shutdown) nor any audit row
/// holds the password, a full ID number or a mobile number, and the CR/LF did not start a log line of its own.
/// </summary>
[Collection("console")]
public sealed partial class Spec25_LogHygieneTests
{
    private const string Password = "Qz7#Lantern-Orbit";
    private const string Forged = "FORGED-LOG-LINE";

    [Fact]
    public async Task Logs_and_audit_rows_hold_no_password_id_number_or_mobile_and_crlf_cannot_forge_a_line()
    {
        var dll = ServerProcess.Dll;
        await using var store = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await ServerProcess.PrepareStoreAsync(store, officer: ("officer25", Password));

        string logs;
        // Everything at Information, as an operator chasing a problem would set it: request lines, EF commands, hosting.
        await using (var server = await ServerProcess.StartAsync(dll, store, null, environment: new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Information",
        }))
        {
            using (var forged = await server.LoginAttemptAsync($"mallory\r\n{Forged} user=admin\n", "Wrong#Password1", "127.0.0.1"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
            }

            using (var misplaced = await server.LoginAttemptAsync("officer-25", Password, "127.0.0.1"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, misplaced.StatusCode);
            }

            await server.LoginAsync("officer25", Password);
            var code = await server.PostJsonAsync("/api/protection/complaints", new
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
            Assert.True(code.Status == HttpStatusCode.OK, code.Body);
            logs = await server.StopAndReadLogsAsync();
        }

        Assert.Contains("Application started", logs, StringComparison.Ordinal);
        Assert.Contains("/api/protection/complaints", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, logs, StringComparison.Ordinal);
        Assert.Empty(IdNumber().Matches(logs));
        Assert.Empty(Mobile().Matches(logs));
        Assert.DoesNotContain(logs.Split('\n'), line => line.TrimStart().StartsWith(Forged, StringComparison.Ordinal));

        var rows = await store.QueryAsync($"SELECT coalesce(\"ActorName\", '') || ' ' || coalesce(\"ObjectId\", '') || ' ' || coalesce(\"Detail\", '') FROM {store.Table("access", "AuditEvents")}");
        Assert.Contains(rows, r => r!.Contains("officer25", StringComparison.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.DoesNotContain(Password, r!, StringComparison.Ordinal);
            Assert.Empty(IdNumber().Matches(r!));
            Assert.Empty(Mobile().Matches(r!));
            Assert.DoesNotContain('\n', r!);
            Assert.DoesNotContain('\r', r!);
        });
    }

    [GeneratedRegex(@"[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();
}
