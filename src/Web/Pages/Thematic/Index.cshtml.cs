using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Thematic;

/// <summary>Thematic databases: public list; officers who may import data also create them.</summary>
public sealed class IndexModel : PageModel
{
    private readonly IThematicDatabases _thematic;
    private readonly IAuthorizationService _authorization;

    public IndexModel(IThematicDatabases thematic, IAuthorizationService authorization)
    {
        _thematic = thematic;
        _authorization = authorization;
    }

    public IReadOnlyList<ThematicDto> Databases { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Databases = await _thematic.ListAsync(ct);
        CanCreate = (await _authorization.AuthorizeAsync(User, Policies.DataImporter)).Succeeded;
    }

    public async Task<IActionResult> OnPostAsync(string name, string query, string? description, CancellationToken ct)
    {
        if (!(await _authorization.AuthorizeAsync(User, Policies.DataImporter)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        try
        {
            await _thematic.CreateAsync(new CreateThematicRequest(name, query, description), ct);
            return RedirectToPage();
        }
        catch (IpCityException ex)
        {
            Error = $"{ex.Message} ({ex.Code})";
            await OnGetAsync(ct);
            return Page();
        }
    }
}
