using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>
/// SECURITY.md spec 13 against the real Kestrel server on 127.0.0.1 (the in-memory test server enforces no
/// transport limits): a 31 MB body to a normal endpoint is refused with 413 long before it is all sent, and a body
/// trickling at 100 B/s is cut off within 10 s; the server's memory does not follow the attacker's bytes.
/// </summary>
public sealed class Spec13_RequestLimitsTests
{
    [Fact]
    public async Task An_oversize_body_gets_413_before_it_is_read_and_a_slow_body_is_cut_off()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite, kestrel: true);
        var server = factory.ClientOptions.BaseAddress;
        var rss = Process.GetCurrentProcess().WorkingSet64;

        // 31 MB declared, sent in 64 KB pieces until the server answers.
        const long declared = 31L * 1024 * 1024;
        var big = await PostAsync(server, "/api/auth/login", declared, async (stream, answered, sent) =>
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            while (sent[0] < declared && !answered.IsCompleted)
            {
                await stream.WriteAsync(chunk);
                sent[0] += chunk.Length;
            }
        });
        Assert.StartsWith("HTTP/1.1 413", big.StatusLine, StringComparison.Ordinal);
        Assert.True(big.Sent < declared, $"the whole body was sent ({big.Sent} bytes) before the answer");
        Process.GetCurrentProcess().Refresh();
        Assert.True(Process.GetCurrentProcess().WorkingSet64 - rss < 100L * 1024 * 1024, "the server's memory grew by more than 100 MB");

        // 5 000 bytes declared, one byte every 10 ms (100 B/s): the minimum data rate closes the connection.
        var slow = await PostAsync(server, "/api/auth/login", 5_000, async (stream, answered, sent) =>
        {
            var started = Stopwatch.StartNew();
            while (sent[0] < 5_000 && !answered.IsCompleted && started.Elapsed < TimeSpan.FromSeconds(15))
            {
                await stream.WriteAsync("x"u8.ToArray());
                sent[0]++;
                await Task.Delay(10);
            }
        });
        Assert.True(slow.Elapsed <= TimeSpan.FromSeconds(10), $"the slow connection stayed open {slow.Elapsed.TotalSeconds:0.0} s");
        Assert.True(slow.Elapsed >= TimeSpan.FromSeconds(4), $"cut off after {slow.Elapsed.TotalSeconds:0.0} s, before the 5 s grace: not the rate limit");
        Assert.True(slow.Sent < 5_000, "the slow body was accepted to its end");
        // Kestrel aborts the read (408 inside); the endpoint may still answer 400 before the connection closes.
        Assert.True(slow.StatusLine is null || slow.StatusLine.StartsWith("HTTP/1.1 408", StringComparison.Ordinal) || slow.StatusLine.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), slow.StatusLine);
    }

    /// <summary>
    /// The import upload's own limit (100 MB) on the real server, as a signed-in officer: 101 MB declared gets 413
    /// IMPORT_TOO_LARGE long before the body is sent, the server's memory does not follow, no upload is left behind.
    /// </summary>
    [Fact]
    public async Task An_import_upload_over_its_limit_gets_413_before_it_is_read()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite, kestrel: true);
        var server = factory.ClientOptions.BaseAddress;
        var jar = new System.Net.CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = jar, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = server };
        using var officer = await factory.LoginAsync(IpCity.BuildingBlocks.Security.Roles.CityOfficer, client: new ApiClient(http));
        var rss = Process.GetCurrentProcess().WorkingSet64;

        const long declared = 101L * 1024 * 1024;
        var headers = $"Content-Type: multipart/form-data; boundary=spec13\r\nCookie: {jar.GetCookieHeader(server)}\r\nX-CSRF-TOKEN: {officer.CsrfToken}\r\n";
        var big = await PostAsync(server, "/api/ipdata/imports/patents", declared, async (stream, answered, sent) =>
        {
            var part = "--spec13\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n"u8.ToArray();
            await stream.WriteAsync(part);
            sent[0] += part.Length;
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            while (sent[0] < declared && !answered.IsCompleted)
            {
                await stream.WriteAsync(chunk);
                sent[0] += chunk.Length;
            }
        }, headers);
        Assert.StartsWith("HTTP/1.1 413", big.StatusLine, StringComparison.Ordinal);
        Assert.True(big.Sent < declared / 10, $"{big.Sent} bytes were sent before the answer");
        Process.GetCurrentProcess().Refresh();
        Assert.True(Process.GetCurrentProcess().WorkingSet64 - rss < 100L * 1024 * 1024, "the server's memory grew by more than 100 MB");
        var uploads = Path.Combine(factory.Store.Storage.DataDirectory, "uploads");
        Assert.False(Directory.Exists(uploads) && Directory.EnumerateFileSystemEntries(uploads).Any(), "an upload was left behind");
    }

    /// <summary>Sends the headers, then the body through <paramref name="body"/> (which counts what it sent) while a reader waits for the answer or the close.</summary>
    /// <returns>The status line (null when the server closed without answering), the body bytes sent, and when the connection was closed.</returns>
    private static async Task<(string? StatusLine, long Sent, TimeSpan Elapsed)> PostAsync(Uri server, string path, long contentLength, Func<Stream, Task, long[], Task> body, string? headers = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\n{headers ?? "Content-Type: application/json\r\n"}Content-Length: {contentLength}\r\n\r\n";
        var clock = Stopwatch.StartNew();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        // The reader: the status line when the answer starts, and the moment the server closes the connection.
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = Task.Run(async () =>
        {
            var buffer = new byte[4096];
            string? status = null;
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                int read;
                while ((read = await stream.ReadAsync(buffer, limit.Token)) > 0)
                {
                    status ??= Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
                    answered.TrySetResult();
                }
            }
            catch (IOException)
            {
                // Reset by the server: closed as well.
            }

            answered.TrySetResult();
            return (status, clock.Elapsed);
        });
        var sent = new long[1];
        try
        {
            await body(stream, answered.Task, sent);
        }
        catch (IOException)
        {
            // The server closed the connection under the writer: what was sent until then is counted.
        }

        var (status, elapsed) = await closed;
        return (status, sent[0], elapsed);
    }
}
