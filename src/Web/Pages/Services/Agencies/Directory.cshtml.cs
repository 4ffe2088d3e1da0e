using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Agencies;

/// <summary>公开名录: every visitor searches the agencies (name, codes, address, district, status); no personal data.</summary>
[AllowAnonymous]
public sealed class DirectoryModel : PageModel
{
    private readonly IAgencyRegister _register;

    public DirectoryModel(IAgencyRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? County { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public AgencyDirectoryPage? Agencies { get; private set; }

    public string Query => AgencyText.Query(("q", Q), ("kind", Kind), ("county", County));

    public async Task OnGetAsync(CancellationToken ct) =>
        Agencies = await _register.DirectoryAsync(AgencyText.NullIfEmpty(Q), AgencyText.NullIfEmpty(Kind), AgencyText.NullIfEmpty(County), Math.Max(1, P), 50, ct);
}
