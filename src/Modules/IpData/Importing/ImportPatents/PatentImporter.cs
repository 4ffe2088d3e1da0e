using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using System.Xml.Linq;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;
using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.BuildingBlocks.Xml;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing.Tabular;
using IpCity.IpData.Importing.Xml;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Importing.ImportPatents;

/// <summary>
/// Streams patent files document by document (bounded memory), parses each with the parser of its format,
/// and upserts in batches of <see cref="BatchSize"/> by natural key: a document is (country, number, kind), a
/// patent is (application country, application number). A document whose content hash is unchanged is left
/// alone, so importing the same file again changes nothing. Each file is published atomically: its batches are
/// written inside one transaction that commits with the batch's Completed status, so a crash or a fatal error
/// leaves none of the file's rows (SECURITY.md spec 20) and re-importing converges to the same rows. Bad
/// documents are reported with file, line and reason and never stop the good ones (unless Strict).
/// <para>Two stages on two threads: reading, parsing, mapping and hashing produce batches; the store stage
/// looks up, resolves and writes them (at most two batches wait in between, so memory stays bounded).</para>
/// </summary>
internal sealed class PatentImporter : IPatentImporter
{
    public const int BatchSize = 2000;
    /// <summary>The content hash's serialisation: compact, non-ASCII written as UTF-8 (escaping every Chinese character cost more than the hash).</summary>
    private static readonly JsonSerializerOptions s_hashJson = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly IpDataDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly string _aliasesOverride;
    private readonly BuildingBlocks.Storage.StorageOptions _storage;

    private readonly IAddressResolver _addresses;
    private readonly ZipGuard.Limits _archiveLimits;
    private readonly Search.Index.PatentIndex _index;

    // Addresses repeat across an applicant's patents: each distinct one is resolved once per importer (store stage).
    private readonly Dictionary<string, AddressResolution> _resolved = new(StringComparer.Ordinal);

    public PatentImporter(IpDataDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock, BuildingBlocks.Storage.StorageOptions storage, IAddressResolver addresses, Search.Index.PatentIndex index, Microsoft.Extensions.Options.IOptions<IpDataOptions> options)
    {
        _archiveLimits = options.Value.ArchiveLimits;
        _index = index;
        _addresses = addresses;
        _aliasesOverride = Path.Combine(storage.DataDirectory, "config", "cn-patent-headers.json");
        _storage = storage;
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
    }

    public async Task<ImportResult> ImportAsync(ImportRequest request, IProgressSink? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress ??= NullProgressSink.Instance;
        var files = ExpandPaths(request.Paths);
        var totals = new Counts();
        var errors = new List<ImportError>();
        var batches = new List<long>();
        foreach (var file in files)
        {
            var batch = await ImportFileAsync(file, request, totals, errors, progress, ct);
            batches.Add(batch);
        }

        await RefreshStatisticsAsync(totals.Inserted + totals.Updated, ct);
        var indexed = request.UpdateIndex ? await _index.CatchUpAsync(progress, ct) : null;
        return new ImportResult(totals.Read, totals.Inserted, totals.Updated, totals.Unchanged, totals.Skipped, totals.Rejected, errors, batches,
            indexed?.Patents ?? 0, indexed?.Elapsed.TotalSeconds ?? 0);
    }

    internal static List<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".xml" or ".csv" or ".tsv" or ".xlsx")
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new IpCityException("IMPORT_FILE_NOT_FOUND", $"找不到文件或目录: {path}", 400, new Dictionary<string, object?> { ["path"] = path });
            }
        }

        return files;
    }

    private sealed class Counts
    {
        public long Read { get; set; }

        public long Inserted { get; set; }

        public long Updated { get; set; }

        public long Unchanged { get; set; }

        public long Skipped { get; set; }

        public long Rejected { get; set; }
    }

    private async Task<long> ImportFileAsync(string file, ImportRequest request, Counts totals, List<ImportError> errors, IProgressSink progress, CancellationToken ct)
    {
        var name = Path.GetFileName(file);
        var info = new FileInfo(file);
        var sha = await Sha256Async(file, ct);
        // The same content imported twice at once: one goes on, the other is told so (409) before it writes anything.
        await using var exclusive = await ImportLock.AcquireAsync(_storage, "patents:" + sha, name, ct);
        await MarkInterruptedAsync(_db, "patents", sha, ct);
        var batch = new ImportBatch
        {
            Kind = "patents",
            FileName = name,
            Sha256 = sha,
            SizeBytes = info.Length,
            StartedAtUtc = _clock.GetUtcNow().UtcDateTime,
            Status = ImportStatus.Running,
            StartedBy = _request.ActorName,
        };
        _db.Batches.Add(batch);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ImportStarted", AuditOutcome.Success, "ImportBatch", batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"patents {name} sha256={batch.Sha256[..16]}"), ct);
        var counts = new Counts();
        // One atomic publish per file (SECURITY.md spec 20): every batch of the file is written inside one
        // transaction, committed together with the batch's Completed status. A crash, kill or fatal error
        // leaves no row of the file in the business tables and the batch not Completed; re-running converges.
        // The transaction opens with the first batch to write (FlushAsync): a file refused while it is read
        // (hostile DOCTYPE, bad bytes) never takes the store's write lock.
        try
        {
            if (TabularReader.Handles(file))
            {
                await ImportTabularAsync(file, name, batch.Id, request, counts, errors, progress, ct);
            }
            else
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                using var reader = TextEncodingDetector.OpenXml(stream);
                await PipelineAsync(ParseXml(reader, name, request, counts, errors), name, batch.Id, counts, () => (stream.Position, stream.Length), progress, ct);
            }

            batch.Status = ImportStatus.Completed;
            await FinishAsync(batch, counts, totals, _db.Database.CurrentTransaction ?? await _db.Database.BeginTransactionAsync(ct), ct);
            return batch.Id;
        }
        catch (Exception ex) when (ex is IpCityException or DecoderFallbackException or IOException)
        {
            if (_db.Database.CurrentTransaction is { } publish)
            {
                await publish.RollbackAsync(CancellationToken.None);
            }

            // Nothing of the file was kept: what would have been written is not counted as written.
            counts.Inserted = counts.Updated = counts.Unchanged = 0;
            batch.Status = ImportStatus.Failed;
            IpCityException? encoding = null;
            if (ex is DecoderFallbackException)
            {
                // Bytes that are not UTF-8 end the file (no decoder can go on past them): malformed XML
                // (SECURITY.md spec 17), located by line and column. The document being decoded is read and rejected.
                encoding = InvalidUtf8(file, name);
                counts.Read++;
                errors.Add(new ImportError(name, Convert.ToInt64(encoding.Details["line"], System.Globalization.CultureInfo.InvariantCulture), null, null, encoding.Message, encoding.Code));
                counts.Rejected++;
            }

            await FinishAsync(batch, counts, totals, null, ct);
            if (encoding is not null && request.Strict)
            {
                throw encoding;
            }

            if (encoding is null)
            {
                throw;
            }

            return batch.Id;
        }
        finally
        {
            // Any other failure: the open publish (if any) is rolled back as a crash would.
            if (_db.Database.CurrentTransaction is { } open)
            {
                await open.DisposeAsync();
            }
        }
    }

    private static IpCityException InvalidUtf8(string file, string name)
    {
        using var stream = File.OpenRead(file);
        var at = TextEncodingDetector.FindInvalidUtf8(stream);
        var (line, column) = at is { } a ? (a.Line, a.Column) : (0L, 0L);
        return new IpCityException(SafeXmlReaderFactory.Malformed, $"{name}: 第 {line} 行第 {column} 列不是有效的 UTF-8 编码 (invalid UTF-8 at line {line}, column {column})", 400,
            new Dictionary<string, object?> { ["file"] = name, ["line"] = line, ["column"] = column, ["offset"] = at?.Offset, ["reason"] = "encoding" });
    }

    /// <summary>
    /// PostgreSQL plans queries from table statistics that autovacuum refreshes only after a while: after a bulk
    /// load, ANALYZE the tables it filled, so that the first queries do not plan against an "empty" table.
    /// </summary>
    private async Task RefreshStatisticsAsync(long changed, CancellationToken ct)
    {
        if (changed < 1000 || !_db.IsPostgres())
        {
            return;
        }

        var tables = new[] { typeof(Patent), typeof(PatentDocument), typeof(PatentParty), typeof(PatentClassification), typeof(PatentPriority), typeof(PatentFamilyMember), typeof(PatentEvent), typeof(Domain.Applicant), typeof(Domain.ApplicantVariant) }
            .Select(t => _db.Model.FindEntityType(t)!)
            .Select(e => $"\"{e.GetSchema()}\".\"{e.GetTableName()}\"");
        // Table names come from the model, not from input.
#pragma warning disable EF1003
        await _db.Database.ExecuteSqlRawAsync("ANALYZE " + string.Join(", ", tables), ct);
#pragma warning restore EF1003
    }

    /// <summary>
    /// Earlier batches of the same content still Running died with their process (this one holds the content's
    /// import lock, so none of them is alive); their publish never committed.
    /// </summary>
    internal static Task<int> MarkInterruptedAsync(IpDataDbContext db, string kind, string sha, CancellationToken ct) =>
        db.Batches.Where(b => b.Kind == kind && b.Sha256 == sha && b.Status == ImportStatus.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, ImportStatus.Interrupted), ct);

    private Task ImportTabularAsync(string file, string name, long batchId, ImportRequest request, Counts counts, List<ImportError> errors, IProgressSink progress, CancellationToken ct)
    {
        var aliases = HeaderAliases.Load(_aliasesOverride);
        // Progress in rows the store stage has written (the reading stage runs up to three batches ahead).
        return PipelineAsync(MapRows(file, name, aliases, request, counts, errors), name, batchId, counts, () => (counts.Inserted + counts.Updated + counts.Unchanged, 0), progress, ct);
    }

    /// <summary>
    /// A parsed document, where it starts in its file, its content hash, and the resolution of its owners'
    /// addresses — all computed on the reading stage.
    /// </summary>
    private sealed record Pending(ParsedPatent Patent, long Line, string Hash, Dictionary<string, AddressResolution>? Addresses);

    private Pending Prepare(ParsedPatent parsed, long line)
    {
        Dictionary<string, AddressResolution>? addresses = null;
        foreach (var party in parsed.Parties)
        {
            if (party.Role is PartyRole.Applicant or PartyRole.CurrentOwner && PartyAddress(party) is { Length: > 0 } address)
            {
                addresses ??= new Dictionary<string, AddressResolution>(StringComparer.Ordinal);
                if (!addresses.ContainsKey(address))
                {
                    addresses[address] = _addresses.Resolve(address);
                }
            }
        }

        return new Pending(parsed, line, ContentHash(parsed), addresses);
    }

    /// <summary>The stored address of a party: street, city and state joined.</summary>
    private static string? PartyAddress(ParsedParty party) =>
        Clip(string.Join(", ", new[] { party.Address, party.City, party.State }.Where(s => !string.IsNullOrWhiteSpace(s))), 1000);

    private IEnumerable<Pending> MapRows(string file, string name, HeaderAliases aliases, ImportRequest request, Counts counts, List<ImportError> errors)
    {
        foreach (var row in TabularReader.Read(file, aliases, _archiveLimits))
        {
            counts.Read++;
            ParsedPatent parsed;
            try
            {
                parsed = CnPatentRowMapper.Map(row, aliases);
            }
            catch (CnPatentRowMapper.RowRejected ex)
            {
                if (request.Strict)
                {
                    throw new IpCityException("IMPORT_INVALID_VALUE", $"{name} 第 {row.Row} 行 {ex.Field}: {ex.Message} ({ex.Value})", 400,
                        new Dictionary<string, object?> { ["file"] = name, ["row"] = row.Row, ["field"] = ex.Field, ["value"] = ex.Value });
                }

                counts.Rejected++;
                errors.Add(CnPatentRowMapper.Error(name, row, ex));
                continue;
            }

            yield return Prepare(parsed, row.Row);
        }
    }

    private IEnumerable<Pending> ParseXml(StreamReader reader, string name, ImportRequest request, Counts counts, List<ImportError> errors)
    {
        foreach (var document in SafeXmlReaderFactory.SplitDocuments(reader))
        {
            counts.Read++;
            var parsed = Parse(document, name, request.Format, counts, errors, request.Strict);
            if (parsed is not null)
            {
                yield return Prepare(parsed, document.FirstLine);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="source"/> (read, parse, map, hash) on a worker thread and stores its batches here as
    /// they arrive (inside the file's publish transaction). An exception on either side stops both and surfaces
    /// here, unchanged; the caller rolls the file back.
    /// </summary>
    private async Task PipelineAsync(IEnumerable<Pending> source, string name, long batchId, Counts counts, Func<(long Done, long Total)> position, IProgressSink progress, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<List<Pending>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failed = null;
        var producer = Task.Run(async () =>
        {
            try
            {
                var batch = new List<Pending>(BatchSize);
                foreach (var item in source)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    batch.Add(item);
                    if (batch.Count >= BatchSize)
                    {
                        await channel.Writer.WriteAsync(batch, stop.Token);
                        batch = new List<Pending>(BatchSize);
                    }
                }

                await channel.Writer.WriteAsync(batch, stop.Token);
            }
            catch (Exception ex)
            {
                failed = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                channel.Writer.TryComplete();
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(ct))
            {
                await FlushAsync(batch, name, batchId, counts, ct);
                var (done, total) = position();
                progress.Report($"import {name}", done, total);
            }
        }
        catch
        {
            await stop.CancelAsync();
            await producer;
            throw;
        }

        await producer;
        failed?.Throw();
        var (end, size) = position();
        progress.Report($"import {name}", end, size == 0 ? end : size);
    }

    /// <summary>Records the batch's outcome; with <paramref name="publish"/>, inside it and then commits it.</summary>
    private async Task FinishAsync(ImportBatch batch, Counts counts, Counts totals, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? publish, CancellationToken ct)
    {
        _db.ChangeTracker.Clear();
        batch.FinishedAtUtc = _clock.GetUtcNow().UtcDateTime;
        batch.Read = counts.Read;
        batch.Inserted = counts.Inserted;
        batch.Updated = counts.Updated;
        batch.Unchanged = counts.Unchanged;
        batch.Skipped = counts.Skipped;
        batch.Rejected = counts.Rejected;
        _db.Batches.Update(batch);
        await _db.SaveChangesAsync(publish is null ? CancellationToken.None : ct);
        if (publish is not null)
        {
            await publish.CommitAsync(ct);
        }

        totals.Read += counts.Read;
        totals.Inserted += counts.Inserted;
        totals.Updated += counts.Updated;
        totals.Unchanged += counts.Unchanged;
        totals.Skipped += counts.Skipped;
        totals.Rejected += counts.Rejected;
        await _audit.RecordAsync(new AuditEntry(batch.Status == ImportStatus.Completed ? "ImportCompleted" : "ImportFailed",
            batch.Status == ImportStatus.Completed ? AuditOutcome.Success : AuditOutcome.Failure, "ImportBatch",
            batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"read={counts.Read} inserted={counts.Inserted} updated={counts.Updated} unchanged={counts.Unchanged} skipped={counts.Skipped} rejected={counts.Rejected}"), CancellationToken.None);
    }

    private static ParsedPatent? Parse(SafeXmlReaderFactory.XmlDocumentText document, string file, ImportFormat format, Counts counts, List<ImportError> errors, bool strict)
    {
        try
        {
            var root = SafeXmlReaderFactory.LoadPatentDocument(document, file);
            var parsed = ParseRoot(root, format);
            if (parsed is null)
            {
                counts.Skipped++;
            }

            return parsed;
        }
        catch (IpCityException ex) when (!strict && ex.Code != SafeXmlReaderFactory.DtdProhibited)
        {
            // A DOCTYPE that declares entities or points outside the file is hostile, not a bad record: it refuses
            // the whole file (nothing of it is published), strict or not (issue 3: "a billion-laughs file is rejected
            // at once"; SECURITY.md spec 16: 400 XML_DTD_PROHIBITED).
            counts.Rejected++;
            var line = ex.Details.TryGetValue("line", out var l) && l is int i ? i : document.FirstLine;
            errors.Add(new ImportError(file, line, null, null, ex.Message, ex.Code));
            return null;
        }
        catch (InvalidDataException ex)
        {
            if (strict)
            {
                throw new IpCityException("IMPORT_RECORD_INVALID", $"{file} 第 {document.FirstLine} 行起的文档无效: {ex.Message}", 400,
                    new Dictionary<string, object?> { ["file"] = file, ["line"] = document.FirstLine });
            }

            counts.Rejected++;
            errors.Add(new ImportError(file, document.FirstLine, null, null, ex.Message, "IMPORT_RECORD_INVALID"));
            return null;
        }
    }

    private static ParsedPatent? ParseRoot(XElement root, ImportFormat format)
    {
        var name = root.Name.LocalName;
        if (format == ImportFormat.EpoXml || (format == ImportFormat.Auto && name == "ep-patent-document"))
        {
            return EpoXmlParser.Parse(root);
        }

        if (format == ImportFormat.UsptoXml || format == ImportFormat.Auto)
        {
            return UsptoXmlParser.Parse(root);
        }

        throw new InvalidDataException($"unsupported document type <{name}>");
    }

    internal static string ContentHash(ParsedPatent parsed)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(parsed, s_hashJson);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    internal static string CanonicalNumber(string number) =>
        new(number.Trim().ToUpperInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());

    private async Task FlushAsync(List<Pending> pending, string file, long batchId, Counts counts, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }

        // Inside the file's publish transaction (ImportFileAsync), opened by the first batch: nothing here commits.
        if (_db.Database.CurrentTransaction is null)
        {
            await _db.Database.BeginTransactionAsync(ct);
        }

        var numbers = pending.SelectMany(p => p.Patent.OtherDocuments.Select(o => CanonicalNumber(o.Number)).Prepend(CanonicalNumber(p.Patent.DocumentNumber))).Distinct().ToList();
        var existing = await _db.Documents.Where(d => numbers.Contains(d.Number)).ToListAsync(ct);
        var docs = existing.ToDictionary(d => (d.Country, d.Number, d.Kind));
        var patentsByApp = new Dictionary<(string, string), Patent>();
        var fresh = new List<Patent>();
        // The ids of the patents the batch names that already exist, in one light query; a patent's rows are
        // loaded only when a new document of it arrives (an unchanged document needs none of them).
        var appNumbers = pending.Select(p => CanonicalNumber(p.Patent.ApplicationNumber)).Distinct().ToList();
        var knownIds = (await _db.Patents.AsNoTracking().Where(p => appNumbers.Contains(p.ApplicationNumber))
            .Select(p => new { p.Id, p.ApplicationCountry, p.ApplicationNumber }).ToListAsync(ct))
            .ToDictionary(p => (p.ApplicationCountry, p.ApplicationNumber), p => p.Id);

        var applicants = new Applicants.ApplicantResolver(_db);
        await applicants.PreloadAsync(pending.SelectMany(p => p.Patent.Parties).Where(x => Applicants.ApplicantResolver.IsOwnerRole(x.Role)).Select(x => x.Name.Trim()), ct);
        var local = new Counts();
        foreach (var (parsed, _, hash, addresses) in pending)
        {
            var key = (parsed.Country.ToUpperInvariant(), CanonicalNumber(parsed.DocumentNumber), parsed.Kind.ToUpperInvariant());
            if (docs.TryGetValue(key, out var doc))
            {
                if (doc.ContentHash == hash)
                {
                    local.Unchanged++;
                    continue;
                }

                var owner = doc.PatentId == 0 ? fresh.First(f => f.Documents.Contains(doc)) : await LoadPatentAsync(doc.PatentId, ct);
                doc.ContentHash = hash;
                doc.PublicationDate = parsed.PublicationDate;
                doc.IsGrant = parsed.IsGrant;
                doc.SourceFormat = parsed.SourceFormat;
                doc.SourceFile = file;
                doc.BatchId = batchId;
                Apply(owner, parsed, doc, batchId);
                Attribute(owner, addresses);
                Link(owner, applicants);
                local.Updated++;
                continue;
            }

            var appCountry = (parsed.ApplicationCountry ?? parsed.Country).ToUpperInvariant();
            var appNumber = CanonicalNumber(parsed.ApplicationNumber);
            if (!patentsByApp.TryGetValue((appCountry, appNumber), out var patent))
            {
                if (knownIds.TryGetValue((appCountry, appNumber), out var knownId))
                {
                    patent = await LoadPatentAsync(knownId, ct);
                }
                else
                {
                    // New: written by the bulk path below, not tracked.
                    patent = new Patent { ApplicationCountry = appCountry, ApplicationNumber = appNumber };
                    fresh.Add(patent);
                }

                patentsByApp[(appCountry, appNumber)] = patent;
            }

            var newDoc = Document(key, parsed.PublicationDate, parsed.IsGrant, parsed.SourceFormat, file, batchId, hash);
            patent.Documents.Add(newDoc);
            docs[key] = newDoc;
            Apply(patent, parsed, newDoc, batchId);
            Attribute(patent, addresses);
            Link(patent, applicants);
            foreach (var other in parsed.OtherDocuments)
            {
                var otherKey = (other.Country.ToUpperInvariant(), CanonicalNumber(other.Number), other.Kind.ToUpperInvariant());
                if (!docs.ContainsKey(otherKey))
                {
                    var extra = Document(otherKey, other.PublicationDate, other.IsGrant, parsed.SourceFormat, file, batchId, hash);
                    patent.Documents.Add(extra);
                    docs[otherKey] = extra;
                }
            }

            local.Inserted++;
        }

        await _db.SaveChangesAsync(ct);
        await InsertFreshAsync(fresh, ct);
        counts.Inserted += local.Inserted;
        counts.Updated += local.Updated;
        counts.Unchanged += local.Unchanged;
        _db.ChangeTracker.Clear();
    }

    private static PatentDocument Document((string Country, string Number, string Kind) key, DateOnly? published, bool isGrant, string format, string file, long batchId, string hash) => new()
    {
        Country = key.Country,
        Number = key.Number,
        Kind = key.Kind,
        PublicationDate = published,
        IsGrant = isGrant,
        SourceFormat = format,
        SourceFile = file,
        BatchId = batchId,
        ContentHash = hash,
    };

    /// <summary>New patents and their rows through prepared statements (change tracking dominated import time).</summary>
    private async Task InsertFreshAsync(List<Patent> fresh, CancellationToken ct)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        await using var bulk = new BulkInserter(_db);
        await bulk.InsertManyAsync(fresh, ct);
        if (!bulk.AssignsKeys)
        {
            var numbers = fresh.Select(p => p.ApplicationNumber).Distinct().ToList();
            var ids = (await _db.Patents.AsNoTracking().Where(p => numbers.Contains(p.ApplicationNumber))
                .Select(p => new { p.Id, p.ApplicationCountry, p.ApplicationNumber }).ToListAsync(ct))
                .ToDictionary(p => (p.ApplicationCountry, p.ApplicationNumber), p => p.Id);
            fresh.ForEach(p => p.Id = ids[(p.ApplicationCountry, p.ApplicationNumber)]);
        }

        foreach (var patent in fresh)
        {
            patent.Documents.ForEach(d => d.PatentId = patent.Id);
            patent.Parties.ForEach(x =>
            {
                x.PatentId = patent.Id;
                x.ApplicantId ??= x.ApplicantEntity?.Id;
            });
            patent.Classifications.ForEach(c => c.PatentId = patent.Id);
            patent.Priorities.ForEach(c => c.PatentId = patent.Id);
            patent.Family.ForEach(c => c.PatentId = patent.Id);
            patent.Events.ForEach(c => c.PatentId = patent.Id);
        }

        await bulk.InsertManyAsync(fresh.SelectMany(p => p.Documents).ToList(), ct);
        await bulk.InsertManyAsync(fresh.SelectMany(p => p.Parties).ToList(), ct);
        await bulk.InsertManyAsync(fresh.SelectMany(p => p.Classifications).ToList(), ct);
        await bulk.InsertManyAsync(fresh.SelectMany(p => p.Priorities).ToList(), ct);
        await bulk.InsertManyAsync(fresh.SelectMany(p => p.Family).ToList(), ct);
        await bulk.InsertManyAsync(fresh.SelectMany(p => p.Events).ToList(), ct);
    }

    private static void Link(Patent patent, Applicants.ApplicantResolver applicants)
    {
        foreach (var party in patent.Parties.Where(p => Applicants.ApplicantResolver.IsOwnerRole(p.Role) && p.ApplicantEntity is null && p.ApplicantId is null))
        {
            party.ApplicantEntity = applicants.Resolve(party.Name.Trim(), party.CreditCode, party.Country);
        }
    }

    /// <summary>
    /// Regional attribution by the first patentee's address (DOMAIN.md §1.1, parameter
    /// Patent.RegionAttribution; the current owner wins over the original applicant). Domestic patents only.
    /// </summary>
    private void Attribute(Patent patent, Dictionary<string, AddressResolution>? resolved)
    {
        var first = patent.Parties.Where(p => p.Role == PartyRole.CurrentOwner && !string.IsNullOrWhiteSpace(p.Address)).OrderBy(p => p.Sequence).FirstOrDefault()
            ?? patent.Parties.Where(p => p.Role == PartyRole.Applicant).OrderBy(p => p.Sequence).FirstOrDefault();
        if (!patent.IsDomestic || first?.Address is null)
        {
            patent.RegionRule = null;
            patent.RegionProvinceCode = patent.RegionCityCode = patent.RegionCountyCode = patent.RegionStreetCode = patent.RegionZoneCode = patent.RegionAddress = null;
            patent.RegionConfidence = null;
            return;
        }

        if (resolved?.GetValueOrDefault(first.Address) is not { } r && !_resolved.TryGetValue(first.Address, out r))
        {
            r = _addresses.Resolve(first.Address);
            if (_resolved.Count < 200_000)
            {
                _resolved[first.Address] = r;
            }
        }

        patent.RegionProvinceCode = r.ProvinceCode;
        patent.RegionCityCode = r.CityCode;
        patent.RegionCountyCode = r.CountyCode;
        patent.RegionStreetCode = r.StreetCode;
        patent.RegionZoneCode = r.ZoneCode;
        patent.RegionRule = Clip("first-patentee:" + r.Rule, 200);
        patent.RegionConfidence = r.Confidence;
        patent.RegionAddress = Clip(first.Address, 1000);
    }

    private async Task<Patent> LoadPatentAsync(long id, CancellationToken ct) =>
        await _db.Patents.Include(p => p.Documents).Include(p => p.Parties).Include(p => p.Classifications)
            .Include(p => p.Priorities).Include(p => p.Family).Include(p => p.Events)
            .FirstAsync(p => p.Id == id, ct);

    /// <summary>
    /// Takes the bibliographic data of a document when it is the patent's most authoritative one: the first
    /// document, any grant, or the current primary document itself.
    /// </summary>
    private static void Apply(Patent patent, ParsedPatent parsed, PatentDocument doc, long batchId)
    {
        var label = $"{doc.Country} {doc.Number} {doc.Kind}";
        var primaryIsGrant = patent.Documents.Any(d => d.IsGrant && $"{d.Country} {d.Number} {d.Kind}" == patent.PrimaryDocument);
        var take = patent.PrimaryDocument is null || patent.PrimaryDocument == label || (parsed.IsGrant && !primaryIsGrant);
        patent.LastBatchId = batchId;
        if (parsed.IsGrant && (patent.GrantDate is null || parsed.PublicationDate < patent.GrantDate))
        {
            patent.GrantDate = parsed.PublicationDate;
        }

        if (!take)
        {
            return;
        }

        patent.PrimaryDocument = label;
        patent.ApplicationDate = parsed.ApplicationDate ?? patent.ApplicationDate;
        patent.Type = parsed.Type;
        patent.Title = Clip(parsed.Title, 2000);
        patent.TitleLanguage = parsed.TitleLanguage;
        patent.Abstract = parsed.Abstract;
        patent.FirstClaim = parsed.FirstClaim;
        patent.ClaimCount = parsed.ClaimCount;
        patent.LegalStatus = Clip(parsed.LegalStatus, 64);
        patent.CitedByCount = parsed.CitedByCount;
        var ipc = parsed.Classifications.Where(c => c.Scheme == "IPC").ToList();
        patent.MainIpc = (ipc.FirstOrDefault(c => c.IsMain) ?? ipc.FirstOrDefault())?.Symbol;
        var first = parsed.Parties.FirstOrDefault(p => p.Role is PartyRole.CurrentOwner or PartyRole.Applicant);
        patent.IsDomestic = string.Equals(first?.Country, "CN", StringComparison.OrdinalIgnoreCase);

        patent.Parties.Clear();
        var sequence = 0;
        foreach (var party in parsed.Parties)
        {
            patent.Parties.Add(new PatentParty
            {
                Role = party.Role,
                Sequence = sequence++,
                Name = Clip(party.Name, 500)!,
                Country = Clip(party.Country, 8),
                Address = PartyAddress(party),
                CreditCode = party.CreditCode,
            });
        }

        patent.Classifications.Clear();
        foreach (var c in parsed.Classifications.DistinctBy(c => (c.Scheme, c.Symbol)))
        {
            patent.Classifications.Add(new PatentClassification { Scheme = c.Scheme, Symbol = Clip(c.Symbol, 32)!, IsMain = c.IsMain });
        }

        patent.Priorities.Clear();
        foreach (var p in parsed.Priorities)
        {
            patent.Priorities.Add(new PatentPriority { Country = Clip(p.Country, 8)!, Number = Clip(p.Number, 48)!, Date = p.Date });
        }

        patent.Family.Clear();
        foreach (var f in parsed.Family)
        {
            patent.Family.Add(new PatentFamilyMember { Country = Clip(f.Country, 8)!, Number = Clip(f.Number, 48)!, Kind = Clip(f.Kind, 4), IsGranted = f.IsGranted });
        }

        patent.Events.Clear();
        foreach (var e in parsed.Events)
        {
            patent.Events.Add(new PatentEvent { Date = e.Date, Code = Clip(e.Code, 32)!, Description = Clip(e.Description, 1000)! });
        }
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    private static async Task<string> Sha256Async(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}

