using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Monitoring;

/// <summary>
/// Drill-down of one indicator value: exactly the records it counted (for the high-value indicator, the patents with
/// the categories that qualified them), paged, with the API's CSV/XLSX exports. Lists the same computation as
/// GET /api/indicators/{code}/values/records: the latest, else the published one.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class RecordsModel : PageModel
{
    public const int PageSize = 50;

    /// <summary>zh-CN names of the high-value categories (DOMAIN.md §1.1).</summary>
    public static readonly IReadOnlyDictionary<string, string> CategoryNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["StrategicEmergingIndustry"] = "战略性新兴产业",
        ["OverseasFamilyGrant"] = "海外同族授权",
        ["MaintainedOver10Years"] = "维持年限超过10年",
        ["HighPledgeAmount"] = "较高质押融资金额",
        ["NationalAward"] = "国家科学技术奖/中国专利奖",
    };

    private readonly IIndicatorService _indicators;

    public RecordsModel(IIndicatorService indicators)
    {
        _indicators = indicators;
    }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IndicatorValueDto? Value { get; private set; }

    public ValueRecordsPage? Records { get; private set; }

    public string? Message { get; private set; }

    public string UnitCode => string.IsNullOrWhiteSpace(Unit) ? IndexModel.CityCode : Unit.Trim();

    public int PageCount => Records is null ? 0 : Math.Max(1, (Records.Total + PageSize - 1) / PageSize);

    public string Query(int page) =>
        $"code={Uri.EscapeDataString(Code ?? string.Empty)}&unit={Uri.EscapeDataString(UnitCode)}&year={Year}&page={page}";

    public string BackUrl => UnitCode == IndexModel.CityCode
        ? $"/Monitoring?year={Year}"
        : $"/Monitoring/Unit?unit={Uri.EscapeDataString(UnitCode)}&year={Year}";

    public string ExportQuery => $"unit={Uri.EscapeDataString(UnitCode)}&year={Year}";

    public static string CategoryName(string code) => CategoryNames.GetValueOrDefault(code, code);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code) || Year is null)
        {
            Message = "请指定指标(code)与年度(year)。";
            Response.StatusCode = 400;
            return;
        }

        try
        {
            var view = await _indicators.GetAsync(Code, UnitCode, Year.Value, null, ct);
            Value = view.Latest ?? view.Published;
            if (Value is null)
            {
                Message = $"{Code} {UnitCode} {Year} 尚未计算。";
                Response.StatusCode = 404;
                return;
            }

            Records = await _indicators.RecordsAsync(Value.Id, Math.Max(1, PageNumber), PageSize, ct);
        }
        catch (IpCityException ex)
        {
            Message = $"{ex.Message} ({ex.Code})";
            Response.StatusCode = ex.Status;
        }
    }
}
