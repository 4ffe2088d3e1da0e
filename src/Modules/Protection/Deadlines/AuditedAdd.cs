using IpCity.BuildingBlocks.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Deadlines;

/// <summary>
/// Adds a row and records its audit entry; the audit fails closed, so without its audit row the new row does not
/// stand. The audit lives in another module's store: one transaction cannot span both (and on SQLite the second
/// writer would wait on the first), so a failed audit write removes the row again.
/// </summary>
internal static class AuditedAdd
{
    public static async Task SaveAsync(DbContext db, object entity, IAuditTrail audit, Func<AuditEntry> entry, CancellationToken ct)
    {
        db.Add(entity);
        await db.SaveChangesAsync(ct);
        try
        {
            await audit.RecordAsync(entry(), ct);
        }
        catch
        {
            db.Remove(entity);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }
}
