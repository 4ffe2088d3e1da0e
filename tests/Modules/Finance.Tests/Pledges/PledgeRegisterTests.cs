using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Finance.Tests.Pledges.PledgeTestKit;

namespace IpCity.Finance.Tests.Pledges;

/// <summary>
/// Issue 6 acceptance on SQLite and PostgreSQL: a pledge list where one loan pledges two patents and one trademark
/// adds one loan and its amount once; pledge events of the data center are reconciled (by registration number, by
/// patent and date, or kept event-only); re-importing changes nothing; the monitoring's pledge value is computed
/// from the register and drills down to the loans; scoping by district and enterprise.
/// </summary>
public sealed class PledgeRegisterTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_loan_secured_by_two_patents_and_a_trademark_counts_once_and_the_monitoring_drills_down_to_it(string provider)
    {
        await using var platform = await StartAsync(provider);
        var file = Xlsx(platform, "pledges-2024.xlsx", Scenario());
        var first = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, file));

        // Rows: 6 read; registrations Y…001 (2 rows), SBZY…, Y2023…; two rows rejected with row, field and reason.
        Assert.Equal(6, first.Read);
        Assert.Equal(3, first.Inserted);
        Assert.Equal(2, first.Rejected);
        Assert.Contains(first.Errors, e => e.Row == 6 && e.Field == "出质人统一社会信用代码" && e.Reason.Contains("校验位", StringComparison.Ordinal));
        Assert.Contains(first.Errors, e => e.Row == 7 && e.Field == "登记日" && e.Value == "2024-13-01");

        // Reconciliation: P1's event by its registration number, P2's by patent and date, P3's kept event-only (its release applied).
        Assert.Equal(new PledgeReconciliation(3, 1, 1, 1, 0, 1), first.Reconciliation);

        var loans2024 = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ListAsync(City, new PledgeQuery(Year: 2024)));
        Assert.Equal(2, loans2024.Total);
        var loan = Assert.Single(loans2024.Items, l => l.ContractNumber == "HT-2024-001");
        Assert.Equal(500m, loan.AmountWan);
        Assert.Equal((2, 1, 2), (loan.Patents, loan.Trademarks, loan.Registrations));
        Assert.Equal("360102", loan.CountyCode);
        Assert.True(loan.Inclusive);
        var eventOnly = Assert.Single(loans2024.Items, l => l.EventOnly);
        Assert.Null(eventOnly.AmountWan);
        Assert.Equal(new DateOnly(2025, 1, 20), eventOnly.CancelledOn);
        // No pledgor address on an event: the region is the pledged patent's (P3, 西湖区).
        Assert.Equal("360103", eventOnly.CountyCode);
        Assert.Equal(500m, loans2024.AmountWan);

        var detail = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().GetAsync(City, loan.Id));
        var patentRegistration = detail.Registrations.Single(r => r.Kind == "Patent");
        Assert.Equal(["patent+date", "reference"], patentRegistration.Items.Select(i => i.MatchRule!).Order(StringComparer.Ordinal));
        Assert.All(detail.Registrations.Single(r => r.Kind == "Trademark").Items, i => Assert.Null(i.EventId));
        Assert.All(detail.Registrations.SelectMany(r => r.Items), i => Assert.True(i.PatentId is not null || i.TrademarkId is not null));

        // Facts for the monitoring: the loan once, its amount once.
        var facts = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeFacts>().LoansAsync(2024));
        Assert.Equal(2, facts.Count);
        Assert.Equal(500m, facts.Sum(f => f.AmountWan ?? 0));

        // Re-import: nothing changes.
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, file));
        Assert.Equal((0, 0, 3), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(first.Reconciliation, again.Reconciliation);
        Assert.Equal(2, (await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ListAsync(City, new PledgeQuery(Year: 2024)))).Total);

        // The monitoring: computed from the register, 500 万元 = 0.05 亿元 for the city and 东湖区, drilling down to the loans.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024));
        foreach (var (unit, count) in new[] { ("360100", 2), ("360102", 1) })
        {
            var view = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.PledgeFinancingRegisteredAmount, unit, 2024));
            var value = view.Latest!;
            Assert.Equal(2, value.DefinitionVersion);
            Assert.Equal(0.05m, value.Value);
            Assert.Equal("pledge", value.RecordKind);
            Assert.Equal(count, value.RecordCount);
            var records = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().RecordsAsync(value.Id, 1, 50));
            Assert.Contains(records.Items, r => r.Key == "HT-2024-001" && r.Owner == "江西甲科技有限公司");
            Assert.Contains(value.Inputs, i => i.Origin == "finance" && i.Value == 500m);
        }

        var city = (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.PledgeFinancingRegisteredAmount, "360100", 2024))).Latest!;
        Assert.Contains(city.Notes, n => n.Contains("1 笔融资仅见于法律事件", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Districts_and_enterprises_see_only_their_loans_and_exports_match_the_list(string provider)
    {
        await using var platform = await StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, Xlsx(platform, "p.xlsx", Scenario())));
        async Task<PledgePage> List(BuildingBlocks.Security.Actor actor) => await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ListAsync(actor, new PledgeQuery()));
        var all = await List(City);
        Assert.Equal(3, all.Total);
        var donghu = await List(Donghu);
        Assert.Equal(["HT-2024-001"], donghu.Items.Select(l => l.ContractNumber));
        var xihu = await List(Xihu);
        Assert.True(xihu.Items.All(l => l.CountyCode == "360103"));
        Assert.Equal(["HT-2024-001"], (await List(Enterprise(FirmA))).Items.Select(l => l.ContractNumber));
        Assert.DoesNotContain((await List(Enterprise(FirmB))).Items, l => l.ContractNumber is not null);

        var loan = all.Items.Single(l => l.ContractNumber == "HT-2024-001");
        async Task<long> Denials() => (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: AuditEvents.AccessDenied, PageSize: 1)))).Total;
        var before = await Denials();
        foreach (var outsider in new[] { Xihu, Enterprise(FirmB) })
        {
            var e = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().GetAsync(outsider, loan.Id)));
            Assert.Equal(("PLEDGE_NOT_FOUND", 404), (e.Code, e.Status));
        }

        Assert.Equal(before + 2, await Denials());
        Assert.Equal(loan.Id, (await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().GetAsync(Enterprise(FirmA), loan.Id))).Loan.Id);

        var exported = new List<PledgeLoanDto>();
        await platform.InScopeAsync(async sp =>
        {
            await foreach (var l in sp.GetRequiredService<IPledgeRegister>().ExportAsync(City, new PledgeQuery()))
            {
                exported.Add(l);
            }
        });
        Assert.Equal(all.Total, exported.Count);

        // Only the city office imports; a district officer gets a named 403.
        var forbidden = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(Donghu, Xlsx(platform, "q.xlsx", Scenario()))));
        Assert.Equal("PLEDGE_FORBIDDEN", forbidden.Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Changes_and_cancellations_amend_without_new_financing_and_bad_files_get_named_errors(string provider)
    {
        await using var platform = await StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, Xlsx(platform, "p.xlsx", Scenario())));
        var amend = Xlsx(platform, "amend.xlsx",
            ["Y2024360000001", "变更", "江西甲科技有限公司", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "800", "2024-09-01", "2026-03-14"],
            ["SBZY2024-0088", "注销", "江西甲科技有限公司", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "2025-02-01", string.Empty],
            ["NOSUCH-REG-1", "注销", "某公司", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "2025-02-01", string.Empty]);
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, amend));
        Assert.Equal((0, 2, 1), (result.Inserted, result.Updated, result.Rejected));
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Reason.Contains("未曾导入", StringComparison.Ordinal));
        var page = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ListAsync(City, new PledgeQuery(Year: 2024)));
        var loan = page.Items.Single(l => l.ContractNumber == "HT-2024-001");
        Assert.Equal(500m, loan.AmountWan); // a change is not new financing
        Assert.Equal(new DateOnly(2026, 3, 14), loan.TermTo);
        Assert.Null(loan.CancelledOn); // the patent registration is still in force
        var detail = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().GetAsync(City, loan.Id));
        Assert.Contains("800", detail.Registrations.Single(r => r.RegistrationNumber == "Y2024360000001").ChangeNote, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 2, 1), detail.Registrations.Single(r => r.RegistrationNumber == "SBZY2024-0088").CancelledOn);
        Assert.Equal((0, 0, 2), await platform.InScopeAsync(async sp =>
        {
            var again = await sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, amend);
            return (again.Inserted, again.Updated, again.Unchanged);
        }));

        // Missing required columns and --strict.
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "bad.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(path, new[] { new Dictionary<string, object?> { ["出质人"] = "x", ["金额"] = "1" } });
        var missing = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, path)));
        Assert.Equal("PLEDGE_COLUMNS_MISSING", missing.Code);
        var strict = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, Xlsx(platform, "s.xlsx", Scenario()), strict: true)));
        Assert.Equal("PLEDGE_FILE_INVALID", strict.Code);
        var text = Path.Combine(platform.Store.Storage.DataDirectory, "not.xlsx");
        await File.WriteAllTextAsync(text, "质押登记号,出质人\r\n");
        // Not a workbook: the upload guard's named error.
        Assert.Equal("IMPORT_TYPE_MISMATCH", (await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, text)))).Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Category_4_counts_patents_whose_pledge_reaches_the_threshold_on_the_chosen_basis(string provider)
    {
        await using var platform = await StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, Xlsx(platform, "p.xlsx", Scenario())));
        var ids = await platform.InScopeAsync(sp => sp.GetRequiredService<IUtilisationEvents>().FindPatentsAsync([P1, P2]));
        // Per contract: both patents carry the whole 500; per patent: 500 / 3 items each.
        var perContract = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeFacts>().PatentPledgeAmountsAsync(new DateOnly(2024, 12, 31), perPatent: false, cumulative: false));
        Assert.Equal(500m, perContract[ids[P1].Id]);
        var perPatent = await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeFacts>().PatentPledgeAmountsAsync(new DateOnly(2024, 12, 31), perPatent: true, cumulative: false));
        Assert.Equal(Math.Round(500m / 3, 4), Math.Round(perPatent[ids[P2].Id], 4));
        Assert.Empty(await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeFacts>().PatentPledgeAmountsAsync(new DateOnly(2024, 3, 1), false, false)));

        // Threshold 400 万元 per contract: P1 and P2 (both in force inventions of 东湖区) become high-value by category 4 only.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().SetParameterAsync("HighValuePatent.PledgeThreshold", new SetParameterRequest(2021, "400", "test")));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024));
        var value = (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.HighValueInventionPatents, "360102", 2024))).Latest!;
        var records = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().RecordsAsync(value.Id, 1, 50));
        Assert.Equal([ids[P1].Id, ids[P2].Id], records.Items.Select(r => r.Id).Order());
        Assert.All(records.Items, r => Assert.Equal(["HighPledgeAmount"], r.Categories));
        Assert.DoesNotContain(value.Notes, n => n.Contains("较高质押融资金额", StringComparison.Ordinal));

        // Per patent (500/3 < 400): none qualifies.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().SetParameterAsync("HighValuePatent.PledgeBasis", new SetParameterRequest(2021, "PerPatent,Single", "test")));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024));
        Assert.Equal(0m, (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.HighValueInventionPatents, "360102", 2024))).Latest!.Value);
    }
}
