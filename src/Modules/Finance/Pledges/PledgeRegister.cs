using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.Finance.Data;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Pledges;

/// <summary>
/// The pledge register (DOMAIN.md §1.4). Registrations come from registration lists (XLSX) and from the IP data
/// center's pledge events; both are reconciled so that one financing counts once: registrations sharing a main
/// contract number form one loan (a loan secured by patents and trademarks has one registration per right type),
/// a pledge event is matched to its registration by the registration number written in it, else by patent and
/// date, and kept as an event-only registration (amount unknown) when no register row exists. 变更 rows change a
/// registration, 注销 rows and release events close it; neither adds or removes financing.
/// Scope: the city office and departments see all loans, a district officer its county-level unit's, an
/// enterprise its own (by 统一社会信用代码); anything else is 404 with an AccessDenied audit row.
/// </summary>
internal sealed class PledgeRegister : IPledgeRegister
{
    public const string NotFound = "PLEDGE_NOT_FOUND";
    public const string FileInvalid = "PLEDGE_FILE_INVALID";
    public const string ParameterInvalid = "FINANCE_PARAMETER_INVALID";
    public const string ImportedEvent = "PledgeRegisterImported";
    public const string ReconciledEvent = "PledgeRegisterReconciled";
    public const string ParameterEvent = "FinanceParameterSet";

    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly FinanceDbContext _db;
    private readonly IUtilisationEvents _events;
    private readonly IAddressResolver _addresses;
    private readonly IOrgUnitDirectory _directory;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public PledgeRegister(FinanceDbContext db, IUtilisationEvents events, IAddressResolver addresses, IOrgUnitDirectory directory, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _events = events;
        _addresses = addresses;
        _directory = directory;
        _audit = audit;
        _clock = clock;
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task<PledgeImportResult> ImportAsync(Actor actor, string path, string? fileName = null, bool strict = false, IProgressSink? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCity(actor);
        progress ??= NullProgressSink.Instance;
        var name = Path.GetFileName(fileName ?? path);
        var (rows, errors, read) = PledgeFile.Read(path);
        progress.Report("rows read", read, read);

        // Rows of one registration together; the 设立 rows define it, 变更 and 注销 rows change it.
        var groups = rows.GroupBy(r => r.RegistrationNumber, StringComparer.Ordinal).ToList();
        var patents = await _events.FindPatentsAsync(rows.Where(r => r.ItemKind == PledgeItemKind.Patent && r.ItemNumber is not null).Select(r => r.ItemNumber!).ToList(), ct);
        var marks = await _events.FindTrademarksAsync(rows.Where(r => r.ItemKind == PledgeItemKind.Trademark && r.ItemNumber is not null).Select(r => r.ItemNumber!).ToList(), ct);
        var parsed = new List<ParsedRegistration>();
        var amendments = new List<List<PledgeRow>>();
        foreach (var g in groups)
        {
            var registration = Assemble(g.ToList(), patents, marks, errors);
            if (registration is not null)
            {
                parsed.Add(registration);
            }
            else
            {
                amendments.Add(g.ToList());
            }
        }

        // 变更 / 注销 rows of registrations imported before: the registration must exist.
        var amendNumbers = amendments.Select(a => a[0].RegistrationNumber).ToList();
        var amendTargets = await _db.PledgeRegistrations.AsNoTracking().Where(r => amendNumbers.Contains(r.RegistrationNumber)).Select(r => r.RegistrationNumber).ToListAsync(ct);
        foreach (var a in amendments.Where(a => !amendTargets.Contains(a[0].RegistrationNumber, StringComparer.Ordinal)).ToList())
        {
            amendments.Remove(a);
            errors.AddRange(a.Select(r => new PledgeRowError(r.Row, PledgeFile.Display("RegistrationNumber"), r.RegistrationNumber, "变更/注销行的登记号既不在本文件的设立登记中, 也未曾导入")));
        }

        var rejectedRows = errors.Select(e => e.Row).Distinct().Count();
        if (strict && errors.Count > 0)
        {
            throw new IpCityException(FileInvalid, $"质押登记文件 {name} 有 {rejectedRows} 行错误 (--strict: 未导入任何行)", 400,
                new Dictionary<string, object?> { ["file"] = name, ["errors"] = errors.OrderBy(e => e.Row).ToList() });
        }

        string sha;
        await using (var stream = File.OpenRead(path))
        {
            sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        }

        var batch = new PledgeImportBatch { FileName = name, Sha256 = sha, StartedAtUtc = Now, StartedBy = actor.Name, Read = read };
        int inserted = 0, updated = 0, unchanged = 0;
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            _db.PledgeImports.Add(batch);
            await _db.SaveChangesAsync(ct);
            var numbers = parsed.Select(p => p.Number).ToList();
            var existing = new Dictionary<string, PledgeRegistration>(StringComparer.Ordinal);
            foreach (var chunk in numbers.Chunk(500))
            {
                foreach (var r in await _db.PledgeRegistrations.Include(r => r.Items).Where(r => chunk.Contains(r.RegistrationNumber)).ToListAsync(ct))
                {
                    existing[r.RegistrationNumber] = r;
                }
            }

            var touchedLoans = new HashSet<long>();
            var done = 0;
            foreach (var p in parsed)
            {
                if (existing.TryGetValue(p.Number, out var current) && current.Source == PledgeSource.Register && current.ContentHash == p.Hash)
                {
                    unchanged++;
                }
                else
                {
                    var loan = await LoanForAsync(p, ct);
                    if (current is null)
                    {
                        current = new PledgeRegistration { RegistrationNumber = p.Number, Pledgor = p.Pledgor };
                        loan.Registrations.Add(current);
                        inserted++;
                    }
                    else
                    {
                        touchedLoans.Add(current.LoanId);
                        if (current.LoanId != loan.Id)
                        {
                            current.LoanId = loan.Id;
                        }

                        _db.PledgedItems.RemoveRange(current.Items);
                        current.Items = [];
                        updated++;
                    }

                    Apply(current, p, name, batch.Id);
                    await _db.SaveChangesAsync(ct);
                    touchedLoans.Add(loan.Id);
                }

                progress.Report("registrations", ++done, parsed.Count);
            }

            foreach (var rowsOfOne in amendments)
            {
                var number = rowsOfOne[0].RegistrationNumber;
                var target = await _db.PledgeRegistrations.FirstAsync(r => r.RegistrationNumber == number, ct);
                var change = rowsOfOne.Where(r => r.Action == PledgeAction.Change).MaxBy(r => r.RegisteredOn);
                var cancel = rowsOfOne.Where(r => r.Action == PledgeAction.Cancel).MinBy(r => r.RegisteredOn);
                var (changedOn, note, termTo, cancelledOn) = (change?.RegisteredOn ?? target.ChangedOn, change is null ? target.ChangeNote : ChangeNote(change), change?.TermTo ?? target.TermTo, cancel?.RegisteredOn ?? target.CancelledOn);
                if ((changedOn, note, termTo, cancelledOn) == (target.ChangedOn, target.ChangeNote, target.TermTo, target.CancelledOn))
                {
                    unchanged++;
                    continue;
                }

                (target.ChangedOn, target.ChangeNote, target.TermTo, target.CancelledOn, target.UpdatedAtUtc) = (changedOn, note, termTo, cancelledOn, Now);
                touchedLoans.Add(target.LoanId);
                updated++;
            }

            await _db.SaveChangesAsync(ct);
            await RebuildLoansAsync(touchedLoans, ct);
            batch.Inserted = inserted;
            batch.Updated = updated;
            batch.Unchanged = unchanged;
            batch.Rejected = rejectedRows;
            batch.ErrorsJson = errors.Count == 0 ? null : JsonSerializer.Serialize(errors.OrderBy(e => e.Row), s_json);
            batch.FinishedAtUtc = Now;
            await _db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        _db.ChangeTracker.Clear();
        await _audit.RecordAsync(new AuditEntry(ImportedEvent, AuditOutcome.Success, "PledgeImport", batch.Id.ToString(CultureInfo.InvariantCulture),
            $"file={name} read={read} inserted={inserted} updated={updated} unchanged={unchanged} rejected={rejectedRows}"), ct);
        var reconciliation = await ReconcileAsync(actor, ct);
        return new PledgeImportResult(batch.Id, name, read, inserted, updated, unchanged, rejectedRows, errors.OrderBy(e => e.Row).ThenBy(e => e.Field, StringComparer.Ordinal).ToList(), reconciliation);
    }

    private sealed record ParsedItem(PledgeItemKind Kind, string Number, long? PatentId, long? TrademarkId, string? Title);

    private sealed record ParsedRegistration(
        string Number,
        PledgeItemKind Kind,
        DateOnly RegisteredOn,
        decimal? AmountWan,
        string? ContractNumber,
        string Pledgor,
        string? PledgorCreditCode,
        string? PledgorAddress,
        string? Pledgee,
        bool PledgeeIsBank,
        DateOnly? TermFrom,
        DateOnly? TermTo,
        DateOnly? ChangedOn,
        string? ChangeNote,
        DateOnly? CancelledOn,
        IReadOnlyList<ParsedItem> Items,
        string Hash);

    /// <summary>One registration from its rows; a conflict between its 设立 rows rejects the conflicting row.</summary>
    private static ParsedRegistration? Assemble(List<PledgeRow> rows, IReadOnlyDictionary<string, PatentRef> patents, IReadOnlyDictionary<string, TrademarkRef> marks, List<PledgeRowError> errors)
    {
        var setUp = rows.Where(r => r.Action == PledgeAction.Register).ToList();
        if (setUp.Count == 0)
        {
            // Only 变更 / 注销 rows: they amend a registration imported before (see AmendAsync).
            return null;
        }

        var first = setUp[0];
        var kinds = setUp.Select(r => r.ItemKind).Distinct().ToList();
        var good = new List<PledgeRow> { first };
        foreach (var r in setUp.Skip(1))
        {
            string? conflict = r.Pledgor != first.Pledgor ? "Pledgor"
                : r.AmountWan is not null && first.AmountWan is not null && r.AmountWan != first.AmountWan ? "Amount"
                : r.RegisteredOn != first.RegisteredOn ? "RegisteredOn"
                : r.ContractNumber is not null && first.ContractNumber is not null && r.ContractNumber != first.ContractNumber ? "ContractNumber"
                : null;
            if (conflict is not null)
            {
                errors.Add(new PledgeRowError(r.Row, PledgeFile.Display(conflict), null, $"与同一登记号 {first.RegistrationNumber} 第 {first.Row} 行不一致"));
                continue;
            }

            good.Add(r);
        }

        var changes = rows.Where(r => r.Action == PledgeAction.Change).OrderBy(r => r.RegisteredOn).ToList();
        var cancel = rows.Where(r => r.Action == PledgeAction.Cancel).OrderBy(r => r.RegisteredOn).FirstOrDefault();
        var lastChange = changes.LastOrDefault();
        var items = good.Where(r => r.ItemNumber is not null).GroupBy(r => (r.ItemKind, r.ItemNumber)).Select(g =>
        {
            var r = g.First();
            var kind = r.ItemKind ?? PledgeItemKind.Patent;
            var patent = kind == PledgeItemKind.Patent ? patents.GetValueOrDefault(r.ItemNumber!) : null;
            var mark = kind == PledgeItemKind.Trademark ? marks.GetValueOrDefault(r.ItemNumber!) : null;
            return new ParsedItem(kind, patent?.ApplicationNumber ?? mark?.RegistrationNumber ?? r.ItemNumber!, patent?.Id, mark?.Id, r.ItemTitle ?? patent?.Title ?? mark?.MarkText);
        }).OrderBy(i => i.Kind).ThenBy(i => i.Number, StringComparer.Ordinal).ToList();
        var kind = kinds.Count == 1 && kinds[0] is { } only ? only : items.Select(i => i.Kind).Min();
        var amount = good.Select(r => r.AmountWan).FirstOrDefault(a => a is not null);
        var termTo = lastChange?.TermTo ?? good.Select(r => r.TermTo).FirstOrDefault(t => t is not null);
        var hashText = new StringBuilder();
        foreach (var r in rows.OrderBy(r => r.Row))
        {
            hashText.Append(JsonSerializer.Serialize(r with { Row = 0 }, s_json)).Append('\n');
        }

        return new ParsedRegistration(first.RegistrationNumber, kind, first.RegisteredOn, amount, good.Select(r => r.ContractNumber).FirstOrDefault(c => c is not null),
            first.Pledgor, good.Select(r => r.PledgorCreditCode).FirstOrDefault(c => c is not null), good.Select(r => r.PledgorAddress).FirstOrDefault(a => a is not null),
            first.Pledgee, first.PledgeeIsBank ?? false, good.Select(r => r.TermFrom).FirstOrDefault(t => t is not null), termTo,
            lastChange?.RegisteredOn, ChangeNote(lastChange), cancel?.RegisteredOn, items,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashText.ToString()))));
    }

    /// <summary>What a 变更 row says; a changed amount is recorded but does not change the financing counted at 设立.</summary>
    private static string? ChangeNote(PledgeRow? change) => change is null ? null
        : Trim(string.Join("; ", new[] { change.Note, change.AmountWan is { } a ? $"变更后主债权数额 {a.ToString("0.####", CultureInfo.InvariantCulture)} 万元" : null, change.TermTo is { } t ? $"期限至 {t:yyyy-MM-dd}" : null }
            .Where(x => x is not null)), 512);

    private static void Apply(PledgeRegistration r, ParsedRegistration p, string file, long batchId)
    {
        r.Kind = p.Kind;
        r.Source = PledgeSource.Register;
        r.RegisteredOn = p.RegisteredOn;
        r.AmountWan = p.AmountWan;
        r.ContractNumber = p.ContractNumber;
        r.Pledgor = p.Pledgor;
        r.PledgorCreditCode = p.PledgorCreditCode;
        r.PledgorAddress = p.PledgorAddress;
        r.Pledgee = p.Pledgee;
        r.TermFrom = p.TermFrom;
        r.TermTo = p.TermTo;
        r.ChangedOn = p.ChangedOn;
        r.ChangeNote = p.ChangeNote;
        r.CancelledOn = p.CancelledOn;
        r.SourceFile = file;
        r.BatchId = batchId;
        r.ContentHash = p.Hash;
        r.UpdatedAtUtc = DateTime.UtcNow;
        // A register row now exists for what was only an event: reconciliation links the event to its item.
        (r.EventId, r.MatchRule) = (null, null);

        r.Items = p.Items.Select(i => new PledgedItem { Kind = i.Kind, Number = i.Number, PatentId = i.PatentId, TrademarkId = i.TrademarkId, Title = Trim(i.Title, 512) }).ToList();
    }

    private static string? Trim(string? s, int max) => s is null || s.Length <= max ? s : s[..max];

    internal static string KeyOf(string? contract, string registration) => contract is { Length: > 0 } ? "C:" + contract : "R:" + registration;

    private async Task<PledgeLoan> LoanForAsync(ParsedRegistration p, CancellationToken ct)
    {
        var key = KeyOf(p.ContractNumber, p.Number);
        var loan = _db.PledgeLoans.Local.FirstOrDefault(l => l.Key == key) ?? await _db.PledgeLoans.FirstOrDefaultAsync(l => l.Key == key, ct);
        if (loan is null)
        {
            loan = new PledgeLoan { Key = key, ContractNumber = p.ContractNumber, Pledgor = p.Pledgor, RegisteredOn = p.RegisteredOn, UpdatedAtUtc = Now };
            _db.PledgeLoans.Add(loan);
            await _db.SaveChangesAsync(ct);
        }

        return loan;
    }

    /// <summary>Loans are derived from their registrations: amount once (the largest stated), first 登记日, pledgor and region of the first registration.</summary>
    private async Task RebuildLoansAsync(IReadOnlyCollection<long> loanIds, CancellationToken ct)
    {
        foreach (var chunk in loanIds.Chunk(200))
        {
            var loans = await _db.PledgeLoans.Include(l => l.Registrations).ThenInclude(r => r.Items).Where(l => chunk.Contains(l.Id)).ToListAsync(ct);
            var byPatents = new List<(PledgeLoan Loan, List<string> Numbers)>();
            foreach (var loan in loans)
            {
                if (loan.Registrations.Count == 0)
                {
                    _db.PledgeLoans.Remove(loan);
                    continue;
                }

                var regs = loan.Registrations.OrderBy(r => r.RegisteredOn).ThenBy(r => r.Id).ToList();
                var first = regs.Find(r => r.Source == PledgeSource.Register) ?? regs[0];
                var amounts = regs.Where(r => r.AmountWan is not null).Select(r => r.AmountWan!.Value).Distinct().ToList();
                loan.AmountWan = amounts.Count == 0 ? null : amounts.Max();
                loan.Notes = amounts.Count > 1 ? $"各登记所载主债权数额不一致 ({string.Join(" / ", amounts.Select(a => a.ToString("0.####", CultureInfo.InvariantCulture)))} 万元), 按最大值计一次" : null;
                loan.RegisteredOn = regs[0].RegisteredOn;
                loan.ContractNumber = regs.Select(r => r.ContractNumber).FirstOrDefault(c => c is not null);
                loan.Pledgor = first.Pledgor;
                loan.PledgorCreditCode = regs.Select(r => r.PledgorCreditCode).FirstOrDefault(c => c is not null);
                loan.PledgorAddress = regs.Select(r => r.PledgorAddress).FirstOrDefault(a => a is not null);
                loan.Pledgee = regs.Select(r => r.Pledgee).FirstOrDefault(p => p is not null);
                loan.PledgeeIsBank = loan.Pledgee is { } pledgee && (pledgee.Contains("银行", StringComparison.Ordinal) || pledgee.Contains("信用社", StringComparison.Ordinal));
                loan.TermFrom = regs.Select(r => r.TermFrom).FirstOrDefault(t => t is not null);
                loan.TermTo = regs.Select(r => r.TermTo).Where(t => t is not null).Max();
                loan.CancelledOn = regs.All(r => r.CancelledOn is not null) ? regs.Max(r => r.CancelledOn) : null;
                loan.CopyrightOnly = regs.SelectMany(r => r.Items).Any() && regs.SelectMany(r => r.Items).All(i => i.Kind == PledgeItemKind.Copyright);
                if (!RegionFromAddress(loan))
                {
                    byPatents.Add((loan, regs.SelectMany(r => r.Items).Where(i => i.PatentId is not null).Select(i => i.Number).Distinct(StringComparer.Ordinal).ToList()));
                }

                loan.UpdatedAtUtc = Now;
            }

            // Loans whose pledgor address does not resolve: their pledged patents looked up once for the chunk.
            var numbers = byPatents.SelectMany(b => b.Numbers).Distinct(StringComparer.Ordinal).ToList();
            var found = numbers.Count == 0 ? new Dictionary<string, PatentRef>(StringComparer.Ordinal) : await _events.FindPatentsAsync(numbers, ct);
            foreach (var (loan, pledged) in byPatents)
            {
                RegionFromPatents(loan, pledged.Select(n => found.GetValueOrDefault(n)).OfType<PatentRef>().ToList());
            }

            await _db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The pledgor's region from its address, when it resolves (true).</summary>
    private bool RegionFromAddress(PledgeLoan loan)
    {
        var resolved = _addresses.Resolve(loan.PledgorAddress);
        if (resolved.IsResolved || resolved.CityCode is not null)
        {
            (loan.RegionCityCode, loan.RegionCountyCode, loan.RegionZoneCode, loan.RegionRule) = (resolved.CityCode, resolved.CountyCode, resolved.ZoneCode, "pledgor-address:" + resolved.Rule);
            return true;
        }

        return false;
    }

    /// <summary>Else the region of a pledged patent owned by the pledgor (or of any pledged patent with a region).</summary>
    private static void RegionFromPatents(PledgeLoan loan, IReadOnlyList<PatentRef> pledged)
    {
        var own = pledged.FirstOrDefault(p => p.CountyCode is not null && (p.OwnerName == loan.Pledgor || (loan.PledgorCreditCode is not null && p.OwnerCreditCode == loan.PledgorCreditCode)))
            ?? pledged.FirstOrDefault(p => p.CountyCode is not null);
        (loan.RegionCityCode, loan.RegionCountyCode, loan.RegionZoneCode, loan.RegionRule) = own is null
            ? ((string?)null, (string?)null, (string?)null, "unresolved")
            : (CityOf(own.CountyCode!), own.CountyCode, null, "pledged-patent-region");
    }

    private static string CityOf(string county) => county.Length >= 4 ? county[..4] + "00" : county;

    public async Task<PledgeReconciliation> ReconcileAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCity(actor);
        var window = (int)(await ParameterValueAsync(FinanceParameters.ReconcileWindowDays, _clock.GetUtcNow().Year, ct) ?? 30m);
        var registrations = await _db.PledgeRegistrations.Include(r => r.Items).ToListAsync(ct);
        var byNumber = registrations.ToDictionary(r => r.RegistrationNumber, StringComparer.OrdinalIgnoreCase);
        var byEvent = registrations.Where(r => r.Source == PledgeSource.LegalEvent && r.EventId is not null).GroupBy(r => r.EventId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        int events = 0, byReference = 0, byPatent = 0, eventOnly = 0, releases = 0;
        var touched = new HashSet<long>();
        var seenEvents = new HashSet<long>();
        var releaseEvents = new List<UtilisationEventDto>();
        await foreach (var e in _events.EventsAsync([UtilisationEventKind.PledgeRegistered, UtilisationEventKind.PledgeReleased], null, null, ct))
        {
            if (e.Kind == UtilisationEventKind.PledgeReleased)
            {
                releaseEvents.Add(e);
                continue;
            }

            events++;
            seenEvents.Add(e.EventId);
            var linked = byEvent.GetValueOrDefault(e.EventId) ?? [];
            // The pledged patent item this event reports: by the registration number written in it, else by patent and date.
            PledgedItem? item = null;
            string? rule = null;
            if (e.Reference is { } reference && byNumber.TryGetValue(reference, out var r) && r.Source == PledgeSource.Register
                && r.Items.FirstOrDefault(i => i.PatentId == e.PatentId && (i.EventId is null || i.EventId == e.EventId)) is { } referenced)
            {
                (item, rule) = (referenced, "reference");
            }
            else
            {
                item = registrations.Where(x => x.Source == PledgeSource.Register && Math.Abs(x.RegisteredOn.DayNumber - e.Date.DayNumber) <= window)
                    .OrderBy(x => Math.Abs(x.RegisteredOn.DayNumber - e.Date.DayNumber)).ThenBy(x => x.Id)
                    .SelectMany(x => x.Items.Where(i => i.PatentId == e.PatentId && (i.EventId is null || i.EventId == e.EventId)).Select(i => (Registration: x, Item: i)))
                    .Select(x => x.Item).FirstOrDefault();
                rule = item is null ? null : "patent+date";
            }

            if (item is not null)
            {
                if (item.EventId != e.EventId || item.MatchRule != rule)
                {
                    (item.EventId, item.MatchRule) = (e.EventId, rule);
                    touched.Add(registrations.First(x => x.Id == item.RegistrationId).LoanId);
                }

                // The event-only stand-in created before the register row arrived is no longer needed.
                foreach (var stale in linked.Where(x => x.Source == PledgeSource.LegalEvent))
                {
                    _db.PledgeRegistrations.Remove(stale);
                    registrations.Remove(stale);
                    byNumber.Remove(stale.RegistrationNumber);
                    touched.Add(stale.LoanId);
                }

                if (rule == "reference")
                {
                    byReference++;
                }
                else
                {
                    byPatent++;
                }

                continue;
            }

            eventOnly++;
            if (linked.Any(x => x.Source == PledgeSource.LegalEvent))
            {
                continue;
            }

            var number = e.Reference is { } refNo && !byNumber.ContainsKey(refNo) ? refNo : "EVT-" + e.EventId.ToString(CultureInfo.InvariantCulture);
            var loan = new PledgeLoan { Key = "R:" + number, Pledgor = e.OwnerName ?? "(未知出质人)", RegisteredOn = e.Date, UpdatedAtUtc = Now };
            var created = new PledgeRegistration
            {
                RegistrationNumber = number,
                Kind = PledgeItemKind.Patent,
                Source = PledgeSource.LegalEvent,
                RegisteredOn = e.Date,
                Pledgor = e.OwnerName ?? "(未知出质人)",
                PledgorCreditCode = e.OwnerCreditCode,
                PledgorAddress = e.OwnerAddress,
                EventId = e.EventId,
                MatchRule = "event-only",
                ChangeNote = Trim(e.Description, 512),
                UpdatedAtUtc = Now,
                Items = [new PledgedItem { Kind = PledgeItemKind.Patent, Number = e.ApplicationNumber, PatentId = e.PatentId, Title = Trim(e.Title, 512) }],
            };
            loan.Registrations.Add(created);
            _db.PledgeLoans.Add(loan);
            await _db.SaveChangesAsync(ct);
            registrations.Add(created);
            byNumber[number] = created;
            touched.Add(loan.Id);
        }

        // Event-only registrations whose event disappeared from the data center are removed.
        foreach (var gone in registrations.Where(r => r.Source == PledgeSource.LegalEvent && r.EventId is { } id && !seenEvents.Contains(id)).ToList())
        {
            _db.PledgeRegistrations.Remove(gone);
            touched.Add(gone.LoanId);
        }

        foreach (var e in releaseEvents)
        {
            var target = (e.Reference is { } reference && byNumber.TryGetValue(reference, out var r) ? r : null)
                ?? registrations.Where(x => x.Items.Any(i => i.PatentId == e.PatentId) && x.RegisteredOn <= e.Date && (x.CancelledOn is null || x.CancelledOn == e.Date))
                    .OrderByDescending(x => x.RegisteredOn).FirstOrDefault();
            if (target is null)
            {
                continue;
            }

            releases++;
            if (target.CancelledOn is null)
            {
                target.CancelledOn = e.Date;
                touched.Add(target.LoanId);
            }
        }

        await _db.SaveChangesAsync(ct);
        await RebuildLoansAsync(touched, ct);
        var registerOnly = registrations.Count(r => r.Source == PledgeSource.Register && r.Items.Any(i => i.PatentId is not null) && r.Items.All(i => i.EventId is null));
        var result = new PledgeReconciliation(events, byReference, byPatent, eventOnly, registerOnly, releases);
        if (touched.Count > 0)
        {
            await _audit.RecordAsync(new AuditEntry(ReconciledEvent, AuditOutcome.Success, "PledgeRegister", null,
                $"events={events} reference={byReference} patent+date={byPatent} eventOnly={eventOnly} registerOnly={registerOnly} releases={releases} loans={touched.Count}"), ct);
        }

        _db.ChangeTracker.Clear();
        return result;
    }

    public async Task<PledgePage> ListAsync(Actor actor, PledgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = await FilteredAsync(actor, query, ct);
        var total = await q.CountAsync(ct);
        var amount = (await q.Where(l => l.AmountWan != null).Select(l => l.AmountWan!.Value).ToListAsync(ct)).Sum();
        var page = Math.Max(query.Page, 1);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var loans = await q.OrderByDescending(l => l.RegisteredOn).ThenByDescending(l => l.Id).Skip((page - 1) * size).Take(size)
            .Include(l => l.Registrations).ThenInclude(r => r.Items).AsSplitQuery().ToListAsync(ct);
        var ceilings = await CeilingsAsync(ct);
        return new PledgePage(loans.Select(l => Dto(l, ceilings)).ToList(), page, size, total, Norm(amount));
    }

    public async IAsyncEnumerable<PledgeLoanDto> ExportAsync(Actor actor, PledgeQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = await FilteredAsync(actor, query, ct);
        var ceilings = await CeilingsAsync(ct);
        var lastId = long.MaxValue;
        while (true)
        {
            var id = lastId;
            var chunk = await q.Where(l => l.Id < id).OrderByDescending(l => l.Id).Take(500).Include(l => l.Registrations).ThenInclude(r => r.Items).AsSplitQuery().ToListAsync(ct);
            if (chunk.Count == 0)
            {
                yield break;
            }

            foreach (var l in chunk)
            {
                yield return Dto(l, ceilings);
            }

            lastId = chunk[^1].Id;
        }
    }

    public async Task<PledgeLoanDetail> GetAsync(Actor actor, long id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loan = await _db.PledgeLoans.AsNoTracking().Include(l => l.Registrations).ThenInclude(r => r.Items).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (loan is null || !Visible(actor, loan))
        {
            if (loan is not null)
            {
                await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "PledgeLoan", id.ToString(CultureInfo.InvariantCulture),
                    $"not visible to {actor.Role} {actor.UnitCode ?? actor.EnterpriseCode ?? string.Empty}"), ct);
            }

            throw new IpCityException(NotFound, $"质押融资记录不存在: {id}", 404, new Dictionary<string, object?> { ["id"] = id });
        }

        var ceilings = await CeilingsAsync(ct);
        var registrations = loan.Registrations.OrderBy(r => r.RegisteredOn).ThenBy(r => r.Id).Select(r => new PledgeRegistrationDto(r.Id, r.RegistrationNumber, r.Kind.ToString(), r.Source.ToString(), r.RegisteredOn,
            r.AmountWan is { } a ? Norm(a) : null, r.ContractNumber, r.ChangedOn, r.ChangeNote, r.CancelledOn, r.EventId, r.MatchRule, r.SourceFile,
            r.Items.OrderBy(i => i.Kind).ThenBy(i => i.Number, StringComparer.Ordinal).Select(i => new PledgedItemDto(i.Kind.ToString(), i.Number, i.PatentId, i.TrademarkId, i.Title, i.EventId, i.MatchRule)).ToList())).ToList();
        return new PledgeLoanDetail(Dto(loan, ceilings), registrations);
    }

    public async Task<PledgeStatistics> StatisticsAsync(Actor actor, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (year is < 1985 or > 2100)
        {
            throw new IpCityException("PLEDGE_YEAR_INVALID", $"年度无效: {year}", 400, new Dictionary<string, object?> { ["year"] = year });
        }

        var loans = await (await FilteredAsync(actor, new PledgeQuery(Year: year), ct)).Include(l => l.Registrations).ThenInclude(r => r.Items).AsSplitQuery().ToListAsync(ct);
        var (ceiling, status) = await CeilingAsync(year, ct);
        var units = await _directory.GetUnitsAsync(new DateOnly(year, 12, 31), includeStreets: false, ct);
        var profile = await _directory.GetProfileAsync(ct);
        var rows = new List<PledgeStatisticsRow>();
        foreach (var unit in units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            var mine = loans.Where(l => unit.Code == profile?.CityCode ? l.RegionCityCode == unit.Code : l.RegionCountyCode == unit.Code || l.RegionZoneCode == unit.Code).ToList();
            if (mine.Count == 0 && unit.Code != profile?.CityCode)
            {
                continue;
            }

            rows.Add(Row(unit.Code, unit.ShortName ?? unit.Name, mine, ceiling));
        }

        var unattributed = loans.Where(l => l.RegionCityCode is null).ToList();
        if (unattributed.Count > 0)
        {
            rows.Add(Row("unresolved", "未能归属地区", unattributed, ceiling));
        }

        return new PledgeStatistics(year, ceiling, status, rows);

        static PledgeStatisticsRow Row(string code, string name, List<PledgeLoan> loans, decimal ceiling)
        {
            var known = loans.Where(l => l.AmountWan is not null).ToList();
            var inclusive = known.Where(l => l.AmountWan < ceiling).ToList();
            return new PledgeStatisticsRow(code, name, loans.Count, Norm(known.Sum(l => l.AmountWan!.Value)), inclusive.Count, Norm(inclusive.Sum(l => l.AmountWan!.Value)),
                loans.Count(l => l.PledgeeIsBank), loans.Count(l => l.Registrations.SelectMany(r => r.Items).Any(i => i.Kind == PledgeItemKind.Patent)),
                loans.Count(l => l.Registrations.SelectMany(r => r.Items).Any(i => i.Kind == PledgeItemKind.Trademark)), loans.Count - known.Count);
        }
    }

    public async Task<IReadOnlyList<FinanceParameterDto>> ParametersAsync(CancellationToken ct = default)
    {
        await EnsureParametersAsync(ct);
        return (await _db.Parameters.AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.FromYear)
            .Select(p => new FinanceParameterDto(p.Name, p.FromYear, p.Value, p.Status, p.Note, p.SetAtUtc, p.SetBy)).ToList();
    }

    public async Task<FinanceParameterDto> SetParameterAsync(Actor actor, string name, SetFinanceParameterRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        if (name is not (FinanceParameters.InclusiveLoanCeiling or FinanceParameters.ReconcileWindowDays))
        {
            throw new IpCityException(ParameterInvalid, $"未知参数: {name}", 404, new Dictionary<string, object?> { ["name"] = name });
        }

        if (!decimal.TryParse(request.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value <= 0 || request.FromYear is < 2000 or > 2100
            || (name == FinanceParameters.ReconcileWindowDays && (value != decimal.Truncate(value) || value > 365)))
        {
            throw new IpCityException(ParameterInvalid, $"参数 {name} 的取值无效: {request.Value} (应为正数; 期限为不超过 365 的整数天)", 400,
                new Dictionary<string, object?> { ["name"] = name, ["value"] = request.Value, ["fromYear"] = request.FromYear });
        }

        await EnsureParametersAsync(ct);
        var row = await _db.Parameters.FirstOrDefaultAsync(p => p.Name == name && p.FromYear == request.FromYear, ct);
        if (row is null)
        {
            row = new FinanceParameter { Name = name, FromYear = request.FromYear, Value = string.Empty, Status = "UNCONFIRMED", SetBy = actor.Name };
            _db.Parameters.Add(row);
        }

        var before = row.Value;
        (row.Value, row.Note, row.Status, row.SetAtUtc, row.SetBy) = (value.ToString(CultureInfo.InvariantCulture), request.Note, "SET", Now, actor.Name);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(ParameterEvent, AuditOutcome.Success, "FinanceParameter", $"{name}@{request.FromYear}", $"{before} -> {row.Value}"), ct);
        return new FinanceParameterDto(row.Name, row.FromYear, row.Value, row.Status, row.Note, row.SetAtUtc, row.SetBy);
    }

    private async Task EnsureParametersAsync(CancellationToken ct)
    {
        if (await _db.Parameters.AnyAsync(ct))
        {
            return;
        }

        _db.Parameters.AddRange(
            new FinanceParameter { Name = FinanceParameters.InclusiveLoanCeiling, FromYear = 2021, Value = "1000", Status = "CONFIRMED", Note = "国家知识产权局 2021/2023 年按 1000 万元以下统计普惠贷款 (DOMAIN.md §1.4)", SetAtUtc = Now, SetBy = "system" },
            new FinanceParameter { Name = FinanceParameters.InclusiveLoanCeiling, FromYear = 2024, Value = "2000", Status = "CONFIRMED", Note = "2024 年起按 2000 万元以下统计 (DOMAIN.md §1.4)", SetAtUtc = Now, SetBy = "system" },
            new FinanceParameter { Name = FinanceParameters.ReconcileWindowDays, FromYear = 2000, Value = "30", Status = "UNCONFIRMED", Note = "质押事件与登记行按专利与日期匹配时允许的天数差", SetAtUtc = Now, SetBy = "system" });
        await _db.SaveChangesAsync(ct);
    }

    private async Task<decimal?> ParameterValueAsync(string name, int year, CancellationToken ct)
    {
        await EnsureParametersAsync(ct);
        var row = (await _db.Parameters.AsNoTracking().Where(p => p.Name == name && p.FromYear <= year).ToListAsync(ct)).OrderByDescending(p => p.FromYear).FirstOrDefault();
        return row is not null && decimal.TryParse(row.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private async Task<(decimal Ceiling, string Status)> CeilingAsync(int year, CancellationToken ct)
    {
        var rows = await CeilingsAsync(ct);
        var row = rows.Where(r => r.FromYear <= year).OrderByDescending(r => r.FromYear).Take(1).ToList();
        return row.Count == 0 ? (1000m, "UNCONFIRMED") : (row[0].Value, row[0].Status);
    }

    private async Task<List<(int FromYear, decimal Value, string Status)>> CeilingsAsync(CancellationToken ct)
    {
        await EnsureParametersAsync(ct);
        return (await _db.Parameters.AsNoTracking().Where(p => p.Name == FinanceParameters.InclusiveLoanCeiling).ToListAsync(ct))
            .Select(p => (p.FromYear, decimal.Parse(p.Value, NumberStyles.Number, CultureInfo.InvariantCulture), p.Status)).ToList();
    }

    private async Task<IQueryable<PledgeLoan>> FilteredAsync(Actor actor, PledgeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = _db.PledgeLoans.AsNoTracking();
        if (actor.IsDistrict)
        {
            var unit = actor.UnitCode ?? "-";
            q = q.Where(l => l.RegionCountyCode == unit || l.RegionZoneCode == unit);
        }
        else if (actor.IsEnterprise)
        {
            var code = actor.EnterpriseCode ?? "-";
            q = q.Where(l => l.PledgorCreditCode == code);
        }
        else if (!(actor.IsCity || actor.IsDept))
        {
            q = q.Where(_ => false);
        }

        if (query.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            q = q.Where(l => l.RegisteredOn >= from && l.RegisteredOn <= to);
        }

        if (query.UnitCode is { Length: > 0 } u)
        {
            var profile = await _directory.GetProfileAsync(ct);
            q = u == profile?.CityCode ? q.Where(l => l.RegionCityCode == u) : q.Where(l => l.RegionCountyCode == u || l.RegionZoneCode == u);
        }

        if (query.Text is { Length: > 0 } text)
        {
            var t = text.Trim();
            q = q.Where(l => l.Pledgor.Contains(t) || (l.Pledgee != null && l.Pledgee.Contains(t)) || (l.ContractNumber != null && l.ContractNumber.Contains(t))
                || l.Registrations.Any(r => r.RegistrationNumber.Contains(t) || r.Items.Any(i => i.Number.Contains(t))));
        }

        if (query.EventOnly is { } eventOnly)
        {
            q = eventOnly ? q.Where(l => l.Registrations.All(r => r.Source == PledgeSource.LegalEvent)) : q.Where(l => l.Registrations.Any(r => r.Source == PledgeSource.Register));
        }

        if (query.Inclusive is { } inclusive)
        {
            // The ceiling of the loan's year: evaluated per year band.
            var ceilings = (await CeilingsAsync(ct)).OrderBy(c => c.FromYear).ToList();
            var predicate = PredicateFalse();
            for (var i = 0; i < ceilings.Count; i++)
            {
                var start = new DateOnly(ceilings[i].FromYear, 1, 1);
                var end = i + 1 < ceilings.Count ? new DateOnly(ceilings[i + 1].FromYear, 1, 1) : DateOnly.MaxValue;
                var c = ceilings[i].Value;
                predicate = inclusive
                    ? Or(predicate, l => l.RegisteredOn >= start && l.RegisteredOn < end && l.AmountWan != null && l.AmountWan < c)
                    : Or(predicate, l => l.RegisteredOn >= start && l.RegisteredOn < end && l.AmountWan != null && l.AmountWan >= c);
            }

            q = q.Where(predicate);
        }

        return q;
    }

    private static System.Linq.Expressions.Expression<Func<PledgeLoan, bool>> PredicateFalse() => _ => false;

    private static System.Linq.Expressions.Expression<Func<PledgeLoan, bool>> Or(System.Linq.Expressions.Expression<Func<PledgeLoan, bool>> a, System.Linq.Expressions.Expression<Func<PledgeLoan, bool>> b)
    {
        var body = System.Linq.Expressions.Expression.OrElse(a.Body, new Rebind(b.Parameters[0], a.Parameters[0]).Visit(b.Body));
        return System.Linq.Expressions.Expression.Lambda<Func<PledgeLoan, bool>>(body, a.Parameters[0]);
    }

    private sealed class Rebind(System.Linq.Expressions.ParameterExpression from, System.Linq.Expressions.ParameterExpression to) : System.Linq.Expressions.ExpressionVisitor
    {
        protected override System.Linq.Expressions.Expression VisitParameter(System.Linq.Expressions.ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private static bool Visible(Actor actor, PledgeLoan loan) =>
        actor.IsCity || actor.IsDept
            || (actor.IsDistrict && actor.UnitCode is { } u && (loan.RegionCountyCode == u || loan.RegionZoneCode == u))
            || (actor.IsEnterprise && actor.EnterpriseCode is { } e && loan.PledgorCreditCode == e);

    private static void RequireCity(Actor actor)
    {
        if (!actor.IsCity)
        {
            throw new IpCityException("PLEDGE_FORBIDDEN", "只有市知识产权局可以导入和核对质押登记。", 403);
        }
    }

    private static PledgeLoanDto Dto(PledgeLoan l, List<(int FromYear, decimal Value, string Status)> ceilings)
    {
        var ceiling = ceilings.Where(c => c.FromYear <= l.RegisteredOn.Year).OrderByDescending(c => c.FromYear).Select(c => c.Value).FirstOrDefault(1000m);
        var items = l.Registrations.SelectMany(r => r.Items).ToList();
        return new PledgeLoanDto(l.Id, l.Key, l.ContractNumber, l.Pledgor, l.PledgorCreditCode, l.Pledgee, l.PledgeeIsBank, l.AmountWan is { } a ? Norm(a) : null, l.RegisteredOn, l.TermFrom, l.TermTo, l.CancelledOn,
            l.AmountWan is { } amount && amount < ceiling, l.RegionCountyCode, l.RegionZoneCode, l.Registrations.Count,
            items.Count(i => i.Kind == PledgeItemKind.Patent), items.Count(i => i.Kind == PledgeItemKind.Trademark), items.Count(i => i.Kind == PledgeItemKind.Copyright),
            l.Registrations.Count > 0 && l.Registrations.All(r => r.Source == PledgeSource.LegalEvent), l.Notes);
    }

    /// <summary>The same number whatever scale the store returned it with.</summary>
    internal static decimal Norm(decimal value) => value / 1.000000000000000000000000000000000m;
}
