using IpCity.BuildingBlocks.Storage;
using Npgsql;
using Xunit;

namespace IpCity.TestKit;

/// <summary>
/// The providers every database test runs on: SQLite always; PostgreSQL when IPCITY_TEST_PG holds a
/// connection string (the test command always sets it). With IPCITY_REQUIRE_PG=1 a missing server fails
/// the run instead of silently skipping PostgreSQL.
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("IPCITY_TEST_PG");

    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrWhiteSpace(PostgresConnectionString))
            {
                data.Add(Postgres);
            }
            else if (Environment.GetEnvironmentVariable("IPCITY_REQUIRE_PG") == "1")
            {
                throw new InvalidOperationException("IPCITY_REQUIRE_PG=1 but IPCITY_TEST_PG is not set: the PostgreSQL tests cannot run.");
            }

            return data;
        }
    }

    /// <summary>A fresh, empty store for one test: a temp folder (SQLite) or a new database (PostgreSQL).</summary>
    public static Task<TestStore> CreateAsync(string provider) => CreateAsync(provider, migrated: false);

    /// <summary>
    /// A fresh store for one test with every module migrated: a copy of a store the platform's migrations built
    /// once in this test process (<see cref="MigratedTemplates"/>).
    /// </summary>
    public static Task<TestStore> CreateMigratedAsync(string provider) => CreateAsync(provider, migrated: true);

    private static async Task<TestStore> CreateAsync(string provider, bool migrated)
    {
        var dir = NewFolder();
        if (provider == Sqlite)
        {
            if (migrated)
            {
                File.Copy(await MigratedTemplates.SqliteFileAsync(), Path.Combine(dir, StorageOptions.SqliteFileName));
            }

            return new TestStore(new StorageOptions { DataDirectory = dir }, null);
        }

        var name = "ipcity_t_" + Guid.NewGuid().ToString("N")[..16];
        await AdminAsync(migrated ? $"CREATE DATABASE \"{name}\" TEMPLATE \"{await MigratedTemplates.PostgresNameAsync()}\"" : $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name };
        return new TestStore(new StorageOptions { DataDirectory = dir, PostgresConnectionString = cs.ConnectionString }, name);
    }

    /// <summary>A new empty folder under the temp folder's ipcity-tests.</summary>
    internal static string NewFolder(string prefix = "")
    {
        var dir = Path.Combine(Path.GetTempPath(), "ipcity-tests", prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// Runs one statement on the maintenance database (create, clone, drop). A clone is refused (55006) while any
    /// session is connected to its template; none should be, but a closing pooled connection may linger a moment.
    /// </summary>
    internal static async Task AdminAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Pooling = false };
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
}

public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _pgDatabase;

    public TestStore(StorageOptions storage, string? pgDatabase)
    {
        Storage = storage;
        _pgDatabase = pgDatabase;
    }

    public StorageOptions Storage { get; }

    public async ValueTask DisposeAsync()
    {
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await TestDatabases.AdminAsync($"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)");
        }

        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Storage.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>Runs raw SQL with a privileged connection that bypasses the application (tamper tests).</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        if (Storage.Provider == DatabaseProvider.Postgres)
        {
            // A superuser session with triggers off: what an attacker with database control could do.
            await using var conn = new NpgsqlConnection(Storage.ConnectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SET session_replication_role = replica; " + sql, conn);
            await cmd.ExecuteNonQueryAsync();
            return;
        }

        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(Storage.ConnectionString);
        await sqlite.OpenAsync();
        await using var command = sqlite.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL as the application would (no privileges beyond the app's own session).</summary>
    public async Task ExecuteAsAppAsync(string sql)
    {
        if (Storage.Provider == DatabaseProvider.Postgres)
        {
            await using var conn = new NpgsqlConnection(Storage.ConnectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
            return;
        }

        await ExecuteRawAsync(sql);
    }

    /// <summary>Every value of the first column of a query, read through a plain connection (as text).</summary>
    public async Task<List<string?>> QueryAsync(string sql)
    {
        var values = new List<string?>();
        await using System.Data.Common.DbConnection conn = Storage.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Storage.ConnectionString) { Pooling = false }.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(Storage.ConnectionString);
        await conn.OpenAsync();
        await using var command = conn.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return values;
    }

    /// <summary>Table name as the provider spells it: "access"."AuditEvents" or access_AuditEvents.</summary>
    public string Table(string module, string table) =>
        Storage.Provider == DatabaseProvider.Postgres ? $"\"{module}\".\"{table}\"" : $"\"{module}_{table}\"";
}
