using System.ComponentModel;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Organisations.Contracts;
using IpCity.Web;
using IpCity.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

public sealed class ServeSettings : GlobalSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("监听地址 (默认 http://127.0.0.1:5000)")]
    public string? Urls { get; init; }

    [CommandOption("--demo")]
    [Description("演示模式：迁移数据库、加载城市配置、创建并打印演示账户后启动")]
    public bool Demo { get; init; }
}

internal sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var args = settings.HostArgs().ToList();
        if (!string.IsNullOrWhiteSpace(settings.Urls))
        {
            args.AddRange(["--urls", settings.Urls]);
        }

        if (settings.Demo)
        {
            // The demo's sign-in cookie works over plain http://127.0.0.1 (no TLS in front of it).
            args.Add("--Access:SecureCookies=false");
        }

        // Any other --Section:Key=value is configuration, as for the ASP.NET Core host (README "Configuration"). The
        // parser hands it over as an unknown option split at its first ':' ("--Section" → "Key=value"); put it back together.
        foreach (var option in context.Remaining.Parsed)
        {
            foreach (var value in option)
            {
                var name = option.Key.TrimStart('-');
                args.Add(value is null ? "--" + name : $"--{name}:{value}");
            }
        }

        args.AddRange(context.Remaining.Raw);

        var app = WebApp.Build([.. args]);
        if (settings.Demo)
        {
            var result = await app.Services.GetRequiredService<DemoSeeder>().LoadAsync(s => AnsiConsole.WriteLine(s), cancellationToken);
            AnsiConsole.WriteLine($"城市配置 {result.Profile.CityCode} v{result.Profile.ProfileVersion}: {result.Profile.Units} 个单位, {result.Profile.Streets} 个乡镇街道");
            Console.WriteLine(DemoSeeder.Format(result.Accounts));
            AnsiConsole.WriteLine($"(账户清单已写入 {result.AccountsFile})");
        }

        await WebApp.CheckStoreAsync(app.Services, app.Logger);
        AnsiConsole.WriteLine($"IpCity 正在运行: {string.Join(", ", app.Urls.DefaultIfEmpty(settings.Urls ?? "http://127.0.0.1:5000"))}  (Ctrl+C 退出)");
        await app.RunAsync();
        return 0;
    }
}

internal sealed class MigrateCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        var databases = sp.GetServices<IModuleDatabase>().ToList();
        AnsiConsole.WriteLine($"数据库: {sp.GetRequiredService<StorageOptions>().Describe()}");
        await CliProgress.RunAsync(AnsiConsole.Console, "migrate", async progress =>
        {
            var done = 0;
            foreach (var db in databases)
            {
                progress.Report($"migrate {db.Module}", done, databases.Count);
                await db.MigrateAsync(cancellationToken);
                done++;
                progress.Report($"migrate {db.Module}", done, databases.Count);
            }
        });
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry(AuditEvents.DatabaseMigrated, AuditOutcome.Success, "Database", null, string.Join(",", databases.Select(d => d.Module))), cancellationToken);
        }

        AnsiConsole.WriteLine($"已迁移 {databases.Count} 个模块: {string.Join(", ", databases.Select(d => d.Module))}");
        return 0;
    }
}

internal sealed class DemoLoadCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        DemoResult? result = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "demo load", async progress =>
        {
            var step = 0;
            result = await sp.GetRequiredService<DemoSeeder>().LoadAsync(s => progress.Report(s, ++step, 14), cancellationToken);
            progress.Report("done", 14, 14);
        });
        AnsiConsole.WriteLine($"城市配置 {result!.Profile.CityCode} v{result.Profile.ProfileVersion}: {result.Profile.Units} 个单位, {result.Profile.Streets} 个乡镇街道, {result.Profile.Population} 条人口, {result.Profile.Targets} 个目标 ({(result.Profile.Changed ? "已更新" : "无变化")})");
        Console.WriteLine(DemoSeeder.Format(result.Accounts));
        AnsiConsole.WriteLine($"(账户清单已写入 {result.AccountsFile})");
        return 0;
    }
}

public sealed class AdminCreateSettings : GlobalSettings
{
    [CommandOption("--user <NAME>")]
    [Description("用户名 (不得为 admin、sa、root 等保留名)")]
    public string UserName { get; init; } = string.Empty;

    [CommandOption("--role <ROLE>")]
    [Description("角色: SysAdmin | SecAdmin | AuditAdmin | CityOfficer | DistrictOfficer | DeptOfficer | Enterprise")]
    public string Role { get; init; } = Roles.SecAdmin;

    [CommandOption("--name <DISPLAY>")]
    public string? DisplayName { get; init; }

    [CommandOption("--unit <CODE>")]
    [Description("所属单位代码 (区县用户必填)")]
    public string? Unit { get; init; }

    [CommandOption("--password-stdin")]
    [Description("从标准输入读取密码 (否则生成随机密码并只显示一次)")]
    public bool PasswordFromStdin { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(UserName) ? ValidationResult.Error("--user is required") : ValidationResult.Success();
}

internal sealed class AdminCreateCommand : AsyncCommand<AdminCreateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AdminCreateSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);

        var password = settings.PasswordFromStdin ? (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') : null;
        await using var scope = sp.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<IAccountAdmin>().CreateUserAsync(
            new CreateUserRequest(settings.UserName, settings.DisplayName ?? settings.UserName, settings.Role, password, settings.Unit), false, cancellationToken);
        AnsiConsole.WriteLine($"已创建账户 {created.User.UserName} ({settings.Role})");
        if (created.GeneratedPassword is not null)
        {
            AnsiConsole.WriteLine($"初始密码 (只显示一次): {created.GeneratedPassword}");
        }

        if (created.TotpSecret is not null)
        {
            AnsiConsole.WriteLine($"TOTP 密钥 (请在认证器应用中添加，只显示一次): {created.TotpSecret}");
            AnsiConsole.WriteLine($"otpauth URI: {created.TotpUri}");
        }

        return 0;
    }
}

internal sealed class AuditVerifyCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await using var scope = sp.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<IAuditVerifier>();
        AuditVerifyResult? result = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "audit verify", async progress =>
        {
            result = await verifier.VerifyAsync(new Progress<long>(n => progress.Report("verified rows", n, 0)), cancellationToken);
        });
        if (result!.Ok)
        {
            AnsiConsole.WriteLine($"审计日志完整: {result.RowsVerified} 条记录校验通过 (HMAC-SM3 链)。");
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry(AuditEvents.AuditVerified, AuditOutcome.Success, "AuditEvents", null, $"rows={result.RowsVerified}"), cancellationToken);
            return 0;
        }

        AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]{ErrorCodes.AuditChainBroken}[/]: 审计日志校验失败，第一处断裂在第 {result.FirstBrokenSeq} 条 — {result.Problem} (此前 {result.RowsVerified} 条完好)");
        return 3;
    }
}

public sealed class AuditPurgeSettings : GlobalSettings
{
    [CommandOption("--dry-run")]
    [Description("只统计将删除的记录, 不删除")]
    public bool DryRun { get; init; }
}

/// <summary>
/// <c>ipcity audit purge</c>: deletes audit rows older than Access:Audit:RetentionDays (default 1095 days, never below 180)
/// and records the purge in the chain, which still verifies afterwards (SECURITY.md spec 26). Run it from cron.
/// </summary>
internal sealed class AuditPurgeCommand : AsyncCommand<AuditPurgeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AuditPurgeSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await using var scope = sp.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAuditPurger>().PurgeAsync(settings.DryRun, cancellationToken);
        var cutoff = result.CutoffUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        AnsiConsole.WriteLine(result.Rows == 0
            ? $"审计日志: 没有早于 {cutoff} UTC (保存期 {result.RetentionDays} 天) 的记录。"
            : $"审计日志: {(result.DryRun ? "将删除" : "已删除")} {result.Rows} 条早于 {cutoff} UTC 的记录 (至第 {result.ThroughSeq} 条; 保存期 {result.RetentionDays} 天)。");
        return 0;
    }
}

internal sealed class ProfileShowCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await using var scope = sp.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrgUnitDirectory>();
        var profile = await directory.GetProfileAsync(cancellationToken)
            ?? throw new IpCityException(ErrorCodes.ProfileInvalid, "尚未加载城市配置：请先运行 ipcity demo load 或 ipcity profile load。");
        AnsiConsole.WriteLine($"{profile.CityName} ({profile.CityCode}) · 配置 {profile.FileName} v{profile.ProfileVersion} · sha256 {profile.Sha256[..12]}…");
        AnsiConsole.WriteLine($"区划代码: {profile.DivisionEdition}");
        var units = await directory.GetUnitsAsync(null, includeStreets: true, cancellationToken);
        var table = new Table().AddColumns("代码", "名称", "类型", "上级", "有效期");
        foreach (var u in units.Where(u => u.Kind != "Street"))
        {
            table.AddRow(u.Code, u.Name, u.Kind, u.ParentCode ?? string.Empty, $"{u.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}..{u.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"乡镇/街道: {units.Count(u => u.Kind == "Street")} 个");
        var targets = new Table().AddColumns("指标", "2025 目标", "单位");
        foreach (var t in await directory.GetTargetsAsync(cancellationToken))
        {
            targets.AddRow(t.Name, $"{t.Comparator} {t.Target2025.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}", t.Unit);
        }

        AnsiConsole.Write(targets);
        var population = new Table().AddColumns("单位", "年份", "口径", "人口", "状态", "来源");
        foreach (var p in await directory.GetPopulationAsync(null, cancellationToken))
        {
            population.AddRow(p.UnitCode, p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Kind, p.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), p.Status, Markup.Escape(p.Vintage));
        }

        AnsiConsole.Write(population);
        return 0;
    }
}

public sealed class ProfileLoadSettings : GlobalSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("城市配置文件 (默认 profiles/nanchang.json 或 IPCITY_PROFILE)")]
    public string? File { get; init; }
}

internal sealed class ProfileLoadCommand : AsyncCommand<ProfileLoadSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ProfileLoadSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);

        await using var scope = sp.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<ICityProfileLoader>();
        var result = await loader.LoadAsync(settings.File, cancellationToken);
        AnsiConsole.WriteLine($"城市配置 {result.CityCode} v{result.ProfileVersion}: {result.Units} 个单位, {result.Streets} 个乡镇街道, {result.Population} 条人口, {result.Gdp} 条 GDP, {result.Targets} 个目标 ({(result.Changed ? "已更新" : "无变化")})");
        foreach (var c in await scope.ServiceProvider.GetRequiredService<IpCity.IpData.Contracts.IConcordanceImporter>().LoadStarterCataloguesAsync(settings.File ?? loader.DefaultProfilePath, cancellationToken))
        {
            AnsiConsole.WriteLine($"产业目录 {c.Catalogue} ({c.Edition}, {c.File}): {c.Industries} 个产业, {c.Rules} 条规则 ({(c.Created ? "已创建" : "已存在, 保留平台中的编辑")})");
        }
        return 0;
    }
}

public sealed class DemoGenerateSettings : GlobalSettings
{
    [CommandOption("--patents <N>")]
    [Description("number of synthetic patents")]
    public int Patents { get; init; } = 10_000;

    [CommandOption("--seed <S>")]
    public int Seed { get; init; } = 2025;

    [CommandOption("--out <FILE>")]
    [Description("output CSV (default <data>/demo/synthetic-<N>-<S>.csv)")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Patents is < 1 or > 5_000_000 ? ValidationResult.Error("--patents must be between 1 and 5 000 000") : ValidationResult.Success();
}

/// <summary>`ipcity demo generate`: a deterministic synthetic CN-layout export (same seed → same file).</summary>
internal sealed class DemoGenerateCommand : AsyncCommand<DemoGenerateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DemoGenerateSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);

        await using var scope = sp.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<IOrgUnitDirectory>().GetProfileAsync(cancellationToken) is null)
        {
            await scope.ServiceProvider.GetRequiredService<ICityProfileLoader>().LoadAsync(null, cancellationToken);
        }

        var path = settings.Out ?? Path.Combine(sp.GetRequiredService<StorageOptions>().DataDirectory, "demo",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"synthetic-{settings.Patents}-{settings.Seed}.csv"));
        var written = await scope.ServiceProvider.GetRequiredService<IpCity.IpData.Contracts.IDemoPatentGenerator>().GenerateAsync(path, settings.Patents, settings.Seed, cancellationToken);
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"wrote {settings.Patents} synthetic patents (seed {settings.Seed}) to {written}"));
        return 0;
    }
}

/// <summary>`ipcity reference import ipc`: loads the embedded classification reference data.</summary>
internal sealed class ReferenceImportCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);

        await using var scope = sp.CreateAsyncScope();
        IpCity.IpData.Contracts.ReferenceLoadResult? result = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "reference ipc", async progress =>
            result = await scope.ServiceProvider.GetRequiredService<IpCity.IpData.Contracts.IReferenceData>().LoadIpcAsync(progress, cancellationToken));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"IPC {result!.Edition}: {result.Codes} codes ({result.Inserted} loaded now), {result.TechnologyFields} technology-field rows"));
        return 0;
    }
}

/// <summary>Rebuilds the patent search index from the store (it is derived data).</summary>
internal sealed class IndexRebuildCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);
        IpCity.IpData.Contracts.IndexReport? result = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "index rebuild", async progress =>
            result = await sp.GetRequiredService<IpCity.IpData.Contracts.ISearchIndex>().RebuildFromStoreAsync(progress, cancellationToken));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"search index rebuilt: {result!.Patents} patents from {result.Batches} import batches in {result.Seconds:F1} s"));
        return 0;
    }
}

internal sealed class IndicatorsRecomputeSettings : GlobalSettings
{
    [CommandOption("--year <YEAR>")]
    [Description("统计年度")]
    public int Year { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("参考日 (默认该年 12 月 31 日; 可用年中日期如 2025-06-30)")]
    public string? Date { get; init; }

    public override ValidationResult Validate() =>
        Year is < 2000 or > 2100 ? ValidationResult.Error("--year: 应为 2000–2100 的统计年度")
        : Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? ValidationResult.Error("--date: 格式应为 yyyy-MM-dd")
            : ValidationResult.Success();
}

internal sealed class IndicatorsRecomputeCommand : AsyncCommand<IndicatorsRecomputeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IndicatorsRecomputeSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);
        await using var scope = sp.CreateAsyncScope();
        var date = settings.Date is null ? (DateOnly?)null : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        IpCity.Monitoring.Contracts.RecomputeResult? result = null;
        await CliProgress.RunAsync(AnsiConsole.Console, "indicators recompute", async progress =>
            result = await scope.ServiceProvider.GetRequiredService<IpCity.Monitoring.Contracts.IIndicatorEngine>().RecomputeAsync(settings.Year, date, progress, cancellationToken));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"indicators {result!.Year} (参考日 {result.ReferenceDate:yyyy-MM-dd}): {result.Values} values, {result.Changed} new, {result.Unchanged} unchanged, {result.Revisions} revisions of published values, {result.Seconds:F1} s"));
        return 0;
    }
}
