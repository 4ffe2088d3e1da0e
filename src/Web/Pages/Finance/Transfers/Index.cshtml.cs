using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Transfers;

/// <summary>转让与许可: the register in the officer's scope with filters, yearly statistics, manual entry (市局、区局) and the sync from the legal events (市局).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel : PageModel
{
    private readonly ITransferRegister _register;

    public IndexModel(ITransferRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? UniversityToFirm { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public TransferPage? Rows { get; private set; }

    public TransferStatistics? Statistics { get; private set; }

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public bool CanEnter => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public string Query => string.Join('&', new[]
    {
        Year is { } y ? "year=" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        Kind is { Length: > 0 } ? "kind=" + Uri.EscapeDataString(Kind) : null,
        District is { Length: > 0 } ? "district=" + Uri.EscapeDataString(District) : null,
        UniversityToFirm is { } u ? "universityToFirm=" + (u ? "true" : "false") : null,
    }.Where(x => x is not null));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        Rows = await _register.ListAsync(actor, new TransferQuery(Year, TransferText.NullIfEmpty(Kind), TransferText.NullIfEmpty(District), UniversityToFirm, null, Math.Max(1, P), 50), ct);
        Statistics = await _register.StatisticsAsync(actor, TransferText.NullIfEmpty(District), ct);
    }

    public async Task<IActionResult> OnPostRecordAsync(string? patentNumber, string? kind, string? fromParty, string? toParty, DateOnly? date, string? reference, decimal? amountWan,
        string? toCreditCode, string? toCountyCode, string? note, CancellationToken ct)
    {
        try
        {
            var saved = await _register.RecordAsync(Actor.From(User), new RecordTransferRequest(patentNumber, kind, fromParty, toParty, date, TransferText.NullIfEmpty(reference), amountWan,
                TransferText.NullIfEmpty(toCreditCode), TransferText.NullIfEmpty(toCountyCode), TransferText.NullIfEmpty(note)), ct);
            Done = $"已登记: {saved.ApplicationNumber} {TransferText.Kind(saved.Kind)} {saved.FromParty} → {saved.ToParty}";
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSyncAsync(CancellationToken ct)
    {
        try
        {
            var r = await _register.SyncAsync(Actor.From(User), ct);
            Done = $"同步完成: 读取 {r.Read} 条法律事件, 新增 {r.Inserted}, 终止许可 {r.Closed}, 未变 {r.Unchanged}, 未找到对应许可的终止事件 {r.UnmatchedEnds}。";
        }
        catch (IpCityException ex) when (ex.Status is 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }

        await OnGetAsync(ct);
        return Page();
    }
}
