using System.Reflection;

namespace IpCity.Web.Hosting;

/// <summary>
/// Serves the UI's CSS and scripts from resources embedded in this assembly, so the web host and the CLI's
/// 'serve' find them wherever they run (no static-web-assets manifest, no CDN).
/// </summary>
internal static class Assets
{
    private static readonly Assembly s_assembly = typeof(Assets).Assembly;

    public static void MapIpCityAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext http) =>
        {
            var stream = s_assembly.GetManifestResourceStream("assets/" + name);
            if (stream is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            return Results.Stream(stream, type);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
