using System.Globalization;
using System.Text;
using IpCity.Access.Contracts;
using IpCity.Access.Data;
using IpCity.Access.Domain;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IpCity.Access.Auditing;

/// <summary>Holds the HMAC-SM3 key of the audit chain; the key lives outside the database.</summary>
internal sealed class AuditKey
{
    public AuditKey(byte[] key)
    {
        Key = key;
    }

    public byte[] Key { get; }
}

/// <summary>Fault injection for the fail-closed tests (SECURITY.md spec 26); inert unless a test sets it.</summary>
internal sealed class AuditFaults
{
    public bool FailNextWrite { get; set; }
}

/// <summary>
/// Appends audit rows to a hash chain: hash(n) = HMAC-SM3(key, canonical(row n) | hash(n-1)). Writes join
/// the caller's transaction on the Access store when there is one (so a failed audit write undoes the
/// change: fail closed), otherwise run in their own. Appends are serialised by the database: BEGIN IMMEDIATE on SQLite,
/// a transaction-scoped advisory lock on PostgreSQL (no process-level lock, so no lock-order deadlock).
/// </summary>
internal sealed class AuditTrail : IAuditTrail
{
    public const string Genesis = "GENESIS";
    private readonly AccessDbContext _db;
    private readonly IRequestContext _request;
    private readonly AuditKey _key;
    private readonly TimeProvider _clock;
    private readonly ILogger<AuditTrail> _logger;

    private readonly AuditFaults _faults;

    public AuditTrail(AccessDbContext db, IRequestContext request, AuditKey key, TimeProvider clock, ILogger<AuditTrail> logger, AuditFaults faults)
    {
        _faults = faults;
        _db = db;
        _request = request;
        _key = key;
        _clock = clock;
        _logger = logger;
    }

    public async Task RecordAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var ownTransaction = _db.Database.CurrentTransaction is null;
        try
        {
            if (_faults.FailNextWrite)
            {
                _faults.FailNextWrite = false;
                throw new InvalidOperationException("Injected audit-write failure.");
            }

            var tx = ownTransaction ? await _db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                if (_db.IsPostgres())
                {
                    await _db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7243001)", ct);
                }

                var last = await _db.AuditEvents.AsNoTracking().OrderByDescending(a => a.Seq)
                    .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
                var now = _clock.GetUtcNow().UtcDateTime;
                var row = new AuditEvent
                {
                    Seq = (last?.Seq ?? 0) + 1,
                    OccurredAtUtc = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc),
                    ActorId = Clip(entry.ActorId ?? _request.ActorId, 64),
                    ActorName = Clip(LogSafe(entry.ActorName ?? _request.ActorName), 256),
                    Role = Clip(_request.Role, 64),
                    UnitCode = Clip(_request.UnitCode, 16),
                    ClientIp = Clip(_request.ClientIp, 64),
                    EventType = entry.EventType,
                    ObjectType = Clip(entry.ObjectType, 64),
                    ObjectId = Clip(LogSafe(entry.ObjectId), 128),
                    Outcome = entry.Outcome.ToString(),
                    TraceId = Clip(_request.TraceId, 64),
                    Detail = Clip(LogSafe(entry.Detail), 2000),
                    PrevHash = last?.Hash ?? Genesis,
                    Hash = string.Empty,
                    Alg = Sm3.HmacAlgorithmId,
                };
                row.Hash = ComputeHash(_key.Key, row);
                _db.AuditEvents.Add(row);
                await _db.SaveChangesAsync(ct);
                if (tx is not null)
                {
                    await tx.CommitAsync(ct);
                }
            }
            finally
            {
                if (tx is not null)
                {
                    await tx.DisposeAsync();
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Audit write failed for event {EventType}", entry.EventType);
            _db.ChangeTracker.Clear();
            throw new IpCityException(ErrorCodes.AuditWriteFailed, "审计记录写入失败，操作未执行。The audit record could not be written; the operation was not performed.", 503);
        }
    }

    internal static string ComputeHash(byte[] key, AuditEvent row)
    {
        var canonical = string.Join('\u001f', new[]
        {
            row.Seq.ToString(CultureInfo.InvariantCulture),
            row.OccurredAtUtc.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            row.ActorId ?? string.Empty,
            row.ActorName ?? string.Empty,
            row.Role ?? string.Empty,
            row.UnitCode ?? string.Empty,
            row.ClientIp ?? string.Empty,
            row.EventType,
            row.ObjectType ?? string.Empty,
            row.ObjectId ?? string.Empty,
            row.Outcome,
            row.TraceId ?? string.Empty,
            row.Detail ?? string.Empty,
            row.PrevHash,
            row.Alg,
        });
        return Convert.ToHexStringLower(Sm3.Hmac(key, Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>CR/LF and other control characters never reach an audit row or a log line unescaped.</summary>
    internal static string? LogSafe(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return sb.ToString();
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}

/// <summary>Walks the chain and reports the first row whose sequence, link or hash does not hold.</summary>
internal sealed class AuditVerifier : IAuditVerifier
{
    private readonly AccessDbContext _db;
    private readonly AuditKey _key;

    public AuditVerifier(AccessDbContext db, AuditKey key)
    {
        _db = db;
        _key = key;
    }

    public async Task<AuditVerifyResult> VerifyAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        const int batch = 2000;
        long expectedSeq = 1;
        var prev = AuditTrail.Genesis;
        long count = 0;
        var first = await _db.AuditEvents.AsNoTracking().OrderBy(a => a.Seq).Select(a => new { a.Seq, a.PrevHash }).FirstOrDefaultAsync(ct);
        if (first is not null && (first.Seq != 1 || first.PrevHash != AuditTrail.Genesis))
        {
            // The beginning is gone: only a retention purge recorded in the chain may account for it, naming exactly
            // the last purged row and its hash. The purge row itself is checked with the rest of the walk below.
            var purge = AuditPurger.Marker(first.Seq - 1, first.PrevHash);
            if (!await _db.AuditEvents.AsNoTracking().AnyAsync(a => a.EventType == AuditEvents.AuditPurged && a.Seq > first.Seq - 1 && a.Detail != null && a.Detail.StartsWith(purge), ct))
            {
                return new AuditVerifyResult(false, 0, first.Seq, $"rows before {first.Seq} are missing and no recorded purge accounts for them");
            }

            expectedSeq = first.Seq;
            prev = first.PrevHash;
        }

        while (true)
        {
            var from = expectedSeq;
            var rows = await _db.AuditEvents.AsNoTracking().Where(a => a.Seq >= from).OrderBy(a => a.Seq).Take(batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return new AuditVerifyResult(true, count, null, null);
            }

            foreach (var row in rows)
            {
                if (row.Seq != expectedSeq)
                {
                    return new AuditVerifyResult(false, count, expectedSeq, $"row {expectedSeq} is missing (next row is {row.Seq})");
                }

                if (row.PrevHash != prev)
                {
                    return new AuditVerifyResult(false, count, row.Seq, $"row {row.Seq} does not link to row {row.Seq - 1}");
                }

                if (row.Alg != Sm3.HmacAlgorithmId || AuditTrail.ComputeHash(_key.Key, row) != row.Hash)
                {
                    return new AuditVerifyResult(false, count, row.Seq, $"row {row.Seq} was modified (hash mismatch)");
                }

                prev = row.Hash;
                expectedSeq++;
                count++;
            }

            progress?.Report(count);
        }
    }
}

/// <summary>
/// The retention purge: deletes every row older than the cutoff (now − retention) up to the first row that is not, in
/// one transaction serialised with the appends, and appends an <c>AuditPurged</c> row that names the last deleted
/// sequence number and its hash — the verifier starts the chain there. On PostgreSQL the append-only trigger lets the
/// delete through only in this maintenance transaction (<c>ipcity.audit_maintenance</c>).
/// </summary>
internal sealed class AuditPurger : IAuditPurger
{
    private readonly AccessDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly int _retentionDays;

    public AuditPurger(AccessDbContext db, IAuditTrail audit, TimeProvider clock, Microsoft.Extensions.Options.IOptions<AccessOptions> options)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
        _retentionDays = options.Value.Audit.RetentionDays;
    }

    /// <summary>The start of an AuditPurged row's detail: what the verifier matches.</summary>
    internal static string Marker(long throughSeq, string anchor) => string.Create(CultureInfo.InvariantCulture, $"throughSeq={throughSeq} anchor={anchor} ");

    public async Task<AuditPurgeResult> PurgeAsync(bool dryRun, CancellationToken ct = default)
    {
        // The retention was validated when the options were read (AUDIT_RETENTION_MIN_180D below 180 days).
        var cutoff = _clock.GetUtcNow().UtcDateTime.AddDays(-_retentionDays);
        string Outcome(long rows) => string.Create(CultureInfo.InvariantCulture, $"rows={rows} cutoff={cutoff:yyyy-MM-ddTHH:mm:ssZ} retentionDays={_retentionDays}");
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        if (_db.IsPostgres())
        {
            await _db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7243001); SET LOCAL ipcity.audit_maintenance = 'on';", ct);
        }

        // Rows are appended in time order; the purge stops at the first row inside the period, so it never leaves a gap.
        var firstKept = await _db.AuditEvents.AsNoTracking().Where(a => a.OccurredAtUtc >= cutoff).OrderBy(a => a.Seq).Select(a => (long?)a.Seq).FirstOrDefaultAsync(ct);
        var last = await _db.AuditEvents.AsNoTracking().Where(a => firstKept == null || a.Seq < firstKept).OrderByDescending(a => a.Seq)
            .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            if (!dryRun)
            {
                // Nothing to delete; the run is still an operator action on the trail.
                await _audit.RecordAsync(new AuditEntry(AuditEvents.AuditPurged, AuditOutcome.Success, "AuditEvents", null, Outcome(0)), ct);
                await tx.CommitAsync(ct);
            }

            return new AuditPurgeResult(cutoff, _retentionDays, 0, null, dryRun);
        }

        var rows = await _db.AuditEvents.CountAsync(a => a.Seq <= last.Seq, ct);
        if (dryRun)
        {
            await tx.RollbackAsync(ct);
            return new AuditPurgeResult(cutoff, _retentionDays, rows, last.Seq, true);
        }

        await _db.AuditEvents.Where(a => a.Seq <= last.Seq).ExecuteDeleteAsync(ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.AuditPurged, AuditOutcome.Success, "AuditEvents", null, Marker(last.Seq, last.Hash) + Outcome(rows)), ct);
        await tx.CommitAsync(ct);
        return new AuditPurgeResult(cutoff, _retentionDays, rows, last.Seq, false);
    }
}
