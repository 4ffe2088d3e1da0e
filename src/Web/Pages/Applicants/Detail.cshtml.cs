using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Applicants;

public sealed class DetailModel : PageModel
{
    private readonly IApplicantQueries _queries;

    public DetailModel(IApplicantQueries queries)
    {
        _queries = queries;
    }

    public ApplicantPortfolio? Portfolio { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Portfolio = await _queries.GetAsync(id, ct);
        if (Portfolio is null)
        {
            Response.StatusCode = 404;
        }
    }
}
