namespace IpCity.BuildingBlocks.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where IpCity keeps its data. SQLite under <see cref="DataDirectory"/> by default; PostgreSQL when a
/// connection string is configured (<c>ConnectionStrings__IpCity</c> or the CLI's <c>--database</c>).
/// </summary>
public sealed class StorageOptions
{
    public const string SqliteFileName = "ipcity.db";

    public required string DataDirectory { get; init; }

    public string? PostgresConnectionString { get; init; }

    public DatabaseProvider Provider => string.IsNullOrWhiteSpace(PostgresConnectionString) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public string SqlitePath => Path.Combine(DataDirectory, SqliteFileName);

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public string ConnectionString => Provider == DatabaseProvider.Postgres
        ? PostgresConnectionString!
        : $"Data Source={SqlitePath};Pooling=True;Default Timeout=30";

    /// <summary>Resolves the options the way both hosts do: explicit values, then environment, then defaults.</summary>
    public static StorageOptions Resolve(string? dataDirectory, string? connectionString)
    {
        var dir = dataDirectory;
        if (string.IsNullOrWhiteSpace(dir))
        {
            dir = Environment.GetEnvironmentVariable("IPCITY_DATA");
        }

        if (string.IsNullOrWhiteSpace(dir))
        {
            dir = "data";
        }

        return new StorageOptions
        {
            DataDirectory = Path.GetFullPath(dir),
            PostgresConnectionString = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
        };
    }

    public string Describe() => Provider == DatabaseProvider.Postgres
        ? "PostgreSQL"
        : $"SQLite ({SqlitePath})";
}
