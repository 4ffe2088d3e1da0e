using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Files;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

public sealed class FilesSweepSettings : GlobalSettings
{
    [CommandOption("--min-age-minutes <N>")]
    [Description("只清理早于 N 分钟的临时文件和无记录文件 (默认 60；服务停止时可用 0)")]
    public double MinAgeMinutes { get; init; } = 60;

    [CommandOption("--verify")]
    [Description("同时校验每条附件记录的文件存在且 SHA-256 一致")]
    public bool Verify { get; init; }

    [CommandOption("--json")]
    [Description("以一个 JSON 对象输出结果")]
    public bool Json { get; init; }
}

/// <summary>
/// <c>ipcity files sweep</c>: removes what crashed uploads left (temporary files, files no row references) and, with
/// <c>--verify</c>, checks every recorded attachment against its file (SECURITY.md spec 23). Exit 0 when every recorded
/// file is present and intact, 3 otherwise (the problems are listed; nothing recorded is deleted).
/// </summary>
internal sealed class FilesSweepCommand : AsyncCommand<FilesSweepSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FilesSweepSettings settings, CancellationToken cancellationToken)
    {
        if (settings.MinAgeMinutes < 0)
        {
            AnsiConsole.MarkupLine("[red]FILES_MIN_AGE_INVALID[/]: --min-age-minutes 不能为负数。");
            return 2;
        }

        await using var sp = CliHost.Build(settings);
        var report = await sp.GetRequiredService<AttachmentSweeper>().SweepAsync(TimeSpan.FromMinutes(settings.MinAgeMinutes), settings.Verify, cancellationToken);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                stores = report.Stores,
                rows = report.Rows,
                files = report.Files,
                partialRemoved = report.PartialRemoved,
                orphansRemoved = report.OrphansRemoved,
                uploadsRemoved = report.UploadsRemoved,
                verified = report.Verified,
                problems = report.Problems.Select(p => new { area = p.Area, key = p.Key, check = p.Check.ToString() }),
            }));
        }
        else
        {
            var verified = settings.Verify ? string.Create(CultureInfo.InvariantCulture, $"; 校验 {report.Verified} 条") : string.Empty;
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"附件: {report.Stores} 个存储区, {report.Rows} 条记录, {report.Files} 个文件; 清理临时文件 {report.PartialRemoved} 个, 无记录文件 {report.OrphansRemoved} 个, 中断导入的暂存上传 {report.UploadsRemoved} 个{verified}"));
            foreach (var p in report.Problems)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]FILES_{p.Check.ToString().ToUpperInvariant()}[/]: {p.Area} {p.Key}");
            }
        }

        return report.Clean ? 0 : 3;
    }
}
