using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Crypto;
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

internal sealed class ReportVerifySettings : GlobalSettings
{
    [CommandArgument(0, "<MANIFEST>")]
    [Description("签名清单 (.sig), 与报告文件放在同一目录")]
    public string Manifest { get; init; } = string.Empty;

    [CommandOption("--public-key <HEX>")]
    [Description("签名方公钥 (04 开头的 130 位十六进制; 默认使用本平台的公钥, 见 report key)")]
    public string? PublicKey { get; init; }

    [CommandOption("--json")]
    [Description("以一个 JSON 对象输出结果")]
    public bool Json { get; init; }
}

/// <summary>
/// <c>ipcity report verify &lt;manifest&gt;</c>: checks the SM2 signature of a report's manifest against the platform's public
/// key (or the one given) and every file's size and SM3 digest beside it. Exit 0 when all holds, 3 otherwise.
/// </summary>
internal sealed class ReportVerifyCommand : AsyncCommand<ReportVerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportVerifySettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Manifest))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]MANIFEST_NOT_FOUND[/]: 找不到签名清单 {settings.Manifest}");
            return 2;
        }

        string trusted;
        if (settings.PublicKey is { } given)
        {
            trusted = given.Trim();
        }
        else
        {
            await using var sp = CliHost.Build(settings);
            trusted = sp.GetRequiredService<Sm2>().PublicKeyHex;
        }

        var manifest = await SignedManifest.ReadAsync(settings.Manifest, cancellationToken);
        var check = await manifest.CheckAsync(Path.GetDirectoryName(Path.GetFullPath(settings.Manifest))!, trusted, cancellationToken);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                ok = check.Ok,
                kind = manifest.Kind,
                subject = manifest.Subject,
                signedAtUtc = manifest.SignedAtUtc,
                fingerprint = manifest.Fingerprint,
                keyTrusted = check.KeyTrusted,
                signatureValid = check.SignatureValid,
                files = check.Files.Select(f => new { name = f.File.Name, bytes = f.File.Bytes, sm3 = f.File.Sm3, status = f.Status }),
            }));
        }
        else
        {
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{manifest.Kind} {manifest.Subject}, 签名时间 {manifest.SignedAtUtc:yyyy-MM-dd HH:mm:ss} UTC, 签名公钥指纹 {manifest.Fingerprint}"));
            AnsiConsole.WriteLine(check.KeyTrusted ? "签名公钥: 与受信任公钥一致" : "签名公钥: 与受信任公钥不一致");
            AnsiConsole.WriteLine(check.SignatureValid ? "SM2 签名: 有效" : "SM2 签名: 无效");
            foreach (var (file, status) in check.Files)
            {
                AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{status,-8} {file.Name} ({file.Bytes} 字节, SM3 {file.Sm3[..16]}…)"));
            }

            if (!check.Ok)
            {
                AnsiConsole.MarkupLine("[red]MANIFEST_VERIFY_FAILED[/]: 报告文件或签名未通过核验。");
            }
        }

        return check.Ok ? 0 : 3;
    }
}

/// <summary><c>ipcity report key</c>: the platform's SM2 public key and its fingerprint, to hand to report recipients.</summary>
internal sealed class ReportKeyCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        var key = sp.GetRequiredService<Sm2>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"algorithm: {Sm2.SignatureAlgorithmId} (sm2p256v1, signer id 1234567812345678)"));
        Console.WriteLine("public key: " + key.PublicKeyHex);
        Console.WriteLine("fingerprint: " + key.Fingerprint);
        return 0;
    }
}
