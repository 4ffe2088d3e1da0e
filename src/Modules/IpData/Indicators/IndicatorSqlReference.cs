using System.Globalization;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Indicators;

/// <summary>
/// Valid and high-value domestic invention patents per unit on a date, in one SQL statement per unit kind.
/// In force: granted on or before the date, within the 20-year term, and no terminating event (lapse,
/// invalidation, surrender, expiry — CNIPA wording, pledge and licence entries excluded) on or before the date
/// that a later restoration on or before the date does not undo.
/// </summary>
internal sealed class IndicatorSqlReference : IIndicatorSqlReference
{
    private readonly IpDataDbContext _db;

    public IndicatorSqlReference(IpDataDbContext db) => _db = db;

    public async Task<IReadOnlyList<UnitPatentCounts>> CountAsync(DateOnly referenceDate, int minYears, CancellationToken ct = default)
    {
        var pg = _db.IsPostgres();
        string T(string table) => pg ? $"ipdata.\"{table}\"" : $"\"ipdata_{table}\"";
        var d = referenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Minus(int years) => pg
            ? $"(DATE '{d}' - INTERVAL '{years} years')::date"
            : $"date('{d}', '-{years} years')";
        var date = pg ? $"DATE '{d}'" : $"'{d}'";
        const string Terminating = "(e.\"Description\" LIKE '%终止%' OR e.\"Description\" LIKE '%未缴年费%' OR e.\"Description\" LIKE '%无效%' OR e.\"Description\" LIKE '%放弃%' OR e.\"Description\" LIKE '%期限届满%')"
            + " AND e.\"Description\" NOT LIKE '%质押%' AND e.\"Description\" NOT LIKE '%许可%' AND e.\"Description\" NOT LIKE '%请求%' AND e.\"Description\" NOT LIKE '%部分无效%'";
        var inForce = $"""
            SELECT p."Id", p."RegionCityCode", p."RegionCountyCode", p."RegionZoneCode",
                   CASE WHEN p."ApplicationDate" < {Minus(minYears)}
                          OR EXISTS (SELECT 1 FROM {T("PatentFamilyMembers")} f WHERE f."PatentId" = p."Id" AND f."IsGranted" = {(pg ? "TRUE" : "1")} AND f."Country" <> 'CN')
                        THEN 1 ELSE 0 END AS hv
            FROM {T("Patents")} p
            WHERE p."IsDomestic" = {(pg ? "TRUE" : "1")} AND p."Type" = 'Invention'
              AND p."GrantDate" <= {date} AND p."ApplicationDate" > {Minus(20)}
              AND NOT EXISTS (
                  SELECT 1 FROM {T("PatentEvents")} e
                  WHERE e."PatentId" = p."Id" AND e."Date" <= {date} AND {Terminating}
                    AND NOT EXISTS (SELECT 1 FROM {T("PatentEvents")} r WHERE r."PatentId" = p."Id" AND r."Date" >= e."Date" AND r."Date" <= {date} AND r."Description" LIKE '%恢复%'))
            """;
        var sql = $"""
            WITH v AS ({inForce})
            SELECT "RegionCityCode" AS unit, COUNT(*), SUM(hv) FROM v WHERE "RegionCityCode" IS NOT NULL GROUP BY "RegionCityCode"
            UNION ALL
            SELECT "RegionCountyCode", COUNT(*), SUM(hv) FROM v WHERE "RegionCountyCode" IS NOT NULL GROUP BY "RegionCountyCode"
            UNION ALL
            SELECT "RegionZoneCode", COUNT(*), SUM(hv) FROM v WHERE "RegionZoneCode" IS NOT NULL GROUP BY "RegionZoneCode"
            """;
        var connection = _db.Database.GetDbConnection();
        await _db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 3600;
            var result = new List<UnitPatentCounts>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                result.Add(new UnitPatentCounts(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }

            return result;
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }
}
