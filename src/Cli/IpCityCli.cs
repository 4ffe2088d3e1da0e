using IpCity.BuildingBlocks.Errors;
using IpCity.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli;

/// <summary>The command tree. Commands call module APIs only, never a DbContext.</summary>
public static class IpCityCli
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.SetApplicationName("ipcity");
            if (console is not null)
            {
                c.ConfigureConsole(console);
            }

            c.PropagateExceptions();
            c.AddCommand<ServeCommand>("serve").WithDescription("启动 Web 平台 (默认 http://127.0.0.1:5000)；--demo 先迁移、加载演示数据再启动");
            c.AddBranch("db", db =>
            {
                db.AddCommand<MigrateCommand>("migrate").WithDescription("迁移所有模块的数据库结构");
                db.AddCommand<BackupCommand>("backup").WithDescription("在线备份数据库与数据文件 (不含密钥)：db backup [[--out 目录]]");
                db.AddCommand<RestoreCommand>("restore").WithDescription("将备份还原到空的 --data/--database 并验证：db restore <备份目录> [[--keys 密钥目录]] [[--drill]]");
            });
            c.AddBranch("demo", demo =>
            {
                demo.AddCommand<DemoLoadCommand>("load").WithDescription("迁移、加载城市配置与参考数据、合成演示专利、创建演示账户");
                demo.AddCommand<DemoGenerateCommand>("generate").WithDescription("生成确定性的合成专利导出表 (CN 格式)：demo generate --patents N --seed S");
            });
            c.AddBranch("admin", admin => admin.AddCommand<AdminCreateCommand>("create").WithDescription("创建账户 (首个管理员由此创建)"));
            c.AddBranch("audit", audit =>
            {
                audit.AddCommand<AuditVerifyCommand>("verify").WithDescription("校验审计日志哈希链；被篡改或删除时以非零状态退出");
                audit.AddCommand<AuditPurgeCommand>("purge").WithDescription("删除超过保存期 (Access__Audit__RetentionDays, 默认 1095 天) 的审计记录并在链中记录此次清理：audit purge [[--dry-run]]");
            });
            c.AddBranch("reference", r => r.AddBranch("import", i =>
            {
                i.SetDescription("加载参考数据：reference import ipc | reference import concordance --type T --edition E <文件>");
                i.AddCommand<ReferenceImportCommand>("ipc").WithDescription("加载内置的中文 IPC 2026.01、英文标题与 WIPO 技术领域");
                i.AddCommand<ConcordanceImportCommand>("concordance").WithDescription("从发布的表格版式 (xlsx/csv) 导入参照关系表的一个版本");
            }));
            c.AddCommand<ImportCommand>("import").WithDescription("导入数据：import patents <文件或目录…> [[--format auto]] [[--json]] [[--errors 报告.csv]]");
            c.AddCommand<BenchCommand>("bench").WithDescription("基准测试 (写入 docs/benchmarks.md)：bench audit --rows 10000 | bench patents --patents 200000");
            c.AddBranch("files", files => files.AddCommand<FilesSweepCommand>("sweep").WithDescription("清理中断上传留下的临时文件和无记录文件；--verify 校验附件完整性：files sweep [[--min-age-minutes 60]] [[--verify]] [[--json]]"));
            c.AddBranch("pii", pii => pii.AddCommand<PiiVerifyCommand>("verify").WithDescription("校验所有加密保存的个人信息 (SM4-GCM) 能否通过完整性校验；列出被篡改的记录：pii verify [[--json]]"));
            c.AddBranch("index", index => index.AddCommand<IndexRebuildCommand>("rebuild").WithDescription("由数据库重建专利检索索引 (索引为派生数据)"));
            c.AddBranch("indicators", i => i.AddCommand<IndicatorsRecomputeCommand>("recompute").WithDescription("重新计算某统计年度的全部指标：indicators recompute --year 2025 [[--date 2025-06-30]]"));
            c.AddBranch("report", r =>
            {
                r.AddCommand<ReportAnnualCommand>("annual").WithDescription("生成年度监测报告 (.docx、.xlsx 数据附件、.pdf 及其 SM2 签名清单 .sig)：report annual --year 2025 [[--out 目录]] [[--recompute]]");
                r.AddCommand<ReportVerifyCommand>("verify").WithDescription("核验报告签名清单：SM2 签名与各文件 SM3 摘要：report verify <清单.sig> [[--public-key 公钥]] [[--json]]");
                r.AddCommand<ReportKeyCommand>("key").WithDescription("显示本平台的 SM2 签名公钥及指纹 (交给报告接收方)");
            });
            c.AddBranch("profile", profile =>
            {
                profile.AddCommand<ProfileShowCommand>("show").WithDescription("显示已加载的城市配置");
                profile.AddCommand<ProfileLoadCommand>("load").WithDescription("加载城市配置文件 (默认 profiles/nanchang.json)");
            });
        });

        var output = console ?? AnsiConsole.Console;
        try
        {
            return await app.RunAsync(args);
        }
        catch (IpCityException ex)
        {
            output.MarkupLineInterpolated($"[red]错误 {ex.Code}[/]: {ex.Message}");
            return 1;
        }
        catch (CommandParseException ex)
        {
            output.MarkupLineInterpolated($"[red]参数错误[/]: {ex.Message}");
            return 2;
        }
        catch (CommandRuntimeException ex)
        {
            output.MarkupLineInterpolated($"[red]参数错误[/]: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            output.MarkupLineInterpolated($"[red]失败[/]: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }
}
