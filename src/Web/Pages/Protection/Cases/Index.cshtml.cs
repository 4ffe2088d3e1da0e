using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection.Cases;

/// <summary>案件登记簿: the cases the account may see, with their next time limit; handlers register new cases here.</summary>
[Authorize(Policy = Policies.CaseReader)]
public sealed class IndexModel : PageModel
{
    private readonly ICaseRegister _cases;

    public IndexModel(ICaseRegister cases)
    {
        _cases = cases;
    }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public CasePage? Cases { get; private set; }

    public string? Message { get; private set; }

    public bool CanHandle => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public string Query => string.Join('&', new[]
    {
        Type is { Length: > 0 } ? "type=" + Uri.EscapeDataString(Type) : null,
        State is { Length: > 0 } ? "state=" + Uri.EscapeDataString(State) : null,
        Year is { } y ? $"year={y}" : null,
        Text is { Length: > 0 } ? "text=" + Uri.EscapeDataString(Text) : null,
        Overdue ? "overdue=true" : null,
    }.Where(x => x is not null));

    public static IReadOnlyList<(string Code, string Name)> Types { get; } = CaseTypes.All.Select(t => (t, CaseTypes.Name(t))).ToList();

    public static string DeadlineClass(CaseDeadlineDto? d) => d?.State switch
    {
        "Overdue" => "status-behind",
        "Reminder" => "status-atrisk",
        _ => string.Empty,
    };

    public async Task OnGetAsync(CancellationToken ct) =>
        Cases = await _cases.ListAsync(ProtectionActor.From(User), new CaseQuery(Type, State, null, Year, Text, Overdue ? true : null, Math.Max(1, P), 50), ct);

    public async Task<IActionResult> OnPostOpenAsync(string type, string title, string? summary, DateOnly receivedOn, bool confidential, string respondentName, string? respondentId,
        string? requesterName, string? requesterId, string? requesterContact, CancellationToken ct)
    {
        try
        {
            var parties = new List<PartyInput> { new(PartyRoles.Respondent, "Enterprise", respondentName ?? string.Empty, respondentId, null, null) };
            if (!string.IsNullOrWhiteSpace(requesterName))
            {
                parties.Insert(0, new PartyInput(PartyRoles.Requester, "Person", requesterName, requesterId, requesterContact, null));
            }

            var created = await _cases.OpenAsync(ProtectionActor.From(User), new OpenCaseRequest(type, title ?? string.Empty, summary, receivedOn, null, confidential, parties), ct);
            return RedirectToPage("Detail", new { id = created.Summary.Id });
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }
}
