using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace IpCity.BuildingBlocks.Storage;

/// <summary>
/// Checks and, where possible, corrects the store's durability settings at startup (SECURITY.md spec 24).
/// SQLite: journal_mode=wal, synchronous=FULL(2), foreign_keys=1, busy_timeout ≥ 5000.
/// PostgreSQL: fsync, full_page_writes and synchronous_commit must be on; they cannot be changed by the app.
/// </summary>
public static class DurabilityGuard
{
    public sealed record Report(bool Ok, IReadOnlyDictionary<string, string> Settings, string? Problem);

    public static async Task<Report> CheckAsync(DbContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conn = context.Database.GetDbConnection();
        var opened = false;
        if (conn.State != System.Data.ConnectionState.Open)
        {
            await context.Database.OpenConnectionAsync(ct);
            opened = true;
        }

        try
        {
            var settings = new Dictionary<string, string>();
            if (context.IsPostgres())
            {
                foreach (var name in new[] { "fsync", "full_page_writes", "synchronous_commit" })
                {
                    settings[name] = await ScalarAsync(conn, $"SHOW {name}", ct);
                }

                var bad = settings.Where(s => s.Value != "on").Select(s => s.Key).ToList();
                return new Report(bad.Count == 0, settings, bad.Count == 0 ? null : "PostgreSQL durability settings off: " + string.Join(", ", bad));
            }

            var mode = await ScalarAsync(conn, "PRAGMA journal_mode", ct);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                mode = await ScalarAsync(conn, "PRAGMA journal_mode=WAL", ct);
            }

            settings["journal_mode"] = mode;
            settings["synchronous"] = await ScalarAsync(conn, "PRAGMA synchronous", ct);
            settings["foreign_keys"] = await ScalarAsync(conn, "PRAGMA foreign_keys", ct);
            settings["busy_timeout"] = await ScalarAsync(conn, "PRAGMA busy_timeout", ct);
            settings["secure_delete"] = await ScalarAsync(conn, "PRAGMA secure_delete", ct);
            var ok = string.Equals(settings["journal_mode"], "wal", StringComparison.OrdinalIgnoreCase)
                && settings["synchronous"] == "2"
                && settings["foreign_keys"] == "1"
                && int.Parse(settings["busy_timeout"], CultureInfo.InvariantCulture) >= 5000;
            return new Report(ok, settings, ok ? null : "SQLite durability settings could not be enforced");
        }
        finally
        {
            if (opened)
            {
                await context.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var value = await cmd.ExecuteScalarAsync(ct);
        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
