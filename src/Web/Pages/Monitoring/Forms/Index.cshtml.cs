using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IpCity.Web.Pages.Monitoring.Forms;

/// <summary>数据填报: the data sets, the caller's units and submissions, template download and bulk upload.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel : FormPageBase
{
    private readonly IDataReporting _forms;

    public IndexModel(IDataReporting forms)
    {
        _forms = forms;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear => Year ?? DefaultYear;

    public IReadOnlyList<DataSetDto> DataSets { get; private set; } = [];

    public IReadOnlyList<SubmissionDto> Submissions { get; private set; } = [];

    public FormUploadResponse? Upload { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(long dataSetId, IFormFile? file, CancellationToken ct)
    {
        try
        {
            if (file is null || !string.Equals(Path.GetExtension(file.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase) || file.Length > 10L * 1024 * 1024)
            {
                throw new IpCityException("FORM_UPLOAD_TYPE", "请选择填好的 .xlsx 模板 (不超过 10 MB)。", 400);
            }

            await using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            Upload = await _forms.UploadAsync(Actor, dataSetId, SelectedYear, buffer, ct);
            Message = $"上传完成：{Upload.Rows} 行，新建 {Upload.Created}，更新 {Upload.Updated}，未变 {Upload.Unchanged}，错误 {Upload.Errors.Count}。";
            IsError = Upload.Errors.Count > 0;
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
        DataSets = await _forms.ListDataSetsAsync(Actor, ct);
        Submissions = await _forms.ListSubmissionsAsync(Actor, null, SelectedYear, null, null, ct);
    }
}
