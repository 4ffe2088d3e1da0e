using System.Security.Cryptography;
using System.Text.Json;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Organisations.Contracts;
using IpCity.Organisations.Data;
using IpCity.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Organisations.Profiles.LoadProfile;

/// <summary>
/// Loads a city profile: validates every county-level code against the NBS division codes, adds the
/// streets of those units, functional zones, historical units with their successions, population, GDP and
/// the Outline's targets. Loading the same file twice changes nothing.
/// </summary>
internal sealed class CityProfileLoader : ICityProfileLoader
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly OrganisationsDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public CityProfileLoader(OrganisationsDbContext db, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
    }

    public string DefaultProfilePath => ResolveDefaultPath();

    public static string ResolveDefaultPath()
    {
        var env = Environment.GetEnvironmentVariable("IPCITY_PROFILE");
        return string.IsNullOrWhiteSpace(env)
            ? Path.Combine(AppContext.BaseDirectory, "profiles", "nanchang.json")
            : Path.GetFullPath(env);
    }

    public async Task<ProfileLoadResult> LoadAsync(string? path = null, CancellationToken ct = default)
    {
        path = Path.GetFullPath(path ?? DefaultProfilePath);
        if (!File.Exists(path))
        {
            throw new IpCityException(ErrorCodes.ProfileInvalid, $"Profile file not found: {path}");
        }

        var bytes = await File.ReadAllBytesAsync(path, ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        ProfileFile profile;
        try
        {
            profile = JsonSerializer.Deserialize<ProfileFile>(bytes, s_json)
                ?? throw new IpCityException(ErrorCodes.ProfileInvalid, "Profile file is empty.");
        }
        catch (JsonException ex)
        {
            throw new IpCityException(ErrorCodes.ProfileInvalid, $"Profile file is not valid JSON: {ex.Message}");
        }

        var baseDir = ResolveBaseDirectory(path, profile.DivisionCodes.AreasFile);
        var model = Build(profile, baseDir, path, sha);

        var current = await _db.Profiles.AsNoTracking().OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        var unchanged = current is not null && current.Sha256 == sha && current.CityCode == profile.City.Code;
        if (!unchanged)
        {
            var strategy = _db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await _db.Database.BeginTransactionAsync(ct);
                await _db.ZoneMemberships.ExecuteDeleteAsync(ct);
                await _db.Successions.ExecuteDeleteAsync(ct);
                await _db.Population.ExecuteDeleteAsync(ct);
                await _db.Gdp.ExecuteDeleteAsync(ct);
                await _db.Targets.ExecuteDeleteAsync(ct);
                await _db.Profiles.ExecuteDeleteAsync(ct);
                await _db.Units.Where(u => u.Kind == OrgUnitKind.Street).ExecuteDeleteAsync(ct);
                await _db.Units.Where(u => u.ParentCode != null).ExecuteDeleteAsync(ct);
                await _db.Units.ExecuteDeleteAsync(ct);
                _db.Units.AddRange(model.Units);
                await _db.SaveChangesAsync(ct);
                _db.ZoneMemberships.AddRange(model.Memberships);
                _db.Successions.AddRange(model.Successions);
                _db.Population.AddRange(model.Population);
                _db.Gdp.AddRange(model.Gdp);
                _db.Targets.AddRange(model.Targets);
                _db.Profiles.Add(model.Info);
                await _db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            });
            _db.ChangeTracker.Clear();

            // Recorded after the commit: the audit trail lives in another module's store, and an embedded
            // SQLite file has one writer at a time.
            await _audit.RecordAsync(new AuditEntry(AuditEvents.ProfileLoaded, AuditOutcome.Success, "CityProfile", profile.City.Code, $"version={profile.ProfileVersion}; sha256={sha}"), ct);
        }

        return new ProfileLoadResult(
            profile.City.Code,
            profile.ProfileVersion,
            model.Units.Count(u => u.Kind != OrgUnitKind.Street),
            model.Units.Count(u => u.Kind == OrgUnitKind.Street),
            model.Population.Count,
            model.Gdp.Count,
            model.Targets.Count,
            !unchanged);
    }

    private static string ResolveBaseDirectory(string profilePath, string areasFile)
    {
        // Reference files are named relative to the application (or repository) root; try the profile's
        // parent folder first (profiles/../reference/...), then the application folder.
        var parent = Path.GetDirectoryName(Path.GetDirectoryName(profilePath)) ?? AppContext.BaseDirectory;
        return File.Exists(Path.Combine(parent, areasFile)) ? parent : AppContext.BaseDirectory;
    }

    private sealed record Model(
        List<OrgUnit> Units,
        List<ZoneMembership> Memberships,
        List<OrgUnitSuccession> Successions,
        List<PopulationFigure> Population,
        List<GdpFigure> Gdp,
        List<OutlineTarget> Targets,
        ProfileInfo Info);

    private Model Build(ProfileFile p, string baseDir, string path, string sha)
    {
        Require(p.City.Code.Length == 6 && p.City.Code.All(char.IsAsciiDigit), "city.code must be a 6-digit division code");
        Require(!string.IsNullOrWhiteSpace(p.City.Name), "city.name is required");
        Require(!string.IsNullOrWhiteSpace(p.ProfileVersion), "profileVersion is required");
        var areasPath = Path.Combine(baseDir, p.DivisionCodes.AreasFile);
        var streetsPath = Path.Combine(baseDir, p.DivisionCodes.StreetsFile);
        Require(File.Exists(areasPath), $"divisionCodes.areasFile not found: {p.DivisionCodes.AreasFile}");
        Require(File.Exists(streetsPath), $"divisionCodes.streetsFile not found: {p.DivisionCodes.StreetsFile}");
        var cityPrefix = p.City.Code[..4];
        var areas = ReadCsv(areasPath).Where(r => r["cityCode"] == cityPrefix).ToDictionary(r => r["code"], r => r["name"]);
        var source = $"{p.DivisionCodes.Edition}; {p.DivisionCodes.Source}";

        var units = new List<OrgUnit>
        {
            new() { Code = p.City.Code, Name = p.City.Name, ShortName = p.City.ShortName, Kind = OrgUnitKind.Municipality, StatisticalCode = p.City.Code, Source = source },
        };
        foreach (var c in p.CountyLevelUnits)
        {
            Require(areas.TryGetValue(c.Code, out var name), $"countyLevelUnits: {c.Code} is not a county-level unit of {p.City.Code} in {p.DivisionCodes.Edition}");
            var kind = ParseEnum<OrgUnitKind>(c.Kind, $"countyLevelUnits[{c.Code}].kind");
            Require(kind is OrgUnitKind.District or OrgUnitKind.County, $"countyLevelUnits[{c.Code}].kind must be District or County");
            units.Add(new OrgUnit { Code = c.Code, Name = name!, Kind = kind, ParentCode = p.City.Code, StatisticalCode = c.Code, ValidFrom = c.ValidFrom, Note = c.Note, Source = source });
        }

        foreach (var z in p.FunctionalZones)
        {
            Require(!string.IsNullOrWhiteSpace(z.Code) && !string.IsNullOrWhiteSpace(z.Name), "functionalZones: code and name are required");
            units.Add(new OrgUnit { Code = z.Code, Name = z.Name, ShortName = z.ShortName, Kind = OrgUnitKind.FunctionalZone, ParentCode = p.City.Code, ValidFrom = z.ValidFrom, Note = z.Note, Source = "city profile " + p.ProfileVersion });
        }

        foreach (var h in p.HistoricalUnits)
        {
            Require(h.ValidTo is not null, $"historicalUnits[{h.Code}].validTo is required");
            units.Add(new OrgUnit { Code = h.Code, Name = h.Name, Kind = ParseEnum<OrgUnitKind>(h.Kind, $"historicalUnits[{h.Code}].kind"), ParentCode = p.City.Code, StatisticalCode = h.Code.All(char.IsAsciiDigit) ? h.Code : null, ValidTo = h.ValidTo, Note = h.Note, Source = "city profile " + p.ProfileVersion });
        }

        var countyCodes = p.CountyLevelUnits.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var streets = ReadCsv(streetsPath).Where(r => countyCodes.Contains(r["areaCode"])).ToList();
        foreach (var s in streets)
        {
            units.Add(new OrgUnit { Code = s["code"], Name = s["name"], Kind = OrgUnitKind.Street, ParentCode = s["areaCode"], StatisticalCode = s["code"], Source = source });
        }

        var codes = units.Select(u => u.Code).ToList();
        Require(codes.Count == codes.Distinct(StringComparer.Ordinal).Count(), "unit codes must be unique");
        var known = codes.ToHashSet(StringComparer.Ordinal);

        var memberships = new List<ZoneMembership>();
        foreach (var m in p.ZoneMembership)
        {
            Require(units.Any(u => u.Code == m.Zone && u.Kind == OrgUnitKind.FunctionalZone), $"zoneMembership: {m.Zone} is not a functional zone");
            foreach (var streetName in m.Streets)
            {
                var street = units.Where(u => u.Kind == OrgUnitKind.Street && u.Name == streetName).ToList();
                Require(street.Count == 1, $"zoneMembership[{m.Zone}]: street '{streetName}' must match exactly one street unit (found {street.Count})");
                memberships.Add(new ZoneMembership { ZoneCode = m.Zone, StreetCode = street[0].Code, Status = m.Status, Source = m.Source });
            }
        }

        var successions = p.Successions.Select(s =>
        {
            Require(known.Contains(s.Predecessor) && known.Contains(s.Successor), $"successions: unknown unit {s.Predecessor} or {s.Successor}");
            return new OrgUnitSuccession { PredecessorCode = s.Predecessor, SuccessorCode = s.Successor, Effective = s.Effective, Kind = ParseEnum<SuccessionKind>(s.Kind, "successions.kind"), Weight = s.Weight, Note = s.Note };
        }).ToList();

        var population = p.Population.Select(x =>
        {
            Require(known.Contains(x.Unit), $"population: unknown unit {x.Unit}");
            Require(x.Persons > 0, $"population[{x.Unit},{x.Year}]: persons must be positive");
            Require(!string.IsNullOrWhiteSpace(x.Source) && !string.IsNullOrWhiteSpace(x.Status), $"population[{x.Unit},{x.Year}]: source and status are required");
            return new PopulationFigure { UnitCode = x.Unit, Year = x.Year, Kind = ParseEnum<PopulationKind>(x.Kind, "population.kind"), ReferenceDate = x.ReferenceDate ?? new DateOnly(x.Year, 12, 31), Persons = x.Persons, Status = x.Status, Source = x.Source, Vintage = x.Vintage };
        }).ToList();

        var gdp = p.Gdp.Select(x =>
        {
            Require(known.Contains(x.Unit), $"gdp: unknown unit {x.Unit}");
            Require(!string.IsNullOrWhiteSpace(x.Source), $"gdp[{x.Unit},{x.Year}]: source is required");
            return new GdpFigure { UnitCode = x.Unit, Year = x.Year, Value100mYuan = x.Value100mYuan, Status = x.Status, Source = x.Source, Vintage = x.Vintage };
        }).ToList();

        var targets = p.Outline.Targets.Select(t => new OutlineTarget
        {
            IndicatorCode = t.Indicator,
            Name = t.Name,
            Unit = t.Unit,
            Comparator = t.Comparator,
            Baseline2020 = t.Baseline2020,
            Target2025 = t.Target2025,
            Target2035 = p.Outline.Goal2035,
            Source = p.Outline.Source,
        }).ToList();

        var info = new ProfileInfo
        {
            CityCode = p.City.Code,
            CityName = p.City.Name,
            ShortName = p.City.ShortName,
            Province = p.City.Province,
            ProfileVersion = p.ProfileVersion,
            FileName = Path.GetFileName(path),
            Sha256 = sha,
            DivisionEdition = p.DivisionCodes.Edition,
            OutlineTitle = p.Outline.Title,
            OutlineSource = p.Outline.Source,
            Goal2035 = p.Outline.Goal2035,
            LoadedAtUtc = _clock.GetUtcNow().UtcDateTime,
        };
        return new Model(units, memberships, successions, population, gdp, targets, info);
    }

    private static T ParseEnum<T>(string value, string field)
        where T : struct, Enum
    {
        Require(Enum.TryParse<T>(value, ignoreCase: false, out var parsed), $"{field}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
        return parsed;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new IpCityException(ErrorCodes.ProfileInvalid, "Invalid city profile: " + message);
        }
    }

    /// <summary>Reads the NBS CSV layout: a header line, comma-separated, names in double quotes, no embedded commas.</summary>
    internal static IEnumerable<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Split(',') ?? [];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < cells.Length; i++)
            {
                row[header[i]] = cells[i].Trim().Trim('"');
            }

            yield return row;
        }
    }
}
