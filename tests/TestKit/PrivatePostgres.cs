using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace IpCity.TestKit;

/// <summary>
/// A PostgreSQL cluster of one test's own (SECURITY.md specs 24 and 32): initdb in a temp folder, started on a free
/// loopback port with the server's default durability (fsync, full_page_writes, synchronous_commit on — unlike the
/// shared test cluster, which turns them off for speed), and stopped or restarted at will without disturbing
/// the other tests. Needs the PostgreSQL server binaries (the test command installs them); runs them as the
/// <c>postgres</c> user when the tests run as root.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dir;

    private PrivatePostgres(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=ipcity;Maximum Pool Size=20";

    /// <summary>The server binaries, or null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql");
        var dir = Path.Combine(Path.GetTempPath(), "ipcity-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var cluster = new PrivatePostgres(bin, dir, port);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", dir);
        }

        await cluster.PgAsync("initdb", "-D", Path.Combine(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartServerAsync();
        await using (var conn = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false"))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("CREATE DATABASE ipcity", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return cluster;
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>.</summary>
    public Task StartServerAsync() =>
        PgAsync("pg_ctl", "-D", Path.Combine(_dir, "data"), "-l", Path.Combine(_dir, "server.log"), "-w",
            "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_dir} -c max_connections=100", "start");

    /// <summary>Stops the server the hard way (<c>-m immediate</c>: no checkpoint, clients cut off).</summary>
    public Task StopAsync() => PgAsync("pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop");

    /// <summary>One setting as the server reports it (SHOW).</summary>
    public async Task<string> ShowAsync(string setting)
    {
        await using var conn = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SHOW " + setting, conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task PgAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await stdout} {await stderr}");
        }
    }
}
