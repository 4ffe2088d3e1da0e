using System.Diagnostics;
using IpCity.BuildingBlocks.Errors;
using Npgsql;

namespace IpCity.BuildingBlocks.Storage.Backup;

/// <summary>
/// PostgreSQL's own client tools (pg_dump, pg_restore, pg_amcheck from the Debian packages), run with the
/// connection in libpq environment variables, so the password never appears on a command line.
/// <c>IPCITY_PG_BIN</c> names their folder; otherwise the newest <c>/usr/lib/postgresql/*/bin</c>, then PATH
/// (a dump tool must be at least the server's version).
/// </summary>
internal static class PgTools
{
    public static string? Find(string tool)
    {
        var configured = Environment.GetEnvironmentVariable("IPCITY_PG_BIN");
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(Path.Combine(configured, tool));
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.EnumerateDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin", tool)));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, tool)));
        return candidates.FirstOrDefault(File.Exists);
    }

    public static string Database(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database
        ?? throw new IpCityException("RESTORE_FAILED", "PostgreSQL 连接串缺少 Database。", 400);

    /// <summary>Runs <paramref name="tool"/>; a missing tool or a non-zero exit is <paramref name="errorCode"/> with the tool's first error line.</summary>
    public static async Task RunAsync(string tool, string connectionString, IReadOnlyList<string> arguments, string errorCode, CancellationToken ct)
    {
        var (exit, error) = await ExecAsync(tool, connectionString, arguments, ct)
            ?? throw new IpCityException("BACKUP_TOOL_MISSING", $"找不到 PostgreSQL 工具 {tool} (安装 postgresql-client 或设置 IPCITY_PG_BIN)。", 500, new Dictionary<string, object?> { ["tool"] = tool });
        if (exit != 0)
        {
            throw new IpCityException(errorCode, $"{tool} 失败 (退出码 {exit}): {error}", 500, new Dictionary<string, object?> { ["tool"] = tool, ["exitCode"] = exit });
        }
    }

    /// <summary>pg_amcheck over every table and index of the database (B-tree and heap checks); "not available" without the tool.</summary>
    public static async Task<string> AmcheckAsync(string connectionString, CancellationToken ct)
    {
        var result = await ExecAsync("pg_amcheck", connectionString, ["--install-missing", "--heapallindexed", "-d", Database(connectionString)], ct);
        if (result is null)
        {
            return "pg_restore ok; pg_amcheck not available";
        }

        if (result.Value.Exit != 0)
        {
            throw new IpCityException("RESTORE_INTEGRITY", $"还原的数据库未通过 pg_amcheck 检查: {result.Value.Error}", 400, new Dictionary<string, object?> { ["check"] = result.Value.Error });
        }

        return "pg_restore ok, pg_amcheck clean";
    }

    private static async Task<(int Exit, string Error)?> ExecAsync(string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var path = Find(tool);
        if (path is null)
        {
            return null;
        }

        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = cs.Host;
        start.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = cs.Database;
        start.Environment["PGUSER"] = cs.Username;
        start.Environment["PGCONNECT_TIMEOUT"] = "10";
        if (!string.IsNullOrEmpty(cs.Password))
        {
            start.Environment["PGPASSWORD"] = cs.Password;
        }

        using var process = Process.Start(start) ?? throw new IpCityException("BACKUP_TOOL_MISSING", $"无法启动 {tool}。", 500);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var error = (await stderr).Trim();
        var output = (await stdout).Trim();
        var first = (error.Length > 0 ? error : output).Split('\n').FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return (process.ExitCode, first.Length > 300 ? first[..300] : first);
    }
}
