using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IpCity.BuildingBlocks.Storage;

/// <summary>
/// Wires a module's DbContext to the configured provider: one migrations assembly per provider, one
/// migrations-history table per module, a schema per module on PostgreSQL and a table-name prefix on SQLite.
/// A list in a query (<c>ids.Contains(x.Id)</c>) is sent as one array parameter (PostgreSQL array, SQLite JSON):
/// EF's default of one parameter per element costs the square of the list length in Microsoft.Data.Sqlite's
/// by-name binding, which made the importer's 2 000-key look-ups slower than its writes.
/// </summary>
public static class ModuleDb
{
    public const string SqliteMigrationsAssembly = "IpCity.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "IpCity.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder builder, StorageOptions storage, string module)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(storage.ConnectionString, o => o
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .MigrationsHistoryTable("__ef_migrations", module)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
        else
        {
            Directory.CreateDirectory(storage.DataDirectory);
            builder.UseSqlite(storage.ConnectionString, o => o
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .MigrationsHistoryTable($"__ef_migrations_{module}")
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
            builder.AddInterceptors(SqlitePragmaInterceptor.Instance);
        }
    }

    /// <summary>PostgreSQL: every table in the module's schema. SQLite: every table named "module_Table".</summary>
    public static void ApplyNaming(ModelBuilder modelBuilder, string module, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (postgres)
        {
            modelBuilder.HasDefaultSchema(module);
            return;
        }

        foreach (IMutableEntityType entity in modelBuilder.Model.GetEntityTypes())
        {
            var name = entity.GetTableName();
            if (name is not null && !entity.IsOwned() && !name.StartsWith(module + "_", StringComparison.Ordinal))
            {
                entity.SetTableName($"{module}_{name}");
            }
        }
    }

    public static bool IsPostgres(this DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
    }
}

/// <summary>
/// Per-connection SQLite settings (SECURITY.md §5, spec 24): foreign keys, busy timeout ≥ 5 s, secure delete,
/// full synchronous writes. The WAL journal mode is persistent and set by <see cref="DurabilityGuard"/>.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    public const string Pragmas = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON; PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
