using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using IpCity.Access;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Finance;
using IpCity.IpData;
using IpCity.Monitoring;
using IpCity.Organisations;
using IpCity.Protection;
using IpCity.Reporting;
using IpCity.Services;
using IpCity.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Web;

/// <summary>Builds the IpCity web application; used by Program (dotnet run), the CLI's 'serve' and the tests.</summary>
public static class WebApp
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        builder.Configuration.AddEnvironmentVariables("IPCITY_");
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5000");
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // SECURITY.md spec 13, stated rather than inherited: 30 MB per request (upload endpoints raise their own
            // limit, up to the import maximum), and a body slower than 240 B/s after a 5 s grace closes the connection.
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(5));
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        // Quiet by default; an operator raises them through configuration (Logging__LogLevel__Microsoft.AspNetCore=Information).
        foreach (var category in new[] { "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore" })
        {
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
            {
                builder.Logging.AddFilter(category, LogLevel.Warning);
            }
        }

        AddServices(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>The request-body limit of every endpoint but the file uploads (which set their own).</summary>
    public const long MaxRequestBodyBytes = 30L * 1024 * 1024;

    /// <summary>The platform without the web: storage, keys and every module. The CLI uses exactly this.</summary>
    public static void AddPlatform(IServiceCollection services, IConfiguration configuration)
    {
        var storage = StorageOptions.Resolve(configuration["data"] ?? configuration["DATA"], configuration["database"] ?? configuration.GetConnectionString("IpCity"));
        services.AddSingleton(storage);
        services.TryAddSingleton(TimeProvider.System);
        var keyRing = new KeyRing(storage.KeysDirectory);
        services.AddDataProtection()
            .SetApplicationName("IpCity")
            .PersistKeysEncrypted(new DirectoryInfo(Path.Combine(storage.KeysDirectory, "dataprotection")), keyRing);

        // Emit Chinese text as is rather than as &#x...; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.TryAddScoped<IRequestContext, HttpRequestContext>();
        services.AddTransient<DemoSeeder>();
        services.AddTransient<PlatformBackup>();
        services.AddSingleton<StoreStatus>();
        services.TryAddSingleton<IpCity.BuildingBlocks.Files.AttachmentSweeper>();
        services.TryAddSingleton<IpCity.BuildingBlocks.Crypto.SealedFieldVerifier>();
        services.AddHostedService<IpCity.BuildingBlocks.Files.AttachmentSweepService>();
        services.AddOrganisations();
        services.AddAccess();
        services.AddIpData();
        services.AddMonitoring();
        services.AddReporting();
        services.AddProtection();
        services.AddFinance();
        services.AddServices();
        services.AddOptions<IpCity.IpData.Contracts.LegalStatusOptions>().BindConfiguration("IpData:LegalStatus").ValidateOnStart();
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        AddPlatform(services, configuration);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            if (!ctx.ProblemDetails.Extensions.ContainsKey("code"))
            {
                ctx.ProblemDetails.Extensions["code"] = ctx.ProblemDetails.Status switch
                {
                    404 => ErrorCodes.NotFound,
                    405 => ErrorCodes.MethodNotAllowed,
                    429 => ErrorCodes.RateLimited,
                    401 => ErrorCodes.Unauthenticated,
                    403 => ErrorCodes.Forbidden,
                    _ => ErrorCodes.Internal,
                };
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.Name = "IpCity.Csrf";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture)
                    : "60";
                var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = { Status = 429, Title = "请求过于频繁，请稍后再试。Too many requests.", Extensions = { ["code"] = ErrorCodes.RateLimited } },
                });
            };
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in (configuration["Network:TrustedProxies"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "IpCity API — 南昌知识产权强市建设平台";
            doc.Info.Version = "v1";
            return Task.CompletedTask;
        }));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin");
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToFolder("/Patents");
            o.Conventions.AllowAnonymousToFolder("/Applicants");
            o.Conventions.AllowAnonymousToFolder("/Thematic");
            o.Conventions.AllowAnonymousToFolder("/Trademarks");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AuthorizePage("/Account/Password", Policies.SignedIn);
            o.Conventions.AuthorizePage("/Account/Totp", Policies.SignedIn);
            o.Conventions.AuthorizePage("/Account/Logout", Policies.SignedIn);
        });
        services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Culture);
            o.SupportedCultures = [Culture];
            o.SupportedUICultures = [Culture];
        });
    }

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = CreateBuilder(args);
        configure?.Invoke(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void Configure(WebApplication app)
    {
        // Forwarded headers only from configured proxies: with empty lists the middleware would trust anyone.
        if (!string.IsNullOrWhiteSpace(app.Configuration["Network:TrustedProxies"]))
        {
            app.UseForwardedHeaders();
        }

        app.UseIpCitySecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UsePasswordExpiryGate();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapIpCityHealth();
        app.MapIpCityAssets();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api").AddEndpointFilter<CsrfFilter>();
        api.MapGroup("/organisations").WithTags("Organisations").MapOrganisationsEndpoints();
        api.MapAccessEndpoints();
        api.MapIpDataEndpoints();
        api.MapMonitoringEndpoints();
        api.MapReportingEndpoints();
        api.MapProtectionEndpoints();
        api.MapFinanceEndpoints();
        api.MapServicesEndpoints();
        api.MapSystemEndpoints();
        app.MapRazorPages();
    }

    /// <summary>
    /// Startup check of the store's durability settings (SECURITY.md spec 24): SQLite is corrected in place;
    /// a PostgreSQL server with fsync/full_page_writes/synchronous_commit off makes /health/ready unhealthy.
    /// </summary>
    public static async Task CheckStoreAsync(IServiceProvider services, ILogger logger)
    {
        var storage = services.GetRequiredService<StorageOptions>();
        var status = services.GetRequiredService<StoreStatus>();
        logger.LogInformation("IpCity store: {Store}", storage.Describe());
        var db = services.GetServices<IModuleDatabase>().First();
        var report = await db.CheckDurabilityAsync();
        var accept = string.Equals(services.GetRequiredService<IConfiguration>()["Database:AcceptNonDurable"], "true", StringComparison.OrdinalIgnoreCase);
        status.DurabilityProblem = report.Ok || accept ? null : report.Problem;
        if (!report.Ok)
        {
            // Database:AcceptNonDurable is for throw-away test clusters only (started with fsync=off for speed).
            logger.Log(accept ? LogLevel.Warning : LogLevel.Error, "{Code}: {Problem}", ErrorCodes.DbDurability, report.Problem);
        }
    }
}
