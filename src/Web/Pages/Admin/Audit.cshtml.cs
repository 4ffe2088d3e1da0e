using System.Globalization;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Admin;

[Authorize(Policy = Policies.AuditAdmin)]
public sealed class AuditModel : PageModel
{
    private readonly IAuditQueries _queries;
    private readonly IAuditVerifier _verifier;
    private readonly IAuditTrail _trail;

    public AuditModel(IAuditQueries queries, IAuditVerifier verifier, IAuditTrail trail)
    {
        _queries = queries;
        _verifier = verifier;
        _trail = trail;
    }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EventType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateTime? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateTime? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<AuditEventDto> Result { get; private set; } = new([], 1, 50, 0);

    public AuditVerifyResult? Verify { get; private set; }

    public string ExportQuery => string.Join('&', new[]
    {
        ("actor", Actor), ("eventType", EventType), ("outcome", Outcome),
        ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", To?.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await _trail.RecordAsync(new AuditEntry(AuditEvents.AuditQueried, AuditOutcome.Success, "AuditEvents", null, ExportQuery), ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        Verify = await _verifier.VerifyAsync(null, ct);
        await _trail.RecordAsync(new AuditEntry(AuditEvents.AuditVerified, Verify.Ok ? AuditOutcome.Success : AuditOutcome.Failure, "AuditEvents", null, Verify.Problem), ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Result = await _queries.QueryAsync(new AuditQuery(
            From is null ? null : DateTime.SpecifyKind(From.Value, DateTimeKind.Utc),
            To is null ? null : DateTime.SpecifyKind(To.Value.AddDays(1), DateTimeKind.Utc),
            Actor, EventType, Outcome, null, PageNumber, 50), ct);
}
