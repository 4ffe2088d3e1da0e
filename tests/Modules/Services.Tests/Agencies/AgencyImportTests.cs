using IpCity.BuildingBlocks.Errors;
using IpCity.Services.Agencies;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Services.Tests.Agencies.AgencyTestKit;

namespace IpCity.Services.Tests.Agencies;

/// <summary>
/// The XLSX import on SQLite and PostgreSQL: good rows kept, bad rows reported with sheet, row, field, value (identity
/// numbers and names masked) and reason; a second import of the same file changes nothing and says so; a changed
/// row is an update; the downloadable template imports as it is.
/// </summary>
public sealed class AgencyImportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string s_badCheck = CodeA[..17] + (CodeA[17] == '0' ? '1' : '0');

    private static byte[] File1() => Workbook(
        [
            AgencyRow("南昌甲专利商标代理有限公司", CodeA, "36101", "TM-0001", DonghuAddress),
            AgencyRow("南昌乙商标代理有限公司", CodeB, null, "TM-0002", ZoneAddress, "执业", "2016-01-01"),
            AgencyRow("南昌甲专利商标代理有限公司西湖分公司", CodeC, "36101-01", null, XihuAddress, null, null, CodeA),
            AgencyRow("校验位错误代理公司", s_badCheck, "36199", null, DonghuAddress),
            AgencyRow("状态错误代理公司", CreditCode("91360102MA35AGD04"), "36198", null, DonghuAddress, "歇业"),
        ],
        [
            PersonRow("张小三", Id1, "3610100001", "ZL2019000001", "2019-12-01", CodeA, "执业专利代理师", "2020-01-01"),
            PersonRow("张小三", Id1, "3610100001", "ZL2019000001", "2019-12-01", CodeB, "其他从业人员", "2021-01-01"),
            PersonRow("李四", Id2, null, null, null, CodeB, "商标代理从业人员", "2022-01-01", "2025-06-30"),
            PersonRow("王五", Id3, null, "ZL2018000002", "2018-12-01", null, null, null, null, HonggutanAddress),
            PersonRow("赵六", Id1[..17] + (Id1[17] == '1' ? '2' : '1'), null, null, null, CodeA, "其他从业人员", "2021-01-01"),
            PersonRow("钱七", ResidentId("36010219700101456"), null, null, null, CreditCode("91360102MA35YYY09"), "其他从业人员", "2021-01-01"),
            PersonRow("孙八", ResidentId("36010219750101567"), "3610100009", null, null, CodeB, "执业专利代理师", "2021-01-01"),
        ]);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_keeps_good_rows_reports_bad_ones_and_a_second_import_changes_nothing(string provider)
    {
        await using var platform = await StartAsync(provider);
        var first = await ImportAsync(platform, File1());

        Assert.Equal(12, first.Rows);
        Assert.Equal(new ImportCounts(3, 0, 0), first.Agencies);
        Assert.Equal(new ImportCounts(3, 0, 0), first.Persons);
        Assert.Equal(new ImportCounts(3, 0, 0), first.Engagements);
        Assert.Equal(5, first.Rejected);
        var byRow = first.Issues.ToLookup(i => (i.Sheet, i.Row));
        Assert.Equal("creditCode", Assert.Single(byRow[("机构", 5)]).Field);
        Assert.Equal(("status", "歇业"), (Assert.Single(byRow[("机构", 6)]).Field, Assert.Single(byRow[("机构", 6)]).Value));

        // The bad identity number is reported masked (3 + 11 × * + 4), never in clear.
        var badId = Assert.Single(byRow[("人员", 6)]);
        Assert.Equal("idNumber", badId.Field);
        Assert.Matches("^360\\*{11}\\d{3}[\\dX]$", badId.Value);
        Assert.DoesNotContain(first.Issues, i => i.Value is { } v && (v.Contains(Id1[3..14], StringComparison.Ordinal) || v.Contains("钱七", StringComparison.Ordinal)));
        Assert.Equal("agencyCreditCode", Assert.Single(byRow[("人员", 7)]).Field);
        var wrongRole = Assert.Single(byRow[("人员", 8)]);
        Assert.Equal(("role", "执业专利代理师"), (wrongRole.Field, wrongRole.Value));

        // The branch knows its head office; the zone agency's region is resolved.
        var stored = await platform.InScopeAsync(sp => sp.GetRequiredService<ServicesDbContext>().Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(stored[0].Id, stored.Single(a => a.CreditCode == CodeC).ParentId);
        Assert.Equal((Qingshanhu, HighTechZone), (stored.Single(a => a.CreditCode == CodeB).CountyCode, stored.Single(a => a.CreditCode == CodeB).ZoneCode));
        Assert.Equal(Donghu, stored.Single(a => a.CreditCode == CodeA).CountyCode);

        // Same file again: everything unchanged, the same rows rejected, nothing added.
        var second = await ImportAsync(platform, File1());
        Assert.Equal(new ImportCounts(0, 0, 3), second.Agencies);
        Assert.Equal(new ImportCounts(0, 0, 3), second.Persons);
        Assert.Equal(new ImportCounts(0, 0, 3), second.Engagements);
        Assert.Equal(first.Issues, second.Issues);
        var counts = await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ServicesDbContext>();
            return (await db.Agencies.CountAsync(), await db.Practitioners.CountAsync(), await db.Engagements.CountAsync(), await db.AgencyStatusChanges.CountAsync());
        });
        Assert.Equal((3, 3, 3, 2), counts);

        // A changed person row and an ended engagement are updates.
        var third = await ImportAsync(platform, Workbook(null,
        [
            PersonRow("张小三", Id1, "3610100001", "ZL2019000001", "2019-12-01", CodeB, "其他从业人员", "2021-01-01", "2025-12-31"),
            PersonRow("王五", Id3, null, "ZL2018000002", "2018-12-02", null, null, null),
        ]));
        Assert.Equal(new ImportCounts(0, 1, 1), third.Persons);
        Assert.Equal(new ImportCounts(0, 1, 0), third.Engagements);
        Assert.Equal(0, third.Rejected);
        Assert.Equal(3, await AuditsAsync(platform, "AgenciesImported"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_template_imports_as_it_is_and_a_file_without_the_sheets_is_refused(string provider)
    {
        await using var platform = await StartAsync(provider);
        var template = await Register(platform, r => r.TemplateAsync());
        var result = await ImportAsync(platform, template);
        Assert.Equal((new ImportCounts(1, 0, 0), new ImportCounts(1, 0, 0), new ImportCounts(1, 0, 0), 0), (result.Agencies, result.Persons, result.Engagements, result.Rejected));

        byte[] wrong;
        using (var ms = new MemoryStream())
        {
            MiniExcelLibs.MiniExcel.SaveAs(ms, new Dictionary<string, object> { ["其他"] = new List<Dictionary<string, object?>> { new() { ["列1"] = "x" } } });
            wrong = ms.ToArray();
        }

        var refused = await Assert.ThrowsAsync<IpCityException>(() => ImportAsync(platform, wrong));
        Assert.Equal(AgencyImportFile.InvalidCode, refused.Code);
        var denied = await Assert.ThrowsAsync<IpCityException>(() => ImportAsync(platform, template, DonghuOfficer));
        Assert.Equal(403, denied.Status);
    }
}
