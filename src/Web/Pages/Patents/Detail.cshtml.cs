using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Patents;

public sealed class DetailModel : PageModel
{
    private readonly IPatentQueries _queries;

    public DetailModel(IPatentQueries queries)
    {
        _queries = queries;
    }

    public PatentSummary? Patent { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Patent = await _queries.GetAsync(id, ct);
        if (Patent is null)
        {
            Response.StatusCode = 404;
        }
    }
}
