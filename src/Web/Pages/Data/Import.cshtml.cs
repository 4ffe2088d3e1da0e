using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Data;

[Authorize(Policy = Policies.DataImporter)]
public sealed class ImportModel : PageModel
{
    public void OnGet()
    {
    }
}
