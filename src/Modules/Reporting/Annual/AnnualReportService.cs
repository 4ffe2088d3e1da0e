using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Documents;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Reporting.Contracts;
using Microsoft.Extensions.Options;

namespace IpCity.Reporting.Annual;

/// <summary>
/// Builds the annual monitoring report from the module contracts only: indicator values with their target
/// status and provenance, the district values, the task ledger by chapter and the editable text blocks. No
/// generation time appears in the content, so the same data gives the same document.
/// </summary>
internal sealed class AnnualReportService : IAnnualReport
{
    public const string NoData = "无数据/未评估";

    /// <summary>The district comparison columns (in this order, those that are defined).</summary>
    private static readonly string[] s_districtColumns =
    [
        IndicatorCodes.HighValueInventionPatentsPer10k, IndicatorCodes.HighValueInventionPatents, IndicatorCodes.ValidInventionPatentsPer10k,
        IndicatorCodes.ValidInventionPatents, IndicatorCodes.InventionGrants, IndicatorCodes.RegisteredTrademarksInForce, IndicatorCodes.MadridRegistrationsHeld,
    ];

    private readonly IIndicatorService _indicators;
    private readonly ITaskLedger _tasks;
    private readonly IOrgUnitDirectory _directory;
    private readonly IReportTextBlocks _blocks;
    private readonly IAuditTrail _audit;
    private readonly ReportOptions _options;
    private readonly ICaseStatistics _cases;
    private readonly Sm2 _signingKey;
    private readonly TimeProvider _clock;

    public AnnualReportService(IIndicatorService indicators, ITaskLedger tasks, IOrgUnitDirectory directory, IReportTextBlocks blocks, IAuditTrail audit, IOptions<ReportOptions> options, ICaseStatistics cases, Sm2 signingKey, TimeProvider clock)
    {
        _signingKey = signingKey;
        _clock = clock;
        _cases = cases;
        _indicators = indicators;
        _tasks = tasks;
        _directory = directory;
        _blocks = blocks;
        _audit = audit;
        _options = options.Value;
    }

    public string FileName(int year) => string.Create(CultureInfo.InvariantCulture, $"南昌市知识产权强市建设年度监测报告-{year}");

    public async Task<AnnualReportFiles> GenerateAsync(int year, string outputDirectory, IProgressSink? progress = null, CancellationToken ct = default)
    {
        ReportTextBlocks.CheckYear(year);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        progress ??= NullProgressSink.Instance;
        CjkFont.Check(_options.FontPath);
        const int Steps = 6;
        progress.Report("收集数据", 0, Steps);
        var data = await CollectAsync(year, ct);
        progress.Report("绘制图表与地图", 1, Steps);
        var images = ReportCharts.Draw(data, _options);
        var document = Compose(data, images);
        Directory.CreateDirectory(outputDirectory);
        var stem = Path.Combine(outputDirectory, FileName(year));
        var files = new AnnualReportFiles(year, stem + ".docx", stem + ".xlsx", stem + ".pdf", stem + ".sig");
        progress.Report("写入 .docx", 2, Steps);
        DocxWriter.Write(document, files.Docx);
        progress.Report("写入 .xlsx 数据附件", 3, Steps);
        await AnnexWriter.WriteAsync(data, document, files.Xlsx, ct);
        progress.Report("写入 .pdf", 4, Steps);
        CjkFont.UseForPdf(_options.FontPath);
        PdfWriter.Write(document, files.Pdf);
        progress.Report("SM2 签名", 5, Steps);
        var manifest = await SignedManifest.WriteAsync(_signingKey, "annual-report", year.ToString(CultureInfo.InvariantCulture), [files.Docx, files.Xlsx, files.Pdf],
            _clock.GetUtcNow().UtcDateTime, files.Signature, ct);
        await _audit.RecordAsync(new AuditEntry("AnnualReportGenerated", AuditOutcome.Success, "AnnualReport", year.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{data.Values.Count} values, {data.Tasks.Count} tasks, signed SM2 key {manifest.Fingerprint}")), ct);
        progress.Report("完成", Steps, Steps);
        return files;
    }

    private async Task<ReportData> CollectAsync(int year, CancellationToken ct)
    {
        var profile = await _directory.GetProfileAsync(ct)
            ?? throw new IpCityException("REPORT_NO_PROFILE", "尚未加载城市配置 (ipcity profile load)", 409);
        var reference = new DateOnly(year, 12, 31);
        var units = await _directory.GetUnitsAsync(reference, false, ct);
        var city = units.FirstOrDefault(u => u.Code == profile.CityCode) ?? new OrgUnitDto(profile.CityCode, profile.CityName, profile.ShortName, "Municipality", null, null, null, null, null);
        var counties = units.Where(u => u.Kind is "District" or "County").OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var zones = units.Where(u => u.Kind == "FunctionalZone").OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var definitions = await _indicators.DefinitionsAsync(year, ct);

        var views = new Dictionary<string, IReadOnlyList<UnitIndicator>>(StringComparer.Ordinal);
        var values = new List<(OrgUnitDto Unit, IndicatorDefinitionDto Definition, IndicatorValueDto Value, bool Used)>();
        foreach (var unit in new[] { city }.Concat(counties).Concat(zones))
        {
            var list = await _indicators.ListAsync(unit.Code, year, reference, ct);
            var rows = definitions.Zip(list, (d, v) => new UnitIndicator(d, v)).ToList();
            views[unit.Code] = rows;
            foreach (var r in rows)
            {
                var used = r.View.Published ?? r.View.Latest;
                foreach (var v in new[] { r.View.Published, r.View.Latest }.OfType<IndicatorValueDto>().DistinctBy(v => v.Id).OrderBy(v => v.Id))
                {
                    values.Add((unit, r.Definition, v, v.Id == used?.Id));
                }
            }
        }

        var tasks = await _tasks.ListAsync(new TaskQuery(), tree: false, ct);
        var warnings = await _indicators.WarningsAsync(year, ct);
        var blocks = await _blocks.ListAsync(year, ct);
        // Case statistics of the whole city (counts only), as the city office sees them.
        var cases = (await _cases.ByTypeAsync(new ProtectionActor("annual-report", Roles.CityOfficer, null, null, []), year, null, ct)).Where(c => c.Filed + c.CarriedOver + c.Closed > 0).ToList();
        return new ReportData(year, profile, city, counties, zones, definitions, views, values.Select(v => new AnnexValue(v.Unit, v.Definition, v.Value, v.Used)).ToList(),
            tasks.Where(t => !t.IsRetired).ToList(), warnings, blocks, cases);
    }

    private ReportDocument Compose(ReportData data, ReportImages images)
    {
        var y = data.Year.ToString(CultureInfo.InvariantCulture);
        var title = $"{data.Profile.CityName}知识产权强市建设年度监测报告";
        var b = new List<DocBlock>
        {
            new DocCoverLine(title, 22, true),
            new DocCoverLine($"（{y}年度）", 16, false),
            new DocCoverLine($"监测依据：《{data.Profile.OutlineTitle}》", 12, false),
            new DocCoverLine($"数据参考日：{y}年12月31日", 12, false),
            new DocCoverLine($"城市配置版本：{data.Profile.ProfileVersion}；行政区划：{data.Profile.DivisionEdition}", 10, false),
            new DocPageBreak(),
        };

        var city = data.Views[data.City.Code];
        var headlines = city.Where(r => r.Definition.Headline).ToList();

        // 一、总体情况
        b.Add(new DocHeading(1, "一、总体情况"));
        var counts = headlines.GroupBy(r => StatusOf(r)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        b.Add(new DocParagraph(
            $"本报告依据《{data.Profile.OutlineTitle}》（来源：{data.Profile.OutlineSource}），以{y}年12月31日为参考日，汇总{data.Profile.CityName}及所辖{data.Counties.Count}个县级行政单位的知识产权监测指标和纲要任务推进情况。" +
            $"{headlines.Count}项主要指标中：达到目标路径{Count(counts, "正常")}项，滞后{Count(counts, "滞后")}项，风险{Count(counts, "风险")}项，未设定目标{Count(counts, "未设定目标")}项，{NoData}{Count(counts, NoData)}项。"));
        var byStatus = data.Tasks.GroupBy(t => t.StatusLabel).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}{g.Count()}项");
        b.Add(new DocParagraph(data.Tasks.Count == 0
            ? "任务台账：尚未导入纲要任务台账，本报告不含任务推进情况。"
            : $"任务台账共{data.Tasks.Count}项任务：{string.Join("，", byStatus)}；逾期未完成节点{data.Tasks.Sum(t => t.OverdueMilestones)}个。"));
        AddBlock(b, data, ReportBlockKeys.SummaryNote, 2);

        // 二、主要指标完成情况
        b.Add(new DocHeading(1, "二、主要指标完成情况"));
        b.Add(new DocTable(
            ["指标", "计量单位", "基期值", $"{y}年路径值", "目标值", $"{y}年实际值", "状态"],
            headlines.Select(r => (IReadOnlyList<string>)
            [
                r.Definition.Name, r.Definition.Unit,
                r.View.Target?.Baseline is { } bl ? $"{Num(bl, r.Definition.Decimals)}（{r.View.Target.BaselineYear}年）" : "未设定",
                r.View.Target?.PathValue is { } p ? Num(p, r.Definition.Decimals) : "未设定",
                r.View.Target?.Target is { } t ? $"{Num(t, r.Definition.Decimals)}（{r.View.Target.TargetYear}年）" : "未设定",
                Actual(r), StatusOf(r),
            ]).ToList(),
            [3.2, 1, 1.6, 1.3, 1.6, 1.4, 1.1]));
        var notes = headlines.Select((r, i) => (r, Notes: NotesOf(r))).Where(x => x.Notes.Length > 0).ToList();
        if (notes.Count > 0)
        {
            b.Add(new DocParagraph("说明："));
            foreach (var (r, n) in notes)
            {
                b.Add(new DocParagraph($"{r.Definition.Name}：{n}", Small: true));
            }
        }

        b.Add(new DocParagraph($"目标状态判定：{headlines.Select(r => r.View.Target?.Rule).FirstOrDefault(r => r is not null) ?? "未设定目标路径"}。各项数值的分子、分母、定义版本、参数与数据来源见数据附件（.xlsx）。", Small: true));
        var companions = city.Where(r => !r.Definition.Headline).ToList();
        if (companions.Count > 0)
        {
            b.Add(new DocHeading(2, "（一）辅助监测指标"));
            b.Add(new DocTable(["指标", "计量单位", $"{y}年数值", "说明"],
                companions.Select(r => (IReadOnlyList<string>)[r.Definition.Name, r.Definition.Unit, Actual(r), Short(NotesOf(r))]).ToList(),
                [3.2, 1, 1.4, 4.6]));
        }

        b.Add(new DocHeading(2, companions.Count > 0 ? "（二）指标进度图" : "（一）指标进度图"));
        b.Add(new DocImage(images.Progress, ReportCharts.Width, ReportCharts.Height, $"图1 主要指标实际值占{y}年路径值的比例（%）；{NoData}或无路径值的指标不绘制"));
        b.Add(new DocHeading(2, companions.Count > 0 ? "（三）知识产权保护案件办理情况" : "（二）知识产权保护案件办理情况"));
        b.Add(data.Cases.Count == 0
            ? new DocParagraph($"保护案件登记簿中没有{y}年度的立案、结转或结案记录；结案率采用填报数据（如有）。")
            : new DocTable(
                ["案件类型", "立案", "上年结转", "结案", "应结案", "期限内结案", "结案率A", "结案率B", "结案率C", "办案周期中位数(日)"],
                data.Cases.Select(c => (IReadOnlyList<string>)
                [
                    c.Type is null ? "合计（结案率口径）" : CaseTypes.Name(c.Type), I(c.Filed), I(c.CarriedOver), I(c.Closed), I(c.Due), I(c.ClosedInTime),
                    Rate(c.RateA), Rate(c.RateB), Rate(c.RateC), c.MedianDays is { } m ? m.ToString("0", CultureInfo.InvariantCulture) : "—",
                ]).ToList(),
                [2.6, 0.8, 0.9, 0.8, 0.9, 1, 1, 1, 1, 1.2]));
        if (data.Cases.Count > 0)
        {
            b.Add(new DocParagraph("结案率A=本年结案数/本年立案数；B=本年结案数/(上年结转未结数+本年立案数)；C=法定期限(含依法延长、扣除中止)内结案数/本年应结案数。数据来自保护案件登记簿。", Small: true));
        }

        // 三、区县比较
        b.Add(new DocHeading(1, "三、区县（功能区）比较"));
        var columns = s_districtColumns.Select(c => data.Definitions.FirstOrDefault(d => d.Code == c)).OfType<IndicatorDefinitionDto>().ToList();
        b.Add(new DocTable(
            ["单位", .. columns.Select(c => $"{c.Name}（{c.Unit}）")],
            data.Counties.Concat(data.Zones).Select(u => (IReadOnlyList<string>)
                [u.Name, .. columns.Select(c => Actual(data.Views[u.Code].First(r => r.Definition.Code == c.Code)))]).ToList(),
            [1.6, .. columns.Select(_ => 1.2)]));
        b.Add(new DocParagraph("功能区与所在区县的数据相互重叠，不可与区县相加。", Small: true));
        b.Add(new DocImage(images.Districts, ReportCharts.Width, ReportCharts.Height, $"图2 各县级单位{images.MapIndicator}（{y}年）"));
        b.Add(new DocImage(images.Map, ReportCharts.MapWidth, ReportCharts.MapHeight, $"图3 {images.MapIndicator}分布（{y}年）。{_options.MapAttribution}"));

        // 四、纲要任务推进情况
        b.Add(new DocHeading(1, "四、纲要任务推进情况"));
        if (data.Tasks.Count == 0)
        {
            b.Add(new DocParagraph("尚未导入纲要任务台账。"));
        }
        else
        {
            var editions = data.Tasks.Select(t => $"{t.SourceEdition}（{(t.Confirmation == "UNCONFIRMED" ? "初始清单，待与纲要原文核对" : t.Confirmation)}）").Distinct(StringComparer.Ordinal);
            b.Add(new DocParagraph($"章节与任务取自已导入的任务台账：{string.Join("；", editions)}。", Small: true));
            var chapterNo = 0;
            foreach (var chapter in data.Tasks.GroupBy(t => string.IsNullOrWhiteSpace(t.Chapter) ? "未归入章节的任务" : t.Chapter))
            {
                chapterNo++;
                b.Add(new DocHeading(2, $"（{Chinese(chapterNo)}）{chapter.Key}"));
                b.Add(new DocTable(["编号", "任务", "牵头单位", "状态", "最新进度", "逾期节点"],
                    chapter.Select(t => (IReadOnlyList<string>)
                    [
                        t.Number, t.Title, t.Lead.Count == 0 ? "未指定" : string.Join("、", t.Lead.Select(d => d.Name)), t.StatusLabel,
                        t.LatestPercent is { } pc ? pc.ToString(CultureInfo.InvariantCulture) + "%" : "未报送",
                        t.OverdueMilestones.ToString(CultureInfo.InvariantCulture),
                    ]).ToList(),
                    [0.9, 4.2, 2.2, 0.9, 1, 0.9]));
            }
        }

        // 五、预警
        b.Add(new DocHeading(1, "五、指标预警"));
        b.Add(data.Warnings.Count == 0
            ? new DocParagraph("本年度无落后于目标路径的指标。")
            : new DocTable(["指标", "单位", "实际值", "路径值", "状态", "责任部门"],
                data.Warnings.OrderBy(w => w.IndicatorCode, StringComparer.Ordinal).ThenBy(w => w.UnitCode, StringComparer.Ordinal).Select(w => (IReadOnlyList<string>)
                [
                    w.IndicatorName, w.UnitName ?? w.UnitCode, w.Value is { } v ? Num(v, 2) : NoData, w.PathValue is { } p ? Num(p, 2) : "未设定", w.StatusLabel, w.Owner ?? "未指定",
                ]).ToList(),
                [3, 1.6, 1.2, 1.2, 0.9, 2.2]));

        b.Add(new DocHeading(1, "六、" + ReportBlockKeys.Title(ReportBlockKeys.Problems)));
        AddBlock(b, data, ReportBlockKeys.Problems, 0);
        b.Add(new DocHeading(1, "七、" + ReportBlockKeys.Title(ReportBlockKeys.NextSteps)));
        AddBlock(b, data, ReportBlockKeys.NextSteps, 0);

        b.Add(new DocHeading(1, "附：数据说明"));
        b.Add(new DocParagraph($"数据附件《{FileName(data.Year)}.xlsx》列出每个单位每项指标的数值及其来源：分子、分母、定义版本、参数、输入数据及批次、说明、计入记录数、计算时间和状态。缺失的数值标注为“{NoData}”并注明原因，不以 0 代替。", Small: true));
        b.Add(new DocParagraph("已发布的数值优先采用；发布后重新计算得到不同结果的，以“修订”注明，待市局发布后采用。", Small: true));
        return new ReportDocument(title, $"{y}年度监测报告", b);
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Rate(decimal? rate) => rate is { } r ? r.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";

    private static void AddBlock(List<DocBlock> b, ReportData data, string key, int level)
    {
        var block = data.Blocks.First(x => x.Key == key);
        if (level > 0)
        {
            b.Add(new DocHeading(level, ReportBlockKeys.Title(key)));
        }

        if (string.IsNullOrWhiteSpace(block.Text))
        {
            b.Add(new DocParagraph("（待填写）"));
            return;
        }

        foreach (var line in block.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            b.Add(new DocParagraph(line));
        }
    }

    internal static IndicatorValueDto? Used(UnitIndicator r) => r.View.Published ?? r.View.Latest;

    internal static string Actual(UnitIndicator r)
    {
        var v = Used(r);
        if (v?.Value is not { } value)
        {
            return NoData;
        }

        var text = Num(value, r.Definition.Decimals);
        return r.View.IsRevision && r.View.Latest?.Value is { } latest ? $"{text}（修订：{Num(latest, r.Definition.Decimals)}）" : text;
    }

    internal static string StatusOf(UnitIndicator r) =>
        Used(r)?.Value is null ? NoData
        : r.View.Target is null ? "未设定目标"
        : r.View.Target.Status == "NoData" ? "未设定目标"
        : r.View.Target.StatusLabel;

    internal static string NotesOf(UnitIndicator r)
    {
        var v = Used(r);
        if (v is null)
        {
            return "尚未计算该年度数值（指标重算后生成）。";
        }

        return string.Join("；", v.Notes.Select(n => n.Trim().TrimEnd('。', '；'))) + (v.Notes.Count > 0 ? "。" : string.Empty);
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..119] + "…";

    internal static string Num(decimal value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static int Count(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);

    private static string Chinese(int n) => n switch
    {
        <= 10 => "零一二三四五六七八九十"[n].ToString(),
        < 20 => "十" + (n % 10 == 0 ? string.Empty : "零一二三四五六七八九"[n % 10].ToString()),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}

internal sealed record UnitIndicator(IndicatorDefinitionDto Definition, IndicatorValueView View);

internal sealed record AnnexValue(OrgUnitDto Unit, IndicatorDefinitionDto Definition, IndicatorValueDto Value, bool UsedInReport);

internal sealed record ReportData(
    int Year,
    CityProfileDto Profile,
    OrgUnitDto City,
    IReadOnlyList<OrgUnitDto> Counties,
    IReadOnlyList<OrgUnitDto> Zones,
    IReadOnlyList<IndicatorDefinitionDto> Definitions,
    IReadOnlyDictionary<string, IReadOnlyList<UnitIndicator>> Views,
    IReadOnlyList<AnnexValue> Values,
    IReadOnlyList<TaskSummaryDto> Tasks,
    IReadOnlyList<WarningDto> Warnings,
    IReadOnlyList<ReportTextBlockDto> Blocks,
    IReadOnlyList<CaseStatisticsDto> Cases);

internal sealed record ReportImages(byte[] Progress, byte[] Districts, byte[] Map, string MapIndicator);
