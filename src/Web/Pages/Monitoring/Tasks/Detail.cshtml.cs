using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Monitoring.Tasks;

/// <summary>
/// One ledger task: work points and milestones, progress reports with evidence, self-evaluations and the city
/// office's review. Writes go through <see cref="ITaskLedger"/>, which checks the acting unit and audits.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailModel : PageModel
{
    private readonly ITaskLedger _ledger;

    public DetailModel(ITaskLedger ledger)
    {
        _ledger = ledger;
    }

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public TaskDetailDto? Detail { get; private set; }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public int CurrentYear { get; private set; } = DateTime.UtcNow.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Detail is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostDepartmentsAsync(string? lead, string? coOperating, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await _ledger.SetDepartmentsAsync(Id, new SetTaskDepartmentsRequest(Split(lead), Split(coOperating)), ct);
            return "已更新牵头与配合单位。";
        }, ct);

    public Task<IActionResult> OnPostIndicatorsAsync(string? codes, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await _ledger.SetIndicatorsAsync(Id, new SetTaskIndicatorsRequest(Split(codes).Select(c => new TaskIndicatorLinkRequest(c, null)).ToList()), ct);
            return "已更新关联指标。";
        }, ct);

    public Task<IActionResult> OnPostWorkPointAsync(int year, string? description, string? owner, string? milestone, DateOnly? dueOn, CancellationToken ct) =>
        RunAsync(async () =>
        {
            IReadOnlyList<MilestoneRequest> milestones = !string.IsNullOrWhiteSpace(milestone) && dueOn is { } due ? [new MilestoneRequest(milestone, due)] : [];
            await _ledger.AddWorkPointAsync(Id, new AddWorkPointRequest(year, description ?? string.Empty, owner, milestones), ct);
            return "已添加年度工作要点。";
        }, ct);

    public Task<IActionResult> OnPostReportAsync(string? period, string? text, int percent, long? workPointId, long? completedMilestoneId, IFormFile? evidence, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var report = await _ledger.AddReportAsync(Id, new AddProgressReportRequest(period ?? string.Empty, text ?? string.Empty, percent, workPointId,
                completedMilestoneId is { } m ? [m] : null), ct);
            if (evidence is { Length: > 0 })
            {
                await using var stream = evidence.OpenReadStream();
                await _ledger.AddAttachmentAsync(report.Id, evidence.FileName, evidence.ContentType, stream, ct);
                return "已提交进展报告及佐证材料。";
            }

            return "已提交进展报告。";
        }, ct);

    public Task<IActionResult> OnPostAttachAsync(long reportId, IFormFile? evidence, CancellationToken ct) =>
        RunAsync(async () =>
        {
            if (evidence is null)
            {
                throw new IpCityException("TASK_NO_FILE", "请选择佐证材料文件。", 400);
            }

            await using var stream = evidence.OpenReadStream();
            var a = await _ledger.AddAttachmentAsync(reportId, evidence.FileName, evidence.ContentType, stream, ct);
            return $"已上传 {a.FileName}。";
        }, ct);

    public Task<IActionResult> OnPostEvaluateAsync(int year, decimal score, string? text, string? department, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await _ledger.EvaluateAsync(Id, new SelfEvaluationRequest(year, score, text, department), ct);
            return "已提交自评。";
        }, ct);

    public Task<IActionResult> OnPostReviewAsync(long evaluationId, decimal finalScore, string? comment, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var e = await _ledger.ReviewAsync(evaluationId, new ReviewEvaluationRequest(finalScore, comment), ct);
            return $"已评审, 最终得分 {e.Review!.FinalScore.ToString("0.##", CultureInfo.InvariantCulture)}。";
        }, ct);

    private static List<string> Split(string? value) =>
        (value ?? string.Empty).Split([',', '，', '、', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task<IActionResult> RunAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
        }
        catch (IpCityException ex)
        {
            Message = $"{ex.Message} ({ex.Code})";
            IsError = true;
            Response.StatusCode = ex.Status;
        }

        await LoadAsync(ct);
        return Detail is null ? NotFound() : Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CurrentYear = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        try
        {
            Detail = await _ledger.GetAsync(Id, ct);
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            Detail = null;
        }
    }
}
