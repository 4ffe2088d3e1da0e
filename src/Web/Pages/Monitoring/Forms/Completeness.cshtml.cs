using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IpCity.Web.Pages.Monitoring.Forms;

/// <summary>完成情况: each expected unit of a data set and year with its state; CSV/XLSX export.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class CompletenessModel : FormPageBase
{
    private readonly IDataReporting _forms;

    public CompletenessModel(IDataReporting forms)
    {
        _forms = forms;
    }

    [BindProperty(SupportsGet = true)]
    public long? DataSet { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear => Year ?? DefaultYear;

    public IReadOnlyList<DataSetDto> DataSets { get; private set; } = [];

    public CompletenessDto? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        DataSets = await _forms.ListDataSetsAsync(Actor, ct);
        var id = DataSet ?? DataSets.FirstOrDefault()?.Id;
        if (id is null)
        {
            return;
        }

        try
        {
            Result = await _forms.CompletenessAsync(Actor, id.Value, SelectedYear, ct);
        }
        catch (IpCityException ex)
        {
            Fail(ex);
        }
    }
}
