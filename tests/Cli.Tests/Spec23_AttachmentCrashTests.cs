using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using IpCity.TestKit;

namespace IpCity.Cli.Tests;

/// <summary>
/// SECURITY.md spec 23 (CI tier: 5 kill points): the real server (<c>ipcity serve</c>) is killed with SIGKILL while it
/// stores complaint attachments — three times at named points of the write (first bytes of the temporary file
/// written; file fsynced but not renamed; renamed but its row not yet written) and twice from outside at a random
/// moment during concurrent uploads. After a restart and one run of <c>ipcity files sweep</c>: every attachment row
/// points at an existing file whose digest matches, no row points at a partial file, every acknowledged upload has
/// its row, and the orphans are gone after that one sweep (a second sweep finds nothing).
/// </summary>
[Collection("console")]
public sealed class Spec23_AttachmentCrashTests
{
    private static readonly string[] s_failPoints = ["attachment.partial", "attachment.synced", "attachment.renamed"];

    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Kills_during_uploads_leave_every_row_with_its_whole_file_and_one_sweep_removes_the_rest(string provider)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ipcity.dll");
        await using var store = await TestDatabases.CreateAsync(provider);
        var storeArgs = Spec20_KilledImportTests.StoreArgs(store);
        Assert.Equal(0, (await CliCommandTests.RunProcessAsync([dll, "db", "migrate", .. storeArgs])).Code);
        Assert.Equal(0, (await CliCommandTests.RunProcessAsync([dll, "profile", "load", .. storeArgs])).Code);
        var acknowledged = new List<string>();
        var seed = Environment.TickCount;
        var random = new Random(seed);

        foreach (var point in s_failPoints)
        {
            await using var server = await Server.StartAsync(dll, store, point);
            var complaint = await server.FileComplaintAsync();
            var upload = await server.UploadAsync(complaint, Pdf(random, 300_000));
            Assert.True(upload is null, $"{point}: the upload was acknowledged ({upload}) although the server was to die before answering");
            Assert.True(await server.ExitedAsync(TimeSpan.FromSeconds(30)), $"{point}: the server did not die");
        }

        // Two kills from outside, at a random moment while three clients upload 100 KB–2 MB files.
        for (var kill = 0; kill < 2; kill++)
        {
            await using var server = await Server.StartAsync(dll, store, null);
            using var stop = new CancellationTokenSource();
            var uploaders = Enumerable.Range(0, 3).Select(async u =>
            {
                var rnd = new Random(seed + (kill * 10) + u);
                var done = new List<string>();
                while (!stop.IsCancellationRequested)
                {
                    var complaint = await server.FileComplaintAsync(tolerateDeath: true);
                    for (var i = 0; complaint is not null && i < 10 && !stop.IsCancellationRequested; i++)
                    {
                        if (await server.UploadAsync(complaint, Pdf(rnd, rnd.Next(100_000, 2_000_000))) is not { } id)
                        {
                            return done;
                        }

                        done.Add(id);
                    }

                    if (complaint is null)
                    {
                        return done;
                    }
                }

                return done;
            }).ToList();
            await Task.Delay(random.Next(1500, 4000));
            server.Kill();
            await stop.CancelAsync();
            foreach (var u in uploaders)
            {
                acknowledged.AddRange(await u);
            }
        }

        await Spec20_KilledImportTests.SessionsGoneAsync(store);
        var dataDir = store.Storage.DataDirectory;
        var partialDir = Path.Combine(dataDir, "protection", "evidence", ".partial");
        Assert.True(Directory.Exists(partialDir) && Directory.EnumerateFiles(partialDir).Count() >= 2,
            "the kills at attachment.partial and attachment.synced should have left their temporary files");

        // After the restart the server answers again and stores uploads whole.
        await using (var server = await Server.StartAsync(dll, store, null))
        {
            var complaint = await server.FileComplaintAsync();
            for (var i = 0; i < 3; i++)
            {
                acknowledged.Add(await server.UploadAsync(complaint!, Pdf(random, 50_000)) ?? throw new InvalidOperationException("upload after restart failed"));
            }

            server.Kill();
        }

        await Spec20_KilledImportTests.SessionsGoneAsync(store);
        var sweep = await CliCommandTests.RunProcessAsync([dll, "files", "sweep", "--min-age-minutes", "0", "--verify", "--json", .. storeArgs]);
        Assert.True(sweep.Code == 0, $"seed {seed}: {sweep.Output}");
        using (var report = JsonDocument.Parse(sweep.Output[sweep.Output.IndexOf('{', StringComparison.Ordinal)..].Trim()))
        {
            Assert.True(report.RootElement.GetProperty("partialRemoved").GetInt32() >= 2, sweep.Output);
            Assert.True(report.RootElement.GetProperty("orphansRemoved").GetInt32() >= 1, sweep.Output);
            Assert.Empty(report.RootElement.GetProperty("problems").EnumerateArray());
        }

        // Checked here independently of the sweeper: rows ↔ files, digests, acknowledged uploads.
        var rows = (await store.QueryAsync($"SELECT \"Id\" || '|' || \"StoredName\" || '|' || \"Sha256\" FROM {store.Table("protection", "CaseAttachments")}"))
            .Select(r => r!.Split('|')).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var path = Path.Combine(dataDir, r[1]);
            Assert.True(File.Exists(path), $"row {r[0]} points at a missing file {r[1]}");
            Assert.DoesNotContain(".partial", r[1], StringComparison.Ordinal);
            await using var stream = File.OpenRead(path);
            Assert.Equal(r[2], Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
            keys.Add(Path.GetFullPath(path));
        }

        var onDisk = Directory.EnumerateFiles(Path.Combine(dataDir, "protection", "evidence"), "*", SearchOption.AllDirectories).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(keys.Order(StringComparer.Ordinal), onDisk.Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(partialDir));
        Assert.All(acknowledged, id => Assert.Contains(id, rows.Select(r => r[0])));
        Assert.True(acknowledged.Count >= 3, $"seed {seed}: only {acknowledged.Count} uploads were acknowledged");

        var again = await CliCommandTests.RunProcessAsync([dll, "files", "sweep", "--min-age-minutes", "0", "--json", .. storeArgs]);
        Assert.Contains("\"partialRemoved\":0,\"orphansRemoved\":0", again.Output, StringComparison.Ordinal);
    }

    /// <summary>A PDF-looking file (the store checks the leading bytes) of random content.</summary>
    private static byte[] Pdf(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>The real server as a child process on a free loopback port.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _http;
        private readonly Task<string> _stdout;
        private readonly Task<string> _stderr;
        private string? _csrf;

        private Server(Process process, HttpClient http)
        {
            _process = process;
            _http = http;
            _stdout = process.StandardOutput.ReadToEndAsync();
            _stderr = process.StandardError.ReadToEndAsync();
        }

        public static async Task<Server> StartAsync(string dll, TestStore store, string? failPoint)
        {
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--Access:SecureCookies=false", "--Database:AcceptNonDurable=true", "--Files:SweepHours=0" }.Concat(Spec20_KilledImportTests.StoreArgs(store)))
            {
                start.ArgumentList.Add(a);
            }

            start.Environment["CI"] = "true";
            if (failPoint is not null)
            {
                start.Environment["IPCITY_FAILPOINTS"] = failPoint;
            }

#pragma warning disable CA2000 // owned by the Server
            var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true };
            var server = new Server(Process.Start(start)!, new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) });
#pragma warning restore CA2000
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                if (server._process.HasExited)
                {
                    throw new InvalidOperationException($"the server exited at start ({server._process.ExitCode}): {await server._stdout} {await server._stderr}");
                }

                try
                {
                    if ((await server._http.GetAsync("/health/live")).IsSuccessStatusCode)
                    {
                        // One anti-forgery token for all the clients of this run: each fetch sets a new cookie token,
                        // so concurrent fetches would invalidate each other's.
                        server._csrf = (await server._http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                }

                if (DateTime.UtcNow > deadline)
                {
                    server.Kill();
                    throw new TimeoutException("the server did not start within 90 s");
                }

                await Task.Delay(100);
            }
        }

        /// <summary>Files an anonymous complaint and returns its tracking code (null when the server is gone and <paramref name="tolerateDeath"/>).</summary>
        public async Task<string?> FileComplaintAsync(bool tolerateDeath = false)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/protection/complaints")
                {
                    Content = JsonContent.Create(new { type = "PatentCounterfeiting", title = "假冒专利标识", description = "附件崩溃测试", anonymous = true, respondentName = "某商店" }),
                };
                request.Headers.Add("X-CSRF-TOKEN", _csrf);
                using var response = await _http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, body);
                using var doc = JsonDocument.Parse(body);
                return doc.RootElement.GetProperty("trackingCode").GetString();
            }
            catch (HttpRequestException) when (tolerateDeath)
            {
                return null;
            }
        }

        /// <summary>Uploads one file; its attachment id when acknowledged, null when the connection died first.</summary>
        public async Task<string?> UploadAsync(string trackingCode, byte[] content)
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "evidence.pdf");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/protection/complaints/{trackingCode}/attachments") { Content = form };
            request.Headers.Add("X-CSRF-TOKEN", _csrf);
            try
            {
                using var response = await _http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, body);
                using var doc = JsonDocument.Parse(body);
                return doc.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
                return null;
            }
        }

        public async Task<bool> ExitedAsync(TimeSpan within)
        {
            using var timeout = new CancellationTokenSource(within);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(30_000);
            }
        }

        public async ValueTask DisposeAsync()
        {
            Kill();
            _http.Dispose();
            await Task.WhenAll(_stdout, _stderr).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
            _process.Dispose();
        }
    }
}
