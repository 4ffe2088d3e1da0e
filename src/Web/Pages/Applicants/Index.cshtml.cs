using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Applicants;

public sealed class IndexModel : PageModel
{
    private readonly IApplicantQueries _queries;

    public IndexModel(IApplicantQueries queries)
    {
        _queries = queries;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public IReadOnlyList<ApplicantDto> Applicants { get; private set; } = [];

    public static string TypeName(string type) => type switch
    {
        "Enterprise" => "企业",
        "University" => "高等院校",
        "ResearchInstitute" => "科研机构",
        "GovernmentBody" => "机关团体",
        "Individual" => "个人",
        _ => "其他",
    };

    public async Task OnGetAsync(CancellationToken ct) => Applicants = await _queries.ListAsync(Q, Type, 200, ct);
}
