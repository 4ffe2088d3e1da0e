using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>
/// In a real browser: a visitor files an anonymous report of trademark infringement on the public portal and
/// follows it with the tracking code; the city officer finds it in the case register, sees its filing deadline
/// (15 working days), assigns the two enforcement officers and files it; the decision deadline appears.
/// </summary>
[Collection("browser")]
public sealed class ProtectionTests
{
    private readonly BrowserFixture _browser;

    public ProtectionTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    [Fact]
    public async Task A_portal_report_becomes_a_case_that_the_city_office_files()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite, kestrel: true);
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(baseUrl + "/Protection/Complaint");
        await page.SelectOptionAsync("#complaint-type", "TrademarkInfringement");
        await page.FillAsync("#complaint-title", "销售假冒注册商标的商品");
        await page.FillAsync("#complaint-description", "某店销售假冒“军山湖”商标的大闸蟹礼盒。");
        await page.FillAsync("#complaint-respondent", "南昌某某商贸有限公司");
        await page.CheckAsync("#complaint-anonymous");
        await page.ClickAsync("#complaint-submit");
        await Assertions.Expect(page.Locator("#complaint-receipt")).ToBeVisibleAsync();
        var number = await page.Locator("#complaint-number").InnerTextAsync();
        var code = await page.Locator("#complaint-code").InnerTextAsync();
        await page.FillAsync("#complaint-code-input", code);
        await page.ClickAsync("#complaint-status-submit");
        await Assertions.Expect(page.Locator("#complaint-status")).ToContainTextAsync("受理审查");

        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#UserName", factory.UserName(Roles.CityOfficer));
        await page.FillAsync("#Password", IpCityWebFactory.Password);
        await page.ClickAsync("#login-submit");
        await page.ClickAsync("#nav-protection");
        await page.ClickAsync($"#cases a:text('{number}')");
        // Received Monday 2026-03-02 (the test clock): 15 working days end on 2026-03-23.
        await Assertions.Expect(page.Locator("#case-deadlines tr[data-name='Penalty.LeadToFiling'] .due")).ToHaveTextAsync("2026-03-23");
        await page.FillAsync("#case-handlers-input", "officer.a,officer.b");
        await page.ClickAsync("#case-handlers-submit");
        await Assertions.Expect(page.Locator("#case-handlers")).ToContainTextAsync("officer.a");
        await page.SelectOptionAsync("#case-action", "File");
        await page.ClickAsync("#case-act-submit");
        await Assertions.Expect(page.Locator("#case-state")).ToHaveAttributeAsync("data-state", "Filed");
        // 90 days from 2026-03-02: 2026-05-31 is a Sunday, so Monday 2026-06-01.
        await Assertions.Expect(page.Locator("#case-deadlines tr[data-name='Penalty.DecisionLimit'] .due")).ToHaveTextAsync("2026-06-01");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "protection-case.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
