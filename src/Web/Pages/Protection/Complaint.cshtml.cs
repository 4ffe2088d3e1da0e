using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>公众服务平台 · 投诉举报: anyone files a complaint or report (anonymous for counterfeiting and trademark infringement) and follows it with the tracking code.</summary>
[AllowAnonymous]
public sealed class ComplaintModel : PageModel
{
    private readonly ICaseRegister _cases;

    public ComplaintModel(ICaseRegister cases)
    {
        _cases = cases;
    }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public ComplaintReceipt? Receipt { get; private set; }

    public ComplaintStatusDto? Status { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return;
        }

        try
        {
            Status = await _cases.ComplaintStatusAsync(Code, ct);
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            Message = ex.Message;
        }
    }

    public async Task<IActionResult> OnPostAsync(string type, string title, string description, string? unitCode, bool anonymous, string? complainantName, string? complainantId,
        string? complainantContact, string respondentName, string? respondentId, string? number, string? numberKind, List<IFormFile>? files, CancellationToken ct)
    {
        try
        {
            var links = string.IsNullOrWhiteSpace(number) ? null : new[] { new CaseLinkInput(numberKind == "Trademark" ? "Trademark" : "Patent", number) };
            Receipt = await _cases.FileComplaintAsync(new ComplaintRequest(type, title ?? string.Empty, description ?? string.Empty, unitCode, anonymous, complainantName, complainantId, complainantContact,
                respondentName ?? string.Empty, respondentId, links), ct);
        }
        catch (IpCityException ex) when (ex.Status is 400 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            return Page();
        }

        // Evidence files: each checked by content; a refused one is named, the complaint and the others stay.
        var refused = new List<string>();
        foreach (var file in (files ?? []).Where(f => f.Length > 0))
        {
            try
            {
                await using var stream = file.OpenReadStream();
                Attached.Add(await _cases.AttachToComplaintAsync(Receipt.TrackingCode, file.FileName, stream, ct));
            }
            catch (IpCityException ex) when (ex.Status is 400 or 409 or 413 or 415)
            {
                refused.Add($"{file.FileName}: {ex.Message}");
            }
        }

        if (refused.Count > 0)
        {
            Message = "以下附件未能保存 (可凭查询码另行补充): " + string.Join("; ", refused);
        }

        return Page();
    }

    public List<AttachmentDto> Attached { get; } = [];
}
