using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;
using IpCity.BuildingBlocks.Progress;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Classification;

/// <summary>
/// Loads the embedded reference classifications (reference/ipc: Chinese IPC 2026.01 full, English IPC to
/// subclass, WIPO 35 technology fields) and serves the IPC tree. Loading the same edition twice changes nothing.
/// </summary>
internal sealed class ReferenceData : IReferenceData
{
    public const string IpcEdition = "2026.01";
    private readonly IpDataDbContext _db;
    private readonly IAuditTrail _audit;

    public ReferenceData(IpDataDbContext db, IAuditTrail audit)
    {
        _db = db;
        _audit = audit;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "reference", "ipc");

    /// <summary>"A01B1/00" → "A01B 1/00"; sections, classes and subclasses unchanged.</summary>
    internal static string Canonical(string symbol)
    {
        var s = symbol.Trim();
        return s.Length > 4 && s.Contains('/', StringComparison.Ordinal) ? s[..4] + " " + s[4..] : s;
    }

    public async Task<ReferenceLoadResult> LoadIpcAsync(IProgressSink? progress = null, CancellationToken ct = default)
    {
        progress ??= NullProgressSink.Instance;
        var zh = Path.Combine(Folder, "ipc_zh_2026.01_full.tsv.gz");
        if (!File.Exists(zh))
        {
            throw new IpCityException("REFERENCE_MISSING", $"找不到 IPC 参考数据文件: {zh}", 500);
        }

        var existing = await _db.IpcCodes.CountAsync(c => c.Edition == IpcEdition, ct);
        var english = File.ReadLines(Path.Combine(Folder, "ipc_en_section_class_subclass.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(p => p.Length >= 3).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[2], StringComparer.Ordinal);
        var rows = ReadGzipLines(zh).Skip(1).Select(l => l.Split('\t')).Where(p => p.Length >= 4).ToList();
        var fields = await LoadFieldsAsync(ct);
        if (existing == rows.Count)
        {
            return new ReferenceLoadResult(IpcEdition, rows.Count, 0, fields);
        }

        await _db.IpcCodes.Where(c => c.Edition == IpcEdition).ExecuteDeleteAsync(ct);
        var inserted = 0;
        foreach (var chunk in rows.Chunk(5000))
        {
            await using var tx = await _db.Database.BeginTransactionAsync(ct);
            _db.IpcCodes.AddRange(chunk.Select(p => new IpcCode
            {
                Symbol = Canonical(p[0]),
                Level = p[1],
                Parent = string.IsNullOrEmpty(p[2]) ? null : Canonical(p[2]),
                TitleZh = p[3],
                TitleEn = english.GetValueOrDefault(p[0]),
                Edition = IpcEdition,
            }));
            await _db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            _db.ChangeTracker.Clear();
            inserted += chunk.Length;
            progress.Report("IPC " + IpcEdition, inserted, rows.Count);
        }

        await _audit.RecordAsync(new AuditEntry("ReferenceLoaded", AuditOutcome.Success, "IPC", IpcEdition, $"codes={inserted}; fields={fields}"), ct);
        return new ReferenceLoadResult(IpcEdition, rows.Count, inserted, fields);
    }

    /// <summary>The 5.8 MB table ships gzip-compressed (1.5 MB) to keep the repository lean.</summary>
    private static IEnumerable<string> ReadGzipLines(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            yield return line;
        }
    }

    private async Task<int> LoadFieldsAsync(CancellationToken ct)
    {
        var path = Path.Combine(Folder, "wipo_ipc_technology_concordance.csv");
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var csv = new CsvRecordReader(reader, ',');
        var header = csv.Read()!;
        int Index(string name) => header.FindIndex(h => h.Trim('\uFEFF') == name);
        var (num, sector, field, ipc) = (Index("Field_number"), Index("Sector_en"), Index("Field_en"), Index("IPC_code"));
        var rows = new List<TechnologyField>();
        while (csv.Read() is { } cells)
        {
            if (cells.Count > ipc && int.TryParse(cells[num], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                rows.Add(new TechnologyField { FieldNumber = n, Sector = cells[sector], Field = cells[field], IpcPattern = cells[ipc].Trim() });
            }
        }

        if (await _db.TechnologyFields.CountAsync(ct) == rows.Count)
        {
            return rows.Count;
        }

        await _db.TechnologyFields.ExecuteDeleteAsync(ct);
        _db.TechnologyFields.AddRange(rows);
        await _db.SaveChangesAsync(ct);
        _db.ChangeTracker.Clear();
        return rows.Count;
    }

    public async Task<IpcNode?> GetIpcAsync(string symbol, CancellationToken ct = default)
    {
        var canonical = Canonical(symbol.Normalize(NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        var code = await _db.IpcCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Symbol == canonical, ct);
        if (code is null)
        {
            return null;
        }

        var children = await _db.IpcCodes.AsNoTracking().Where(c => c.Parent == canonical).OrderBy(c => c.Symbol)
            .Select(c => new IpcEntry(c.Symbol, c.Level, c.TitleZh, c.TitleEn)).ToListAsync(ct);
        var path = new List<IpcEntry>();
        var parent = code.Parent;
        while (parent is not null)
        {
            var p = await _db.IpcCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Symbol == parent, ct);
            if (p is null)
            {
                break;
            }

            path.Insert(0, new IpcEntry(p.Symbol, p.Level, p.TitleZh, p.TitleEn));
            parent = p.Parent;
        }

        return new IpcNode(new IpcEntry(code.Symbol, code.Level, code.TitleZh, code.TitleEn), path, children, code.Edition);
    }

    public async Task<IReadOnlyList<IpcEntry>> SearchIpcAsync(string q, int take = 50, CancellationToken ct = default)
    {
        var pattern = Search.SearchQuery.LikePattern(q.Trim());
        return await _db.IpcCodes.AsNoTracking().Where(c => EF.Functions.Like(c.TitleZh, pattern, "\\") || EF.Functions.Like(c.Symbol, q.Trim().ToUpperInvariant() + "%"))
            .OrderBy(c => c.Symbol).Take(Math.Clamp(take, 1, 500)).Select(c => new IpcEntry(c.Symbol, c.Level, c.TitleZh, c.TitleEn)).ToListAsync(ct);
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/ipc/{symbol}", async (string symbol, IReferenceData data, CancellationToken ct) =>
            await data.GetIpcAsync(Uri.UnescapeDataString(symbol), ct) is { } node ? Results.Ok(node) : throw IpCityException.NotFound("IPC symbol"))
            .AllowAnonymous().WithTags("Classification").WithName("GetIpc").WithSummary("IPC 分类树节点 (上级路径与下级)");
        api.MapGet("/ipc", async (string q, IReferenceData data, CancellationToken ct) => Results.Ok(await data.SearchIpcAsync(q, 50, ct)))
            .AllowAnonymous().WithTags("Classification").WithName("SearchIpc");
    }
}
