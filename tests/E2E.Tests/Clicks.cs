using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>
/// Following a link by clicking it. Two CI runs (a dashboard drill-down on PostgreSQL, a search facet on SQLite,
/// both on a loaded machine) saw the click land while the page was still settling and no navigation follow, the
/// page then idle until the 90 s timeout; the click is retried once after 20 s instead of failing on a lost click.
/// A link that never navigates still fails.
/// </summary>
internal static class Clicks
{
    public static async Task FollowAsync(IPage page, ILocator link, Func<string, bool> arrived)
    {
        await link.ClickAsync();
        try
        {
            await page.WaitForURLAsync(arrived, new PageWaitForURLOptions { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            await link.ClickAsync();
            await page.WaitForURLAsync(arrived);
        }
    }
}
