using System.Globalization;
using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>Page object for 纲要监测 (/Monitoring) and its drill-down (/Monitoring/Records).</summary>
internal sealed class DashboardPage
{
    private readonly IPage _page;

    public DashboardPage(IPage page)
    {
        _page = page;
    }

    public ILocator Cards => _page.Locator("#headline-cards .dash-card");

    public ILocator StatusLabels => _page.Locator("#headline-cards .dash-card .status-label");

    public ILocator MapCanvas => _page.Locator("#unit-map[data-rendered=true] canvas");

    public ILocator TrendCanvases => _page.Locator("#headline-cards .trend-chart canvas");

    public ILocator HighValueLink => _page.Locator("#drill-high-value");

    public ILocator RecordRows => _page.Locator("#records tbody tr");

    public ILocator RecordCategories => _page.Locator("#records tbody td.categories");

    public async Task SignInAsync(string baseUrl, string userName, string password)
    {
        await _page.GotoAsync(baseUrl + "/Account/Login");
        await _page.FillAsync("#UserName", userName);
        await _page.FillAsync("#Password", password);
        await _page.ClickAsync("#login-submit");
        await Assertions.Expect(_page.Locator("#current-user")).ToHaveTextAsync(userName);
    }

    public async Task OpenFromNavAsync(int year)
    {
        await _page.ClickAsync("#nav-dashboard");
        await _page.WaitForURLAsync(u => u.Contains("/Monitoring", StringComparison.Ordinal));
        await _page.SelectOptionAsync("#year-select", year.ToString(CultureInfo.InvariantCulture));
        await _page.ClickAsync("#dashboard-filters button[type=submit]");
        await Assertions.Expect(_page.Locator("#dashboard-title")).ToContainTextAsync(year.ToString(CultureInfo.InvariantCulture) + " 年度");
    }

    public async Task<int> NumeratorAsync() => int.Parse(await _page.Locator("#records-numerator").InnerTextAsync(), NumberStyles.Number, CultureInfo.InvariantCulture);

    public async Task<int> TotalAsync() => int.Parse(await _page.Locator("#records-total").InnerTextAsync(), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Walks the drill-down pages and returns every listed row's categories.</summary>
    public async Task<List<string>> AllRecordCategoriesAsync()
    {
        var all = new List<string>();
        while (true)
        {
            await Assertions.Expect(RecordRows.First).ToBeVisibleAsync();
            all.AddRange(await RecordCategories.AllInnerTextsAsync());
            var next = _page.Locator("#records-next");
            if (await next.CountAsync() == 0)
            {
                return all;
            }

            var url = _page.Url;
            await Clicks.FollowAsync(_page, next, u => u != url);
        }
    }
}
