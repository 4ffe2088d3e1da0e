using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IpCity.Web.Pages.Monitoring.Forms;

/// <summary>Fill one form (data set, unit, year): save the draft, submit; the city office approves or returns it here too.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class FillModel : FormPageBase
{
    private readonly IDataReporting _forms;

    public FillModel(IDataReporting forms)
    {
        _forms = forms;
    }

    [BindProperty(SupportsGet = true)]
    public long? DataSet { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear => Year ?? DefaultYear;

    public DataSetDto? Set { get; private set; }

    public SubmissionDto? Current { get; private set; }

    /// <summary>Values typed in, kept on a refused save so nothing is lost.</summary>
    public Dictionary<string, string> Entered { get; } = new(StringComparer.Ordinal);

    public bool Editable => Current is null || Current.State is "Draft" or "Returned" or "Approved";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostSaveAsync(int? version, string? comment, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var values = ReadValues();
            var saved = await _forms.SaveDraftAsync(Actor, new SaveDraftRequest(DataSet ?? 0, Unit, SelectedYear, values, version, comment), ct);
            return $"已保存草稿 #{saved.Id}。";
        }, ct);

    public Task<IActionResult> OnPostSubmitAsync(long id, int? version, string? comment, CancellationToken ct) =>
        RunAsync(async () => $"已提交 #{(await _forms.SubmitAsync(Actor, id, new SubmissionActionRequest(comment, version), ct)).Id}，等待市局审核。", ct);

    public Task<IActionResult> OnPostApproveAsync(long id, int? version, string? comment, CancellationToken ct) =>
        RunAsync(async () => $"已审核通过 #{(await _forms.ApproveAsync(Actor, id, new SubmissionActionRequest(comment, version), ct)).Id}。", ct);

    public Task<IActionResult> OnPostReturnAsync(long id, int? version, string? comment, CancellationToken ct) =>
        RunAsync(async () => $"已退回 #{(await _forms.ReturnAsync(Actor, id, new SubmissionActionRequest(comment, version), ct)).Id}。", ct);

    private Dictionary<string, decimal?> ReadValues()
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (key, raw) in Request.Form)
        {
            if (!key.StartsWith("v_", StringComparison.Ordinal))
            {
                continue;
            }

            var code = key[2..];
            var text = raw.ToString().Trim();
            Entered[code] = text;
            if (text.Length == 0)
            {
                values[code] = null;
            }
            else if (decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
            {
                values[code] = v;
            }
            else
            {
                throw new IpCityException("FORM_NOT_A_NUMBER", $"不是数字: {text}", 400, new Dictionary<string, object?> { ["element"] = code });
            }
        }

        return values;
    }

    private async Task<IActionResult> RunAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
            Entered.Clear();
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
        if (DataSet is null)
        {
            Message ??= "请从数据填报页选择填报表和单位。";
            return;
        }

        try
        {
            Set = await _forms.GetDataSetAsync(Actor, DataSet.Value, ct);
            Unit ??= Set.MyUnits.FirstOrDefault()?.Code;
            Current = Unit is null ? null : await _forms.FindAsync(Actor, Set.Id, Unit, SelectedYear, ct);
        }
        catch (IpCityException ex)
        {
            Fail(ex);
        }
    }

    public string ValueText(string code) =>
        Entered.TryGetValue(code, out var typed) ? typed : Current?.Values.GetValueOrDefault(code)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
