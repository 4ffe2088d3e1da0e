using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing.Tabular;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.IpData.Industries;

/// <summary>
/// Imports an official concordance edition from its published spreadsheet layout (DATA.md gap 2): headers
/// mapped through an editable alias table per concordance type, codes filled down over merged cells, every
/// IPC symbol checked against the loaded Chinese IPC table and every national industry code checked as a
/// GB/T 4754 four-digit class. Bad values are reported (row, field, value, reason) and the good ones kept.
/// The same file and edition again changes nothing; a new edition becomes a new, active version.
/// Also loads the city's starter catalogues that ship beside its profile.
/// </summary>
internal sealed class ConcordanceImporter : IConcordanceImporter
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly IpDataDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly IOptions<IpDataOptions> _options;
    private readonly string _configDir;

    public ConcordanceImporter(IpDataDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock, IOptions<IpDataOptions> options, StorageOptions storage)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
        _options = options;
        _configDir = Path.Combine(storage.DataDirectory, "config");
    }

    /// <summary>Catalogue code, display name and header alias file of each concordance type.</summary>
    public static (string Code, string Name, string Headers) Describe(ConcordanceType type) => type switch
    {
        ConcordanceType.IpcToNationalIndustry2018 => ("ipc-gbt4754-2018", "国际专利分类与国民经济行业分类参照关系表(2018)", "concordance-ipc-national-2018-headers.json"),
        ConcordanceType.StrategicEmergingIpc2021 => ("sei-ipc-2021", "战略性新兴产业分类与国际专利分类参照关系表(2021)", "concordance-sei-ipc-2021-headers.json"),
        ConcordanceType.PatentIntensiveIndustry2019 => ("patent-intensive-2019", "知识产权(专利)密集型产业统计分类(2019)", "concordance-patent-intensive-2019-headers.json"),
        _ => throw new IpCityException("CONCORDANCE_TYPE_UNKNOWN", $"未知的参照关系表类型 {type}。"),
    };

    private sealed record PendingRule(long Row, string Node, string? Ipc, string? IpcSymbol, string? National, double Coefficient, bool Partial, string? Note);

    public async Task<ConcordanceImportResult> ImportAsync(ConcordanceType type, string edition, string path, string? sourceNote = null, CancellationToken ct = default)
    {
        var (code, name, headers) = Describe(type);
        edition = edition?.Trim() ?? string.Empty;
        if (edition.Length is 0 or > 64)
        {
            throw IpCityException.Validation("版本 (--edition) 必填, 最长 64 个字符。");
        }

        if (!File.Exists(path) || !TabularReader.Handles(path))
        {
            throw new IpCityException("CONCORDANCE_FILE", $"找不到文件或不是 .xlsx/.csv 文件: {Path.GetFileName(path)}", 400);
        }

        var file = Path.GetFileName(path);
        string sha;
        await using (var stream = File.OpenRead(path))
        {
            sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        }

        var existing = await _db.IndustryCatalogues.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && c.Edition == edition, ct);
        if (existing is not null)
        {
            if (existing.Sha256 != sha)
            {
                throw IpCityException.Conflict("CONCORDANCE_EDITION_EXISTS", $"{name} 的版本 {edition} 已由另一个文件导入; 修订后的表请用新的版本名导入。");
            }

            var stored = await _db.NodesAsync(existing.Id, ct);
            return new ConcordanceImportResult(code, edition, type.ToString(), false, true, 0, stored.Count, stored.Sum(n => n.Rules.Count), 0, []);
        }

        if (type != ConcordanceType.PatentIntensiveIndustry2019)
        {
            await _db.RequireIpcTableAsync(ct);
        }

        var aliases = HeaderAliases.Load(Path.Combine(_configDir, headers), headers);
        var errors = new List<ImportError>();
        var nodesByCode = new Dictionary<string, IndustryNode>(StringComparer.Ordinal);
        var pending = new List<PendingRule>();
        long read = 0;
        string? lastCode = null, lastName = null;
        void Error(long row, string field, string? value, string reason) =>
            errors.Add(new ImportError(file, row, aliases.Display.GetValueOrDefault(field, field), value, reason, "CONCORDANCE_ROW_INVALID"));

        try
        {
            foreach (var row in TabularReader.Read(path, aliases, _options.Value.ArchiveLimits))
            {
                read++;
                var v = row.Values;
                var rawCode = v.GetValueOrDefault("Code");
                var rowName = v.GetValueOrDefault("Name");
                var partial = (rawCode?.Contains('*', StringComparison.Ordinal) ?? false) || (v.GetValueOrDefault("Note")?.Contains('*', StringComparison.Ordinal) ?? false);
                string? nodeCode;
                if (rawCode is null)
                {
                    // Merged cells: the code (and name) of the row above apply.
                    nodeCode = lastCode;
                    rowName ??= lastName;
                }
                else if (type == ConcordanceType.IpcToNationalIndustry2018)
                {
                    var (national, p, error) = IndustryCodes.ParseNational(rawCode);
                    if (error is not null)
                    {
                        Error(row.Row, "Code", rawCode, error);
                        continue;
                    }

                    nodeCode = national;
                    partial |= p;
                }
                else
                {
                    nodeCode = rawCode.TrimEnd('*').Trim();
                    if (!IndustryCodes.IsValidCode(nodeCode))
                    {
                        Error(row.Row, "Code", rawCode, "产业代码不合法 (不含 /, 最长 64)");
                        continue;
                    }
                }

                if (nodeCode is null)
                {
                    Error(row.Row, "Code", null, "缺少产业代码");
                    continue;
                }

                if (nodeCode != lastCode)
                {
                    lastName = null;
                }

                lastCode = nodeCode;
                lastName = rowName ?? lastName;
                if (!nodesByCode.ContainsKey(nodeCode))
                {
                    var nodeName = (rowName ?? v.GetValueOrDefault("NationalName") ?? nodeCode).Trim();
                    nodesByCode[nodeCode] = new IndustryNode
                    {
                        Code = nodeCode,
                        Name = nodeName[..Math.Min(nodeName.Length, 200)],
                        ParentCode = v.GetValueOrDefault("ParentCode")?.Trim(),
                        SortOrder = nodesByCode.Count + 1,
                    };
                }

                var coefficient = 1.0;
                if (v.GetValueOrDefault("Coefficient") is { } coeffText)
                {
                    if (ParseCoefficient(coeffText) is not { } c)
                    {
                        Error(row.Row, "Coefficient", coeffText, "系数须为 (0, 1] 之间的数或百分比");
                        continue;
                    }

                    coefficient = c;
                }

                var nationals = new List<string>();
                if (type == ConcordanceType.IpcToNationalIndustry2018)
                {
                    nationals.Add(nodeCode);
                }
                else if (v.GetValueOrDefault("NationalCode") is { } nationalCell)
                {
                    foreach (var text in IndustryCodes.SplitCodes(nationalCell))
                    {
                        var (national, p, error) = IndustryCodes.ParseNational(text);
                        if (error is not null)
                        {
                            Error(row.Row, "NationalCode", text, error);
                            continue;
                        }

                        nationals.Add(national!);
                        partial |= p;
                    }
                }

                var ipcs = new List<IpcPattern>();
                if (v.GetValueOrDefault("Ipc") is { } ipcCell)
                {
                    var (patterns, bad) = IndustryCodes.ScanIpc(ipcCell);
                    ipcs.AddRange(patterns);
                    foreach (var b in bad)
                    {
                        Error(row.Row, "Ipc", b, "不是 IPC 分类号 (例如 H01M、H01M 10/00、H01M 10/0525)");
                    }
                }

                partial |= ipcs.Any(i => i.Partial);
                if (v.GetValueOrDefault("Coefficient") is null && partial)
                {
                    coefficient = _options.Value.PartialClassCoefficient;
                }

                var note = v.GetValueOrDefault("Note") is { } noteText ? noteText[..Math.Min(noteText.Length, 500)] : null;
                var single = nationals.Count == 1 ? nationals[0] : null;
                foreach (var ipc in ipcs)
                {
                    pending.Add(new PendingRule(row.Row, nodeCode, ipc.Prefix, ipc.Symbol, single, coefficient, partial, note));
                }

                if (ipcs.Count == 0 || single is null)
                {
                    pending.AddRange(nationals.Select(n => new PendingRule(row.Row, nodeCode, null, null, n, coefficient, partial, note)));
                }
            }
        }
        catch (IpCityException ex) when (ex.Code == "IMPORT_MISSING_COLUMN")
        {
            throw new IpCityException("CONCORDANCE_INVALID_HEADER", ex.Message.Replace("缺少必需的列", $"{name} 缺少必需的列", StringComparison.Ordinal), 400, ex.Details);
        }

        var known = await _db.KnownIpcSymbolsAsync(pending.Where(p => p.IpcSymbol is not null).Select(p => p.IpcSymbol!), ct);
        foreach (var p in pending.Where(p => p.IpcSymbol is not null && !known.Contains(p.IpcSymbol)))
        {
            Error(p.Row, "Ipc", p.IpcSymbol, $"IPC 分类表 ({Classification.ReferenceData.IpcEdition}) 中没有该分类号");
        }

        var rules = pending.Where(p => p.IpcSymbol is null || known.Contains(p.IpcSymbol))
            .DistinctBy(p => (p.Node, p.Ipc, p.National)).ToList();
        var rejected = errors.Select(e => e.Row).Distinct().LongCount();
        if (rules.Count == 0)
        {
            return new ConcordanceImportResult(code, edition, type.ToString(), false, false, read, 0, 0, rejected, errors);
        }

        foreach (var group in rules.GroupBy(r => r.Node))
        {
            nodesByCode[group.Key].Rules.AddRange(group.Select(r => new IndustryRule
            {
                IpcPattern = r.Ipc,
                NationalIndustryCode = r.National,
                Coefficient = r.Coefficient,
                IsPartial = r.Partial,
                Note = r.Note,
            }));
        }

        var nodes = nodesByCode.Values.ToList();
        IndustryStore.AssignTree(nodes);
        var catalogue = new IndustryCatalogue
        {
            Code = code,
            Name = name,
            Kind = IndustryCatalogueKind.Concordance,
            ConcordanceType = type,
            Edition = edition,
            SourceNote = string.IsNullOrWhiteSpace(sourceNote) ? $"{name}, 版本 {edition}, 由 {file} 导入" : sourceNote.Trim()[..Math.Min(sourceNote.Trim().Length, 2000)],
            SourceFile = file,
            Sha256 = sha,
            CreatedAtUtc = _clock.GetUtcNow().UtcDateTime,
            CreatedBy = _request.ActorName ?? "system",
            IsActive = true,
            Nodes = nodes,
        };
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            await _db.IndustryCatalogues.Where(c => c.Code == code && c.IsActive).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsActive, false), ct);
            _db.IndustryCatalogues.Add(catalogue);
            await _db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        _db.ChangeTracker.Clear();
        await _audit.RecordAsync(new AuditEntry("ConcordanceImported", AuditOutcome.Success, "IndustryCatalogue", code, $"edition={edition}; file={file}; sha256={sha}; industries={nodes.Count}; rules={rules.Count}; rejected={rejected}"), ct);
        return new ConcordanceImportResult(code, edition, type.ToString(), true, false, read, nodes.Count, rules.Count, rejected, errors);
    }

    /// <summary>"0.6", "60%" → 0.6; null unless in (0, 1].</summary>
    internal static double? ParseCoefficient(string text)
    {
        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (!double.TryParse(percent ? t[..^1] : t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        value = percent ? value / 100 : value;
        return value is > 0 and <= 1 ? value : null;
    }

    private sealed record StarterFile(string Code, string Name, string Edition, string SourceNote, List<StarterIndustry> Industries);

    private sealed record StarterIndustry(string Code, string Name, string? Parent, List<string>? Ipc, List<string>? Keywords);

    public async Task<IReadOnlyList<StarterCatalogueResult>> LoadStarterCataloguesAsync(string profilePath, CancellationToken ct = default)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(profilePath))!, Path.GetFileNameWithoutExtension(profilePath));
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var results = new List<StarterCatalogueResult>();
        foreach (var path in Directory.GetFiles(folder, "industry-*.json").Order(StringComparer.Ordinal))
        {
            results.Add(await LoadStarterAsync(path, ct));
        }

        return results;
    }

    private async Task<StarterCatalogueResult> LoadStarterAsync(string path, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var bytes = await File.ReadAllBytesAsync(path, ct);
        StarterFile starter;
        try
        {
            starter = JsonSerializer.Deserialize<StarterFile>(bytes, s_json) ?? throw new JsonException("empty");
        }
        catch (JsonException ex)
        {
            throw new IpCityException("INDUSTRY_STARTER_INVALID", $"{file}: 不是有效的产业目录文件: {ex.Message}");
        }

        if (!IndustryCodes.IsValidCode(starter.Code) || string.IsNullOrWhiteSpace(starter.Name) || string.IsNullOrWhiteSpace(starter.Edition) || string.IsNullOrWhiteSpace(starter.SourceNote) || starter.Industries is not { Count: > 0 })
        {
            throw new IpCityException("INDUSTRY_STARTER_INVALID", $"{file}: code、name、edition、sourceNote 与 industries 必填。");
        }

        var active = await _db.FindCatalogueAsync(starter.Code, null, tracking: false, ct);
        if (active is not null || await _db.IndustryCatalogues.AnyAsync(c => c.Code == starter.Code, ct))
        {
            // The city's edits live in the store; the starter file only seeds an empty store.
            var existing = active ?? await _db.IndustryCatalogues.AsNoTracking().Where(c => c.Code == starter.Code).OrderByDescending(c => c.Id).FirstAsync(ct);
            var current = await _db.NodesAsync(existing.Id, ct);
            return new StarterCatalogueResult(existing.Code, existing.Edition, file, false, current.Count, current.Sum(n => n.Rules.Count));
        }

        var nodes = new List<IndustryNode>();
        var symbols = new List<string>();
        foreach (var industry in starter.Industries)
        {
            if (!IndustryCodes.IsValidCode(industry.Code) || string.IsNullOrWhiteSpace(industry.Name) || nodes.Any(n => n.Code == industry.Code))
            {
                throw new IpCityException("INDUSTRY_STARTER_INVALID", $"{file}: 产业代码 {industry.Code} 不合法或重复。");
            }

            var node = new IndustryNode { Code = industry.Code, Name = industry.Name.Trim(), ParentCode = industry.Parent, SortOrder = nodes.Count + 1 };
            foreach (var text in industry.Ipc ?? [])
            {
                var pattern = IndustryCodes.ParseIpc(text) ?? throw new IpCityException("INDUSTRY_STARTER_INVALID", $"{file}: {industry.Code} 的 {text} 不是 IPC 分类号。");
                symbols.Add(pattern.Symbol);
                node.Rules.Add(new IndustryRule { IpcPattern = pattern.Prefix });
            }

            node.Rules.AddRange((industry.Keywords ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => new IndustryRule { Keyword = k.Trim() }));
            nodes.Add(node);
        }

        if (nodes.FirstOrDefault(n => n.ParentCode is not null && !nodes.Any(p => p.Code == n.ParentCode)) is { } orphan)
        {
            throw new IpCityException("INDUSTRY_STARTER_INVALID", $"{file}: {orphan.Code} 的上级 {orphan.ParentCode} 不存在。");
        }

        // Checked against the IPC table when it is loaded (a profile may be loaded before the reference data).
        if (await _db.IpcCodes.AnyAsync(ct))
        {
            var known = await _db.KnownIpcSymbolsAsync(symbols, ct);
            if (symbols.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
            {
                throw new IpCityException("INDUSTRY_STARTER_INVALID", $"{file}: IPC 分类表中没有 {unknown}。");
            }
        }

        IndustryStore.AssignTree(nodes);
        var catalogue = new IndustryCatalogue
        {
            Code = starter.Code,
            Name = starter.Name.Trim(),
            Kind = IndustryCatalogueKind.Local,
            Edition = starter.Edition.Trim(),
            SourceNote = starter.SourceNote.Trim(),
            SourceFile = file,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            CreatedAtUtc = _clock.GetUtcNow().UtcDateTime,
            CreatedBy = _request.ActorName ?? "system",
            IsActive = true,
            Nodes = nodes,
        };
        _db.IndustryCatalogues.Add(catalogue);
        await _db.SaveChangesAsync(ct);
        _db.ChangeTracker.Clear();
        var rules = nodes.Sum(n => n.Rules.Count);
        await _audit.RecordAsync(new AuditEntry("IndustryCatalogueCreated", AuditOutcome.Success, "IndustryCatalogue", catalogue.Code, $"edition={catalogue.Edition}; starter={file}; industries={nodes.Count}; rules={rules}"), ct);
        return new StarterCatalogueResult(catalogue.Code, catalogue.Edition, file, true, nodes.Count, rules);
    }
}
