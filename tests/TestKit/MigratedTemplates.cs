using IpCity.BuildingBlocks.Storage;
using Npgsql;

namespace IpCity.TestKit;

/// <summary>
/// One store per provider migrated by the platform's own migrations once per test process, which
/// <see cref="TestDatabases.CreateMigratedAsync"/> copies for every test that wants a migrated store: the SQLite file
/// is copied, PostgreSQL clones it with <c>CREATE DATABASE … TEMPLATE</c>. A copy is byte for byte what migrating an
/// empty store gives (the migrations write schema and their seed rows only, nothing keyed to the store's data
/// folder), so a test sees the same store as before, for a file copy or a clone instead of a few hundred migration
/// statements. Tests of migrating itself keep using <see cref="TestDatabases.CreateAsync(string)"/> (an empty store).
/// </summary>
internal static class MigratedTemplates
{
    // Built on first use, once per process (Lazy's default mode runs the factory once even when tests race).
    private static readonly Lazy<Task<string>> s_sqlite = new(BuildSqliteAsync);
    private static readonly Lazy<Task<string>> s_postgres = new(BuildPostgresAsync);

    /// <summary>The migrated SQLite database file, whole in itself (no WAL beside it).</summary>
    public static Task<string> SqliteFileAsync() => s_sqlite.Value;

    /// <summary>The migrated PostgreSQL database to clone.</summary>
    public static Task<string> PostgresNameAsync() => s_postgres.Value;

    private static async Task<string> BuildSqliteAsync()
    {
        var dir = TestDatabases.NewFolder("template-");
        await MigrateAsync(new StorageOptions { DataDirectory = dir });
        var file = Path.Combine(dir, StorageOptions.SqliteFileName);

        // Everything in the main file: the WAL folded in and removed, so one file copy is the whole store.
        await using (var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await conn.OpenAsync();
            await using var checkpoint = conn.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(dir);
        return file;
    }

    private static async Task<string> BuildPostgresAsync()
    {
        var name = "ipcity_tpl_" + Guid.NewGuid().ToString("N")[..16];
        await TestDatabases.AdminAsync($"CREATE DATABASE \"{name}\"");
        var dir = TestDatabases.NewFolder("template-");
        var cs = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Database = name };
        await MigrateAsync(new StorageOptions { DataDirectory = dir, PostgresConnectionString = cs.ConnectionString });

        // A template must have no session: the migration's pooled connections go.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            TryDelete(dir);
            try
            {
                TestDatabases.AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
            }
            catch (NpgsqlException)
            {
                // The test cluster is thrown away after the run anyway.
            }
        };
        return name;
    }

    /// <summary>Every module migrated by the platform's services over the store (as <see cref="Platform"/> builds them).</summary>
    private static async Task MigrateAsync(StorageOptions storage)
    {
        await using (await Platform.StartAsync(new TestStore(storage, null), migrate: true, ownsStore: false))
        {
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
