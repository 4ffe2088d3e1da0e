using IpCity.BuildingBlocks.Storage;
using Npgsql;

namespace IpCity.TestKit;

/// <summary>
/// One store per provider migrated by the platform's own migrations once per test process, then copied for every
/// test that wants a migrated store: the SQLite file is copied, PostgreSQL clones it with
/// <c>CREATE DATABASE … TEMPLATE</c>. A copy is byte for byte what migrating an empty store gives (the migrations
/// write schema and their seed rows only, nothing keyed to the store's data folder), so a test sees the same store
/// as before, for a file copy or a clone instead of a few hundred migration statements. Tests of migrating itself
/// keep using <see cref="TestDatabases.CreateAsync"/> (an empty store).
/// </summary>
internal static class MigratedTemplates
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static string? s_sqliteFile;
    private static string? s_postgresName;

    public static async Task<TestStore> CreateAsync(string provider)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ipcity-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        if (provider == TestDatabases.Sqlite)
        {
            File.Copy(await SqliteTemplateAsync(), Path.Combine(dir, StorageOptions.SqliteFileName));
            return new TestStore(new StorageOptions { DataDirectory = dir }, null);
        }

        var template = await PostgresTemplateAsync();
        var name = "ipcity_t_" + Guid.NewGuid().ToString("N")[..16];
        await AdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var cs = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Database = name };
        return new TestStore(new StorageOptions { DataDirectory = dir, PostgresConnectionString = cs.ConnectionString }, name);
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        if (s_sqliteFile is { } ready)
        {
            return ready;
        }

        await s_gate.WaitAsync();
        try
        {
            if (s_sqliteFile is null)
            {
                var dir = Path.Combine(Path.GetTempPath(), "ipcity-tests", "template-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(dir);
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
                s_sqliteFile = file;
            }

            return s_sqliteFile;
        }
        finally
        {
            s_gate.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync()
    {
        if (s_postgresName is { } ready)
        {
            return ready;
        }

        await s_gate.WaitAsync();
        try
        {
            if (s_postgresName is null)
            {
                var name = "ipcity_tpl_" + Guid.NewGuid().ToString("N")[..16];
                await AdminAsync($"CREATE DATABASE \"{name}\"");
                var dir = Path.Combine(Path.GetTempPath(), "ipcity-tests", "template-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(dir);
                var cs = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Database = name };
                await MigrateAsync(new StorageOptions { DataDirectory = dir, PostgresConnectionString = cs.ConnectionString });

                // A template must have no session: the migration's pooled connections go.
                NpgsqlConnection.ClearAllPools();
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    TryDelete(dir);
                    try
                    {
                        AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
                    }
                    catch (NpgsqlException)
                    {
                        // The test cluster is thrown away after the run anyway.
                    }
                };
                s_postgresName = name;
            }

            return s_postgresName;
        }
        finally
        {
            s_gate.Release();
        }
    }

    /// <summary>Every module migrated by the platform's services over the store (as <see cref="Platform"/> builds them).</summary>
    private static async Task MigrateAsync(StorageOptions storage)
    {
        await using (await Platform.StartAsync(new TestStore(storage, null), migrate: true, ownsStore: false))
        {
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// Runs one statement on the maintenance database. A clone is refused (55006) while any session is connected to
    /// the template; none should be, but a closing pooled connection may linger for a moment.
    /// </summary>
    private static async Task AdminAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Pooling = false };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var conn = new NpgsqlConnection(admin.ConnectionString);
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand(sql, conn);
                await cmd.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 100)
            {
                await Task.Delay(50);
            }
        }
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
