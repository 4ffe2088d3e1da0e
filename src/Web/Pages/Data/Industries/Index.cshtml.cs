using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Data.Industries;

/// <summary>Industry catalogues: view any version, edit the active Local one (CityOfficer; every change audited).</summary>
[Authorize(Policy = Policies.CityOfficer)]
public sealed class IndexModel : PageModel
{
    private readonly IIndustryCatalogues _catalogues;

    public IndexModel(IIndustryCatalogues catalogues)
    {
        _catalogues = catalogues;
    }

    [BindProperty(SupportsGet = true)]
    public string? Catalogue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Edition { get; set; }

    public IReadOnlyList<IndustryCatalogueDto> Catalogues { get; private set; } = [];

    public IndustryCatalogueDetail? Detail { get; private set; }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public bool Editable => Detail is { Catalogue: { Kind: nameof(IndustryCatalogueKind.Local), IsActive: true } };

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(string code, string name, string? parentCode, CancellationToken ct) =>
        RunAsync(async () => $"已新建产业 {(await _catalogues.CreateIndustryAsync(Catalogue!, new CreateIndustryRequest(code, name, parentCode), ct)).Name}。", ct);

    public Task<IActionResult> OnPostRenameAsync(string industry, string name, CancellationToken ct) =>
        RunAsync(async () => $"已重命名为 {(await _catalogues.RenameIndustryAsync(Catalogue!, industry, name, ct)).Name}。", ct);

    public Task<IActionResult> OnPostAddRuleAsync(string industry, string? ipcPattern, string? keyword, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var rule = await _catalogues.AddRuleAsync(Catalogue!, industry, new AddIndustryRuleRequest(ipcPattern, keyword), ct);
            return $"已添加规则 {rule.IpcPattern ?? rule.Keyword}。";
        }, ct);

    public Task<IActionResult> OnPostRemoveRuleAsync(string industry, long ruleId, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await _catalogues.RemoveRuleAsync(Catalogue!, industry, ruleId, ct);
            return "已删除规则。";
        }, ct);

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
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Catalogues = await _catalogues.ListCataloguesAsync(ct);
        Detail = await _catalogues.GetAsync(Catalogue, Edition, ct);
        Catalogue = Detail?.Catalogue.Code ?? Catalogue;
    }
}
