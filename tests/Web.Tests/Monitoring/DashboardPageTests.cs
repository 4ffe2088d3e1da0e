using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Monitoring;

/// <summary>
/// 纲要监测 pages on generated data (both providers): the dashboard shows the six headline indicators with their
/// status, the map and the unit tables server-side; the high-value drill-down page lists exactly the counted
/// patents (the same ids as the API's records, count = numerator), each with its categories.
/// </summary>
public sealed partial class DashboardPageTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string HighValue = IndicatorCodes.HighValueInventionPatentsPer10k;

    [GeneratedRegex("<article class=\"dash-card (status-[a-z]+)\" data-code=\"([A-Za-z0-9]+)\">")]
    private static partial Regex CardRegex();

    [GeneratedRegex("<tr data-id=\"(\\d+)\">")]
    private static partial Regex RecordRowRegex();

    [GeneratedRegex("<td class=\"categories\">([^<]*)</td>")]
    private static partial Regex CategoriesRegex();

    private static async Task<string> PageAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return body;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dashboard_shows_six_headline_indicators_and_the_drill_down_lists_exactly_the_counted_patents(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var file = Path.Combine(factory.Store.Storage.DataDirectory, "demo.csv");
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 600, 3);
            await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false));
            await sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2023);
            await sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024);
        }

        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var html = await PageAsync(city, "/Monitoring?year=2024");
        var cards = CardRegex().Matches(html).Select(m => (Status: m.Groups[1].Value, Code: m.Groups[2].Value)).ToList();
        string[] headline =
        [
            HighValue, IndicatorCodes.PatentIntensiveIndustryGdpShare, IndicatorCodes.MadridRegistrationsHeld, IndicatorCodes.PledgeFinancingRegisteredAmount,
            IndicatorCodes.EnforcementClosureRate, IndicatorCodes.IpAgentWorkforce,
        ];
        Assert.Equal(headline.Order(StringComparer.Ordinal), cards.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Equal(6, Regex.Matches(html, "<span class=\"status-label\">(正常|滞后|风险|无数据|无目标)</span>").Count);

        // The high-value card: the API's value, a status against the target path, and the drill-down link.
        var view = await city.GetAsync($"/api/indicators/{HighValue}/values?unit=360100&year=2024");
        using var doc = JsonDocument.Parse(await view.Content.ReadAsStringAsync());
        var latest = doc.RootElement.GetProperty("latest");
        var display = latest.GetProperty("display").GetString()!;
        var recordCount = latest.GetProperty("recordCount").GetInt32();
        var numerator = latest.GetProperty("numerator").GetDecimal();
        var status = doc.RootElement.GetProperty("target").GetProperty("status").GetString()!;
        Assert.True(recordCount > 0);
        Assert.Equal(numerator, recordCount);
        Assert.Contains(("status-" + status.ToLowerInvariant(), HighValue), cards);
        Assert.Contains($"<span class=\"value\">{display}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"drill-high-value\" href=\"/Monitoring/Records?code={HighValue}&amp;unit=360100&amp;year=2024\"", html, StringComparison.Ordinal);
        Assert.Contains($"<strong class=\"record-count\">{recordCount.ToString("N0", CultureInfo.InvariantCulture)}</strong>", html, StringComparison.Ordinal);
        Assert.Contains("预测 2025 年", html, StringComparison.Ordinal);

        // The map (post-2019 boundaries) and the unit tables: nine county-level units incl. 红谷滩区, zones apart.
        Assert.Contains("data-geo=\"/assets/geo-360100-2019.json\"", html, StringComparison.Ordinal);
        var ranking = html[html.IndexOf("id=\"ranking\"", StringComparison.Ordinal)..html.IndexOf("id=\"zones-table\"", StringComparison.Ordinal)];
        Assert.Equal(9, Regex.Matches(ranking, "<tr data-unit=\"3601\\d\\d\"|<tr class=\"current\" data-unit=\"3601\\d\\d\"").Count);
        Assert.Contains("红谷滩区", ranking, StringComparison.Ordinal);
        Assert.DoesNotContain("湾里区", ranking, StringComparison.Ordinal);
        Assert.Contains("data-unit=\"360100Z01\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/echarts.min.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);

        // The assets the page needs are served (ECharts vendored at build time, the boundary files shipped).
        var echarts = await city.GetAsync("/assets/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
        Assert.True((await echarts.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
        Assert.Contains("红谷滩区", await (await city.GetAsync("/assets/geo-360100-2019.json")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("湾里区", await (await city.GetAsync("/assets/geo-360100-pre2019.json")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-geo=\"/assets/geo-360100-pre2019.json\"", await PageAsync(city, "/Monitoring?year=2018"), StringComparison.Ordinal);

        // The drill-down page, page by page: exactly the API's records, each with its categories.
        var expected = new List<long>();
        for (var p = 1; ; p++)
        {
            using var page = JsonDocument.Parse(await (await city.GetAsync($"/api/indicators/{HighValue}/values/records?unit=360100&year=2024&page={p}&size=500")).Content.ReadAsStringAsync());
            var items = page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
            expected.AddRange(items);
            if (items.Count < 500)
            {
                break;
            }
        }

        var listed = new List<long>();
        for (var p = 1; p < 100; p++)
        {
            var body = await PageAsync(city, $"/Monitoring/Records?code={HighValue}&unit=360100&year=2024&page={p}");
            if (p == 1)
            {
                Assert.Contains($"id=\"records-total\">{recordCount.ToString(CultureInfo.InvariantCulture)}</strong>", body, StringComparison.Ordinal);
                Assert.Contains($"id=\"records-numerator\">{numerator.ToString("0.##", CultureInfo.InvariantCulture)}</strong>", body, StringComparison.Ordinal);
                Assert.Contains($"/api/indicators/{HighValue}/values/records.csv?unit=360100&amp;year=2024", body, StringComparison.Ordinal);
                Assert.Contains($"/api/indicators/{HighValue}/values/records.xlsx?unit=360100&amp;year=2024", body, StringComparison.Ordinal);
            }

            var ids = RecordRowRegex().Matches(body).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            var categories = CategoriesRegex().Matches(body).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(ids.Count, categories.Count);
            Assert.All(categories, c => Assert.Matches("(维持年限超过10年|海外同族授权)", c));
            listed.AddRange(ids);
            if (!body.Contains("id=\"records-next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.Equal(recordCount, listed.Count);
        Assert.Equal(expected, listed);

        // One unit: the same six cards for 东湖区, which is marked in the ranking.
        var unit = await PageAsync(city, "/Monitoring/Unit?unit=360102&year=2024");
        Assert.Equal(6, CardRegex().Matches(unit).Count);
        Assert.Contains("纲要监测 · 东湖区 · 2024 年度", unit, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"current\" data-unit=\"360102\">", unit, StringComparison.Ordinal);

        // A district officer sees the dashboard too; the public is sent to sign in.
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        Assert.Equal(6, CardRegex().Matches(await PageAsync(district, "/Monitoring?year=2024")).Count);
        using var anonymous = await factory.LoginAsync(Roles.Public);
        var denied = await anonymous.GetAsync("/Monitoring");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/Login", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    /// <summary>The one button: the city office generates the year's report from the dashboard and downloads the three files; a district officer has no button and is refused.</summary>
    [Fact]
    public async Task The_city_office_generates_the_annual_report_from_the_dashboard()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var file = Path.Combine(factory.Store.Storage.DataDirectory, "demo.csv");
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 300, 4);
            await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false));
            await sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024);
        }

        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        var districtPage = await PageAsync(district, "/Monitoring?year=2024");
        Assert.DoesNotContain("id=\"report-form\"", districtPage, StringComparison.Ordinal);
        var districtToken = FormToken().Match(districtPage).Groups[1].Value;
        var refused = await district.Http.PostAsync("/Monitoring?year=2024&handler=Report", new FormUrlEncodedContent([new("__RequestVerificationToken", districtToken)]));
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)refused.StatusCode}");

        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var page = await PageAsync(city, "/Monitoring?year=2024");
        Assert.Contains("id=\"report-form\"", page, StringComparison.Ordinal);
        var token = FormToken().Match(page).Groups[1].Value;
        var done = await city.Http.PostAsync("/Monitoring?year=2024&handler=Report", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var html = await done.Content.ReadAsStringAsync();
        Assert.True(done.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("id=\"report-pdf\"", html, StringComparison.Ordinal);
        foreach (var format in new[] { "docx", "xlsx", "pdf" })
        {
            var download = await city.GetAsync($"/api/reports/annual/2024/{format}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.True((await download.Content.ReadAsByteArrayAsync()).Length > 1000, format);
        }
    }
}
