using IpCity.Finance.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Finance.Tests.Pledges.PledgeTestKit;

namespace IpCity.Finance.Tests.Pledges;

/// <summary>
/// A risk-compensation claim is read beside the pledge register: the loan of the same contract number (however the
/// number is spaced or cased) and every point where the claim disagrees with it; a contract the register does not
/// know is named. Advisory: the claim is filed either way.
/// </summary>
public sealed class FundClaimRegisterCheckTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<FundClaimDto> FileAsync(Platform platform, FileFundClaimRequest request) =>
        platform.InScopeAsync(sp => sp.GetRequiredService<IRiskCompensationFund>().FileAsync(Donghu, request));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Claims_are_checked_against_the_registered_loan_of_their_contract(string provider)
    {
        // Clock 2025-03-02; the register: HT-2024-001, 江西甲科技 (FirmA), 500 万元, 中国银行南昌分行, registered 2024-03-15.
        await using var platform = await StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ImportAsync(City, Xlsx(platform, "p.xlsx", Scenario())));
        var loan = (await platform.InScopeAsync(sp => sp.GetRequiredService<IPledgeRegister>().ListAsync(City, new PledgeQuery(Year: 2024)))).Items.Single(l => l.ContractNumber == "HT-2024-001");

        var agrees = await FileAsync(platform, new FileFundClaimRequest(" ht-2024-001 ", "江西甲科技有限公司", FirmA, "360102", "中国银行南昌分行", 500m, 300m, new DateOnly(2025, 1, 31)));
        var check = agrees.RegisterCheck!;
        Assert.Equal((true, loan.Id, 500m, new DateOnly(2024, 3, 15)), (check.Found, check.LoanId, check.AmountWan, check.RegisteredOn));
        Assert.Empty(check.Findings);

        var differs = await FileAsync(platform, new FileFundClaimRequest("HT-2024-001", "江西乙新能源有限公司", FirmB, "360102", "南昌农商银行", 800m, 300m, new DateOnly(2024, 3, 1)));
        Assert.True(differs.RegisterCheck!.Found);
        Assert.Collection(differs.RegisterCheck.Findings,
            f => Assert.Contains("统一社会信用代码与登记不一致", f, StringComparison.Ordinal),
            f => Assert.Contains("800 万元超过登记的主债权数额 500 万元", f, StringComparison.Ordinal),
            f => Assert.Contains("质权人不一致 (登记: 中国银行南昌分行)", f, StringComparison.Ordinal),
            f => Assert.Contains("违约日期早于质押登记日 2024-03-15", f, StringComparison.Ordinal));

        var unknown = await FileAsync(platform, new FileFundClaimRequest("HT-2099-0001", "江西甲科技有限公司", FirmA, "360102", "中国银行南昌分行", 100m, 50m, new DateOnly(2025, 1, 31)));
        Assert.False(unknown.RegisterCheck!.Found);
        Assert.Contains("HT-2099-0001", Assert.Single(unknown.RegisterCheck.Findings), StringComparison.Ordinal);
        Assert.Equal(FundClaimStates.Submitted, unknown.State);

        // Lists stay one query per page: the check is on the claim's own page and API.
        var listed = await platform.InScopeAsync(sp => sp.GetRequiredService<IRiskCompensationFund>().ListAsync(City, new FundClaimQuery()));
        Assert.Equal(3, listed.Items.Count);
        Assert.All(listed.Items, c => Assert.Null(c.RegisterCheck));
        var read = await platform.InScopeAsync(sp => sp.GetRequiredService<IRiskCompensationFund>().GetAsync(City, agrees.Id));
        Assert.Equal(loan.Id, read.RegisterCheck!.LoanId);
    }
}
