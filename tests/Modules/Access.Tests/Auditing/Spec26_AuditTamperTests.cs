using IpCity.Access.Auditing;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IpCity.Access.Tests.Auditing;

/// <summary>SECURITY.md spec 26: the hash chain detects an edited and a deleted row; writes fail closed; retention floor.</summary>
public sealed class Spec26_AuditTamperTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task WriteAsync(Platform platform, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(
                new AuditEntry("TestEvent", AuditOutcome.Success, "Thing", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "第 " + i + " 条")));
            platform.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private static Task<AuditVerifyResult> VerifyAsync(Platform platform) =>
        platform.InScopeAsync(sp => sp.GetRequiredService<IAuditVerifier>().VerifyAsync());

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Clean_chain_verifies_and_is_linked(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await WriteAsync(platform, 25);
        var result = await VerifyAsync(platform);
        Assert.True(result.Ok, result.Problem);
        Assert.Equal(25, result.RowsVerified);

        var page = await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: "TestEvent", PageSize: 100)));
        Assert.Equal(25, page.Total);
        Assert.Equal(25, page.Items.Select(i => i.Hash).Distinct().Count());
        Assert.All(page.Items, i => Assert.Equal(DateTimeKind.Utc, i.OccurredAtUtc.Kind));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_edited_row_is_reported_with_its_sequence_number(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await WriteAsync(platform, 12);
        await platform.Store.ExecuteRawAsync($"UPDATE {platform.Store.Table("access", "AuditEvents")} SET \"Outcome\" = 'Failure' WHERE \"Seq\" = 7");

        var result = await VerifyAsync(platform);
        Assert.False(result.Ok);
        Assert.Equal(7, result.FirstBrokenSeq);
        Assert.Equal(6, result.RowsVerified);
        Assert.Contains("modified", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deleted_row_is_reported_with_its_sequence_number(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await WriteAsync(platform, 12);
        await platform.Store.ExecuteRawAsync($"DELETE FROM {platform.Store.Table("access", "AuditEvents")} WHERE \"Seq\" = 5");

        var result = await VerifyAsync(platform);
        Assert.False(result.Ok);
        Assert.Equal(5, result.FirstBrokenSeq);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_rehashed_row_still_fails_without_the_key(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await WriteAsync(platform, 5);

        // An attacker who edits a row and recomputes a plain SM3 hash still cannot produce the HMAC.
        var forged = Convert.ToHexStringLower(IpCity.BuildingBlocks.Crypto.Sm3.Hash("forged"u8));
        await platform.Store.ExecuteRawAsync($"UPDATE {platform.Store.Table("access", "AuditEvents")} SET \"Detail\" = 'x', \"Hash\" = '{forged}' WHERE \"Seq\" = 5");
        var result = await VerifyAsync(platform);
        Assert.Equal(5, result.FirstBrokenSeq);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_role_change_whose_audit_write_fails_is_not_applied(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var user = await platform.InScopeAsync(sp => sp.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest("zhang.wei", "张伟", Roles.CityOfficer, "Qz7#Lantern-Orbit")));
        var before = await VerifyAsync(platform);

        platform.Services.GetRequiredService<AuditFaults>().FailNextWrite = true;
        var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IAccountAdmin>().GrantRoleAsync(user.User.Id, Roles.DeptOfficer)));
        Assert.Equal(ErrorCodes.AuditWriteFailed, error.Code);
        Assert.True(error.Status >= 500);

        var after = await platform.InScopeAsync(sp => sp.GetRequiredService<IAccountAdmin>().GetUserAsync(user.User.Id));
        Assert.Equal([Roles.CityOfficer], after.Roles);
        var verify = await VerifyAsync(platform);
        Assert.True(verify.Ok);
        Assert.Equal(before.RowsVerified, verify.RowsVerified);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task On_postgresql_the_application_cannot_update_delete_or_truncate_audit_rows(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await WriteAsync(platform, 3);
        var table = platform.Store.Table("access", "AuditEvents");
        if (provider != TestDatabases.Postgres)
        {
            // SQLite has no privilege model; the chain is the control there (see the tamper tests above).
            await platform.Store.ExecuteAsAppAsync($"UPDATE {table} SET \"Detail\" = 'x' WHERE \"Seq\" = 3");
            Assert.Equal(3, (await VerifyAsync(platform)).FirstBrokenSeq);
            return;
        }

        foreach (var sql in new[] { $"UPDATE {table} SET \"Detail\" = 'x' WHERE \"Seq\" = 2", $"DELETE FROM {table} WHERE \"Seq\" = 2", $"TRUNCATE {table}" })
        {
            var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => platform.Store.ExecuteAsAppAsync(sql));
            Assert.Equal("42501", error.SqlState);
            Assert.Contains("permission denied", error.MessageText, StringComparison.Ordinal);
        }

        var result = await VerifyAsync(platform);
        Assert.True(result.Ok);
        Assert.Equal(3, result.RowsVerified);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Purge_deletes_only_rows_older_than_the_retention_and_the_chain_still_verifies(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var table = platform.Store.Table("access", "AuditEvents");
        await WriteAsync(platform, 6);
        platform.Clock.Advance(TimeSpan.FromDays(400));
        await WriteAsync(platform, 4);
        // Now is 1 100 days after the first six rows and 700 after the last four: the default 1 095-day period keeps the four.
        platform.Clock.Advance(TimeSpan.FromDays(700));
        Task<AuditPurgeResult> PurgeAsync(bool dryRun) => platform.InScopeAsync(sp => sp.GetRequiredService<IAuditPurger>().PurgeAsync(dryRun));

        var dry = await PurgeAsync(dryRun: true);
        Assert.Equal((6L, 6L, 1095, true), (dry.Rows, dry.ThroughSeq!.Value, dry.RetentionDays, dry.DryRun));
        Assert.Equal("10", Assert.Single(await platform.Store.QueryAsync($"SELECT count(*) FROM {table}")));

        var purged = await PurgeAsync(dryRun: false);
        Assert.Equal((6L, 6L), (purged.Rows, purged.ThroughSeq!.Value));
        var left = await platform.Store.QueryAsync($"SELECT \"Seq\" || ' ' || \"EventType\" FROM {table} ORDER BY \"Seq\"");
        Assert.Equal(["7 TestEvent", "8 TestEvent", "9 TestEvent", "10 TestEvent", "11 AuditPurged"], left);
        var verified = await VerifyAsync(platform);
        Assert.True(verified.Ok, verified.Problem);
        Assert.Equal(5, verified.RowsVerified);
        Assert.Equal(0, (await PurgeAsync(dryRun: false)).Rows);
        Assert.Equal("12 AuditPurged rows=0", Assert.Single(await platform.Store.QueryAsync($"SELECT \"Seq\" || ' ' || \"EventType\" || ' ' || substr(\"Detail\", 1, 6) FROM {table} WHERE \"Seq\" = 12")));
        Assert.True((await VerifyAsync(platform)).Ok);

        // Deleting the oldest remaining row is not a purge: the verifier names where the chain now starts.
        await platform.Store.ExecuteRawAsync($"DELETE FROM {table} WHERE \"Seq\" = 7");
        var broken = await VerifyAsync(platform);
        Assert.False(broken.Ok);
        Assert.Equal(8, broken.FirstBrokenSeq);
        Assert.Contains("no recorded purge", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_below_180_days_is_refused_at_startup()
    {
        await using var platform = await Platform.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["Access:Audit:RetentionDays"] = "90" }, migrate: false);
        var error = Assert.Throws<OptionsValidationException>(() => platform.Services.GetRequiredService<IOptions<AccessOptions>>().Value);
        Assert.Contains(ErrorCodes.AuditRetentionMin, error.Message, StringComparison.Ordinal);
    }
}
