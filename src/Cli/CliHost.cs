using System.ComponentModel;
using IpCity.Access;
using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Security;
using IpCity.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli;

/// <summary>Options every command takes.</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("数据目录 (默认 ./data 或环境变量 IPCITY_DATA)")]
    public string? Data { get; init; }

    [CommandOption("--database <CONNECTION>")]
    [Description("PostgreSQL 连接串 (默认使用 SQLite；也可用 ConnectionStrings__IpCity)")]
    public string? Database { get; init; }

    public IEnumerable<string> HostArgs()
    {
        if (!string.IsNullOrWhiteSpace(Data))
        {
            yield return "--data";
            yield return Data;
        }

        if (!string.IsNullOrWhiteSpace(Database))
        {
            yield return "--database";
            yield return Database;
        }
    }
}

/// <summary>Builds the platform services (no web server) for one command.</summary>
internal static class CliHost
{
    public static ServiceProvider Build(GlobalSettings settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddEnvironmentVariables("IPCITY_")
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["data"] = settings.Data,
                ["database"] = settings.Database,
            }.Where(kv => kv.Value is not null))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.AddFilter(_ => false));
        services.AddSingleton<IRequestContext>(new SystemRequestContext("cli:" + Environment.UserName));
        WebApp.AddPlatform(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _ = provider.GetRequiredService<IOptions<AccessOptions>>().Value;
        return provider;
    }
}

/// <summary>A bar on a terminal; plain milestone lines in a pipe or CI (Spectre prints no bar without a TTY).</summary>
internal sealed class CliProgress : IProgressSink
{
    private readonly IAnsiConsole _console;
    private readonly Dictionary<string, int> _lastPercent = new(StringComparer.Ordinal);

    public CliProgress(IAnsiConsole console)
    {
        _console = console;
    }

    public static async Task RunAsync(IAnsiConsole console, string title, Func<IProgressSink, Task> work)
    {
        if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            await console.Progress().AutoClear(false).StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: 1);
                await work(new BarSink(task));
                task.Value = task.MaxValue;
            });
            return;
        }

        await work(new CliProgress(console));
    }

    public void Report(string stage, long done, long total)
    {
        var percent = total <= 0 ? 100 : (int)(done * 100 / total);
        if (_lastPercent.TryGetValue(stage, out var last) && percent < 100 && percent - last < 10)
        {
            return;
        }

        _lastPercent[stage] = percent;
        _console.WriteLine(total > 0 ? $"{stage}: {done}/{total} ({percent}%)" : $"{stage}: {done}");
    }

    private sealed class BarSink : IProgressSink
    {
        private readonly ProgressTask _task;

        public BarSink(ProgressTask task)
        {
            _task = task;
        }

        public void Report(string stage, long done, long total)
        {
            _task.Description = Markup.Escape(stage);
            _task.MaxValue = Math.Max(1, total);
            _task.Value = Math.Min(done, _task.MaxValue);
        }
    }
}

/// <summary>Progress appended to a file, one flushed line per report: stage, done, total (tab-separated).</summary>
internal sealed class FileProgress : IProgressSink, IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    public FileProgress(string path)
    {
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), new System.Text.UTF8Encoding(false));
    }

    public void Report(string stage, long done, long total)
    {
        lock (_gate)
        {
            _writer.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stage}\t{done}\t{total}"));
            _writer.Flush();
        }

        // Spec 20's kill tests: once the report is in the file, the import may be held there (IPCITY_FAILPOINTS
        // progress.reported=N) so the kill that watches the file lands before the publish, however late it looks.
        if (stage.StartsWith("import ", StringComparison.Ordinal))
        {
            IpCity.BuildingBlocks.Diagnostics.FailPoints.HoldAt(HoldPoint, done);
        }
    }

    public const string HoldPoint = "progress.reported";

    public void Dispose() => _writer.Dispose();
}

/// <summary>Both sinks get every report.</summary>
internal sealed class TeeProgress(IProgressSink first, IProgressSink second) : IProgressSink
{
    public void Report(string stage, long done, long total)
    {
        first.Report(stage, done, total);
        second.Report(stage, done, total);
    }
}
