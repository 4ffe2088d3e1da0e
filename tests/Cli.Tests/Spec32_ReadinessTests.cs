using System.Diagnostics;
using System.Net;
using IpCity.BuildingBlocks.Storage;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 32 (readiness follows the database) and the PostgreSQL half of spec 24 (a durable cluster passes
/// the durability guard), on a PostgreSQL cluster of the test's own started with the server's defaults: the real
/// server is ready (200 <c>Healthy</c>) with the guard enforced; the cluster stopped with <c>-m immediate</c> makes
/// ready 503 <c>Unhealthy</c> while live stays 200; restarted, ready is 200 again within 10 s. Anonymous bodies are the
/// bare words.
/// </summary>
[Collection("console")]
public sealed class Spec32_ReadinessTests
{
    [Fact]
    public async Task Ready_follows_the_database_down_and_back_up_within_ten_seconds_and_live_stays_up()
    {
        if (TestDatabases.PostgresConnectionString is null)
        {
            // PostgreSQL tests run where PostgreSQL is (the test command installs it and sets IPCITY_TEST_PG).
            return;
        }

        var dll = ServerProcess.Dll;
        await using var cluster = await PrivatePostgres.StartAsync();
        foreach (var setting in new[] { "fsync", "full_page_writes", "synchronous_commit" })
        {
            Assert.Equal("on", await cluster.ShowAsync(setting));
        }

        var dir = Path.Combine(Path.GetTempPath(), "ipcity-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await using var store = new TestStore(new StorageOptions { DataDirectory = dir, PostgresConnectionString = cluster.ConnectionString }, null);
        await ServerProcess.PrepareStoreAsync(store, profile: false);

        await using var server = await ServerProcess.StartAsync(dll, store, null, acceptNonDurable: false);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await server.GetAsync("/health/ready"));

        await cluster.StopAsync();
        var down = await PollAsync(server, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20));
        Assert.True(down.Reached, $"ready did not turn 503 within 20 s of the database stopping (last: {down.Last})");
        Assert.Equal("Unhealthy", down.Last?.Body);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await server.GetAsync("/health/live"));

        await cluster.StartServerAsync();
        var up = await PollAsync(server, HttpStatusCode.OK, TimeSpan.FromSeconds(10));
        Assert.True(up.Reached, $"ready did not return to 200 within 10 s of the database starting again (last: {up.Last})");
        Assert.Equal("Healthy", up.Last?.Body);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await server.GetAsync("/health/live"));
    }

    private static async Task<(bool Reached, (HttpStatusCode Status, string Body)? Last)> PollAsync(ServerProcess server, HttpStatusCode wanted, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        (HttpStatusCode Status, string Body)? last = null;
        while (clock.Elapsed < within)
        {
            last = await server.GetAsync("/health/ready");
            if (last?.Status == wanted)
            {
                return (true, last);
            }

            await Task.Delay(200);
        }

        return (false, last);
    }
}
