using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Patents;

public sealed class DetailModel : PageModel
{
    private readonly IPatentQueries _queries;
    private readonly IPatentStatusQueries _status;

    public DetailModel(IPatentQueries queries, IPatentStatusQueries status)
    {
        _queries = queries;
        _status = status;
    }

    public PatentSummary? Patent { get; private set; }

    public PatentStatusDto? Status { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public string? Error { get; private set; }

    public static string StatusName(string status) => status switch
    {
        "Pending" => "审中",
        "InForce" => "有效",
        "LapsedNonPayment" => "未缴年费终止",
        "Expired" => "期限届满",
        "Invalidated" => "全部无效",
        "Withdrawn" => "撤回 (视为撤回)",
        "Rejected" => "驳回",
        "Surrendered" => "放弃",
        "NotYetFiled" => "尚未申请",
        _ => "未知",
    };

    public static string EventName(string kind) => kind switch
    {
        "Publication" => "公开",
        "Examination" => "实质审查",
        "Grant" => "授权",
        "LapseNonPayment" => "未缴年费终止",
        "Restoration" => "权利恢复",
        "InvalidationRequest" => "无效宣告请求",
        "Invalidation" => "全部无效",
        "PartialInvalidation" => "部分无效",
        "Expiry" => "期限届满",
        "Surrender" => "放弃",
        "Withdrawal" => "撤回",
        "Rejection" => "驳回",
        "Transfer" => "权利转移",
        "LicenceRecorded" => "许可备案",
        "LicenceEnded" => "许可备案注销",
        "PledgeRegistered" => "质押登记",
        "PledgeReleased" => "质押注销",
        _ => "其他",
    };

    public static string RoleName(string role) => role switch
    {
        "Applicant" => "申请人",
        "CurrentOwner" => "当前专利权人",
        "Inventor" => "发明（设计）人",
        "Agency" => "代理机构",
        "Agent" => "代理人",
        _ => role,
    };

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Patent = await _queries.GetAsync(id, ct);
        if (Patent is null)
        {
            Response.StatusCode = 404;
            return;
        }

        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            if (DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) && d.Year is >= 1900 and <= 2200)
            {
                asOf = d;
            }
            else
            {
                Error = "基准日格式应为 YYYY-MM-DD。(STATUS_DATE_INVALID)";
            }
        }

        Status = await _status.GetStatusAsync(id, asOf, ct);
    }
}
