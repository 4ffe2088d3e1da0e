using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Applicants;

public sealed class DetailModel : PageModel
{
    private readonly IApplicantQueries _queries;
    private readonly IAuthorizationService _authorization;

    public DetailModel(IApplicantQueries queries, IAuthorizationService authorization)
    {
        _queries = queries;
        _authorization = authorization;
    }

    public ApplicantPortfolio? Portfolio { get; private set; }

    /// <summary>CityOfficers may split name variants off into a new applicant.</summary>
    public bool CanSplit { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostSplitAsync(long id, string[]? variants, string? newType, string? creditCode, CancellationToken ct)
    {
        if (!(await _authorization.AuthorizeAsync(User, Policies.CityOfficer)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        try
        {
            var created = await _queries.SplitAsync(id, new SplitApplicantRequest(variants ?? [], string.IsNullOrEmpty(newType) ? null : newType, creditCode), ct);
            return Redirect($"/Applicants/Detail?id={created.Id}");
        }
        catch (IpCityException ex)
        {
            Message = $"{ex.Message} ({ex.Code})";
            Response.StatusCode = ex.Status;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        Portfolio = await _queries.GetAsync(id, ct);
        CanSplit = Portfolio is { MergedIntoId: null, Variants.Count: > 1 } && (await _authorization.AuthorizeAsync(User, Policies.CityOfficer)).Succeeded;
        if (Portfolio is null)
        {
            Response.StatusCode = 404;
        }
    }
}
