using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>In a real browser, anonymously: search with highlighted terms, drill down by a facet, see a thematic database.</summary>
[Collection("browser")]
public sealed class SearchPagesTests
{
    private readonly BrowserFixture _browser;

    public SearchPagesTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_highlights_drills_down_and_lists_thematic_databases(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, kestrel: true);
        long total;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync();
            var file = Path.Combine(factory.Store.Storage.DataDirectory, "e2e.csv");
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 400, 5);
            await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file]));
            total = (await sp.GetRequiredService<IPatentSearch>().SearchAsync(new SearchRequest("电池", Facets: false))).Total;
            await sp.GetRequiredService<IThematicDatabases>().CreateAsync(new CreateThematicRequest("电池专题", "电池", "E2E"));
        }

        Assert.True(total > 0);
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        page.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);

        await page.GotoAsync(baseUrl + "/Patents?q=" + Uri.EscapeDataString("电池"));
        await Assertions.Expect(page.Locator("#search-total")).ToContainTextAsync(total.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
        await Assertions.Expect(page.Locator("#search-results mark").First).ToHaveTextAsync("电池");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"search-{provider}.png"), FullPage = true });

        await Clicks.FollowAsync(page, page.Locator("[data-facet=type] a").First, u => u.Contains("type%3A", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#search-results tbody tr").First).ToBeVisibleAsync();

        await page.GotoAsync(baseUrl + "/Thematic");
        await Assertions.Expect(page.Locator("#thematic-list")).ToContainTextAsync("电池专题");
        await Assertions.Expect(page.Locator("#thematic-list")).ToContainTextAsync(total.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
        await Assertions.Expect(page.Locator("#thematic-create")).ToHaveCountAsync(0);
    }
}
