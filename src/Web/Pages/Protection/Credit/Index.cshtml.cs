using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection.Credit;

/// <summary>信用监管: the credit records in the officer's view with kind/state filters, and the credit parameters (read-only here).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel : PageModel
{
    private readonly ICreditSupervision _credit;

    public IndexModel(ICreditSupervision credit)
    {
        _credit = credit;
    }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public CreditRecordPage? Records { get; private set; }

    public IReadOnlyList<CreditParameterDto> Parameters { get; private set; } = [];

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public string Query => string.Join('&', new[]
    {
        Kind is { Length: > 0 } ? "kind=" + Uri.EscapeDataString(Kind) : null,
        State is { Length: > 0 } ? "state=" + Uri.EscapeDataString(State) : null,
    }.Where(x => x is not null));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = ProtectionActor.From(User);
        Records = await _credit.ListAsync(actor, new CreditRecordQuery(NullIfEmpty(Kind), NullIfEmpty(State), null, Math.Max(1, P), 50), ct);
        Parameters = await _credit.ListParametersAsync(ct);
    }

    public string? Message { get; private set; }

    /// <summary>提请列入: a district or city officer records a behaviour; the listing decision is another city officer's (four-eyes).</summary>
    public async Task<IActionResult> OnPostProposeAsync(string kind, string behaviour, string subjectKind, string subjectName, string subjectIdentifier, string? unitCode,
        string facts, string legalBasis, string? documentNumber, DateOnly actOn, CancellationToken ct)
    {
        try
        {
            var created = await _credit.ProposeAsync(ProtectionActor.From(User), new ProposeCreditRecordRequest(kind, behaviour, subjectKind, subjectName ?? string.Empty, subjectIdentifier ?? string.Empty,
                NullIfEmpty(unitCode), null, facts ?? string.Empty, legalBasis ?? string.Empty, NullIfEmpty(documentNumber), actOn), ct);
            return RedirectToPage("Detail", new { id = created.Id });
        }
        catch (IpCity.BuildingBlocks.Errors.IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
