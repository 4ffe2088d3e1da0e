using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Domain;
using MiniExcelLibs;

namespace IpCity.Monitoring.Forms;

/// <summary>XLSX template and bulk upload: one row per unit, Chinese headers "项目名称（单位）".</summary>
internal sealed partial class DataReporting
{
    /// <summary>Largest template upload accepted (the API also refuses larger requests up front).</summary>
    public const long MaxUploadBytes = 10L * 1024 * 1024;

    public const string UnitHeader = "单位代码";
    public const string UnitNameHeader = "单位名称";
    public const string YearHeader = "年度";
    public const string DataSheet = "填报";

    public static string Header(DataSetElement e) => $"{e.Label}（{e.Unit}）";

    public async Task<byte[]> TemplateAsync(FormActor actor, long dataSetId, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var set = await DataSetAsync(dataSetId, ct);
        var units = set.Units.OrderBy(u => u.Order).Where(u => actor.MayReportFor(u.UnitCode)).ToList();
        if (units.Count == 0)
        {
            throw new IpCityException("FORM_UNIT_FORBIDDEN", "您没有可填报此表的单位。", 403);
        }

        var elements = set.Elements.OrderBy(e => e.Order).ToList();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var u in units)
        {
            var current = await LatestAsync(set.Id, u.UnitCode, year, tracked: false, ct);
            var row = new Dictionary<string, object?>
            {
                [UnitHeader] = u.UnitCode,
                [UnitNameHeader] = CsvCells.Escape(u.UnitName),
                [YearHeader] = year,
            };
            foreach (var e in elements)
            {
                row[Header(e)] = current?.Values.FirstOrDefault(v => v.ElementCode == e.ElementCode)?.Value;
            }

            rows.Add(row);
        }

        var notes = elements.Select(e => new Dictionary<string, object?> { ["列"] = Header(e), ["数据元代码"] = e.ElementCode, ["说明"] = e.Decimals == 0 ? "整数" : $"最多 {e.Decimals} 位小数" })
            .Concat(set.Rules.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new Dictionary<string, object?> { ["列"] = "校验规则 " + r.Code, ["数据元代码"] = r.ElementCode ?? r.Expression, ["说明"] = r.Text }))
            .ToList();
        using var stream = new MemoryStream();
        var sheets = new Dictionary<string, object> { [DataSheet] = rows, ["填报说明"] = notes };
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "FormTemplate", set.Code, $"xlsx; year={year.ToString(CultureInfo.InvariantCulture)}; units={units.Count.ToString(CultureInfo.InvariantCulture)}; actorUnit={actor.UnitCode ?? "-"}"), ct);
        return stream.ToArray();
    }

    public async Task<FormUploadResponse> UploadAsync(FormActor actor, long dataSetId, int year, Stream xlsx, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(xlsx);
        var set = await DataSetAsync(dataSetId, ct);
        var byHeader = new Dictionary<string, DataSetElement>(StringComparer.Ordinal);
        foreach (var e in set.Elements)
        {
            byHeader[Header(e)] = e;
            byHeader[e.Label] = e;
            byHeader[e.ElementCode] = e;
        }

        List<IDictionary<string, object?>> records;
        // Every caller (API, page) goes through the same checks: size, zip signature, zip-bomb limits — on a staged copy.
        var staged = Path.Combine(Path.GetTempPath(), "ipcity-form-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            await using (var target = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var buffer = new byte[1 << 16];
                long total = 0;
                int n;
                while ((n = await xlsx.ReadAsync(buffer, ct)) > 0)
                {
                    total += n;
                    if (total > MaxUploadBytes)
                    {
                        throw new IpCityException("FORM_UPLOAD_TOO_LARGE", "文件超过 10 MB。", 413);
                    }

                    await target.WriteAsync(buffer.AsMemory(0, n), ct);
                }
            }

            await using (var probe = File.OpenRead(staged))
            {
                if (probe.Length < 2 || probe.ReadByte() != 'P' || probe.ReadByte() != 'K')
                {
                    throw new IpCityException("FORM_UPLOAD_TYPE", "文件内容不是 XLSX。", 400);
                }
            }

            BuildingBlocks.Xml.ZipGuard.Check(staged);
            await using var file = File.OpenRead(staged);
            records = (await file.QueryAsync(useHeaderRow: true, cancellationToken: ct)).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not IpCityException)
        {
            throw new IpCityException("FORM_UPLOAD_INVALID", "无法读取上传的 XLSX 文件，请使用下载的模板。", 400);
        }
        finally
        {
            File.Delete(staged);
        }

        var errors = new List<UploadRowError>();
        int created = 0, updated = 0, unchanged = 0, rows = 0;
        var headers = records.FirstOrDefault()?.Keys.ToList() ?? [];
        if (records.Count > 0 && !headers.Contains(UnitHeader))
        {
            throw new IpCityException("FORM_UPLOAD_INVALID", $"缺少“{UnitHeader}”列，请使用下载的模板。", 400);
        }

        foreach (var h in headers.Where(h => h is not (UnitHeader or UnitNameHeader or YearHeader) && !byHeader.ContainsKey(h.Trim()) && !h.StartsWith('_')))
        {
            errors.Add(new UploadRowError(1, null, h, "未知的列，已忽略"));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var rowNumber = i + 2; // the header is row 1
            var record = records[i];
            var unit = Text(Cell(record, UnitHeader));
            var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            var rowErrors = new List<UploadRowError>();
            foreach (var (header, cell) in record)
            {
                if (!byHeader.TryGetValue(header.Trim(), out var element) || cell is null || (cell is string s && string.IsNullOrWhiteSpace(s)))
                {
                    continue;
                }

                if (Number(cell) is { } number)
                {
                    values[element.ElementCode] = number;
                }
                else
                {
                    rowErrors.Add(new UploadRowError(rowNumber, unit, Header(element), $"不是数字: {Text(cell)}"));
                }
            }

            if (values.Count == 0 && rowErrors.Count == 0)
            {
                continue; // a blank row, or a unit left empty: nothing to report
            }

            rows++;
            if (unit is null)
            {
                rowErrors.Add(new UploadRowError(rowNumber, null, UnitHeader, "单位代码为空"));
            }

            if (Text(Cell(record, YearHeader)) is { } yearText && yearText != year.ToString(CultureInfo.InvariantCulture))
            {
                rowErrors.Add(new UploadRowError(rowNumber, unit, YearHeader, $"年度 {yearText} 与上传年度 {year.ToString(CultureInfo.InvariantCulture)} 不一致"));
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            try
            {
                var (_, outcome) = await SaveCoreAsync(actor, set, unit, year, values, null, null, "Uploaded", ct);
                switch (outcome)
                {
                    case SaveOutcome.Created: created++; break;
                    case SaveOutcome.Updated: updated++; break;
                    default: unchanged++; break;
                }
            }
            catch (IpCityException ex)
            {
                _db.ChangeTracker.Clear();
                var element = ex.Details.GetValueOrDefault("element") as string;
                var field = element is null ? UnitHeader : set.Elements.FirstOrDefault(e => e.ElementCode == element) is { } el ? Header(el) : element;
                errors.Add(new UploadRowError(rowNumber, unit, ex.Code == ValidationCode ? field : ex.Code is "FORM_NOT_EDITABLE" ? null : UnitHeader, ex.Message, ex.Details.GetValueOrDefault("ruleCode") as string));
            }
        }

        await _audit.RecordAsync(new AuditEntry("FormUploaded", AuditOutcome.Success, "FormTemplate", set.Code,
            string.Create(CultureInfo.InvariantCulture, $"year={year}; rows={rows}; created={created}; updated={updated}; unchanged={unchanged}; errors={errors.Count}; actor={actor.Name}; actorUnit={actor.UnitCode ?? "-"}")), ct);
        return new FormUploadResponse(rows, created, updated, unchanged, errors);
    }

    private static object? Cell(IDictionary<string, object?> record, string header) => record.TryGetValue(header, out var v) ? v : null;

    private static string? Text(object? cell)
    {
        var text = cell switch
        {
            null => null,
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => cell.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static decimal? Number(object cell) => cell switch
    {
        double d when double.IsFinite(d) && Math.Abs(d) < 1e15 => decimal.Round((decimal)d, 6),
        decimal m => m,
        int n => n,
        long n => n,
        string s when decimal.TryParse(s.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) => m,
        _ => null,
    };
}
