using System.Text;

namespace IpCity.TestKit;

/// <summary>
/// Plaintext search over every file of a data folder, as an attacker with a copy of the disk would search it
/// (SECURITY.md specs 27 and 30): each value is looked for as UTF-8 (SQLite text, PostgreSQL, logs) and as UTF-16
/// (anything .NET wrote as UTF-16).
/// </summary>
public static class DataFolderScan
{
    /// <summary>Every (file relative to <paramref name="folder"/>, value) where a value occurs.</summary>
    public static List<(string Where, string Value)> Find(string folder, IReadOnlyList<string> values) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .SelectMany(file => Find(Path.GetRelativePath(folder, file), ReadIfPresent(file), values))
            .ToList();

    /// <summary>The values found in <paramref name="content"/>, each reported with <paramref name="where"/>.</summary>
    public static IEnumerable<(string Where, string Value)> Find(string where, byte[] content, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            if (content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0 || content.AsSpan().IndexOf(Encoding.Unicode.GetBytes(value)) >= 0)
            {
                yield return (where, value);
            }
        }
    }

    /// <summary>
    /// A file's bytes; none when it went away after the listing (SQLite removes the -wal file when the last connection
    /// closes, after checkpointing it into the database file, which is scanned too).
    /// </summary>
    private static byte[] ReadIfPresent(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }
}
