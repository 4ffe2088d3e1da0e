using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IpCity.Web.Pages.Monitoring.Forms;

/// <summary>The city office's approval queue: submitted forms, approve or return with a comment.</summary>
[Authorize(Policy = Policies.CityOfficer)]
public sealed class ReviewModel : FormPageBase
{
    private readonly IDataReporting _forms;

    public ReviewModel(IDataReporting forms)
    {
        _forms = forms;
    }

    public IReadOnlyList<SubmissionDto> Queue { get; private set; } = [];

    public IReadOnlyDictionary<long, DataSetDto> Sets { get; private set; } = new Dictionary<long, DataSetDto>();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostApproveAsync(long id, int? version, string? comment, CancellationToken ct) =>
        RunAsync(async () => $"已审核通过 #{(await _forms.ApproveAsync(Actor, id, new SubmissionActionRequest(comment, version), ct)).Id}。", ct);

    public Task<IActionResult> OnPostReturnAsync(long id, int? version, string? comment, CancellationToken ct) =>
        RunAsync(async () => $"已退回 #{(await _forms.ReturnAsync(Actor, id, new SubmissionActionRequest(comment, version), ct)).Id}。", ct);

    private async Task<IActionResult> RunAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
        }
        catch (IpCityException ex)
        {
            Fail(ex);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Sets = (await _forms.ListDataSetsAsync(Actor, ct)).ToDictionary(d => d.Id);
        Queue = (await _forms.ListSubmissionsAsync(Actor, null, null, "Submitted", null, ct)).OrderBy(s => s.SubmittedAtUtc).ToList();
    }
}
