using System.Text;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Finance.Tests.Products.ProductsTestKit;

namespace IpCity.Finance.Tests.Products;

/// <summary>
/// IP insurance on SQLite and PostgreSQL: the XLSX import is idempotent (inserted → unchanged → updated by content),
/// bad rows are reported with row, field, value and reason while good rows are kept, covered numbers are checked
/// against the IP data center (unknown ones kept and flagged); statistics add up by kind, district and year; a
/// district officer sees and writes only its district (another district's policy → 404 + AccessDenied).
/// </summary>
public sealed partial class InsuranceRegisterTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string s_firmA = CreditCode("91360102MA35KXA01");
    private static readonly string s_firmB = CreditCode("91360103MA35KXB02");
    private static readonly string s_firmC = CreditCode("91360111MA35KXC03");

    private static readonly string[] s_header =
        ["险种", "保险公司", "保单号", "投保企业", "统一社会信用代码", "所属区县", "保险金额(万元)", "保费(万元)", "保费补贴(万元)", "保险起期", "保险止期", "专利号", "商标注册号"];

    private static Task<T> Insurance<T>(Platform platform, Func<IIpInsuranceRegister, Task<T>> work) => platform.With(work);

    /// <summary>A real application number of the imported demo patents (canonical form with its check character).</summary>
    private static async Task<string> DemoPatentNumberAsync(Platform platform)
    {
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "demo.csv");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 20, 7));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false)));
        return ApplicationNumber().Match(await File.ReadAllTextAsync(file)).Value;
    }

    [GeneratedRegex(@"20\d{2}[123]\d{7}\.[\dX]")]
    private static partial Regex ApplicationNumber();

    private static object?[] Row(string kind, string policy, string firm, string code, string district, object sum, object premium, object? subsidy, string start, string end, string? patents = null, string? marks = null) =>
        [kind, "人保财险南昌分公司", policy, firm, code, district, sum, premium, subsidy, start, end, patents, marks];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_import_is_idempotent_keeps_good_rows_and_reports_bad_rows_with_row_field_and_reason(string provider)
    {
        await using var platform = await StartAsync(provider);
        var known = await DemoPatentNumberAsync(platform);
        Assert.False(string.IsNullOrEmpty(known));
        var rows = new List<object?[]>
        {
            Row("专利执行保险", "PICC-2026-001", "南昌甲科技有限公司", s_firmA, "360102", 100, 2.5, 1.0, "2026-01-10", "2027-01-09", known + "、CN202699999999.9"),
            Row("侵权责任保险", "PICC-2026-002", "南昌乙电子有限公司", s_firmB, "西湖区", 200, 4, 2, "2026-02-01", "2027-01-31"),
            Row("PledgeFinancingGuarantee", "PICC-2026-003", "南昌丙材料有限公司", s_firmC, "360111", 500, 10, 5, "2025-12-01", "2026-11-30", null, "12345678"),
            Row("专利执行保险", "PICC-2026-004", "南昌甲科技有限公司", BadCreditCode("91360102MA35KXA01"), "360102", 50, 1, 0, "2026-03-01", "2027-02-28"),      // row 5: check digit
            Row("航天保险", "PICC-2026-005", "南昌丁航空有限公司", s_firmA, "360102", 50, 1, 0, "2026-03-01", "2027-02-28"),                                      // row 6: kind
            Row("侵权责任保险", "PICC-2026-006", "南昌戊有限公司", s_firmA, "火星区", "abc", 1, 3, "2026-03-01", "2026-02-01"),                                    // row 7: several
            Row("侵权责任保险", "PICC-2026-001", "南昌甲科技有限公司", s_firmA, "360102", 100, 2.5, 1.0, "2026-01-10", "2027-01-09"),                            // row 8: duplicate of row 2
        };

        var first = await Insurance(platform, r => r.ImportAsync(City1, Xlsx(s_header, rows), "policies.xlsx"));
        Assert.Equal((7, 3, 0, 0, 4), (first.Read, first.Inserted, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal(2, first.Flagged);
        Assert.Contains(first.Issues, i => i is { Row: 5, Field: "insuredCreditCode" } && i.Reason.Contains("校验位", StringComparison.Ordinal) && i.Value!.StartsWith("91360102MA35KXA01", StringComparison.Ordinal));
        Assert.Contains(first.Issues, i => i is { Row: 6, Field: "kind", Value: "航天保险" });
        Assert.Contains(first.Issues, i => i is { Row: 7, Field: "district", Value: "火星区" });
        Assert.Contains(first.Issues, i => i is { Row: 7, Field: "sumInsured", Value: "abc" });
        Assert.Contains(first.Issues, i => i is { Row: 7, Field: "subsidy" });
        Assert.Contains(first.Issues, i => i is { Row: 7, Field: "endsOn" });
        Assert.Contains(first.Issues, i => i is { Row: 8, Field: "policyNumber" } && i.Reason.Contains("第 2 行", StringComparison.Ordinal));
        Assert.All(first.Issues, i => Assert.InRange(i.Row, 5, 8));

        var list = await Insurance(platform, r => r.ListAsync(City1, new InsurancePolicyQuery()));
        Assert.Equal(3, list.Total);
        var a = list.Items.Single(p => p.PolicyNumber == "PICC-2026-001");
        Assert.Equal((InsuranceKindCodes.PatentEnforcement, "360102", "东湖区", 2026), (a.KindCode, a.DistrictCode, a.DistrictName, a.Year));
        Assert.Equal((100m, 2.5m, 1.0m), (a.SumInsuredWan, a.PremiumWan, a.SubsidyWan));
        Assert.Equal(1, a.UnknownItems);
        Assert.True(a.Items.Single(i => i.Number == known).Found);
        Assert.Equal(known, a.Items.Single(i => i.Number == known).CanonicalNumber);
        Assert.False(a.Items.Single(i => i.Number == "CN202699999999.9").Found);
        Assert.Equal("360103", list.Items.Single(p => p.PolicyNumber == "PICC-2026-002").DistrictCode);
        Assert.Equal(2, (await Insurance(platform, r => r.ListAsync(City1, new InsurancePolicyQuery(Flagged: true)))).Total);

        // The same file again: nothing changes.
        var second = await Insurance(platform, r => r.ImportAsync(City1, Xlsx(s_header, rows), "policies.xlsx"));
        Assert.Equal((0, 0, 3, 4), (second.Inserted, second.Updated, second.Unchanged, second.Rejected));
        Assert.Equal(3, (await Insurance(platform, r => r.ListAsync(City1, new InsurancePolicyQuery()))).Total);

        // One premium corrected: that row is updated, the rest unchanged.
        rows[1] = Row("侵权责任保险", "PICC-2026-002", "南昌乙电子有限公司", s_firmB, "西湖区", 200, 4.2, 2, "2026-02-01", "2027-01-31");
        var third = await Insurance(platform, r => r.ImportAsync(City1, Xlsx(s_header, rows.Take(3)), "policies.xlsx"));
        Assert.Equal((0, 1, 2, 0), (third.Inserted, third.Updated, third.Unchanged, third.Rejected));
        Assert.Equal(4.2m, (await Insurance(platform, r => r.ListAsync(City1, new InsurancePolicyQuery(Q: "PICC-2026-002")))).Items.Single().PremiumWan);
        Assert.Equal(3, await AuditsAsync(platform, "InsurancePoliciesImported"));

        // A district officer's import: rows of another district are refused, its own are kept.
        var district = await Insurance(platform, r => r.ImportAsync(Donghu, Xlsx(s_header,
        [
            Row("专利执行保险", "PICC-2026-010", "南昌甲科技有限公司", s_firmA, "360102", 30, 0.6, 0.3, "2026-04-01", "2027-03-31"),
            Row("专利执行保险", "PICC-2026-011", "南昌乙电子有限公司", s_firmB, "360103", 30, 0.6, 0.3, "2026-04-01", "2027-03-31"),
        ]), "donghu.xlsx"));
        Assert.Equal((1, 1), (district.Inserted, district.Rejected));
        Assert.Contains(district.Issues, i => i is { Row: 3, Field: "district" });

        // Not an xlsx, and missing headers: refused as a whole.
        var notXlsx = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.ImportAsync(City1, new MemoryStream(Encoding.UTF8.GetBytes("a,b")), "policies.csv")));
        Assert.Equal(("FINANCE_IMPORT_INVALID", 400), (notXlsx.Code, notXlsx.Status));
        var headers = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.ImportAsync(City1, Xlsx(["险种", "保单号"], [["专利执行保险", "X-1"]]), "p.xlsx")));
        Assert.Equal("FINANCE_IMPORT_INVALID", headers.Code);
        Assert.Contains("保险公司", headers.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Statistics_add_up_policies_sums_premiums_and_subsidies_by_kind_district_and_year(string provider)
    {
        await using var platform = await StartAsync(provider);
        InsurancePolicyRequest Policy(string kind, string number, string code, string district, decimal sum, decimal premium, decimal? subsidy, DateOnly start) =>
            new(kind, "平安产险江西分公司", number, "南昌某企业", code, district, sum, premium, subsidy, start, start.AddYears(1).AddDays(-1));

        await Insurance(platform, r => r.CreateAsync(City1, Policy(InsuranceKindCodes.PatentEnforcement, "PA-1", s_firmA, "360102", 100, 3, 1.5m, new DateOnly(2025, 3, 1))));
        await Insurance(platform, r => r.CreateAsync(City1, Policy(InsuranceKindCodes.PatentEnforcement, "PA-2", s_firmB, "360103", 80.5m, 2.25m, 1, new DateOnly(2025, 7, 1))));
        await Insurance(platform, r => r.CreateAsync(City1, Policy(InsuranceKindCodes.InfringementLiability, "PA-3", s_firmA, "360102", 300, 6, null, new DateOnly(2025, 12, 31))));
        await Insurance(platform, r => r.CreateAsync(Donghu, Policy(InsuranceKindCodes.PatentEnforcement, "PA-4", s_firmA, "东湖区", 50, 1, 0.5m, new DateOnly(2026, 1, 1))));
        Assert.Equal(4, await AuditsAsync(platform, "InsurancePolicyCreated"));

        var all = await Insurance(platform, r => r.StatisticsAsync(City1, null));
        Assert.Equal((4, 530.5m, 12.25m, 3.0m), (all.Total.Policies, all.Total.SumInsuredWan, all.Total.PremiumWan, all.Total.SubsidyWan));
        Assert.Equal(new[] { ("2025", 3, 480.5m, 11.25m, 2.5m), ("2026", 1, 50m, 1m, 0.5m) }, all.ByYear.Select(y => (y.Key, y.Policies, y.SumInsuredWan, y.PremiumWan, y.SubsidyWan)));

        var y2025 = await Insurance(platform, r => r.StatisticsAsync(City1, 2025));
        Assert.Equal((3, 480.5m, 11.25m, 2.5m), (y2025.Total.Policies, y2025.Total.SumInsuredWan, y2025.Total.PremiumWan, y2025.Total.SubsidyWan));
        var enforcement = y2025.ByKind.Single(k => k.Key == InsuranceKindCodes.PatentEnforcement);
        Assert.Equal(("专利执行保险", 2, 180.5m, 5.25m, 2.5m), (enforcement.Label, enforcement.Policies, enforcement.SumInsuredWan, enforcement.PremiumWan, enforcement.SubsidyWan));
        var donghu = y2025.ByDistrict.Single(d => d.Key == "360102");
        Assert.Equal(("东湖区", 2, 400m, 9m, 1.5m), (donghu.Label, donghu.Policies, donghu.SumInsuredWan, donghu.PremiumWan, donghu.SubsidyWan));
        Assert.Equal(3, y2025.Rows.Count);
        Assert.Equal(y2025.Total.SumInsuredWan, y2025.Rows.Sum(r => r.SumInsuredWan));

        // A district officer's statistics cover its district only.
        var own = await Insurance(platform, r => r.StatisticsAsync(Donghu, null));
        Assert.Equal((3, 450m), (own.Total.Policies, own.Total.SumInsuredWan));
        Assert.Equal(new[] { "360102" }, own.ByDistrict.Select(d => d.Key));

        var table = await Insurance(platform, r => r.ExportStatisticsAsync(City1, 2025));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(480.5m, table.Rows.Sum(r => (decimal)r[5]!));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_district_officer_sees_and_writes_only_its_district_and_other_reads_are_404_with_an_audit_row(string provider)
    {
        await using var platform = await StartAsync(provider);
        var start = new DateOnly(2026, 2, 1);
        var policy = await Insurance(platform, r => r.CreateAsync(Donghu, new InsurancePolicyRequest(
            InsuranceKindCodes.PatentInfringementLoss, "太保产险", "CP-9", "=HYPERLINK(\"http://x\",\"y\")", s_firmA, "360102", 60, 1.2m, 0.6m, start, start.AddYears(1), Trademarks: ["30123456"])));
        Assert.Equal(1, policy.UnknownItems);

        var denied = await AuditsAsync(platform, AuditEvents.AccessDenied);
        var missing = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.GetAsync(Xihu, policy.Id)));
        Assert.Equal(("INSURANCE_POLICY_NOT_FOUND", 404), (missing.Code, missing.Status));
        Assert.Equal(denied + 1, await AuditsAsync(platform, AuditEvents.AccessDenied));
        var update = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.UpdateAsync(Xihu, policy.Id, new InsurancePolicyRequest(
            InsuranceKindCodes.PatentInfringementLoss, "太保产险", "CP-9", "改名", s_firmA, "360102", 60, 1.2m, 0.6m, start, start.AddYears(1)))));
        Assert.Equal(404, update.Status);
        Assert.Equal(0, (await Insurance(platform, r => r.ListAsync(Xihu, new InsurancePolicyQuery()))).Total);
        Assert.Equal(1, (await Insurance(platform, r => r.ListAsync(Dept, new InsurancePolicyQuery()))).Total);
        Assert.Equal("CP-9", (await Insurance(platform, r => r.GetAsync(City1, policy.Id))).PolicyNumber);

        var elsewhere = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.CreateAsync(Donghu, new InsurancePolicyRequest(
            InsuranceKindCodes.PatentInfringementLoss, "太保产险", "CP-10", "南昌乙", s_firmB, "360103", 60, 1.2m, 0.6m, start, start.AddYears(1)))));
        Assert.Equal(("INSURANCE_POLICY_INVALID", 400), (elsewhere.Code, elsewhere.Status));
        var duplicate = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.CreateAsync(City1, new InsurancePolicyRequest(
            InsuranceKindCodes.PatentEnforcement, "太保产险", "CP-9", "南昌乙", s_firmB, "360103", 60, 1.2m, 0.6m, start, start.AddYears(1)))));
        Assert.Equal(("INSURANCE_POLICY_DUPLICATE", 409), (duplicate.Code, duplicate.Status));
        var firm = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.ListAsync(Firm, new InsurancePolicyQuery())));
        Assert.Equal(403, firm.Status);

        // Exports escape formula injection and keep amounts numeric.
        var table = await Insurance(platform, r => r.ExportAsync(City1, new InsurancePolicyQuery()));
        var csv = Encoding.UTF8.GetString(IpCity.Finance.Products.ProductExport.Csv(table));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",60,1.2,0.6,", csv, StringComparison.Ordinal);
        Assert.Equal(1, await AuditsAsync(platform, AuditEvents.Exported));

        // The kind list is editable by the city office; a deactivated kind is refused for new policies.
        await Insurance(platform, r => r.SetKindAsync(City1, InsuranceKindCodes.OverseasInfringementLiability, new SetInsuranceKindRequest("海外侵权责任险", false, 50)));
        var inactive = await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.CreateAsync(City1, new InsurancePolicyRequest(
            InsuranceKindCodes.OverseasInfringementLiability, "太保产险", "CP-11", "南昌乙", s_firmB, "360103", 60, 1.2m, 0.6m, start, start.AddYears(1)))));
        Assert.Equal("kind", inactive.Details["field"]);
        var added = await Insurance(platform, r => r.SetKindAsync(City1, "DataInsurance", new SetInsuranceKindRequest("数据知识产权保险", true, 70)));
        Assert.Contains(await Insurance(platform, r => r.ListKindsAsync()), k => k.Code == "DataInsurance" && k.Name == "数据知识产权保险");
        Assert.Equal(7, (await Insurance(platform, r => r.ListKindsAsync())).Count);
        Assert.True(added.Active);
        await Assert.ThrowsAsync<IpCityException>(() => Insurance(platform, r => r.SetKindAsync(Donghu, "X", new SetInsuranceKindRequest("X", true, 1))));
    }
}
