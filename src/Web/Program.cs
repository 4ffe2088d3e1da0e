using IpCity.Web;
using IpCity.Web.Hosting;

// `dotnet run --project src/Web [-- --demo]`: the same host the CLI's `ipcity serve` starts.
var demo = args.Contains("--demo") || Environment.GetEnvironmentVariable("IPCITY_DEMO") == "1";
var app = WebApp.Build(args.Where(a => a != "--demo").ToArray());
if (demo)
{
    var result = await app.Services.GetRequiredService<DemoSeeder>().LoadAsync(Console.WriteLine);
    Console.WriteLine(DemoSeeder.Format(result.Accounts));
}

await WebApp.CheckStoreAsync(app.Services, app.Logger);
await app.RunAsync();

/// <summary>Entry point type, public for WebApplicationFactory in the tests.</summary>
public partial class Program
{
}
