using System.Diagnostics;

namespace IpCity.Reporting.Tests;

/// <summary>pdftotext / pdftoppm (Debian poppler-utils, installed by test.sh). Missing tools fail the test with a clear message.</summary>
internal static class Poppler
{
    public static async Task<string> RunAsync(string tool, params string[] args)
    {
        var path = Path.Combine("/usr/bin", tool);
        Assert.True(File.Exists(path), $"{tool} not found: install poppler-utils (apt-get install poppler-utils; test.sh does this) to check the generated PDF.");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
