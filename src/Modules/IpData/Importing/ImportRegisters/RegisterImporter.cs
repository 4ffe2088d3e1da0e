using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing.ImportPatents;
using IpCity.IpData.Importing.Tabular;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Importing.ImportRegisters;

/// <summary>
/// Trademarks (incl. Madrid international registrations) and geographical indications from tabular lists:
/// same rules as the patent importer — alias headers, detected encoding, row-level errors, idempotent
/// upsert by natural key (注册号; GI name + type) with a content hash.
/// </summary>
internal sealed partial class RegisterImporter : IRegisterImporter
{
    private static readonly JsonSerializerOptions s_json = new();
    private readonly IpDataDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly IAddressResolver _addresses;
    private readonly string _configDir;

    private readonly StorageOptions _storage;

    public RegisterImporter(IpDataDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock, IAddressResolver addresses, StorageOptions storage, Microsoft.Extensions.Options.IOptions<IpDataOptions> options)
    {
        _archiveLimits = options.Value.ArchiveLimits;
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
        _addresses = addresses;
        _storage = storage;
        _configDir = Path.Combine(storage.DataDirectory, "config");
    }

    private readonly BuildingBlocks.Xml.ZipGuard.Limits _archiveLimits;

    [GeneratedRegex(@"[;；,，|、\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"^(?<a>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)\s*(?:至|到|~|～|—|--|-)\s*(?<b>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    public Task<ImportResult> ImportTrademarksAsync(IReadOnlyList<string> paths, IProgressSink? progress = null, CancellationToken ct = default) =>
        ImportAsync("trademarks", paths, HeaderAliases.Load(Path.Combine(_configDir, "trademark-headers.json"), "trademark-headers.json"), MapTrademark, UpsertTrademarksAsync, progress, ct);

    public Task<ImportResult> ImportGisAsync(IReadOnlyList<string> paths, IProgressSink? progress = null, CancellationToken ct = default) =>
        ImportAsync("gis", paths, HeaderAliases.Load(Path.Combine(_configDir, "gi-headers.json"), "gi-headers.json"), MapGi, UpsertGisAsync, progress, ct);

    private async Task<ImportResult> ImportAsync<T>(string kind, IReadOnlyList<string> paths, HeaderAliases aliases, Func<TabularRow, HeaderAliases, T> map,
        Func<List<T>, string, long, CancellationToken, Task<(long Inserted, long Updated, long Unchanged)>> upsert, IProgressSink? progress, CancellationToken ct)
    {
        progress ??= NullProgressSink.Instance;
        var files = PatentImporter.ExpandPaths(paths).Where(TabularReader.Handles).ToList();
        long read = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0;
        var errors = new List<ImportError>();
        var batches = new List<long>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            string sha;
            await using (var content = File.OpenRead(file))
            {
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
            }

            await using var exclusive = await ImportLock.AcquireAsync(_storage, kind + ":" + sha, name, ct);
            await PatentImporter.MarkInterruptedAsync(_db, kind, sha, ct);

            var batch = new ImportBatch
            {
                Kind = kind,
                FileName = name,
                Sha256 = sha,
                SizeBytes = new FileInfo(file).Length,
                StartedAtUtc = _clock.GetUtcNow().UtcDateTime,
                Status = ImportStatus.Running,
                StartedBy = _request.ActorName,
            };
            _db.Batches.Add(batch);
            await _db.SaveChangesAsync(ct);
            batches.Add(batch.Id);
            var pending = new List<T>();
            long fileRead = 0, fileRejected = 0, fileInserted = 0, fileUpdated = 0, fileUnchanged = 0;
            // One atomic publish per file (SECURITY.md spec 20): all of the file's rows and its Completed status
            // commit together; a crash or a fatal error leaves none of them. The transaction opens with the first
            // rows to write, so a file refused while it is read never takes the store's write lock.
            try
            {
                foreach (var row in TabularReader.Read(file, aliases, _archiveLimits))
                {
                    fileRead++;
                    try
                    {
                        pending.Add(map(row, aliases));
                    }
                    catch (CnPatentRowMapper.RowRejected ex)
                    {
                        fileRejected++;
                        errors.Add(CnPatentRowMapper.Error(name, row, ex));
                    }

                    if (pending.Count >= PatentImporter.BatchSize)
                    {
                        var r = await upsert(pending, name, batch.Id, ct);
                        (fileInserted, fileUpdated, fileUnchanged) = (fileInserted + r.Inserted, fileUpdated + r.Updated, fileUnchanged + r.Unchanged);
                        pending.Clear();
                        progress.Report($"import {name}", fileRead, 0);
                    }
                }

                var last = await upsert(pending, name, batch.Id, ct);
                (fileInserted, fileUpdated, fileUnchanged) = (fileInserted + last.Inserted, fileUpdated + last.Updated, fileUnchanged + last.Unchanged);
                batch.Status = ImportStatus.Completed;
                await FinishAsync(batch, _db.Database.CurrentTransaction ?? await _db.Database.BeginTransactionAsync(ct), ct);
            }
            catch (IpCityException)
            {
                if (_db.Database.CurrentTransaction is { } publish)
                {
                    await publish.RollbackAsync(CancellationToken.None);
                }

                (fileInserted, fileUpdated, fileUnchanged) = (0, 0, 0);
                batch.Status = ImportStatus.Failed;
                await FinishAsync(batch, null, CancellationToken.None);
                throw;
            }
            finally
            {
                if (_db.Database.CurrentTransaction is { } open)
                {
                    await open.DisposeAsync();
                }
            }

            async Task FinishAsync(ImportBatch batch, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx, CancellationToken token)
            {
                _db.ChangeTracker.Clear();
                batch.FinishedAtUtc = _clock.GetUtcNow().UtcDateTime;
                (batch.Read, batch.Inserted, batch.Updated, batch.Unchanged, batch.Rejected) = (fileRead, fileInserted, fileUpdated, fileUnchanged, fileRejected);
                _db.Batches.Update(batch);
                await _db.SaveChangesAsync(token);
                if (tx is not null)
                {
                    await tx.CommitAsync(token);
                }

                await _audit.RecordAsync(new AuditEntry(batch.Status == ImportStatus.Completed ? "ImportCompleted" : "ImportFailed", batch.Status == ImportStatus.Completed ? AuditOutcome.Success : AuditOutcome.Failure,
                    "ImportBatch", batch.Id.ToString(CultureInfo.InvariantCulture), $"{kind} {name} read={fileRead} inserted={fileInserted} updated={fileUpdated} unchanged={fileUnchanged} rejected={fileRejected}"), CancellationToken.None);
            }

            (read, inserted, updated, unchanged, rejected) = (read + fileRead, inserted + fileInserted, updated + fileUpdated, unchanged + fileUnchanged, rejected + fileRejected);
        }

        return new ImportResult(read, inserted, updated, unchanged, 0, rejected, errors, batches);
    }

    private Trademark MapTrademark(TabularRow row, HeaderAliases aliases)
    {
        string? Get(string f) => row.Values.GetValueOrDefault(f);
        string H(string f) => aliases.Display.GetValueOrDefault(f, f);
        var raw = Get("RegistrationNumber");
        var number = Digits(raw);
        if (number.Length is < 4 or > 20)
        {
            throw new CnPatentRowMapper.RowRejected(H("RegistrationNumber"), raw, "注册号无效");
        }

        var classes = new List<string>();
        foreach (var part in ListSeparators().Split(Get("NiceClasses") ?? string.Empty).Where(p => p.Length > 0))
        {
            var digits = Digits(part);
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c is < 1 or > 45)
            {
                throw new CnPatentRowMapper.RowRejected(H("NiceClasses"), Get("NiceClasses"), "尼斯分类须为 1-45");
            }

            classes.Add(c.ToString("00", CultureInfo.InvariantCulture));
        }

        DateOnly? from = null, to = null;
        if (Get("ExclusivePeriod") is { } period)
        {
            var m = Period().Match(period.Normalize(NormalizationForm.FormKC).Trim());
            if (!m.Success)
            {
                throw new CnPatentRowMapper.RowRejected(H("ExclusivePeriod"), period, "专用期限应为 起始日至截止日");
            }

            from = CnPatentRowMapper.Date(m.Groups["a"].Value, H("ExclusivePeriod"));
            to = CnPatentRowMapper.Date(m.Groups["b"].Value, H("ExclusivePeriod"));
        }

        var address = Get("Address");
        var domestic = address is not null && address.Any(ch => ch >= '\u4E00' && ch <= '\u9FFF');
        var region = domestic ? _addresses.Resolve(address) : null;
        var ir = Get("MadridIrNumber") is { } irRaw ? Digits(irRaw) : null;
        var tm = new Trademark
        {
            RegistrationNumber = number,
            MarkText = Get("MarkText"),
            NiceClasses = classes.Count == 0 ? null : string.Join(';', classes.Distinct().Order(StringComparer.Ordinal)),
            Holder = Get("Holder") is { } h ? CnPatentRowMapper.CleanName(h) : null,
            HolderAddress = address,
            Status = Get("Status"),
            ApplicationDate = CnPatentRowMapper.Date(Get("ApplicationDate"), H("ApplicationDate")),
            ExclusiveFrom = from,
            ExclusiveTo = to,
            MadridIrNumber = string.IsNullOrEmpty(ir) ? null : ir,
            Designations = Get("Designations") is { } d ? string.Join(';', ListSeparators().Split(d.Normalize(NormalizationForm.FormKC)).Where(p => p.Length > 0)) : null,
            IsDomestic = domestic,
            RegionCityCode = region?.CityCode,
            RegionCountyCode = region?.CountyCode,
            RegionZoneCode = region?.ZoneCode,
            SourceFile = string.Empty,
            ContentHash = string.Empty,
        };
        tm.ContentHash = Hash(new { tm.RegistrationNumber, tm.MarkText, tm.NiceClasses, tm.Holder, tm.HolderAddress, tm.Status, tm.ApplicationDate, tm.ExclusiveFrom, tm.ExclusiveTo, tm.MadridIrNumber, tm.Designations });
        return tm;
    }

    private static GeographicalIndication MapGi(TabularRow row, HeaderAliases aliases)
    {
        string? Get(string f) => row.Values.GetValueOrDefault(f);
        var typeText = Get("Type")!;
        var gi = new GeographicalIndication
        {
            Name = Get("Name")!,
            TypeText = typeText,
            Type = typeText.Contains("示范区", StringComparison.Ordinal) ? GiType.DemonstrationZone
                : typeText.Contains("商标", StringComparison.Ordinal) ? GiType.Trademark
                : typeText.Contains("农产品", StringComparison.Ordinal) ? GiType.Agricultural
                : typeText.Contains("产品", StringComparison.Ordinal) ? GiType.Product
                : GiType.Other,
            Area = Get("Area"),
            AreaCode = Get("AreaCode"),
            Authority = Get("Authority"),
            Number = Get("Number"),
            EffectiveText = Get("Effective"),
            ProtectedArea = Get("ProtectedArea"),
            AuthorisedUsers = Get("AuthorisedUsers"),
            SourceUrl = Get("SourceUrl"),
            SourceFile = string.Empty,
            ContentHash = string.Empty,
        };
        gi.ContentHash = Hash(new { gi.Name, gi.TypeText, gi.Area, gi.AreaCode, gi.Authority, gi.Number, gi.EffectiveText, gi.ProtectedArea, gi.AuthorisedUsers, gi.SourceUrl });
        return gi;
    }

    private async Task<(long, long, long)> UpsertTrademarksAsync(List<Trademark> rows, string file, long batchId, CancellationToken ct)
    {
        long inserted = 0, updated = 0, unchanged = 0;
        if (rows.Count == 0)
        {
            return (0, 0, 0);
        }

        await BeginPublishAsync(ct);
        var keys = rows.Select(r => r.RegistrationNumber).Distinct().ToList();
        var existing = await _db.Trademarks.Where(t => keys.Contains(t.RegistrationNumber)).ToDictionaryAsync(t => t.RegistrationNumber, ct);
        foreach (var row in rows)
        {
            row.SourceFile = file;
            row.BatchId = batchId;
            if (existing.TryGetValue(row.RegistrationNumber, out var current))
            {
                if (current.ContentHash == row.ContentHash)
                {
                    unchanged++;
                    continue;
                }

                row.Id = current.Id;
                _db.Entry(current).CurrentValues.SetValues(row);
                updated++;
                continue;
            }

            _db.Trademarks.Add(row);
            existing[row.RegistrationNumber] = row;
            inserted++;
        }

        await _db.SaveChangesAsync(ct);
        _db.ChangeTracker.Clear();
        return (inserted, updated, unchanged);
    }

    private async Task<(long, long, long)> UpsertGisAsync(List<GeographicalIndication> rows, string file, long batchId, CancellationToken ct)
    {
        long inserted = 0, updated = 0, unchanged = 0;
        if (rows.Count == 0)
        {
            return (0, 0, 0);
        }

        await BeginPublishAsync(ct);
        var names = rows.Select(r => r.Name).Distinct().ToList();
        var existing = (await _db.Gis.Where(g => names.Contains(g.Name)).ToListAsync(ct)).ToDictionary(g => (g.Name, g.TypeText));
        foreach (var row in rows)
        {
            row.SourceFile = file;
            row.BatchId = batchId;
            if (existing.TryGetValue((row.Name, row.TypeText), out var current))
            {
                if (current.ContentHash == row.ContentHash)
                {
                    unchanged++;
                    continue;
                }

                row.Id = current.Id;
                _db.Entry(current).CurrentValues.SetValues(row);
                updated++;
                continue;
            }

            _db.Gis.Add(row);
            existing[(row.Name, row.TypeText)] = row;
            inserted++;
        }

        await _db.SaveChangesAsync(ct);
        _db.ChangeTracker.Clear();
        return (inserted, updated, unchanged);
    }

    /// <summary>The file's publish transaction (see ImportAsync), opened by its first rows.</summary>
    private async Task BeginPublishAsync(CancellationToken ct)
    {
        if (_db.Database.CurrentTransaction is null)
        {
            await _db.Database.BeginTransactionAsync(ct);
        }
    }

    private static string Digits(string? raw) =>
        new((raw ?? string.Empty).Normalize(NormalizationForm.FormKC).Where(char.IsAsciiDigit).ToArray());

    private static string Hash(object value) => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, s_json)));
}
