using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.E2E.Tests;

/// <summary>
/// SECURITY.md spec 35, CI smoke: <c>wrk -t2 -c50 -d10s --latency</c> on the public search endpoint of the real
/// server on 127.0.0.1, rotating Chinese queries (place names, 2-character words, multi-term, applicant fragments,
/// with and without facets). Pass: no socket errors, no non-2xx answer, p99 &lt; 500 ms. It runs with the browser
/// tests, after the parallel test assemblies, so it measures the server rather than the neighbours.
/// </summary>
[Collection("browser")]
public sealed partial class Spec35_SearchLoadSmokeTests
{
    private static readonly string[] s_queries = ["电池", "红谷滩", "南昌大学", "锂电池 正极", "ti:电池", "pa:江西", "region:360102", "type:发明 电池", "发光二极管", "新能源汽车"];

    [GeneratedRegex(@"^\s*99%\s+(?<v>[\d.]+)(?<u>us|ms|s)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"^\s*(?<n>\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex Requests();

    [Fact]
    public async Task Fifty_connections_for_ten_seconds_get_only_2xx_with_p99_under_500_ms()
    {
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("wrk is not installed (test.sh installs the Debian package)");
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite, kestrel: true);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync();
            var file = Path.Combine(factory.Store.Storage.DataDirectory, "load.csv");
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 3_000, 35);
            await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file]));
            Assert.True((await sp.GetRequiredService<IPatentSearch>().SearchAsync(new SearchRequest("电池", Facets: false))).Total > 0);
        }

        var server = factory.ClientOptions.BaseAddress;
        Assert.Equal("127.0.0.1", server.Host);
        var script = Path.Combine(factory.Store.Storage.DataDirectory, "queries.lua");
        var paths = s_queries.SelectMany(q => new[] { $"/api/patents?q={Uri.EscapeDataString(q)}&facets=false", $"/api/patents?q={Uri.EscapeDataString(q)}" }).ToList();
        await File.WriteAllTextAsync(script, "local paths = {" + string.Join(", ", paths.Select(p => "\"" + p + "\"")) + "}\n"
            + "local i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");

        // Warm-up (compiling the code paths and opening the index), as before any measurement: each request once.
        using (var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) })
        {
            foreach (var path in paths)
            {
                (await client.GetAsync(path)).EnsureSuccessStatusCode();
            }
        }

        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", "-c50", "-d10s", "--latency", "-s", script, server.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = Path.Combine(BrowserFixture.ScreenshotDirectory, "wrk-search-smoke.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        await File.WriteAllTextAsync(report, output + error);

        Assert.True(process.ExitCode == 0, error);
        Assert.DoesNotContain("Socket errors", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Non-2xx or 3xx responses", output, StringComparison.Ordinal);
        var requests = long.Parse(Requests().Match(output).Groups["n"].Value, CultureInfo.InvariantCulture);
        Assert.True(requests >= 100, output);
        var p99 = P99().Match(output);
        Assert.True(p99.Success, output);
        var value = double.Parse(p99.Groups["v"].Value, CultureInfo.InvariantCulture);
        var ms = p99.Groups["u"].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        Assert.True(ms < 500, $"p99 {ms} ms\n{output}");
    }
}
