using System.ComponentModel;
using System.Globalization;
using IpCity.BuildingBlocks.Storage;
using IpCity.Monitoring.Contracts;
using IpCity.Reporting.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

internal sealed class ReportAnnualSettings : GlobalSettings
{
    [CommandOption("--year <YEAR>")]
    [Description("统计年度")]
    public int Year { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("输出目录 (默认: 数据目录/reports/annual/<年度>, 即 Web 下载所用的位置)")]
    public string? Out { get; init; }

    [CommandOption("--recompute")]
    [Description("生成前先重新计算该年度的全部指标")]
    public bool Recompute { get; init; }

    public override ValidationResult Validate() =>
        Year is < 2000 or > 2100 ? ValidationResult.Error("--year: 应为 2000–2100 的统计年度") : ValidationResult.Success();
}

/// <summary>Writes the annual monitoring report (.docx, .xlsx annex, .pdf) and prints the three paths.</summary>
internal sealed class ReportAnnualCommand : AsyncCommand<ReportAnnualSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportAnnualSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);
        var output = settings.Out ?? Path.Combine(sp.GetRequiredService<StorageOptions>().DataDirectory, "reports", "annual", settings.Year.ToString(CultureInfo.InvariantCulture));
        if (settings.Recompute)
        {
            await using var scope = sp.CreateAsyncScope();
            await CliProgress.RunAsync(AnsiConsole.Console, "indicators recompute", progress =>
                scope.ServiceProvider.GetRequiredService<IIndicatorEngine>().RecomputeAsync(settings.Year, null, progress, cancellationToken));
        }

        AnnualReportFiles? files = null;
        await using (var scope = sp.CreateAsyncScope())
        {
            await CliProgress.RunAsync(AnsiConsole.Console, "report annual", async progress =>
                files = await scope.ServiceProvider.GetRequiredService<IAnnualReport>().GenerateAsync(settings.Year, output, progress, cancellationToken));
        }

        foreach (var file in files!.All)
        {
            Console.WriteLine(Path.GetFullPath(file));
        }

        return 0;
    }
}
