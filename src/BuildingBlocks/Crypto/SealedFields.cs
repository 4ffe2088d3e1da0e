using System.Security.Cryptography;
using IpCity.BuildingBlocks.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.BuildingBlocks.Crypto;

/// <summary>One stored record's sealed values, in the order of its catalogue's field names (null = not recorded).</summary>
public sealed record SealedRow(string Key, string?[] Values);

/// <summary>A module's table of SM4-GCM sealed fields (personal information and secrets), for <see cref="SealedFieldVerifier"/>.</summary>
public interface ISealedFieldCatalog
{
    /// <summary>Module and table, e.g. <c>services.practitioners</c>.</summary>
    string Area { get; }

    IReadOnlyList<string> Fields { get; }

    IAsyncEnumerable<SealedRow> RowsAsync(CancellationToken ct);
}

/// <summary>A sealed value that does not open: the record, the field and why.</summary>
public sealed record SealedFieldProblem(string Area, string Key, string Field, string Reason);

public sealed record SealedFieldReport(int Areas, long Rows, long Values, IReadOnlyList<SealedFieldProblem> Problems)
{
    public bool Clean => Problems.Count == 0;
}

/// <summary>
/// Opens every sealed value of every registered catalogue with the field key and reports each one that fails its
/// authentication tag, is truncated or malformed, or names another algorithm — by area, record key and field, never
/// by value (等保 8.1.4.7 "tamper and detect"; SECURITY.md spec 27). Opened values are discarded at once. Each run is
/// audited (<see cref="AuditEvents.SealedFieldsVerified"/>, outcome Failure when anything was found). Run by
/// <c>ipcity pii verify</c>.
/// </summary>
public sealed class SealedFieldVerifier(IServiceScopeFactory scopes, Sm4Gcm cipher)
{
    /// <summary>At most this many problems are listed (all are counted in the audit row).</summary>
    public const int MaxListed = 1000;

    public async Task<SealedFieldReport> VerifyAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalogs = scope.ServiceProvider.GetServices<ISealedFieldCatalog>().ToList();
        var problems = new List<SealedFieldProblem>();
        long rows = 0, values = 0, failed = 0;
        foreach (var catalog in catalogs)
        {
            await foreach (var row in catalog.RowsAsync(ct))
            {
                rows++;
                for (var i = 0; i < catalog.Fields.Count; i++)
                {
                    if (row.Values[i] is not { } sealedValue)
                    {
                        continue;
                    }

                    values++;
                    try
                    {
                        cipher.Decrypt(sealedValue);
                    }
                    catch (CryptographicException ex)
                    {
                        failed++;
                        if (problems.Count < MaxListed)
                        {
                            problems.Add(new SealedFieldProblem(catalog.Area, row.Key, catalog.Fields[i], ex.Message));
                        }
                    }
                }
            }
        }

        var report = new SealedFieldReport(catalogs.Count, rows, values, problems);
        var first = problems.Take(20).Select(p => $"{p.Area}#{p.Key}.{p.Field}");
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry(AuditEvents.SealedFieldsVerified,
            failed == 0 ? AuditOutcome.Success : AuditOutcome.Failure, "SealedFields", null,
            $"areas={catalogs.Count} rows={rows} values={values} failed={failed}" + (failed == 0 ? string.Empty : " first=" + string.Join(",", first))), CancellationToken.None);
        return report;
    }
}

/// <summary>The <see cref="ISealedFieldCatalog"/> of a module whose rows live in <typeparamref name="TDb"/>.</summary>
public sealed class EfSealedFieldCatalog<TDb>(TDb db, string area, IReadOnlyList<string> fields, Func<TDb, IQueryable<SealedRow>> rows) : ISealedFieldCatalog
    where TDb : DbContext
{
    public string Area => area;

    public IReadOnlyList<string> Fields => fields;

    public async IAsyncEnumerable<SealedRow> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows(db).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }
}

public static class SealedFieldCatalogs
{
    /// <summary>
    /// Registers a table of sealed fields: <paramref name="rows"/> projects each record to its key and its sealed values
    /// in the order of <paramref name="fields"/> (the property names, for the report).
    /// </summary>
    public static IServiceCollection AddSealedFields<TDb>(this IServiceCollection services, string area, string[] fields, Func<TDb, IQueryable<SealedRow>> rows)
        where TDb : DbContext
    {
        services.AddScoped<ISealedFieldCatalog>(sp => new EfSealedFieldCatalog<TDb>(sp.GetRequiredService<TDb>(), area, fields, rows));
        return services;
    }
}
