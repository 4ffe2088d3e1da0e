using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Errors;
using Npgsql;

namespace IpCity.BuildingBlocks.Storage;

/// <summary>
/// One import of the same content at a time, across processes (SECURITY.md spec 22a: two imports of one file at
/// once — one applies, the other gets 409 <c>IMPORT_IN_PROGRESS</c>). SQLite: an exclusive lock on a file under
/// <c>&lt;data&gt;/locks</c> (every process on the store shares that folder); PostgreSQL: a session advisory lock on
/// a dedicated connection (every server on the database shares it). Both are released by the operating system or
/// the server when the holder dies, so a killed import never blocks the re-import that repairs it (spec 20).
/// </summary>
public static class ImportLock
{
    public const string InProgressCode = "IMPORT_IN_PROGRESS";

    /// <param name="key">What is being imported, e.g. "patents:" + the file's SHA-256.</param>
    /// <param name="fileName">For the error message.</param>
    public static async Task<IAsyncDisposable> AcquireAsync(StorageOptions storage, string key, string fileName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        if (storage.Provider == DatabaseProvider.Postgres)
        {
            var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(storage.PostgresConnectionString) { Pooling = false }.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT pg_try_advisory_lock(@k)", conn);
            cmd.Parameters.AddWithValue("k", BitConverter.ToInt64(digest, 0));
            if (await cmd.ExecuteScalarAsync(ct) is true)
            {
                return conn;
            }

            await conn.DisposeAsync();
            throw InProgress(fileName);
        }

        var folder = Path.Combine(storage.DataDirectory, "locks");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "import-" + Convert.ToHexStringLower(digest)[..24] + ".lock");
        try
        {
            // The lock files stay (deleting one while another process opens it would let two hold "the" lock).
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
        }
        catch (IOException)
        {
            throw InProgress(fileName);
        }
    }

    private static IpCityException InProgress(string fileName) =>
        new(InProgressCode, $"同一文件正在导入中, 请等待其完成: {fileName}", 409, new Dictionary<string, object?> { ["file"] = fileName });
}
