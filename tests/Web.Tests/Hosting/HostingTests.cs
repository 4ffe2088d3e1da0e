using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Hosting;

/// <summary>Health, readiness, OpenAPI, the Chinese home page and the store's migration state on both providers.</summary>
public sealed class HostingTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Health_ready_openapi_and_the_home_page_work(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var client = factory.CreateApi();
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var openapi = await client.GetAsync("/openapi/v1.json");
        using var doc = JsonDocument.Parse(await openapi.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/organisations/units", paths);
        Assert.Contains("/api/auth/login", paths);

        var home = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", home, StringComparison.Ordinal);
        foreach (var name in new[] { "东湖区", "西湖区", "青云谱区", "青山湖区", "新建区", "红谷滩区", "南昌县", "安义县", "进贤县", "南昌经济技术开发区", "湾里管理局" })
        {
            Assert.Contains(name, home, StringComparison.Ordinal);
        }

        // The key ring behind the anti-forgery token and sign-in cookies is sealed at rest (SECURITY.md §4).
        await factory.LoginAsync(Roles.CityOfficer);
        var ring = Directory.GetFiles(Path.Combine(factory.Store.Storage.KeysDirectory, "dataprotection"), "*.xml");
        Assert.NotEmpty(ring);
        Assert.All(ring, f =>
        {
            var xml = File.ReadAllText(f);
            Assert.Contains("<sm4Encrypted", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Demo_mode_creates_one_account_per_role_and_no_default_administrator(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var seeder = factory.Services.GetRequiredService<IpCity.Web.Hosting.DemoSeeder>();
        var first = await seeder.LoadAsync();
        Assert.Equal(IpCity.BuildingBlocks.Security.Roles.AccountRoles.Order(), first.Accounts.Select(a => a.Role).Order());
        Assert.All(first.Accounts.Where(a => IpCity.BuildingBlocks.Security.Roles.IsAdmin(a.Role)), a => Assert.NotNull(a.TotpSecret));
        var second = await seeder.LoadAsync();
        Assert.Equal(7, second.Accounts.Count);
        Assert.All(second.Accounts, a => Assert.DoesNotContain(a.Password, first.Accounts.Select(f => f.Password)));

        await using var scope = factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<IpCity.Access.Contracts.IAccountAdmin>().ListUsersAsync();
        Assert.DoesNotContain(users, u => u.UserName is "admin" or "sa" or "root" or "administrator");

        // A demo CityOfficer signs in with the printed password.
        var city = second.Accounts.Single(a => a.Role == IpCity.BuildingBlocks.Security.Roles.CityOfficer);
        using var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var login = await client.PostJsonAsync("/api/auth/login", new { userName = city.UserName, password = city.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_are_complete_for_every_module(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var databases = platform.Services.GetServices<IModuleDatabase>().ToList();
        Assert.Equal(["access", "finance", "ipdata", "monitoring", "org", "protection", "reporting", "services"], databases.Select(d => d.Module).Order());
        foreach (var db in databases)
        {
            Assert.False(db.HasPendingModelChanges(), $"{db.Module} on {provider} has model changes without a migration: run tools/add-migration.sh");
            Assert.Empty(db.PendingMigrations());
        }
    }

    /// <summary>
    /// SECURITY.md spec 24. SQLite is corrected at startup, so it is ready. The PostgreSQL test cluster runs
    /// with fsync, synchronous_commit and full_page_writes off (STACK.md §4.4), so it must not be ready.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Readiness_follows_the_durability_guard(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, new Dictionary<string, string?> { ["Database:AcceptNonDurable"] = "false" });
        await IpCity.Web.WebApp.CheckStoreAsync(factory.Services, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        using var client = factory.CreateApi();
        var ready = await client.GetAsync("/health/ready");
        var expected = provider == TestDatabases.Postgres ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK;
        Assert.Equal(expected, ready.StatusCode);
        Assert.Equal(provider == TestDatabases.Postgres ? "Unhealthy" : "Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        // Details (SECURITY.md spec 32) only for this machine or an administrator: from another machine, anonymously or
        // as an administrator before the second factor, ?details=true still answers the word; the SysAdmin past TOTP, or
        // any caller on this machine, gets every check, the durability guard with its named code on the test cluster.
        static HttpRequestMessage Remote() => new(HttpMethod.Get, "/health/ready?details=true") { Headers = { { LoopbackPeerFilter.PeerHeader, "203.0.113.7" } } };
        var word = provider == TestDatabases.Postgres ? "Unhealthy" : "Healthy";
        var anonymous = await client.Http.SendAsync(Remote());
        Assert.Equal((expected, word), (anonymous.StatusCode, await anonymous.Content.ReadAsStringAsync()));
        using (var halfway = await factory.LoginAsync(Roles.SysAdmin, verifyTotp: false))
        {
            Assert.Equal(word, await (await halfway.Http.SendAsync(Remote())).Content.ReadAsStringAsync());
        }

        using var admin = await factory.LoginAsync(Roles.SysAdmin);
        var detailed = await admin.Http.SendAsync(Remote());
        Assert.Equal(expected, detailed.StatusCode);
        using var json = JsonDocument.Parse(await detailed.Content.ReadAsStringAsync());
        var local = await (await client.GetAsync("/health/ready?details=true")).Content.ReadAsStringAsync();
        Assert.StartsWith("{\"status\":", local, StringComparison.Ordinal);
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.Equal(word, json.RootElement.GetProperty("status").GetString());
        Assert.True(checks.Count >= 9, string.Join(", ", checks.Keys));
        Assert.All(checks.Where(c => c.Key.StartsWith("store:", StringComparison.Ordinal)), c => Assert.True(c.Value.GetProperty("healthy").GetBoolean(), c.Key));
        var durability = checks["durability"];
        if (provider == TestDatabases.Postgres)
        {
            Assert.Equal("DB_DURABILITY", durability.GetProperty("code").GetString());
            Assert.Contains("fsync", durability.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.True(durability.GetProperty("healthy").GetBoolean());
        }
    }

    [Fact]
    public async Task Sqlite_durability_settings_are_enforced_even_on_a_file_preset_to_weaker_ones()
    {
        await using var platform = await Platform.StartAsync(TestDatabases.Sqlite, migrate: false);
        await using (var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={platform.Store.Storage.SqlitePath}"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=DELETE; CREATE TABLE t(x); ";
            await cmd.ExecuteNonQueryAsync();
        }

        var report = await platform.Services.GetServices<IModuleDatabase>().First().CheckDurabilityAsync();
        Assert.True(report.Ok, report.Problem);
        Assert.Equal("wal", report.Settings["journal_mode"]);
        Assert.Equal("2", report.Settings["synchronous"]);
        Assert.Equal("1", report.Settings["foreign_keys"]);
        Assert.True(int.Parse(report.Settings["busy_timeout"], System.Globalization.CultureInfo.InvariantCulture) >= 5000);
        Assert.Equal("1", report.Settings["secure_delete"]);
    }
}
