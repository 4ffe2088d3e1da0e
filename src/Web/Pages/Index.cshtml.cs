using System.Globalization;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages;

public sealed class IndexModel : PageModel
{
    private readonly IOrgUnitDirectory _directory;
    private readonly TimeProvider _clock;
    private Dictionary<string, string> _names = [];

    public IndexModel(IOrgUnitDirectory directory, TimeProvider clock)
    {
        _directory = directory;
        _clock = clock;
    }

    public CityProfileDto? Profile { get; private set; }

    public IReadOnlyList<OrgUnitDto> Counties { get; private set; } = [];

    public IReadOnlyList<OrgUnitDto> Zones { get; private set; } = [];

    public IReadOnlyList<OrgUnitDto> Historical { get; private set; } = [];

    public IReadOnlyList<SuccessionDto> Successions { get; private set; } = [];

    public IReadOnlyList<OutlineTargetDto> Targets { get; private set; } = [];

    public IReadOnlyList<PopulationDto> Population { get; private set; } = [];

    public int StreetCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Profile = await _directory.GetProfileAsync(ct);
        if (Profile is null)
        {
            return;
        }

        var all = await _directory.GetUnitsAsync(null, includeStreets: true, ct);
        _names = all.ToDictionary(u => u.Code, u => u.Name);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var current = all.Where(u => (u.ValidTo is null || u.ValidTo >= today) && (u.ValidFrom is null || u.ValidFrom <= today)).ToList();
        Counties = current.Where(u => u.Kind is "District" or "County").ToList();
        Zones = current.Where(u => u.Kind == "FunctionalZone").ToList();
        Historical = all.Where(u => u.ValidTo is not null && u.ValidTo < today).ToList();
        StreetCount = current.Count(u => u.Kind == "Street");
        Successions = await _directory.GetSuccessionsAsync(ct);
        Targets = await _directory.GetTargetsAsync(ct);
        Population = await _directory.GetPopulationAsync(null, ct);
    }

    public string NameOf(string code) => _names.TryGetValue(code, out var name) ? name : code;

    public static string KindName(string kind) => kind switch
    {
        "District" => "市辖区",
        "County" => "县",
        "FunctionalZone" => "功能区",
        "Municipality" => "地级市",
        "Street" => "乡镇/街道",
        _ => kind,
    };

    public static string SuccessionName(string kind) => kind switch
    {
        "Abolished" => "撤销",
        "Created" => "设立",
        "Merged" => "并入",
        "Split" => "拆分",
        "Renamed" => "更名",
        _ => kind,
    };

    public static string PopulationKindName(string kind) => kind switch
    {
        "YearEndResident" => "年末常住人口",
        "Census" => "人口普查",
        "Registered" => "户籍人口",
        _ => kind,
    };

    public static string Validity(OrgUnitDto unit) => (unit.ValidFrom, unit.ValidTo) switch
    {
        (null, null) => "现行",
        ({ } f, null) => f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 起",
        (null, { } t) => "至 " + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ({ } f, { } t) => f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " — " + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
