using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Catalogue;

/// <summary>
/// 公共服务事项清单 (public): the items in force on a date with their time limits, channels and responsible unit, and
/// the change log; the city office adds items, imports the list (XLSX) and loads the STARTER list.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    private readonly IServiceCatalogue _catalogue;

    public IndexModel(IServiceCatalogue catalogue)
    {
        _catalogue = catalogue;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ServiceItemPage? Items { get; private set; }

    public IReadOnlyList<CatalogueChangeDto> Changes { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public IReadOnlyList<string> Issues { get; private set; } = [];

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public string Query => string.Join("&amp;", new[] { ("q", Q), ("category", Category), ("asOf", AsOf is { } d ? CatalogueText.Date(d) : null) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Items = await _catalogue.ListAsync(Actor.From(User), new ServiceItemQuery(Q, Category, null, null, AsOf, PageNumber, 50), ct);
        }
        catch (IpCityException ex) when (ex.Status == 400)
        {
            Message = CatalogueText.Message(ex);
        }

        Changes = await _catalogue.ChangesAsync(Actor.From(User), null, 20, ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? code, string? name, string? category, string? legalBasis, string? conditions, string? materials, int timeLimit,
        string? timeLimitUnit, string? fee, List<string>? channels, string? unit, DateOnly? effectiveFrom, CancellationToken ct)
    {
        try
        {
            var content = new ServiceItemContent(name ?? string.Empty, category ?? string.Empty, legalBasis, conditions, CatalogueText.Lines(materials), timeLimit, timeLimitUnit, fee, channels, unit ?? string.Empty, null);
            var created = await _catalogue.CreateAsync(Actor.From(User), new CreateServiceItemRequest(code ?? string.Empty, content, effectiveFrom), ct);
            return Redirect("/Services/Catalogue/Detail?code=" + Uri.EscapeDataString(created.Code));
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = CatalogueText.Message(ex);
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        try
        {
            var result = await CatalogueText.ImportAsync(file, path => _catalogue.ImportAsync(Actor.From(User), path, ct), ct);
            Done = CatalogueText.Result(result);
            Issues = result.Issues.Select(CatalogueText.Issue).ToList();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 413)
        {
            Message = CatalogueText.Message(ex);
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStarterAsync(CancellationToken ct)
    {
        if (!IsCity)
        {
            return Forbid();
        }

        var result = await _catalogue.LoadStarterAsync(ct);
        Done = "起步清单 (STARTER, 待核): " + CatalogueText.Result(result);
        Issues = result.Issues.Select(CatalogueText.Issue).ToList();
        await OnGetAsync(ct);
        return Page();
    }
}
