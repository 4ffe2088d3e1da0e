using Microsoft.Playwright;

namespace IpCity.E2E.Tests;

/// <summary>
/// Playwright .NET driving Debian's chromium (nothing downloaded). IPCITY_CHROMIUM names the browser;
/// with IPCITY_REQUIRE_BROWSER=1 (the test command) a missing browser fails instead of skipping.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Generous: CI runs the test assemblies in parallel on 2 cores, next to a browser.</summary>
    public const float TimeoutMs = 90_000;

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("IPCITY_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "TestResults");
            var dir = Path.Combine(root, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        var path = Environment.GetEnvironmentVariable("IPCITY_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium not found at {path}: install the Debian package 'chromium' (./test.sh does) or set IPCITY_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
}
