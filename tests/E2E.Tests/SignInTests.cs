using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>End to end in a real browser: sign in as a CityOfficer, see the Nanchang units, sign out; lockout message.</summary>
[Collection("browser")]
public sealed class SignInTests
{
    private readonly BrowserFixture _browser;

    public SignInTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_city_officer_signs_in_sees_the_nanchang_units_and_signs_out(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, kestrel: true);
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
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

        await page.GotoAsync(baseUrl + "/");
        await Assertions.Expect(page.Locator("#city-title")).ToContainTextAsync("南昌市");
        await page.ClickAsync("#login-link");
        await page.FillAsync("#UserName", factory.UserName(Roles.CityOfficer));
        await page.FillAsync("#Password", IpCityWebFactory.Password);
        await page.ClickAsync("#login-submit");

        await Assertions.Expect(page.Locator("#current-user")).ToHaveTextAsync(factory.UserName(Roles.CityOfficer));
        var units = await page.Locator("#units .unit-name").AllInnerTextsAsync();
        Assert.Equal(["东湖区", "西湖区", "青云谱区", "青山湖区", "新建区", "红谷滩区", "南昌县", "安义县", "进贤县"], units);
        var zones = await page.Locator("#zones .unit-name").AllInnerTextsAsync();
        Assert.Contains("南昌高新技术产业开发区", zones);
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("湾里区");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot($"home-city-officer-{provider}"), FullPage = true });

        await page.ClickAsync("#logout-button");
        await Assertions.Expect(page.Locator("#login-link")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#current-user")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot($"signed-out-{provider}") });

        // After logout a protected page sends the browser back to the login page.
        await page.GotoAsync(baseUrl + "/Account/Password");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        Assert.Empty(consoleErrors);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_wrong_passwords_show_the_lockout_message(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, kestrel: true);
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        page.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);
        await page.GotoAsync(baseUrl + "/Account/Login");
        for (var i = 1; i <= 5; i++)
        {
            await page.FillAsync("#UserName", factory.UserName(Roles.DistrictOfficer));
            await page.FillAsync("#Password", "Wrong#Password" + i);
            await page.ClickAsync("#login-submit");
            await Assertions.Expect(page.Locator("#login-error")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("#login-error")).ToHaveAttributeAsync("data-code", "ACCOUNT_LOCKED");
        await page.FillAsync("#UserName", factory.UserName(Roles.DistrictOfficer));
        await page.FillAsync("#Password", IpCityWebFactory.Password);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("账户已锁定");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("lockout") });
    }
}
