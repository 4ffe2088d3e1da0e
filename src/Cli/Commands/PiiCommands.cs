using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

public sealed class PiiVerifySettings : GlobalSettings
{
    [CommandOption("--json")]
    [Description("以一个 JSON 对象输出结果")]
    public bool Json { get; init; }
}

/// <summary>
/// <c>ipcity pii verify</c>: opens every SM4-GCM sealed field (personal information, TOTP seeds) of every module and lists
/// each record whose value fails its integrity check, by area, record and field — never by value (SECURITY.md spec 27).
/// Exit 0 when all open, 3 otherwise. The run is audited.
/// </summary>
internal sealed class PiiVerifyCommand : AsyncCommand<PiiVerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PiiVerifySettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        var report = await sp.GetRequiredService<SealedFieldVerifier>().VerifyAsync(cancellationToken);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                areas = report.Areas,
                rows = report.Rows,
                values = report.Values,
                problems = report.Problems.Select(p => new { area = p.Area, key = p.Key, field = p.Field, reason = p.Reason }),
            }));
        }
        else
        {
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"加密字段: {report.Areas} 个数据区, {report.Rows} 条记录, {report.Values} 个密文; 未通过完整性校验 {report.Problems.Count} 个"));
            foreach (var p in report.Problems)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{ErrorCodes.DataIntegrityFailed}[/]: {p.Area} #{p.Key} {p.Field} — {p.Reason}");
            }
        }

        return report.Clean ? 0 : 3;
    }
}
