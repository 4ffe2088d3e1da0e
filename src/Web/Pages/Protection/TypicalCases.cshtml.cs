using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>公众服务平台 · 年度知识产权保护典型案例 (published top 10, anonymised), with the .docx.</summary>
[AllowAnonymous]
public sealed class TypicalCasesModel : PageModel
{
    private readonly ITypicalCases _typical;

    public TypicalCasesModel(ITypicalCases typical)
    {
        _typical = typical;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<TypicalCaseDto> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        SelectedYear = Year ?? DateTimeOffset.UtcNow.AddHours(8).Year - 1;
        Cases = (await _typical.ListAsync(ProtectionActor.From(User), SelectedYear, ct)).Where(c => c.State == "Published").ToList();
    }
}
