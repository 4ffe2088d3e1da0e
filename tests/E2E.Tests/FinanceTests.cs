using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>
/// In a real browser (issue 6 pages): a district officer enters a bank's risk-compensation claim, sees that the
/// pledge register has no such loan, and reviews it; the city officer opens it from the fund's list and approves
/// it with the share and ceiling it was filed under; four eyes hold throughout.
/// </summary>
[Collection("browser")]
public sealed class FinanceTests
{
    private readonly BrowserFixture _browser;

    public FinanceTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    private static async Task<IPage> SignedInAsync(IBrowserContext context, string baseUrl, IpCityWebFactory factory, string role)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#UserName", factory.UserName(role));
        await page.FillAsync("#Password", IpCityWebFactory.Password);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#nav-finance")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task A_district_files_and_reviews_a_fund_claim_and_the_city_approves_it()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite, kestrel: true);
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var errors = new List<string>();

        await using (var district = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" }))
        {
            var page = await SignedInAsync(district, baseUrl, factory, Roles.DistrictOfficer);
            page.PageError += (_, e) => errors.Add(e);
            await page.ClickAsync("#nav-finance");
            await page.GotoAsync(baseUrl + "/Finance/Fund");
            await page.ClickAsync("#fund-file summary");
            await page.FillAsync("input[name=loanContractNumber]", "E2E-2026-0001");
            await page.FillAsync("input[name=pledgorName]", "南昌浏览器测试科技有限公司");
            const string First17 = "91360102MA35E2E01";
            await page.FillAsync("input[name=pledgorCreditCode]", First17 + UnifiedSocialCreditCode.CheckCharacter(First17));
            await page.FillAsync("input[name=districtCode]", "360102");
            await page.FillAsync("input[name=lender]", "南昌农商银行");
            await page.FillAsync("input[name=principal]", "800");
            await page.FillAsync("input[name=outstandingLoss]", "600");
            await page.FillAsync("input[name=defaultedOn]", "2026-02-01");
            await page.ClickAsync("#fund-file-submit");

            // The claim page: submitted, 600 × 0.4 = 240 万元 under the UNCONFIRMED defaults, and no register entry.
            await Assertions.Expect(page.Locator("#claim-state")).ToHaveAttributeAsync("data-state", "Submitted");
            await Assertions.Expect(page.Locator("#claim-compensable")).ToContainTextAsync("240 万元");
            await Assertions.Expect(page.Locator("#claim-register-check")).ToHaveAttributeAsync("data-found", "false");
            await Assertions.Expect(page.Locator("#claim-register-check")).ToContainTextAsync("E2E-2026-0001");
            await page.ClickAsync("#claim-review-form button[type=submit]");
            await Assertions.Expect(page.Locator("#claim-state")).ToHaveAttributeAsync("data-state", "DistrictReviewed");
        }

        await using var city = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var cityPage = await SignedInAsync(city, baseUrl, factory, Roles.CityOfficer);
        cityPage.PageError += (_, e) => errors.Add(e);
        await cityPage.GotoAsync(baseUrl + "/Finance/Fund");
        await cityPage.ClickAsync("#fund-claims a:text('E2E-2026-0001')");
        await Assertions.Expect(cityPage.Locator("#claim-decide-form")).ToBeVisibleAsync();
        await cityPage.ClickAsync("#claim-decide-form button[type=submit]");
        await Assertions.Expect(cityPage.Locator("#claim-state")).ToHaveAttributeAsync("data-state", "Approved");
        await Assertions.Expect(cityPage.Locator("#claim-transitions tr[data-action='DistrictReviewed']")).ToContainTextAsync("区县审核通过");
        await Assertions.Expect(cityPage.Locator("#claim-transitions tr[data-action='DistrictReviewed']")).ToContainTextAsync(factory.UserName(Roles.DistrictOfficer));
        await Assertions.Expect(cityPage.Locator("#claim-transitions tr[data-action='Approved']")).ToContainTextAsync("批准补偿");
        await cityPage.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "finance-fund-claim.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
