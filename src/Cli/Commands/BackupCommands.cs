using System.ComponentModel;
using System.Text.Json;
using IpCity.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

public sealed class BackupSettings : GlobalSettings
{
    [CommandOption("--out <DIR>")]
    [Description("备份存放目录 (默认 <数据目录>/backups)；每次备份为其中一个带时间戳的子目录")]
    public string? Out { get; init; }

    [CommandOption("--json")]
    [Description("以一个 JSON 对象输出结果")]
    public bool Json { get; init; }
}

/// <summary><c>ipcity db backup</c>: an online backup (writers may go on) of the database and the data files.</summary>
internal sealed class BackupCommand : AsyncCommand<BackupSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BackupSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        var backup = sp.GetRequiredService<PlatformBackup>();
        BuildingBlocks.Storage.Backup.BackupResult? result = null;
        if (settings.Json)
        {
            result = await backup.BackupAsync(settings.Out, null, cancellationToken);
        }
        else
        {
            await CliProgress.RunAsync(AnsiConsole.Console, "backup", async progress => result = await backup.BackupAsync(settings.Out, progress, cancellationToken));
        }

        var bytes = result!.Manifest.Files.Sum(f => f.Size);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { folder = result.Folder, files = result.Manifest.Files.Count, bytes, seconds = Math.Round(result.Elapsed.TotalSeconds, 3), keys = result.Manifest.Keys.Keys }));
            return 0;
        }

        AnsiConsole.WriteLine($"备份完成: {result.Folder}");
        AnsiConsole.WriteLine($"{result.Manifest.Files.Count} 个文件, {bytes / 1024.0 / 1024.0:0.0} MB, 用时 {result.Elapsed.TotalSeconds:0.0} 秒 (数据库快照 {result.Manifest.DatabaseSeconds:0.0} 秒)");
        AnsiConsole.WriteLine($"密钥不在备份中; 还原时需要同样的密钥 ({string.Join(", ", result.Manifest.Keys.Keys)})，请另行保管 {sp.GetRequiredService<BuildingBlocks.Storage.StorageOptions>().KeysDirectory}。");
        return 0;
    }
}

public sealed class RestoreSettings : GlobalSettings
{
    [CommandArgument(0, "<BACKUP>")]
    [Description("备份目录 (db backup 生成的带时间戳的子目录)")]
    public string Backup { get; init; } = string.Empty;

    [CommandOption("--keys <DIR>")]
    [Description("密钥目录：先将其中的密钥复制到目标数据目录 (目标已有同样的密钥时可省略)")]
    public string? Keys { get; init; }

    [CommandOption("--drill")]
    [Description("还原演练：审计记录为 RestoreDrillCompleted (还原到临时位置以验证备份可用)")]
    public bool Drill { get; init; }

    [CommandOption("--json")]
    [Description("以一个 JSON 对象输出结果")]
    public bool Json { get; init; }
}

/// <summary>
/// <c>ipcity db restore</c>: restores a backup into the empty store named by --data/--database, then migrates,
/// verifies the audit chain, rebuilds the search index and checks every module store.
/// </summary>
internal sealed class RestoreCommand : AsyncCommand<RestoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RestoreSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        var restore = sp.GetRequiredService<PlatformBackup>();
        RestoreReport? report = null;
        if (settings.Json)
        {
            report = await restore.RestoreAsync(settings.Backup, settings.Keys, settings.Drill, null, cancellationToken);
        }
        else
        {
            await CliProgress.RunAsync(AnsiConsole.Console, "restore", async progress => report = await restore.RestoreAsync(settings.Backup, settings.Keys, settings.Drill, progress, cancellationToken));
        }

        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            return 0;
        }

        var r = report!;
        AnsiConsole.WriteLine($"已还原 {r.Backup} (备份于 {r.BackupCreatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC) 到 {sp.GetRequiredService<BuildingBlocks.Storage.StorageOptions>().Describe()}");
        AnsiConsole.WriteLine($"完整性: {r.Integrity}; 审计链 {r.AuditRowsVerified} 条校验通过; 检索索引 {r.IndexedPatents} 件专利; {r.Modules} 个模块就绪");
        AnsiConsole.WriteLine($"用时 {r.TotalSeconds:0.0} 秒 (校验 {r.VerifySeconds:0.0}, 数据库 {r.DatabaseSeconds:0.0}, 迁移 {r.MigrateSeconds:0.0}, 审计 {r.AuditSeconds:0.0}, 索引 {r.IndexSeconds:0.0})");
        return 0;
    }
}
