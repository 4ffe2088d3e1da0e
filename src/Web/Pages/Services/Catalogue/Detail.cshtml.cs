using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Catalogue;

/// <summary>
/// 事项详情 (public): the version in force on a date with conditions, materials, time limit and channels; officers also
/// see every version; the city office adds a version from a date (the editor's version guards against lost updates).
/// </summary>
[AllowAnonymous]
public sealed class DetailModel : PageModel
{
    private readonly IServiceCatalogue _catalogue;

    public DetailModel(IServiceCatalogue catalogue)
    {
        _catalogue = catalogue;
    }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public ServiceItemDto? Item { get; private set; }

    public IReadOnlyList<ServiceItemDto> History { get; private set; } = [];

    public IReadOnlyList<CatalogueChangeDto> Changes { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public bool IsOfficer => Actor.From(User).IsOfficer;

    public bool IsEnterprise => User.IsInRole(Roles.Enterprise);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Item is null && Message is not null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReviseAsync(int basedOnVersion, string? name, string? category, string? legalBasis, string? conditions, string? materials, int timeLimit,
        string? timeLimitUnit, string? fee, List<string>? channels, string? unit, string? status, DateOnly? effectiveFrom, string? note, CancellationToken ct)
    {
        try
        {
            var content = new ServiceItemContent(name ?? string.Empty, category ?? string.Empty, legalBasis, conditions, CatalogueText.Lines(materials), timeLimit, timeLimitUnit, fee, channels, unit ?? string.Empty, status);
            var v = await _catalogue.ReviseAsync(Actor.From(User), Code ?? string.Empty, new ReviseServiceItemRequest(basedOnVersion, content, effectiveFrom, note), ct);
            Done = $"已新增第 {v.Version} 版, 自 {CatalogueText.Date(v.EffectiveFrom)} 起施行。";
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 404 or 409)
        {
            Message = CatalogueText.Message(ex);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        try
        {
            Item = await _catalogue.GetAsync(actor, Code ?? string.Empty, AsOf, ct);
            Changes = await _catalogue.ChangesAsync(actor, Item.Code, 50, ct);
            if (actor.IsOfficer)
            {
                History = await _catalogue.HistoryAsync(actor, Item.Code, ct);
            }
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            Message ??= CatalogueText.Message(ex);
        }
    }
}
