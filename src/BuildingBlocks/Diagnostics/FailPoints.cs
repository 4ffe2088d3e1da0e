using System.Diagnostics;
using System.Globalization;

namespace IpCity.BuildingBlocks.Diagnostics;

/// <summary>
/// Named crash points for the crash-consistency tests (SECURITY.md specs 20 and 23), armed by the environment variable
/// <c>IPCITY_FAILPOINTS</c> (comma-separated). A bare name arms a kill point: reaching it kills the process with SIGKILL,
/// exactly as <c>kill -9</c> would at that instant. <c>name=N</c> arms a hold point: the first time the count it watches
/// reaches N, the process stops there for good, so a test can kill it from outside at that instant without racing the
/// work that would follow. Read once at start-up; unset in production, where a hit costs one check of an empty set.
/// Anyone able to set the variable can already stop the process.
/// </summary>
public static class FailPoints
{
    public const string Variable = "IPCITY_FAILPOINTS";

    private static readonly Dictionary<string, long?> s_armed = Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Whether <paramref name="name"/> is armed (for work a point needs before it is hit, such as flushing a partial write).</summary>
    public static bool IsArmed(string name) => s_armed.Count != 0 && s_armed.ContainsKey(name);

    public static void Hit(string name)
    {
        if (s_armed.Count != 0 && s_armed.TryGetValue(name, out var at) && at is null)
        {
            Console.Error.WriteLine($"failpoint {name}: SIGKILL");
            Console.Error.Flush();
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    /// <summary>A hold point: armed as <c>name=N</c>, stops the calling thread for good once <paramref name="reached"/> ≥ N.</summary>
    public static void HoldAt(string name, long reached)
    {
        if (s_armed.Count != 0 && s_armed.TryGetValue(name, out var at) && at is { } threshold && reached >= threshold)
        {
            Console.Error.WriteLine($"failpoint {name}: holding at {reached} (armed at {threshold})");
            Console.Error.Flush();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    private static Dictionary<string, long?> Parse(string? value)
    {
        var armed = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (var entry in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                armed[entry] = null;
            }
            else if (long.TryParse(entry.AsSpan(eq + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var at))
            {
                armed[entry[..eq].Trim()] = at;
            }
            else
            {
                throw new InvalidOperationException($"{Variable}: '{entry}' is neither a name nor name=count");
            }
        }

        return armed;
    }
}
