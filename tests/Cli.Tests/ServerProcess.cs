using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Cli.Tests;

/// <summary>
/// The real server (<c>ipcity serve</c>) as a child process on a free loopback port, for the kill tests: optionally
/// with a fail point armed (<c>IPCITY_FAILPOINTS</c>), with one cookie jar and one anti-forgery token for every request.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly System.Text.StringBuilder _log = new();
    private string? _csrf;

    private ServerProcess(Process process, HttpClient http)
    {
        _process = process;
        _http = http;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The path of the CLI beside the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "ipcity.dll");

    /// <summary>
    /// Migrates the store, with <paramref name="profile"/> loads the city profile, with <paramref name="officer"/> creates that
    /// CityOfficer — in this process (the CLI's own commands have their tests; a child process per step cost CI minutes).
    /// The clock is the real one: the server that follows judges password age by it.
    /// </summary>
    public static async Task PrepareStoreAsync(TestStore store, bool profile = true, (string User, string Password)? officer = null)
    {
        await using var platform = await Platform.StartAsync(store, now: DateTimeOffset.UtcNow, ownsStore: false);
        if (profile)
        {
            await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
        }

        if (officer is { } o)
        {
            await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Access.Contracts.IAccountAdmin>()
                .CreateUserAsync(new IpCity.Access.Contracts.CreateUserRequest(o.User, o.User, "CityOfficer", o.Password)));
        }
    }

    public static async Task<ServerProcess> StartAsync(string dll, TestStore store, string? failPoint, bool acceptNonDurable = true, IReadOnlyDictionary<string, string>? environment = null, IEnumerable<string>? arguments = null)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}" }.Concat(Spec20_KilledImportTests.StoreArgs(store)).Concat(arguments ?? []))
        {
            start.ArgumentList.Add(a);
        }

        // Plain http on loopback (the sign-in cookie without Secure), the test cluster's speed flags accepted, no timed sweep.
        start.Environment["CI"] = "true";
        start.Environment["Access__SecureCookies"] = "false";
        start.Environment["Database__AcceptNonDurable"] = acceptNonDurable ? "true" : "false";
        start.Environment["Files__SweepHours"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (failPoint is not null)
        {
            start.Environment["IPCITY_FAILPOINTS"] = failPoint;
        }

#pragma warning disable CA2000 // owned by the ServerProcess
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true };
        var server = new ServerProcess(Process.Start(start)!, new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) });
#pragma warning restore CA2000
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (server._process.HasExited)
            {
                throw new InvalidOperationException($"the server exited at start ({server._process.ExitCode}): {server.Logs}");
            }

            try
            {
                if ((await server._http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    // One anti-forgery token for all the clients of this run: each fetch sets a new cookie token,
                    // so concurrent fetches would invalidate each other's.
                    await server.RefreshCsrfAsync();
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

    /// <summary>GET without cookies' side effects mattering: the status and body, or null when the server does not answer.</summary>
    public async Task<(HttpStatusCode Status, string Body)?> GetAsync(string url)
    {
        try
        {
            using var response = await _http.GetAsync(url);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>A GET whose response the caller inspects and disposes (headers included).</summary>
    public Task<HttpResponseMessage> SendAsync(string url) => _http.GetAsync(url);

    /// <summary>A GET as it arrives through a proxy that forwards another client's address.</summary>
    public async Task<HttpResponseMessage> SendForwardedAsync(string url, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await _http.SendAsync(request);
    }

    private async Task RefreshCsrfAsync() =>
        _csrf = (await _http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();

    /// <summary>A login attempt as it arrives through a proxy that forwards the client's address (X-Forwarded-For).</summary>
    public async Task<HttpResponseMessage> LoginAttemptAsync(string user, string password, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { userName = user, password }) };
        request.Headers.Add("X-CSRF-TOKEN", _csrf);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await _http.SendAsync(request);
    }

    /// <summary>Signs in with a password (an account without a second factor) and takes the new anti-forgery token.</summary>
    public async Task LoginAsync(string user, string password)
    {
        using var response = await LoginAttemptAsync(user, password, forwardedFor: null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await RefreshCsrfAsync();
    }

    /// <summary>Posts JSON with the anti-forgery token; the status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostJsonAsync(string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", _csrf);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Files an anonymous complaint and returns its tracking code (null when the server is gone and <paramref name="tolerateDeath"/>).</summary>
    public async Task<string?> FileComplaintAsync(bool tolerateDeath = false)
    {
        try
        {
            var (status, body) = await PostJsonAsync("/api/protection/complaints",
                new { type = "PatentCounterfeiting", title = "假冒专利标识", description = "附件崩溃测试", anonymous = true, respondentName = "某商店" });
            Assert.True(status == HttpStatusCode.OK, body);
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.GetProperty("trackingCode").GetString();
        }
        catch (HttpRequestException) when (tolerateDeath)
        {
            return null;
        }
    }

    /// <summary>Uploads one evidence file to a complaint; its attachment id when acknowledged, null when the connection died first.</summary>
    public async Task<string?> UploadAsync(string trackingCode, byte[] content)
    {
        if (await PostFileAsync($"/api/protection/complaints/{trackingCode}/attachments", "evidence.pdf", "application/pdf", content) is not { } answer)
        {
            return null;
        }

        Assert.True(answer.Status == HttpStatusCode.OK, answer.Body);
        using var doc = JsonDocument.Parse(answer.Body);
        return doc.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Posts one file as multipart form data; the status and body, or null when the connection died first.</summary>
    public async Task<(HttpStatusCode Status, string Body)?> PostFileAsync(string url, string fileName, string contentType, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", _csrf);
        try
        {
            using var response = await _http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Everything the server has written to stdout and stderr so far, line by line.</summary>
    public string Logs
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
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

    public ValueTask DisposeAsync()
    {
        Kill();
        _http.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
