using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>
/// In a real browser: a city officer opens 纲要监测 on computed demo indicators, sees the six headline cards with status,
/// the ECharts map and trend canvases with no console errors, and drills into the high-value value: the listed patents,
/// each with its categories, are as many as the numerator.
/// </summary>
[Collection("browser")]
public sealed class DashboardTests
{
    private readonly BrowserFixture _browser;

    public DashboardTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_city_officer_sees_the_dashboard_and_the_counted_high_value_patents(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, kestrel: true);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var file = Path.Combine(factory.Store.Storage.DataDirectory, "e2e.csv");
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 400, 5);
            await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false));
            await sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2023);
            await sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024);
        }

        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        page.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);
        var consoleErrors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                consoleErrors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => consoleErrors.Add(e);

        var dashboard = new DashboardPage(page);
        await dashboard.SignInAsync(baseUrl, factory.UserName(Roles.CityOfficer), IpCityWebFactory.Password);
        await dashboard.OpenFromNavAsync(2024);
        await Assertions.Expect(dashboard.Cards).ToHaveCountAsync(6);
        await Assertions.Expect(dashboard.StatusLabels).ToHaveCountAsync(6);
        foreach (var label in await dashboard.StatusLabels.AllInnerTextsAsync())
        {
            Assert.Contains(label, new[] { "正常", "滞后", "风险", "无数据", "无目标" });
        }

        await Assertions.Expect(dashboard.MapCanvas.First).ToBeVisibleAsync();
        await Assertions.Expect(dashboard.TrendCanvases).ToHaveCountAsync(6);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"dashboard-{provider}.png"), FullPage = true });

        static bool Records(string u) => u.Contains("/Monitoring/Records", StringComparison.Ordinal) && u.Contains(IndicatorCodes.HighValueInventionPatentsPer10k, StringComparison.Ordinal);
        await Clicks.FollowAsync(page, dashboard.HighValueLink, Records);

        var numerator = await dashboard.NumeratorAsync();
        Assert.True(numerator > 0);
        Assert.Equal(numerator, await dashboard.TotalAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"dashboard-records-{provider}.png"), FullPage = true });
        var categories = await dashboard.AllRecordCategoriesAsync();
        Assert.Equal(numerator, categories.Count);
        Assert.All(categories, c => Assert.Matches("(维持年限超过10年|海外同族授权|战略性新兴产业)", c));
        Assert.Empty(consoleErrors);
    }
}
