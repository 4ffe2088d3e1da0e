using System.Diagnostics;

namespace IpCity.BuildingBlocks.Diagnostics;

/// <summary>
/// Named crash points for the crash-consistency tests (SECURITY.md specs 20 and 23): when the environment variable
/// <c>IPCITY_FAILPOINTS</c> (comma-separated names) lists a point, reaching it kills the process with SIGKILL, exactly
/// as <c>kill -9</c> would at that instant. Read once at start-up; unset in production, where a hit costs one
/// dictionary probe on an empty set. Anyone able to set the variable can already stop the process.
/// </summary>
public static class FailPoints
{
    public const string Variable = "IPCITY_FAILPOINTS";

    private static readonly HashSet<string> s_armed = new(
        (Environment.GetEnvironmentVariable(Variable) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is armed (for work a point needs before it is hit, such as flushing a partial write).</summary>
    public static bool IsArmed(string name) => s_armed.Count != 0 && s_armed.Contains(name);

    public static void Hit(string name)
    {
        if (IsArmed(name))
        {
            Console.Error.WriteLine($"failpoint {name}: SIGKILL");
            Console.Error.Flush();
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
