using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>The separated administrators in the browser: SecAdmin manages users, AuditAdmin reads and verifies the audit log.</summary>
[Collection("browser")]
public sealed class AdminPagesTests
{
    private readonly BrowserFixture _browser;

    public AdminPagesTests(BrowserFixture browser)
    {
        _browser = browser;
    }

    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task SignInWithTotpAsync(IPage page, string baseUrl, IpCityWebFactory factory, string role)
    {
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#UserName", factory.UserName(role));
        await page.FillAsync("#Password", IpCityWebFactory.Password);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#Code")).ToBeVisibleAsync();

        // Password alone is not enough for an administrator page.
        await page.GotoAsync(baseUrl + (role == Roles.SecAdmin ? "/Admin/Users" : "/Admin/Audit"));
        await Assertions.Expect(page.Locator("#denied")).ToBeVisibleAsync();

        await page.GotoAsync(baseUrl + "/Account/Totp");
        await page.FillAsync("#Code", Totp.Code(factory.TotpSecret(role)!, factory.Clock.GetUtcNow().UtcDateTime));
        await page.ClickAsync("#totp-submit");
        await Assertions.Expect(page.Locator("#current-user")).ToHaveTextAsync(factory.UserName(role));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SecAdmin_creates_a_user_and_AuditAdmin_finds_it_in_a_verified_log(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, kestrel: true);
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        await using (var secContext = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } }))
        {
            var page = await secContext.NewPageAsync();
            page.SetDefaultTimeout(BrowserFixture.TimeoutMs);
            page.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);
            await SignInWithTotpAsync(page, baseUrl, factory, Roles.SecAdmin);
            await page.ClickAsync("a[href='/Admin/Users']");
            await page.FillAsync("input[name=NewUserName]", "sun.li");
            await page.FillAsync("input[name=NewDisplayName]", "孙丽");
            await page.SelectOptionAsync("select[name=NewRole]", Roles.DistrictOfficer);
            await page.FillAsync("input[name=NewUnitCode]", "360103");
            await page.ClickAsync("form[action*='handler=Create'] button");
            await Assertions.Expect(page.Locator("#users-message")).ToContainTextAsync("已创建 sun.li");
            await Assertions.Expect(page.Locator("#user-list")).ToContainTextAsync("孙丽");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"admin-users-{provider}.png"), FullPage = true });
        }

        await using var auditContext = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var audit = await auditContext.NewPageAsync();
        audit.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        audit.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);
        await SignInWithTotpAsync(audit, baseUrl, factory, Roles.AuditAdmin);
        await audit.ClickAsync("a[href='/Admin/Audit']");
        await audit.FillAsync("#audit-filters input[name=eventType]", "UserCreated");
        await audit.ClickAsync("#audit-filters button");
        await Assertions.Expect(audit.Locator("#audit-list")).ToContainTextAsync("userName=sun.li");
        await Assertions.Expect(audit.Locator("#audit-list")).ToContainTextAsync(factory.UserName(Roles.SecAdmin));
        await audit.ClickAsync("#audit-verify");
        await Assertions.Expect(audit.Locator("#verify-result")).ToContainTextAsync("校验通过");
        await audit.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"admin-audit-{provider}.png"), FullPage = true });
    }
}
