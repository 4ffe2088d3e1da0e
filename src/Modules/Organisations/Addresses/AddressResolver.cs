using System.Text;
using IpCity.Organisations.Contracts;
using IpCity.Organisations.Profiles.LoadProfile;

namespace IpCity.Organisations.Addresses;

/// <summary>
/// Rule-based resolution of an address to NBS division codes (DOMAIN.md §6.3): province by full or short
/// name, city, county-level unit within it, street within the county, and the profile city's functional
/// zones and historic names. Every answer says which rule matched and how sure it is; nothing is guessed
/// silently. Reference: reference/nbs-2023 (areas, cities, provinces, streets of the province).
/// </summary>
internal sealed class AddressResolver : IAddressResolver
{
    private static readonly Lazy<Divisions> s_divisions = new(Divisions.Load);
    private readonly string _profileCity;

    public AddressResolver()
        : this("360100")
    {
    }

    public AddressResolver(string profileCity)
    {
        _profileCity = profileCity;
    }

    private static readonly (string Pattern, string Zone, string? County, string Rule, double Confidence)[] s_zones =
    [
        ("南昌高新技术产业开发区", "360100Z02", null, "zone-name", 0.95),
        ("南昌高新区", "360100Z02", null, "zone-name", 0.95),
        ("高新技术产业开发区", "360100Z02", null, "zone-name-in-city", 0.85),
        ("高新开发区", "360100Z02", null, "zone-name-in-city", 0.8),
        ("高新区", "360100Z02", null, "zone-name-in-city", 0.8),
        ("南昌经济技术开发区", "360100Z01", null, "zone-name", 0.95),
        ("南昌经开区", "360100Z01", null, "zone-name", 0.95),
        ("经济技术开发区", "360100Z01", null, "zone-name-in-city", 0.85),
        ("经开区", "360100Z01", null, "zone-name-in-city", 0.8),
        ("临空经济区", "360100Z04", null, "zone-name", 0.9),
        ("湾里管理局", "360100Z03", "360112", "zone-name", 0.9),
        ("湾里区", "360100Z03", "360112", "historic-name:湾里区(2019年撤销,乡镇归入新建区)", 0.75),
        ("湾里", "360100Z03", "360112", "historic-name:湾里", 0.7),
    ];

    /// <summary>Development zones of counties that are not the city's functional zones (they must not match the generic names).</summary>
    private static readonly string[] s_otherZones = ["小蓝经济", "新建经济", "进贤经济", "安义工业", "青山湖高新", "桑海经济", "银三角"];

    public AddressResolution Resolve(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return new AddressResolution(null, null, null, null, null, "empty", 0);
        }

        var d = s_divisions.Value;
        var text = Normalise(address);
        var rule = new StringBuilder();
        var confidence = 1.0;

        var province = d.Provinces.FirstOrDefault(p => text.StartsWith(p.Name, StringComparison.Ordinal))
            ?? d.Provinces.FirstOrDefault(p => p.Short.Length >= 2 && text.StartsWith(p.Short, StringComparison.Ordinal));
        var cities = province is null ? d.Cities : d.CitiesOf(province.Code);
        var city = cities.FirstOrDefault(c => text.Contains(c.Name, StringComparison.Ordinal))
            ?? (province is null ? null : cities.FirstOrDefault(c => c.Short.Length >= 2 && text.Contains(c.Short, StringComparison.Ordinal)));
        if (province is null && city is not null)
        {
            province = d.Provinces.First(p => p.Code == city.Parent);
            rule.Append("city-name;");
            confidence *= 0.95;
        }

        var countyScope = city is not null ? d.CountiesOfCity(city.Code)
            : province is not null ? d.CountiesOfProvince(province.Code)
            : d.CountiesOfCity(_profileCity[..4]);
        var county = Longest(countyScope, text);
        string? cityCode = city?.Code;
        if (county is not null && city is null)
        {
            cityCode = county.Parent;
            city = d.CityByCode.GetValueOrDefault(county.Parent);
            if (province is null)
            {
                province = d.Provinces.First(p => p.Code == county.Parent[..2]);
                rule.Append("county-in-profile-city;");
                confidence *= 0.85;
            }
        }

        string? zone = null;
        if ((cityCode ?? city?.Code) == _profileCity[..4] || (city is null && province is null))
        {
            if (text.Contains("红谷滩新区", StringComparison.Ordinal) && county is null)
            {
                county = d.Counties.First(c => c.Code == "360113");
                city ??= d.Cities.First(c => c.Code == "3601");
                cityCode ??= city.Code;
                province ??= d.Provinces.First(p => p.Code == "36");
                rule.Append("historic-name:红谷滩新区→红谷滩区;");
                confidence *= 0.7;
            }

            foreach (var z in s_zones)
            {
                if (text.Contains(z.Pattern, StringComparison.Ordinal) && !s_otherZones.Any(o => text.Contains(o, StringComparison.Ordinal)))
                {
                    if (z.Rule == "zone-name-in-city" && city is null)
                    {
                        continue;
                    }

                    zone = z.Zone;
                    if (county is null && z.County is not null)
                    {
                        county = d.Counties.First(c => c.Code == z.County);
                    }

                    city ??= d.Cities.First(c => c.Code == "3601");
                    cityCode ??= city.Code;
                    province ??= d.Provinces.First(p => p.Code == "36");
                    rule.Append(z.Rule).Append(';');
                    confidence *= z.Confidence;
                    break;
                }
            }
        }

        string? street = null;
        if (county is not null && d.StreetsByCounty.TryGetValue(county.Code, out var streets))
        {
            Division? match = null;
            foreach (var s in streets)
            {
                if ((match is null || s.Name.Length > match.Name.Length)
                    && (text.Contains(s.Name, StringComparison.Ordinal) || (s.Short.Length >= 2 && text.Contains(s.Short, StringComparison.Ordinal))))
                {
                    match = s;
                }
            }

            street = match?.Code;
        }

        if (province is null)
        {
            return new AddressResolution(null, null, null, null, null, "unresolved", 0);
        }

        if (rule.Length == 0)
        {
            rule.Append(county is not null ? "province-city-county" : city is not null ? "province-city" : "province");
        }

        if (county is null && zone is null)
        {
            confidence *= city is not null ? 0.5 : 0.3;
        }

        cityCode ??= city?.Code;
        return new AddressResolution(province.Code, cityCode is null ? null : cityCode + "00", county?.Code, street, zone, rule.ToString().TrimEnd(';'), Math.Round(confidence, 2));
    }

    /// <summary>The longest-named division whose name occurs in the text (the first of equal length, in list order).</summary>
    private static Division? Longest(List<Division> scope, string text)
    {
        Division? best = null;
        foreach (var c in scope)
        {
            if ((best is null || c.Name.Length > best.Name.Length) && text.Contains(c.Name, StringComparison.Ordinal))
            {
                best = c;
            }
        }

        return best;
    }

    internal static string Normalise(string address)
    {
        var s = address.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Replace("中国", string.Empty, StringComparison.Ordinal);
    }

    private sealed record Division(string Code, string Name, string Short, string Parent);

    private sealed class Divisions
    {
        public required List<Division> Provinces { get; init; }

        public required List<Division> Cities { get; init; }

        public required List<Division> Counties { get; init; }

        public required Dictionary<string, List<Division>> StreetsByCounty { get; init; }

        public required Dictionary<string, Division> CityByCode { get; init; }

        private readonly Dictionary<string, List<Division>> _citiesByProvince = [];
        private readonly Dictionary<string, List<Division>> _countiesByCity = [];
        private readonly Dictionary<string, List<Division>> _countiesByProvince = [];

        /// <summary>Built once, read concurrently afterwards: filled by <see cref="Load"/>.</summary>
        public List<Division> CitiesOf(string province) => _citiesByProvince.GetValueOrDefault(province) ?? [];

        public List<Division> CountiesOfCity(string city) => _countiesByCity.GetValueOrDefault(city) ?? [];

        public List<Division> CountiesOfProvince(string province) => _countiesByProvince.GetValueOrDefault(province) ?? [];

        private void Group()
        {
            foreach (var g in Cities.GroupBy(c => c.Parent))
            {
                _citiesByProvince[g.Key] = g.ToList();
            }

            foreach (var g in Counties.GroupBy(c => c.Parent))
            {
                _countiesByCity[g.Key] = g.ToList();
            }

            foreach (var p in Provinces)
            {
                _countiesByProvince[p.Code] = Counties.Where(c => c.Code.StartsWith(p.Code, StringComparison.Ordinal)).ToList();
            }
        }

        public static Divisions Load()
        {
            var root = Path.Combine(AppContext.BaseDirectory, "reference", "nbs-2023");
            var provinces = CityProfileLoader.ReadCsv(Path.Combine(root, "provinces.csv"))
                .Select(r => new Division(r["code"], r["name"], Short(r["name"], ["省", "市", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区"]), string.Empty)).ToList();
            var cities = CityProfileLoader.ReadCsv(Path.Combine(root, "cities.csv"))
                .Where(r => r["name"] != "市辖区" && r["name"] != "县")
                .Select(r => new Division(r["code"], r["name"], Short(r["name"], ["市", "地区", "盟", "自治州"]), r["provinceCode"])).ToList();
            var counties = CityProfileLoader.ReadCsv(Path.Combine(root, "areas.csv"))
                .Where(r => r["name"] != "市辖区")
                .Select(r => new Division(r["code"], r["name"], r["name"], r["cityCode"])).ToList();
            var streets = CityProfileLoader.ReadCsv(Path.Combine(root, "streets_36.csv"))
                .Select(r => new Division(r["code"], r["name"], Short(r["name"], ["街道", "镇", "乡"]), r["areaCode"]))
                .GroupBy(s => s.Parent).ToDictionary(g => g.Key, g => g.ToList());
            var divisions = new Divisions { Provinces = provinces, Cities = cities, Counties = counties, StreetsByCounty = streets, CityByCode = cities.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First()) };
            divisions.Group();
            return divisions;
        }

        private static string Short(string name, string[] suffixes)
        {
            foreach (var suffix in suffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
                {
                    return name[..^suffix.Length];
                }
            }

            return name;
        }
    }
}
