using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IpCity.IpData.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.Reporting.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Reporting.Tests;

/// <summary>
/// The annual report on generated data, on SQLite and PostgreSQL: the .docx has the indicator table and the
/// edited text block, the .xlsx annex has one row per value with its provenance, the PDF carries the Chinese
/// headings, the six headline indicators and their numbers and renders to images; the same data gives the
/// same document text, and the text blocks survive regeneration.
/// </summary>
public sealed partial class AnnualReportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string City = "360100";
    private const int Year = 2024;

    private static async Task<Platform> DemoAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "demo.csv");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 800, 5));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false)));
        await platform.InScopeAsync(sp => sp.GetRequiredService<ITaskLedger>().LoadStarterAsync());
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(Year));
        return platform;
    }

    private static string DocxText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return string.Join('\n', doc.MainDocumentPart!.Document!.Body!.Elements().Select(e => e.InnerText));
    }

    private static string Squash(string text) => WhiteSpace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Annual_report_docx_xlsx_and_pdf_on_demo_data(string provider)
    {
        await using var platform = await DemoAsync(provider);
        const string Problems = "部分区县数据报送不及时，专利质押融资数据尚未接入。";
        await platform.InScopeAsync(sp => sp.GetRequiredService<IReportTextBlocks>().SetAsync(Year, ReportBlockKeys.Problems, Problems));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Protection.Contracts.IProtectionDemo>().LoadAsync());
        var dir = Path.Combine(platform.Store.Storage.DataDirectory, "out1");
        var files = await platform.InScopeAsync(sp => sp.GetRequiredService<IAnnualReport>().GenerateAsync(Year, dir));
        Assert.All(files.All, f => Assert.True(new FileInfo(f).Length > 1000, f));
        Assert.EndsWith("南昌市知识产权强市建设年度监测报告-2024.docx", files.Docx, StringComparison.Ordinal);

        var definitions = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().DefinitionsAsync(Year));
        var headlines = definitions.Where(d => d.Headline).ToList();
        Assert.Equal(6, headlines.Count);
        var highValue = (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.HighValueInventionPatentsPer10k, City, Year))).Latest!;
        var decimals = definitions.Single(d => d.Code == IndicatorCodes.HighValueInventionPatentsPer10k).Decimals;
        var highValueText = highValue.Value!.Value.ToString("N" + decimals, System.Globalization.CultureInfo.InvariantCulture);

        // .docx: the indicator table rows (name … actual value … status) and the edited block.
        using (var doc = WordprocessingDocument.Open(files.Docx, false))
        {
            var tables = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            Assert.True(tables.Count >= 3, $"{tables.Count} tables");
            var indicatorRows = tables[0].Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(headlines.Select(h => h.Name), indicatorRows.Select(r => r[0]));
            var row = indicatorRows.Single(r => r[0] == "每万人高价值发明专利拥有量");
            Assert.Equal(highValueText, row[5]);
            Assert.Contains(row[6], new[] { "正常", "滞后", "风险", "未设定目标" });
            // Not evaluated values say so, never 0 (the pledge amount has no data in the demo).
            Assert.Equal("无数据/未评估", indicatorRows.Single(r => r[0] == "知识产权质押融资年登记金额")[5]);
            Assert.Equal(3, doc.MainDocumentPart.ImageParts.Count());
        }

        var docText = DocxText(files.Docx);
        Assert.Contains(Problems, docText, StringComparison.Ordinal);
        Assert.Contains("四、纲要任务推进情况", docText, StringComparison.Ordinal);
        // Case handling from the protection register (the demo's 2024 cases: A 100 %, B 90 %, C 6 of 7 in time).
        Assert.Contains("知识产权保护案件办理情况", docText, StringComparison.Ordinal);
        Assert.Contains("合计（结案率口径）", docText, StringComparison.Ordinal);
        Assert.Contains("85.71%", docText, StringComparison.Ordinal);
        Assert.Contains("东湖区", docText, StringComparison.Ordinal);
        Assert.Contains("红谷滩区", docText, StringComparison.Ordinal);

        // .xlsx annex: one row per value (published and latest of every unit and indicator) with provenance.
        var expected = 0;
        await platform.InScopeAsync(async sp =>
        {
            var units = await sp.GetRequiredService<IOrgUnitDirectory>().GetUnitsAsync(new DateOnly(Year, 12, 31));
            foreach (var unit in units.Where(u => u.Kind is "Municipality" or "District" or "County" or "FunctionalZone"))
            {
                foreach (var view in await sp.GetRequiredService<IIndicatorService>().ListAsync(unit.Code, Year))
                {
                    expected += new[] { view.Published, view.Latest }.OfType<IndicatorValueDto>().DistinctBy(v => v.Id).Count();
                }
            }
        });
        var annex = MiniExcel.Query(files.Xlsx, useHeaderRow: true, sheetName: "指标值及来源").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(expected, annex.Count);
        foreach (var column in new[] { "分子", "分母", "定义版本", "参数", "输入数据", "说明", "计入记录数", "计算时间(UTC)", "状态" })
        {
            Assert.True(annex[0].ContainsKey(column), column);
        }

        var annexRow = annex.Single(r => (string?)r["单位代码"] == City && (string?)r["指标代码"] == IndicatorCodes.HighValueInventionPatentsPer10k);
        Assert.Equal(highValue.RecordCount, Convert.ToInt32(annexRow["计入记录数"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("ResidentPopulation", (string?)annexRow["输入数据"], StringComparison.Ordinal);
        Assert.Contains("HighValuePatent.PledgeThreshold", (string?)annexRow["参数"], StringComparison.Ordinal);

        // PDF: Chinese headings, the six headline names and the numbers; renders to PNG pages.
        var pdfText = Squash(await Poppler.RunAsync("pdftotext", "-enc", "UTF-8", files.Pdf, "-"));
        foreach (var heading in new[] { "南昌市知识产权强市建设年度监测报告", "一、总体情况", "二、主要指标完成情况", "三、区县（功能区）比较", "四、纲要任务推进情况", "六、存在的问题", "七、下一步工作" })
        {
            Assert.Contains(heading, pdfText, StringComparison.Ordinal);
        }

        Assert.All(headlines, h => Assert.Contains(Squash(h.Name), pdfText, StringComparison.Ordinal));
        Assert.Contains(highValueText, pdfText, StringComparison.Ordinal);
        Assert.Contains(Squash(Problems), pdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", pdfText, StringComparison.Ordinal);
        var pages = Path.Combine(dir, "pages");
        Directory.CreateDirectory(pages);
        await Poppler.RunAsync("pdftoppm", "-png", "-r", "40", files.Pdf, Path.Combine(pages, "p"));
        Assert.True(Directory.GetFiles(pages, "*.png").Length >= 4);

        // Same data → same document text; the text block survives the second run.
        var dir2 = Path.Combine(platform.Store.Storage.DataDirectory, "out2");
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IAnnualReport>().GenerateAsync(Year, dir2));
        Assert.Equal(docText, DocxText(again.Docx));
        Assert.Equal(Problems, (await platform.InScopeAsync(sp => sp.GetRequiredService<IReportTextBlocks>().GetAsync(Year, ReportBlockKeys.Problems))).Text);

        // The SM2-signed manifest names the three files with their sizes and SM3 digests and verifies with the
        // platform's public key; an altered PDF, a missing annex or a stranger's key fail (SECURITY.md P3, spec 28).
        var key = platform.Services.GetRequiredService<IpCity.BuildingBlocks.Crypto.Sm2>();
        var manifest = await IpCity.BuildingBlocks.Crypto.SignedManifest.ReadAsync(again.Signature);
        Assert.Equal(("annual-report", "2024", key.Fingerprint), (manifest.Kind, manifest.Subject, manifest.Fingerprint));
        Assert.Equal([Path.GetFileName(again.Docx), Path.GetFileName(again.Pdf), Path.GetFileName(again.Xlsx)], manifest.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new FileInfo(again.Pdf).Length, manifest.Files.Single(f => f.Name.EndsWith(".pdf", StringComparison.Ordinal)).Bytes);
        Assert.True((await manifest.CheckAsync(dir2, key.PublicKeyHex)).Ok);
        Assert.False((await manifest.CheckAsync(dir2, IpCity.BuildingBlocks.Crypto.Sm2.Generate().PublicKeyHex)).Ok);
        await File.AppendAllTextAsync(again.Pdf, "%");
        File.Delete(again.Xlsx);
        var broken = await manifest.CheckAsync(dir2, key.PublicKeyHex);
        Assert.True(broken is { SignatureValid: true, KeyTrusted: true, Ok: false });
        Assert.Equal(["ok", "altered", "missing"], broken.Files.OrderBy(f => f.File.Name, StringComparer.Ordinal).Select(f => f.Status));
    }

    [Fact]
    public async Task A_year_without_computed_values_says_no_data_never_zero()
    {
        await using var platform = await Platform.StartAsync("Sqlite");
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        var dir = Path.Combine(platform.Store.Storage.DataDirectory, "out");
        var files = await platform.InScopeAsync(sp => sp.GetRequiredService<IAnnualReport>().GenerateAsync(2025, dir));
        using var doc = WordprocessingDocument.Open(files.Docx, false);
        var rows = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().First().Elements<TableRow>().Skip(1).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal("无数据/未评估", r.Elements<TableCell>().ElementAt(5).InnerText));
        Assert.Contains("尚未计算该年度数值", DocxText(files.Docx), StringComparison.Ordinal);
        Assert.Contains("尚未导入纲要任务台账", DocxText(files.Docx), StringComparison.Ordinal);
        Assert.Contains("无数据/未评估", Squash(await Poppler.RunAsync("pdftotext", "-enc", "UTF-8", files.Pdf, "-")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_blocks_are_validated_and_kept_per_year()
    {
        await using var platform = await Platform.StartAsync("Sqlite");
        var blocks = (IServiceProvider sp) => sp.GetRequiredService<IReportTextBlocks>();
        await platform.InScopeAsync(sp => blocks(sp).SetAsync(2025, ReportBlockKeys.NextSteps, "一、加强数据报送。\r\n二、推进质押融资。"));
        var list = await platform.InScopeAsync(sp => blocks(sp).ListAsync(2025));
        Assert.Equal(ReportBlockKeys.All, list.Select(b => b.Key));
        Assert.Equal("一、加强数据报送。\n二、推进质押融资。", list.Single(b => b.Key == ReportBlockKeys.NextSteps).Text);
        Assert.Equal("test", list.Single(b => b.Key == ReportBlockKeys.NextSteps).UpdatedBy);
        Assert.Equal(string.Empty, (await platform.InScopeAsync(sp => blocks(sp).GetAsync(2024, ReportBlockKeys.NextSteps))).Text);
        var unknown = await Assert.ThrowsAsync<BuildingBlocks.Errors.IpCityException>(() => platform.InScopeAsync(sp => blocks(sp).SetAsync(2025, "other", "x")));
        Assert.Equal("REPORT_BLOCK_UNKNOWN", unknown.Code);
        var control = await Assert.ThrowsAsync<BuildingBlocks.Errors.IpCityException>(() => platform.InScopeAsync(sp => blocks(sp).SetAsync(2025, ReportBlockKeys.Problems, "a\u0001b")));
        Assert.Equal("REPORT_BLOCK_INVALID", control.Code);
    }
}
