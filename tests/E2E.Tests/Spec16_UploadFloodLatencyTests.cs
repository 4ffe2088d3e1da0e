using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Xunit.Abstractions;

namespace IpCity.E2E.Tests;

/// <summary>
/// SECURITY.md spec 16 (c): twenty billion-laughs uploads at once are all refused with 400 XML_DTD_PROHIBITED while a
/// public-search probe running alongside keeps p99 &lt; 300 ms. The flood repeats in waves of twenty until the probe
/// has at least 100 samples, so the p99 is a percentile and not the slowest of a handful. It is a latency measurement,
/// so it runs with the browser tests, after the parallel test assemblies (as spec 35 does): inside them, a probe on
/// two cores measured the neighbours' load (one CI run: 487 ms, the slowest of 18 probes).
/// </summary>
[Collection("browser")]
public sealed class Spec16_UploadFloodLatencyTests(ITestOutputHelper output)
{
    private const int Concurrent = 20;
    private const int MinimumProbes = 100;
    private const int MaximumWaves = 60;

    [Fact]
    public async Task Waves_of_twenty_billion_laughs_uploads_are_refused_while_search_keeps_p99_under_300_ms()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite);
        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        using var visitor = factory.CreateClient();
        var probe = "/api/patents?facets=false&q=" + Uri.EscapeDataString("电池");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(probe)).StatusCode); // warm-up

        using var stop = new CancellationTokenSource();
        var timings = new List<double>();
        var probing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                using var response = await visitor.GetAsync(probe);
                clock.Stop();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                lock (timings)
                {
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                }

                await Task.Delay(10);
            }
        });

        var waves = 0;
        while (waves < MaximumWaves)
        {
            // Twenty different files per wave (one import of one content at a time is the rule: identical ones get 409),
            // all sent before any answer is awaited. Not through Simultaneously: its gate parks twenty thread-pool threads,
            // and the in-process server shares that pool, so the probe would measure the test's own starvation.
            var first = waves * Concurrent;
            var uploads = await Task.WhenAll(Enumerable.Range(first, Concurrent).Select(i => officer.PostFileAsync(
                "/api/ipdata/imports/patents", $"lol-{i}.xml", Encoding.UTF8.GetBytes(HostileXml.BillionLaughs(i)), "application/xml")));
            waves++;
            foreach (var result in uploads)
            {
                Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
                using var doc = JsonDocument.Parse(await result.Content.ReadAsStringAsync());
                Assert.Equal("XML_DTD_PROHIBITED", doc.RootElement.GetProperty("code").GetString());
            }

            lock (timings)
            {
                if (timings.Count >= MinimumProbes)
                {
                    break;
                }
            }
        }

        await stop.CancelAsync();
        await probing;

        List<double> sorted;
        lock (timings)
        {
            sorted = timings.Order().ToList();
        }

        Assert.True(sorted.Count >= MinimumProbes, $"{sorted.Count} probes in {waves} waves");
        var p99 = sorted[(int)Math.Ceiling(0.99 * sorted.Count) - 1];
        var measured = $"search p50 {sorted[sorted.Count / 2]:F0} ms, p99 {p99:F0} ms, max {sorted[^1]:F0} ms over {sorted.Count} probes during {waves} waves of {Concurrent} uploads";
        output.WriteLine(measured);
        Assert.True(p99 < 300, measured);

        // Nothing of the flood reached the store.
        var patents = await factory.Store.QueryAsync($"SELECT count(*) FROM {factory.Store.Table("ipdata", "Patents")}");
        Assert.Equal("0", patents.Single());
    }
}
