using System.Text.Json;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using IpCity.Web.Pages.Services.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Outlets;

/// <summary>
/// 服务网点 (public): the district map with outlet counts per county-level unit (the monitoring's GeoJSON and ECharts),
/// the same counts as a table, and the outlet list with exports; the city office adds and imports outlets.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly IServiceOutlets _outlets;

    public IndexModel(IServiceOutlets outlets)
    {
        _outlets = outlets;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ServiceOutletPage? Outlets { get; private set; }

    public OutletMapDto? Map { get; private set; }

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public IReadOnlyList<string> Issues { get; private set; } = [];

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    /// <summary>Post-2019 county-level boundaries, the same asset the monitoring map draws.</summary>
    public static string MapAsset => "/assets/geo-360100-2019.json";

    public static string MapAttribution => "行政区划边界: DataV.GeoAtlas 风格数据(2019 年调整后: 含红谷滩区), 示意图, 非标准地图";

    public string Query => string.Join("&amp;", new[] { ("q", Q), ("kind", Kind), ("district", District) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    public string MapJson() => JsonSerializer.Serialize(
        (Map?.Districts ?? []).Select(d => new { name = d.Name, code = d.Code, value = d.Outlets, display = d.Outlets.ToString(System.Globalization.CultureInfo.InvariantCulture) }), s_json);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        try
        {
            Outlets = await _outlets.ListAsync(actor, new ServiceOutletQuery(Q, Kind, District, null, null, PageNumber, 100), ct);
            Map = await _outlets.MapAsync(actor, Kind, ct);
        }
        catch (IpCityException ex) when (ex.Status == 400)
        {
            Message = CatalogueText.Message(ex);
        }
    }

    public async Task<IActionResult> OnPostCreateAsync(string? kind, string? name, string? address, string? district, string? phone, string? hours, string? services, CancellationToken ct)
    {
        try
        {
            await _outlets.CreateAsync(Actor.From(User), new ServiceOutletRequest(kind ?? string.Empty, name ?? string.Empty, address, district ?? string.Empty, phone, hours,
                (services ?? string.Empty).Split([',', '，', '|', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), ct);
            Done = "已新增网点。";
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = CatalogueText.Message(ex);
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        try
        {
            var result = await CatalogueText.ImportAsync(file, path => _outlets.ImportAsync(Actor.From(User), path, ct), ct);
            Done = CatalogueText.Result(result);
            Issues = result.Issues.Select(CatalogueText.Issue).ToList();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 413)
        {
            Message = CatalogueText.Message(ex);
        }

        await OnGetAsync(ct);
        return Page();
    }
}
