using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Monitoring.Tasks;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Monitoring.Tests.Tasks;

/// <summary>
/// The task ledger on both providers. Department names and task wording below are FABRICATED TEST DATA
/// (marked 测试), not the Outline's text.
/// </summary>
public sealed class TaskLedgerTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private sealed class Actor(string role, string? unit, string name) : IRequestContext
    {
        public string? ActorId => null;

        public string? ActorName => name;

        public string? Role => role;

        public string? UnitCode => unit;

        public string? ClientIp => "test";

        public string? TraceId => "test";
    }

    private static async Task<Platform> StartAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        return platform;
    }

    private static Task<T> AsAsync<T>(Platform platform, IRequestContext actor, Func<ITaskLedger, Task<T>> work, TaskLedgerOptions? options = null) =>
        platform.InScopeAsync(sp =>
        {
            var evidence = new TaskEvidenceStore(sp.GetRequiredService<StorageOptions>(), options ?? new TaskLedgerOptions());
            var ledger = new TaskLedgerService(sp.GetRequiredService<MonitoringDbContext>(), sp.GetRequiredService<IAuditTrail>(), actor, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOrgUnitDirectory>(), evidence);
            return work(ledger);
        });

    private static readonly Actor s_city = new(Roles.CityOfficer, null, "t.city");

    private static string StarterProfile => Path.Combine(AppContext.BaseDirectory, "profiles", "nanchang.json");

    internal static string WriteLedgerXlsx(string folder, string name, bool withBadRows = true, string extraTitle = "")
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Row("四", null, "四", "测试章标题" + extraTitle, "测试原文: 这是虚构的章。", "测试牵头局", null, null),
            Row("四", "(二)", "四（二）", "知识产权金融", "测试原文: 知识产权质押融资年登记金额达到目标 (虚构句子)。", "测试金融局", "测试牵头局、东湖区", "PledgeFinancingRegisteredAmount"),
            Row("五", null, "五", "测试保护章", null, "测试执法局", null, "专利、商标等纠纷行政执法结案率"),
        };
        if (withBadRows)
        {
            rows.Add(Row("五", null, "5-1", "坏编号", null, null, null, null));
            rows.Add(Row("五", "(一)", "五(一)", "未知指标", null, null, null, "NoSuchIndicator"));
            rows.Add(Row("六", null, "六", null, null, null, null, null));
        }

        var path = Path.Combine(folder, name);
        MiniExcel.SaveAs(path, rows, sheetName: "任务台账", overwriteFile: true);
        return path;

        static Dictionary<string, object?> Row(string ch, string? sec, string number, string? title, string? text, string? lead, string? co, string? indicators) => new()
        {
            ["章"] = ch,
            ["节"] = sec,
            ["编号"] = number,
            ["标题"] = title,
            ["任务原文"] = text,
            ["牵头单位"] = lead,
            ["配合单位"] = co,
            ["关联指标"] = indicators,
        };
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_starter_ledger_imports_once_unconfirmed_with_resolved_indicator_links(string provider)
    {
        await using var platform = await StartAsync(provider);
        var first = await AsAsync(platform, s_city, l => l.LoadStarterAsync(StarterProfile));
        Assert.True(first.Changed);
        Assert.Equal("starter-2026.1", first.Edition);
        Assert.Equal(7, first.Created);
        Assert.Empty(first.Issues);

        var again = await AsAsync(platform, s_city, l => l.LoadStarterAsync(StarterProfile));
        Assert.False(again.Changed);
        Assert.Equal(0, again.Created);

        var tasks = await AsAsync(platform, s_city, l => l.ListAsync(new TaskQuery(), tree: false));
        Assert.Equal(7, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("UNCONFIRMED", t.Confirmation));
        Assert.All(tasks, t => Assert.Equal("NotStarted", t.Status));
        var finance = Assert.Single(tasks, t => t.Number == "四(二)");
        Assert.Equal("知识产权金融", finance.Title);
        var link = Assert.Single(finance.Indicators);
        Assert.Equal("PledgeFinancingRegisteredAmount", link.IndicatorCode);
        Assert.True(link.Resolved);
        Assert.Equal("知识产权质押融资年登记金额", link.IndicatorName);
        Assert.All(tasks.SelectMany(t => t.Indicators), i => Assert.True(i.Resolved, i.IndicatorCode));
        var detail = await AsAsync(platform, s_city, l => l.GetAsync(finance.Id));
        Assert.Null(detail.Text);
        Assert.Contains("UNCONFIRMED", await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "profiles", "nanchang", "outline-tasks.json")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_xlsx_ledger_imports_versioned_and_idempotent_and_reports_bad_rows(string provider)
    {
        await using var platform = await StartAsync(provider);
        await AsAsync(platform, s_city, l => l.LoadStarterAsync(StarterProfile));
        var path = WriteLedgerXlsx(platform.Store.Storage.DataDirectory, "ledger.xlsx");

        var result = await AsAsync(platform, s_city, l => l.ImportAsync(path, "2026-01", "测试台账"));
        Assert.True(result.Changed);
        Assert.Equal(2, result.Created);   // 四, 五
        Assert.Equal(1, result.Updated);   // 四(二) from the starter
        Assert.Equal(6, result.Retired);   // the other starter items
        Assert.Contains(new TaskImportIssue(5, "编号", "“5-1” 不是纲要编号 (如 四 或 四(二))"), result.Issues);
        Assert.Contains(new TaskImportIssue(6, "关联指标", "未知指标 “NoSuchIndicator”"), result.Issues);
        Assert.Contains(new TaskImportIssue(7, "标题", "标题为空"), result.Issues);
        Assert.Equal(3, result.Issues.Count);

        var tree = await AsAsync(platform, s_city, l => l.ListAsync(new TaskQuery()));
        Assert.Equal(["四", "五"], tree.Select(t => t.Number));
        var finance = Assert.Single(tree[0].Children);
        Assert.Equal("四(二)", finance.Number);
        Assert.Equal(["测试金融局"], finance.Lead.Select(d => d.Name));
        Assert.Equal(["测试牵头局", "东湖区"], finance.CoOperating.Select(d => d.Name));
        Assert.Equal("360102", finance.CoOperating[1].Code);
        Assert.Equal("District", finance.CoOperating[1].Kind);
        Assert.Equal("EnforcementClosureRate", Assert.Single(tree[1].Indicators).IndicatorCode);

        var again = await AsAsync(platform, s_city, l => l.ImportAsync(path, "2026-01", "测试台账"));
        Assert.False(again.Changed);
        Assert.Equal(3, again.Issues.Count);
        Assert.Equal(2, await platform.InScopeAsync(sp => sp.GetRequiredService<MonitoringDbContext>().TaskLedgerEditions.CountAsync()));

        var changed = WriteLedgerXlsx(platform.Store.Storage.DataDirectory, "ledger2.xlsx", extraTitle: " (修订)");
        var conflict = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, s_city, l => l.ImportAsync(changed, "2026-01", null)));
        Assert.Equal(TaskLedgerService.EditionConflict, conflict.Code);
        var next = await AsAsync(platform, s_city, l => l.ImportAsync(changed, "2026-02", null));
        Assert.Equal(1, next.Updated);
        Assert.Equal(2, next.Unchanged);

        var refused = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, new Actor(Roles.DeptOfficer, "x", "t.dept"), l => l.ImportAsync(path, "2026-03", null)));
        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_work_point_past_its_milestone_is_overdue_and_the_task_lags(string provider)
    {
        await using var platform = await StartAsync(provider);
        var path = WriteLedgerXlsx(platform.Store.Storage.DataDirectory, "ledger.xlsx", withBadRows: false);
        await AsAsync(platform, s_city, l => l.ImportAsync(path, "2026-01", null));
        var finance = (await AsAsync(platform, s_city, l => l.ListAsync(new TaskQuery(), tree: false))).Single(t => t.Number == "四(二)");
        var departments = await AsAsync(platform, s_city, l => l.ListDepartmentsAsync());
        var financeDept = departments.Single(d => d.Name == "测试金融局");
        var point = await AsAsync(platform, s_city, l => l.AddWorkPointAsync(finance.Id,
            new AddWorkPointRequest(2026, "测试工作要点", null, [new MilestoneRequest("测试里程碑", new DateOnly(2026, 3, 31))])));
        Assert.Equal(financeDept.Id, point.Owner!.Id);

        // Clock: 2026-03-02 (the platform's fake clock) — not yet due.
        Assert.Empty(await AsAsync(platform, s_city, l => l.OverdueAsync()));
        platform.Clock.Advance(TimeSpan.FromDays(31)); // 2026-04-02 in Nanchang
        var overdue = Assert.Single(await AsAsync(platform, s_city, l => l.OverdueAsync()));
        Assert.Equal("测试金融局", overdue.Department!.Name);
        var item = Assert.Single(overdue.Items);
        Assert.Equal(2, item.DaysOverdue);
        Assert.Equal("四(二)", item.TaskNumber);
        Assert.Single(await AsAsync(platform, s_city, l => l.OverdueAsync(financeDept.Code)));
        Assert.Empty(await AsAsync(platform, s_city, l => l.OverdueAsync("360102")));
        var lagging = Assert.Single(await AsAsync(platform, s_city, l => l.ListAsync(new TaskQuery(Status: "滞后"))));
        Assert.Equal(finance.Id, lagging.Id);
        Assert.Equal(1, lagging.OverdueMilestones);
        Assert.Single(await AsAsync(platform, s_city, l => l.ListAsync(new TaskQuery(Overdue: true))));

        // The department reports the milestone done: no longer overdue, the task is in progress.
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MonitoringDbContext>();
            var dept = await db.TaskDepartments.SingleAsync(d => d.Id == financeDept.Id);
            dept.Code = "test-finance";
            await db.SaveChangesAsync();
        });
        var department = new Actor(Roles.DeptOfficer, "test-finance", "t.finance");
        await AsAsync(platform, department, l => l.AddReportAsync(finance.Id, new AddProgressReportRequest("2026-Q1", "测试进展", 40, point.Id, [point.Milestones[0].Id])));
        Assert.Empty(await AsAsync(platform, s_city, l => l.OverdueAsync()));
        Assert.Equal("InProgress", (await AsAsync(platform, s_city, l => l.GetAsync(finance.Id))).Task.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_department_cannot_act_on_another_departments_task(string provider)
    {
        await using var platform = await StartAsync(provider);
        var path = WriteLedgerXlsx(platform.Store.Storage.DataDirectory, "ledger.xlsx", withBadRows: false);
        await AsAsync(platform, s_city, l => l.ImportAsync(path, "2026-01", null));
        var tasks = await AsAsync(platform, s_city, l => l.ListAsync(new TaskQuery(), tree: false));
        var protection = tasks.Single(t => t.Number == "五");
        var finance = tasks.Single(t => t.Number == "四(二)");

        // 东湖区 (360102) co-operates on 四(二) but has nothing to do with 五.
        var district = new Actor(Roles.DistrictOfficer, "360102", "t.district");
        var refused = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.AddReportAsync(protection.Id, new AddProgressReportRequest("2026-Q1", "测试", 10))));
        Assert.Equal(TaskLedgerService.NotResponsible, refused.Code);
        Assert.Equal(403, refused.Status);
        var evaluation = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.EvaluateAsync(protection.Id, new SelfEvaluationRequest(2026, 90, null))));
        Assert.Equal(TaskLedgerService.NotResponsible, evaluation.Code);
        var edit = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.SetDepartmentsAsync(finance.Id, new SetTaskDepartmentsRequest(["东湖区"], null))));
        Assert.Equal(ErrorCodes.Forbidden, edit.Code);

        var report = await AsAsync(platform, district, l => l.AddReportAsync(finance.Id, new AddProgressReportRequest("2026-Q1", "测试配合进展", 20)));
        Assert.Equal("360102", report.Department!.Code);
        var asOther = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.AddReportAsync(finance.Id, new AddProgressReportRequest("2026-Q1", "测试", 20, Department: "测试金融局"))));
        Assert.Equal(TaskLedgerService.NotResponsible, asOther.Code);
        var denied = await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Access.Contracts.IAuditQueries>().QueryAsync(new IpCity.Access.Contracts.AuditQuery(EventType: AuditEvents.AccessDenied)));
        Assert.Equal(2, denied.Total); // the two refused writes on 五, each audited as AccessDenied
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Evidence_is_size_limited_type_checked_and_hashed_and_the_city_reviews_the_score(string provider)
    {
        await using var platform = await StartAsync(provider);
        var path = WriteLedgerXlsx(platform.Store.Storage.DataDirectory, "ledger.xlsx", withBadRows: false);
        await AsAsync(platform, s_city, l => l.ImportAsync(path, "2026-01", null));
        var finance = (await AsAsync(platform, s_city, l => l.ListAsync(new TaskQuery(), tree: false))).Single(t => t.Number == "四(二)");
        var district = new Actor(Roles.DistrictOfficer, "360102", "t.district");
        var report = await AsAsync(platform, district, l => l.AddReportAsync(finance.Id, new AddProgressReportRequest("2026-Q1", "测试进展", 100)));
        var small = new TaskLedgerOptions { MaxAttachmentBytes = 1024 };

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% test evidence\n%%EOF\n");
        var big = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.AddAttachmentAsync(report.Id, "big.pdf", "application/pdf", new MemoryStream([.. pdf, .. new byte[2048]])), small));
        Assert.Equal(TaskEvidenceStore.Codes + "_TOO_LARGE", big.Code);
        Assert.Equal(413, big.Status);
        var exe = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.AddAttachmentAsync(report.Id, "run.exe", "application/octet-stream", new MemoryStream("MZ"u8.ToArray()))));
        Assert.Equal(TaskEvidenceStore.Codes + "_TYPE_NOT_ALLOWED", exe.Code);
        var html = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.AddAttachmentAsync(report.Id, "x.pdf", "text/html", new MemoryStream(pdf))));
        Assert.Equal(TaskEvidenceStore.Codes + "_TYPE_NOT_ALLOWED", html.Code);
        var disguised = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.AddAttachmentAsync(report.Id, "x.pdf", "application/pdf", new MemoryStream("<html><script>"u8.ToArray()))));
        Assert.Equal(TaskEvidenceStore.Codes + "_TYPE_NOT_ALLOWED", disguised.Code);
        var traversal = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.AddAttachmentAsync(report.Id, "../x.pdf", "application/pdf", new MemoryStream(pdf))));
        Assert.Equal(TaskEvidenceStore.Codes + "_BAD_NAME", traversal.Code);
        var evidenceDir = Path.Combine(platform.Store.Storage.DataDirectory, "monitoring", "evidence");
        Assert.Empty(Directory.Exists(evidenceDir) ? Directory.GetFiles(evidenceDir, "*", SearchOption.AllDirectories) : []);

        var stored = await AsAsync(platform, district, l => l.AddAttachmentAsync(report.Id, "佐证.pdf", "application/pdf", new MemoryStream(pdf)), small);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), stored.Sha256);
        Assert.Equal(pdf.Length, stored.Size);
        var file = Assert.Single(Directory.GetFiles(evidenceDir, "*", SearchOption.AllDirectories));
        Assert.EndsWith(".bin", file, StringComparison.Ordinal);
        var (_, content) = await AsAsync(platform, district, l => l.OpenAttachmentAsync(stored.Id));
        Assert.Equal(pdf, ((MemoryStream)content).ToArray());
        var outsider = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, new Actor(Roles.DeptOfficer, "other", "t.other"), l => l.OpenAttachmentAsync(stored.Id)));
        Assert.Equal(TaskLedgerService.NotResponsible, outsider.Code);

        var self = await AsAsync(platform, district, l => l.EvaluateAsync(finance.Id, new SelfEvaluationRequest(2026, 92.5m, "测试自评")));
        Assert.Equal("360102", self.Department.Code);
        var range = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, s_city, l => l.ReviewAsync(self.Id, new ReviewEvaluationRequest(101, null))));
        Assert.Equal("TASK_SCORE_RANGE", range.Code);
        var notCity = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.ReviewAsync(self.Id, new ReviewEvaluationRequest(80, null))));
        Assert.Equal(ErrorCodes.Forbidden, notCity.Code);
        var reviewed = await AsAsync(platform, s_city, l => l.ReviewAsync(self.Id, new ReviewEvaluationRequest(88, "测试评审")));
        Assert.Equal(88m, reviewed.Review!.FinalScore);
        var locked = await Assert.ThrowsAsync<IpCityException>(() => AsAsync(platform, district, l => l.EvaluateAsync(finance.Id, new SelfEvaluationRequest(2026, 99, null))));
        Assert.Equal(TaskLedgerService.EvaluationReviewed, locked.Code);

        var detail = await AsAsync(platform, s_city, l => l.GetAsync(finance.Id));
        Assert.Equal("Completed", detail.Task.Status);
        Assert.Equal(92.5m, Assert.Single(detail.Evaluations).Score);
        Assert.Equal("测试评审", detail.Evaluations[0].Review!.Comment);
        Assert.Equal("佐证.pdf", Assert.Single(Assert.Single(detail.Reports).Attachments).FileName);
    }

    [Fact]
    public void Status_rules_follow_milestones_and_reports()
    {
        var today = new DateOnly(2026, 4, 1);
        Assert.Equal(LedgerTaskStatus.NotStarted, TaskStatusRules.Derive([], [], today));
        Assert.Equal(LedgerTaskStatus.InProgress, TaskStatusRules.Derive([], [30], today));
        Assert.Equal(LedgerTaskStatus.Completed, TaskStatusRules.Derive([], [100, 30], today));
        Assert.Equal(LedgerTaskStatus.Lagging, TaskStatusRules.Derive([new Milestone { Title = "m", DueOn = new DateOnly(2026, 3, 31) }], [100], today));
        Assert.Equal(LedgerTaskStatus.NotStarted, TaskStatusRules.Derive([new Milestone { Title = "m", DueOn = today }], [], today));
        Assert.Equal(LedgerTaskStatus.InProgress, TaskStatusRules.Derive([new Milestone { Title = "m", DueOn = today, CompletedOn = today }], [], today));
        Assert.Equal(LedgerTaskStatus.Lagging, TaskStatusRules.Parse("滞后"));
    }
}
