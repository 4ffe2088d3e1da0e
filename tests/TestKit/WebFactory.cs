using System.Net;
using System.Net.Http.Json;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace IpCity.TestKit;

/// <summary>
/// The real web host over a fresh store of the given provider, with a fake clock, the Nanchang profile
/// loaded and one account per role (password <see cref="Password"/>; admins also get a TOTP secret).
/// </summary>
public sealed class IpCityWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Qz7#Lantern-Orbit";
    private readonly Dictionary<string, string?> _settings;
    private readonly Dictionary<string, (Guid Id, string? Secret)> _accounts = new(StringComparer.Ordinal);

    private IpCityWebFactory(TestStore store, Dictionary<string, string?> settings)
    {
        Store = store;
        _settings = settings;
    }

    public TestStore Store { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public static async Task<IpCityWebFactory> StartAsync(string provider, IDictionary<string, string?>? settings = null, bool kestrel = false) =>
        await StartAsync(await TestDatabases.CreateMigratedAsync(provider), settings, kestrel);

    /// <summary>The web platform over a store made beforehand (e.g. one restored from a backup); disposing it disposes the store.</summary>
    public static async Task<IpCityWebFactory> StartAsync(TestStore store, IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?>
        {
            ["data"] = store.Storage.DataDirectory,
            ["database"] = store.Storage.PostgresConnectionString,
            ["Access:SecureCookies"] = "false",
            ["Access:LoginPerMinutePerIp"] = "10000",
            ["Database:AcceptNonDurable"] = "true",
            ["Demo:Patents"] = "200",
            ["Demo:LoadReference"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var factory = new IpCityWebFactory(store, all);
        if (kestrel)
        {
            factory.UseKestrel(0);
            factory.StartServer();
        }
        else
        {
            _ = factory.Server;
        }

        await factory.SeedAsync();
        return factory;
    }

    public Guid UserId(string role) => _accounts[role].Id;

    /// <summary>An extra Enterprise account that tests may disable, reset or change.</summary>
    public Guid TargetUserId { get; private set; }

    public string UserName(string role) => "t." + role.ToLowerInvariant();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings)
        {
            builder.UseSetting(k, v);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackPeerFilter>();
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, FailingPathFilter>();
        });
    }

    private async Task SeedAsync()
    {
        await Services.MigrateAllAsync();

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ICityProfileLoader>().LoadAsync();
        var admin = scope.ServiceProvider.GetRequiredService<IAccountAdmin>();
        foreach (var role in Roles.AccountRoles)
        {
            var created = await admin.CreateUserAsync(new CreateUserRequest(UserName(role), role, role, Password,
                role switch { Roles.DistrictOfficer => "360102", Roles.DeptOfficer => IpCity.Monitoring.Contracts.MonitoringDepartments.MarketRegulation, _ => null }));
            _accounts[role] = (created.User.Id, created.TotpSecret);
        }

        TargetUserId = (await admin.CreateUserAsync(new CreateUserRequest("t.target", "目标企业", Roles.Enterprise, Password))).User.Id;
    }

    /// <summary>A client signed in as the role (admins with TOTP verified), holding a CSRF token for writes.</summary>
    /// <summary>Signs in as the seeded account of <paramref name="role"/> (password, then TOTP) through <paramref name="client"/> or a new in-process client.</summary>
    public async Task<ApiClient> LoginAsync(string role, bool verifyTotp = true, ApiClient? client = null)
    {
        client ??= CreateApi();
        if (role == Roles.Public)
        {
            await client.RefreshCsrfAsync();
            return client;
        }

        await client.RefreshCsrfAsync();
        var response = await client.PostJsonAsync("/api/auth/login", new { userName = UserName(role), password = Password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"login as {role} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await client.RefreshCsrfAsync();
        if (verifyTotp && _accounts[role].Secret is { } secret)
        {
            var code = IpCity.TestKit.Totp.Code(secret, Clock.GetUtcNow().UtcDateTime);
            var totp = await client.PostJsonAsync("/api/auth/totp", new { code });
            if (totp.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"TOTP for {role} failed: {(int)totp.StatusCode} {await totp.Content.ReadAsStringAsync()}");
            }

            // The next TOTP verification for this account must use a later time step.
            Clock.Advance(TimeSpan.FromSeconds(30));
        }

        return client;
    }

    public string? TotpSecret(string role) => _accounts[role].Secret;

    public ApiClient CreateApi() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Store.DisposeAsync();
    }
}

/// <summary>An HttpClient that adds the antiforgery header to state-changing requests.</summary>
public sealed class ApiClient : IDisposable
{
    public ApiClient(HttpClient http)
    {
        Http = http;
    }

    public HttpClient Http { get; }

    public string? CsrfToken { get; private set; }

    public async Task RefreshCsrfAsync()
    {
        var token = await Http.GetFromJsonAsync<CsrfDto>("/api/auth/antiforgery");
        CsrfToken = token!.Token;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public Task<HttpResponseMessage> PostJsonAsync(string url, object? body) => SendAsync(HttpMethod.Post, url, body);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, bool withCsrf = true)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body is string s ? new StringContent(s, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        if (withCsrf && CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", CsrfToken);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>
    /// Uploads one file as the multipart field <c>file</c> (with the given content type when there is one), plus any
    /// extra form fields, carrying the CSRF header as every state-changing API call must.
    /// </summary>
    public async Task<HttpResponseMessage> PostFileAsync(string url, string fileName, byte[] content, string? contentType = null, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        if (contentType is not null)
        {
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        if (CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", CsrfToken);
        }

        return await Http.SendAsync(request);
    }

    public void Dispose() => Http.Dispose();

    private sealed record CsrfDto(string Token, string HeaderName);
}

/// <summary>
/// The in-memory test server has no peer address; give requests the loopback peer a real connection has, or the
/// address a test names in <see cref="PeerHeader"/> (a caller on another machine).
/// </summary>
public sealed class LoopbackPeerFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string PeerHeader = "X-Test-Peer-Address";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(PeerHeader, out var peer) && IPAddress.TryParse(peer.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            await nextMiddleware();
        });
        next(app);
    };
}

/// <summary>
/// SECURITY.md spec 12's forced 500, in tests only: /__test/fail throws an exception whose message looks like the
/// internals an error body must never show. It sits at the end of the pipeline, inside the app's error handling.
/// </summary>
internal sealed class FailingPathFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Path = "/__test/fail";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path == Path)
            {
                throw new InvalidOperationException("SELECT secret FROM users; at IpCity.Web.Secret() in /src/Secret.cs:line 42 Microsoft.EntityFrameworkCore");
            }

            await nextMiddleware();
        });
    };
}
