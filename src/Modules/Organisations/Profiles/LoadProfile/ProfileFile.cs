using System.Text.Json.Serialization;

namespace IpCity.Organisations.Profiles.LoadProfile;

/// <summary>The JSON shape of a city profile (profiles/nanchang.json).</summary>
internal sealed class ProfileFile
{
    public string ProfileVersion { get; set; } = string.Empty;

    public CitySection City { get; set; } = new();

    public DivisionSection DivisionCodes { get; set; } = new();

    public List<CountyEntry> CountyLevelUnits { get; set; } = [];

    public List<ZoneEntry> FunctionalZones { get; set; } = [];

    public List<HistoricalEntry> HistoricalUnits { get; set; } = [];

    public List<SuccessionEntry> Successions { get; set; } = [];

    public List<MembershipEntry> ZoneMembership { get; set; } = [];

    public List<PopulationEntry> Population { get; set; } = [];

    public List<GdpEntry> Gdp { get; set; } = [];

    public OutlineSection Outline { get; set; } = new();

    internal sealed class CitySection
    {
        public string Code { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string ShortName { get; set; } = string.Empty;

        public string Province { get; set; } = string.Empty;

        public string ProvinceCode { get; set; } = string.Empty;

        public string TimeZone { get; set; } = "Asia/Shanghai";
    }

    internal sealed class DivisionSection
    {
        public string Edition { get; set; } = string.Empty;

        public string AreasFile { get; set; } = string.Empty;

        public string StreetsFile { get; set; } = string.Empty;

        public string Source { get; set; } = string.Empty;
    }

    internal sealed class CountyEntry
    {
        public string Code { get; set; } = string.Empty;

        public string Kind { get; set; } = "District";

        public DateOnly? ValidFrom { get; set; }

        public string? Note { get; set; }
    }

    internal sealed class ZoneEntry
    {
        public string Code { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? ShortName { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public string? Note { get; set; }
    }

    internal sealed class HistoricalEntry
    {
        public string Code { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string Kind { get; set; } = "District";

        public DateOnly? ValidTo { get; set; }

        public string? Note { get; set; }
    }

    internal sealed class SuccessionEntry
    {
        public string Predecessor { get; set; } = string.Empty;

        public string Successor { get; set; } = string.Empty;

        public DateOnly Effective { get; set; }

        public string Kind { get; set; } = string.Empty;

        public decimal? Weight { get; set; }

        public string? Note { get; set; }
    }

    internal sealed class MembershipEntry
    {
        public string Zone { get; set; } = string.Empty;

        public string Status { get; set; } = "UNCONFIRMED";

        public string Source { get; set; } = string.Empty;

        public List<string> Streets { get; set; } = [];
    }

    internal sealed class PopulationEntry
    {
        public string Unit { get; set; } = string.Empty;

        public int Year { get; set; }

        public string Kind { get; set; } = "YearEndResident";

        public DateOnly? ReferenceDate { get; set; }

        public long Persons { get; set; }

        public string Status { get; set; } = string.Empty;

        public string Source { get; set; } = string.Empty;

        public string Vintage { get; set; } = string.Empty;
    }

    internal sealed class GdpEntry
    {
        public string Unit { get; set; } = string.Empty;

        public int Year { get; set; }

        [JsonPropertyName("value100mYuan")]
        public decimal Value100mYuan { get; set; }

        public string Status { get; set; } = string.Empty;

        public string Source { get; set; } = string.Empty;

        public string Vintage { get; set; } = string.Empty;
    }

    internal sealed class OutlineSection
    {
        public string Title { get; set; } = string.Empty;

        public string Source { get; set; } = string.Empty;

        public string? Goal2035 { get; set; }

        public List<TargetEntry> Targets { get; set; } = [];
    }

    internal sealed class TargetEntry
    {
        public string Indicator { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string Unit { get; set; } = string.Empty;

        public string Comparator { get; set; } = ">=";

        public decimal Target2025 { get; set; }

        public decimal? Baseline2020 { get; set; }
    }
}
