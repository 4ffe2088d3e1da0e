namespace IpCity.TestKit;

/// <summary>Test fixtures checked into tests/fixtures (copied from shared/data; see tests/fixtures/SOURCES.md).</summary>
public static class Fixtures
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "IpCity.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("IpCity.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot, "tests", "fixtures", .. parts]);
}
