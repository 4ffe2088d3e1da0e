using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Web.Tests.Monitoring;

/// <summary>
/// /api/tasks and /Monitoring/Tasks through the real host. Department names and task wording are FABRICATED
/// TEST DATA (测试), not the Outline's text.
/// </summary>
public sealed partial class TasksLedgerWebTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly byte[] s_pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% fabricated test evidence\n%%EOF\n");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    private static async Task<string> CodeAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("code").GetString()!;
    }

    private static byte[] LedgerXlsx(bool withBadRow)
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Row("四", null, "四", "测试章", null, "测试牵头局", null, null),
            Row("四", "(二)", "四(二)", "知识产权金融", "测试原文 (虚构)。", "测试金融局", "东湖区", "PledgeFinancingRegisteredAmount"),
            Row("五", null, "五", "测试保护章", null, "测试执法局", null, "EnforcementClosureRate"),
        };
        if (withBadRow)
        {
            rows.Add(Row("五", null, "五(一)", "测试坏指标", null, null, null, "NoSuchIndicator"));
        }

        using var ms = new MemoryStream();
        ms.SaveAs(rows, sheetName: "任务台账");
        return ms.ToArray();

        static Dictionary<string, object?> Row(string ch, string? sec, string number, string title, string? text, string? lead, string? co, string? indicators) => new()
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

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, string url, string fileName, byte[] content, string contentType, string? edition = null) =>
        client.PostFileAsync(url, fileName, content, contentType, edition is null ? [] : [("edition", edition)]);

    private static async Task<ApiClient> LoginAsAsync(IpCityWebFactory factory, string userName, string role, string unitCode)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest(userName, "测试用户", role, IpCityWebFactory.Password, unitCode));
        }

        var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var login = await client.PostJsonAsync("/api/auth/login", new { userName, password = IpCityWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await client.RefreshCsrfAsync();
        return client;
    }

    private static async Task<(JsonElement Finance, JsonElement Protection)> ImportAsync(ApiClient city)
    {
        var import = await JsonAsync(await UploadAsync(city, "/api/tasks/import", "台账.xlsx", LedgerXlsx(withBadRow: true), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "2026-01"));
        Assert.True(import.GetProperty("changed").GetBoolean());
        var tasks = await JsonAsync(await city.GetAsync("/api/tasks?flat=true"));
        return (tasks.EnumerateArray().Single(t => t.GetProperty("number").GetString() == "四(二)"), tasks.EnumerateArray().Single(t => t.GetProperty("number").GetString() == "五"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_city_office_imports_the_starter_and_an_xlsx_ledger_idempotently_with_bad_rows_reported(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var city = await factory.LoginAsync(Roles.CityOfficer);

        var starter = await JsonAsync(await city.PostJsonAsync("/api/tasks/import/starter", null));
        Assert.Equal(7, starter.GetProperty("created").GetInt32());
        Assert.False((await JsonAsync(await city.PostJsonAsync("/api/tasks/import/starter", null))).GetProperty("changed").GetBoolean());
        var tree = await JsonAsync(await city.GetAsync("/api/tasks"));
        var finance = tree.EnumerateArray().Single(t => t.GetProperty("number").GetString() == "四(二)");
        Assert.Equal("UNCONFIRMED", finance.GetProperty("confirmation").GetString());
        var link = finance.GetProperty("indicators")[0];
        Assert.Equal("PledgeFinancingRegisteredAmount", link.GetProperty("indicatorCode").GetString());
        Assert.True(link.GetProperty("resolved").GetBoolean());

        var xlsx = LedgerXlsx(withBadRow: true);
        const string type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var first = await JsonAsync(await UploadAsync(city, "/api/tasks/import", "台账.xlsx", xlsx, type, "2026-01"));
        Assert.True(first.GetProperty("changed").GetBoolean());
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        var issue = Assert.Single(first.GetProperty("issues").EnumerateArray());
        Assert.Equal(5, issue.GetProperty("row").GetInt32());
        Assert.Equal("关联指标", issue.GetProperty("field").GetString());
        Assert.Contains("NoSuchIndicator", issue.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var again = await JsonAsync(await UploadAsync(city, "/api/tasks/import", "台账.xlsx", xlsx, type, "2026-01"));
        Assert.False(again.GetProperty("changed").GetBoolean());
        var conflict = await UploadAsync(city, "/api/tasks/import", "台账.xlsx", LedgerXlsx(withBadRow: false), type, "2026-01");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("TASK_LEDGER_EDITION_CONFLICT", await CodeAsync(conflict));
        Assert.Equal(2, (await JsonAsync(await city.GetAsync("/api/tasks/editions"))).GetArrayLength());

        using var dept = await factory.LoginAsync(Roles.DeptOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(dept, "/api/tasks/import", "台账.xlsx", xlsx, type, "2026-09")).StatusCode);

        var csv = await city.GetAsync("/api/tasks/export.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.Contains("四(二),四,(二),知识产权金融,未开始", csvText, StringComparison.Ordinal);
        var export = await city.GetAsync("/api/tasks/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var exported = (await export.Content.ReadAsByteArrayAsync()).AsSpan();
        Assert.True(exported[0] == (byte)'P' && exported[1] == (byte)'K');

        var page = await city.GetAsync("/Monitoring/Tasks");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("知识产权金融", html, StringComparison.Ordinal);
        Assert.Contains("task-import-form", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_department_reports_progress_with_evidence_and_the_city_office_reviews_the_score(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var (finance, protection) = await ImportAsync(city);
        var financeId = finance.GetProperty("id").GetInt64();
        var lead = finance.GetProperty("lead")[0];
        Assert.Equal("测试金融局", lead.GetProperty("name").GetString());

        // The city office gives the department the code its accounts carry.
        var renamed = await city.SendAsync(HttpMethod.Put, $"/api/tasks/departments/{lead.GetProperty("id").GetInt64()}", new { code = "test-finance", name = "测试金融局" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        using var department = await LoginAsAsync(factory, "t.finance", Roles.DeptOfficer, "test-finance");

        var point = await JsonAsync(await department.PostJsonAsync($"/api/tasks/{financeId}/workpoints",
            new { year = 2026, description = "测试年度工作要点", milestones = new[] { new { title = "测试里程碑", dueOn = "2026-06-30" } } }));
        var milestoneId = point.GetProperty("milestones")[0].GetProperty("id").GetInt64();
        var report = await JsonAsync(await department.PostJsonAsync($"/api/tasks/{financeId}/reports",
            new { period = "2026-Q1", text = "测试进展", percent = 100, workPointId = point.GetProperty("id").GetInt64(), completedMilestoneIds = new[] { milestoneId } }));
        Assert.Equal("test-finance", report.GetProperty("department").GetProperty("code").GetString());
        var reportId = report.GetProperty("id").GetInt64();
        var attachment = await JsonAsync(await UploadAsync(department, $"/api/tasks/reports/{reportId}/attachments", "佐证材料.pdf", s_pdf, "application/pdf"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(s_pdf)), attachment.GetProperty("sha256").GetString());

        var download = await city.GetAsync($"/api/tasks/attachments/{attachment.GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        // RFC 6266 / 5987 (SECURITY.md spec 14): the Chinese name travels as filename*=UTF-8''…, percent-encoded.
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString("佐证材料.pdf"), download.Content.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal("佐证材料.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(s_pdf, await download.Content.ReadAsByteArrayAsync());

        var self = await JsonAsync(await department.PostJsonAsync($"/api/tasks/{financeId}/evaluations", new { year = 2026, score = 95, text = "测试自评" }));
        var evaluationId = self.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await department.PostJsonAsync($"/api/tasks/evaluations/{evaluationId}/review", new { finalScore = 100 })).StatusCode);
        var reviewed = await JsonAsync(await city.PostJsonAsync($"/api/tasks/evaluations/{evaluationId}/review", new { finalScore = 90, comment = "测试评审意见" }));
        Assert.Equal(90, reviewed.GetProperty("review").GetProperty("finalScore").GetDecimal());

        var detail = await JsonAsync(await department.GetAsync($"/api/tasks/{financeId}"));
        Assert.Equal("Completed", detail.GetProperty("task").GetProperty("status").GetString());
        Assert.True(detail.GetProperty("canReport").GetBoolean());
        Assert.False(detail.GetProperty("canManage").GetBoolean());
        Assert.Equal(95, detail.GetProperty("evaluations")[0].GetProperty("score").GetDecimal());
        Assert.Equal(90, detail.GetProperty("evaluations")[0].GetProperty("review").GetProperty("finalScore").GetDecimal());

        // Another department (and the department on another task) is refused with a named error.
        var protectionId = protection.GetProperty("id").GetInt64();
        var other = await department.PostJsonAsync($"/api/tasks/{protectionId}/reports", new { period = "2026-Q1", text = "测试", percent = 10 });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("TASK_NOT_RESPONSIBLE", await CodeAsync(other));
        using var otherDept = await factory.LoginAsync(Roles.DeptOfficer);
        var notMine = await otherDept.PostJsonAsync($"/api/tasks/{financeId}/reports", new { period = "2026-Q1", text = "测试", percent = 10 });
        Assert.Equal("TASK_NOT_RESPONSIBLE", await CodeAsync(notMine));
        Assert.Equal("TASK_NOT_RESPONSIBLE", await CodeAsync(await otherDept.GetAsync($"/api/tasks/attachments/{attachment.GetProperty("id").GetInt64()}")));
        Assert.Equal(HttpStatusCode.Forbidden, (await department.SendAsync(HttpMethod.Put, $"/api/tasks/{financeId}/departments", new { lead = new[] { "测试执法局" } })).StatusCode);

        // The task page shows the report, the evidence link and the review.
        var html = await (await department.GetAsync($"/Monitoring/Tasks/Detail?id={financeId}")).Content.ReadAsStringAsync();
        Assert.Contains("佐证材料.pdf", html, StringComparison.Ordinal);
        Assert.Contains($"/api/tasks/attachments/{attachment.GetProperty("id").GetInt64()}", html, StringComparison.Ordinal);
        Assert.Contains("测试评审意见", html, StringComparison.Ordinal);
        Assert.Contains("已完成", html, StringComparison.Ordinal);

        // A progress report with evidence through the page form (antiforgery token from the page).
        var token = FormToken().Match(html).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("2026-Q2"), "period" },
            { new StringContent("60"), "percent" },
            { new StringContent("测试页面填报"), "text" },
        };
        var file = new ByteArrayContent(s_pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "evidence", "页面佐证.pdf");
        var posted = await department.Http.PostAsync($"/Monitoring/Tasks/Detail?id={financeId}&handler=Report", form);
        var postedHtml = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("已提交进展报告及佐证材料", postedHtml, StringComparison.Ordinal);
        Assert.Contains("页面佐证.pdf", postedHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_oversized_or_disallowed_attachment_is_refused_with_a_named_error(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider, new Dictionary<string, string?> { ["Monitoring:Tasks:MaxAttachmentBytes"] = "4096" });
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var (finance, _) = await ImportAsync(city);
        var financeId = finance.GetProperty("id").GetInt64();
        using var district = await factory.LoginAsync(Roles.DistrictOfficer); // 东湖区 (360102) co-operates on 四(二)
        var report = await JsonAsync(await district.PostJsonAsync($"/api/tasks/{financeId}/reports", new { period = "2026-Q1", text = "测试区县配合进展", percent = 30 }));
        var url = $"/api/tasks/reports/{report.GetProperty("id").GetInt64()}/attachments";

        var big = await UploadAsync(district, url, "big.pdf", [.. s_pdf, .. new byte[8192]], "application/pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal("TASK_ATTACHMENT_TOO_LARGE", await CodeAsync(big));
        var exe = await UploadAsync(district, url, "tool.exe", "MZ\0\0"u8.ToArray(), "application/octet-stream");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exe.StatusCode);
        Assert.Equal("TASK_ATTACHMENT_TYPE_NOT_ALLOWED", await CodeAsync(exe));
        var html = await UploadAsync(district, url, "page.html", "<script>alert(1)</script>"u8.ToArray(), "text/html");
        Assert.Equal("TASK_ATTACHMENT_TYPE_NOT_ALLOWED", await CodeAsync(html));
        var disguised = await UploadAsync(district, url, "fake.pdf", "<script>alert(1)</script>"u8.ToArray(), "application/pdf");
        Assert.Equal("TASK_ATTACHMENT_TYPE_NOT_ALLOWED", await CodeAsync(disguised));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(district, url, "ok.pdf", s_pdf, "application/pdf")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_work_point_past_its_milestone_is_listed_as_overdue_for_its_department(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var (finance, _) = await ImportAsync(city);
        var financeId = finance.GetProperty("id").GetInt64();
        await JsonAsync(await city.PostJsonAsync($"/api/tasks/{financeId}/workpoints",
            new { year = 2026, description = "测试工作要点", milestones = new[] { new { title = "测试一季度里程碑", dueOn = "2026-03-31" } } }));
        Assert.Equal(0, (await JsonAsync(await city.GetAsync("/api/tasks/overdue"))).GetArrayLength());

        factory.Clock.Advance(TimeSpan.FromDays(40)); // 2026-04-11
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        var overdue = await JsonAsync(await district.GetAsync("/api/tasks/overdue"));
        var group = Assert.Single(overdue.EnumerateArray());
        Assert.Equal("测试金融局", group.GetProperty("department").GetProperty("name").GetString());
        var item = Assert.Single(group.GetProperty("items").EnumerateArray());
        Assert.Equal("测试一季度里程碑", item.GetProperty("milestone").GetString());
        Assert.Equal(11, item.GetProperty("daysOverdue").GetInt32());
        var lagging = await JsonAsync(await district.GetAsync("/api/tasks?status=滞后"));
        Assert.Equal("四(二)", Assert.Single(lagging.EnumerateArray()).GetProperty("number").GetString());

        var page = await (await district.GetAsync("/Monitoring/Tasks")).Content.ReadAsStringAsync();
        Assert.Contains("task-overdue-mark", page, StringComparison.Ordinal);
        Assert.Contains("测试一季度里程碑", page, StringComparison.Ordinal);
        Assert.DoesNotContain("task-import-form", page, StringComparison.Ordinal);
    }
}
