using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.TestKit;
using static IpCity.Finance.Tests.Products.ProductsTestKit;

namespace IpCity.Finance.Tests.Products;

/// <summary>
/// The risk-compensation fund on SQLite and PostgreSQL: Submitted → DistrictReviewed → Approved → Paid with every
/// step audited; the decision refused to the reviewer (four eyes); a stale version is 409 FUND_CLAIM_CONCURRENCY and
/// changes nothing; another district's officer gets 404 and an AccessDenied row; the compensable amount is the loss
/// × the year's share capped by the ceiling, and the parameters stay with the claim when the year's values change.
/// </summary>
public sealed class RiskCompensationFundTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string s_pledgor = CreditCode("91360102MA35FUND0");
    private static readonly DateOnly s_today = new(2026, 6, 15);

    private static Task<T> Fund<T>(Platform platform, Func<IRiskCompensationFund, Task<T>> work) => platform.With(work);

    private static FileFundClaimRequest Claim(string contract, decimal loss, decimal principal = 1500m, string district = "360102") =>
        new(contract, "南昌质押甲科技有限公司", s_pledgor, district, "南昌银行科技支行", principal, loss, new DateOnly(2026, 3, 31), "逾期 90 天");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_claim_goes_from_submitted_to_paid_with_four_eyes_and_every_step_audited(string provider)
    {
        await using var platform = await StartAsync(provider);
        var claim = await Fund(platform, f => f.FileAsync(Donghu, Claim("NCB-2025-0007", 300m)));
        Assert.Equal((FundClaimStates.Submitted, 1, "360102", "东湖区"), (claim.State, claim.Version, claim.DistrictCode, claim.DistrictName));
        Assert.Equal((2026, 0.4m, 500m, ParameterStatuses.Unconfirmed, 120m, false), (claim.ParameterYear, claim.Share, claim.CeilingWan, claim.ParameterStatus, claim.CompensableWan, claim.Capped));

        // The city office cannot do the district review.
        var notDistrict = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.ReviewAsync(City1, claim.Id, new FundClaimReviewRequest(1, true, null))));
        Assert.Equal(403, notDistrict.Status);

        // The reviewer, now acting for the city office, may not decide: four eyes.
        var shared = new Actor("li.ming", Roles.DistrictOfficer, "360102", null, []);
        claim = await Fund(platform, f => f.ReviewAsync(shared, claim.Id, new FundClaimReviewRequest(1, true, "材料齐全")));
        Assert.Equal((FundClaimStates.DistrictReviewed, 2, "li.ming", s_today), (claim.State, claim.Version, claim.ReviewedBy, claim.ReviewedOn!.Value));
        var sameCity = shared with { Role = Roles.CityOfficer, UnitCode = "360100" };
        var fourEyes = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.DecideAsync(sameCity, claim.Id, new FundClaimDecisionRequest(2, true, null))));
        Assert.Equal((RiskCompensationCodes.FourEyes, 409), (fourEyes.Code, fourEyes.Status));
        Assert.Equal((FundClaimStates.DistrictReviewed, 2), await StateAsync(platform, claim.Id));
        Assert.Equal(1, await AuditsAsync(platform, "FundClaimFourEyesRefused"));

        claim = await Fund(platform, f => f.DecideAsync(City1, claim.Id, new FundClaimDecisionRequest(2, true, null)));
        Assert.Equal((FundClaimStates.Approved, 3, "city1", s_today), (claim.State, claim.Version, claim.DecidedBy, claim.DecidedOn!.Value));

        var tooMuch = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.PayAsync(City2, claim.Id, new FundClaimPaymentRequest(3, s_today, 120.01m, null))));
        Assert.Equal(("FUND_CLAIM_INVALID", "amount"), (tooMuch.Code, tooMuch.Details["field"]));
        claim = await Fund(platform, f => f.PayAsync(City2, claim.Id, new FundClaimPaymentRequest(3, s_today, 120m, "财拨〔2026〕15号")));
        Assert.Equal((FundClaimStates.Paid, 4, s_today, 120m), (claim.State, claim.Version, claim.PaidOn!.Value, claim.PaidWan!.Value));

        Assert.Equal(new[] { "Filed", "DistrictReviewed", "Approved", "Paid" }, claim.Transitions.Select(t => t.Action));
        Assert.Equal(new[] { "donghu1", "li.ming", "city1", "city2" }, claim.Transitions.Select(t => t.Actor));
        foreach (var type in new[] { "FundClaimFiled", "FundClaimDistrictReviewed", "FundClaimApproved", "FundClaimPaid" })
        {
            Assert.Equal(1, await AuditsAsync(platform, type));
        }

        var late = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.PayAsync(City2, claim.Id, new FundClaimPaymentRequest(4, s_today, 1m, null))));
        Assert.Equal(("FUND_CLAIM_STATE", 409), (late.Code, late.Status));

        // The yearly position counts it once in each column.
        var position = (await Fund(platform, f => f.PositionAsync(City1))).Single(p => p.Year == 2026);
        Assert.Equal((1, 300m, 1, 120m, 0, 1, 120m, 0, 0m), (position.ClaimsFiled, position.ClaimedLossWan, position.Approved, position.ApprovedWan, position.Rejected, position.Paid, position.PaidWan, position.AwaitingPayment, position.AwaitingPaymentWan));
        Assert.Equal((0.4m, 500m, ParameterStatuses.Unconfirmed), (position.Share, position.CeilingWan, position.ParameterStatus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_stale_version_is_a_named_409_and_changes_nothing(string provider)
    {
        await using var platform = await StartAsync(provider);
        var claim = await Fund(platform, f => f.FileAsync(City1, Claim("NCB-2025-0011", 100m)));
        await Fund(platform, f => f.ReviewAsync(Donghu, claim.Id, new FundClaimReviewRequest(1, true, null)));

        var stale = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.ReviewAsync(Donghu, claim.Id, new FundClaimReviewRequest(1, false, "重复"))));
        Assert.Equal(("FUND_CLAIM_CONCURRENCY", 409, 2), (stale.Code, stale.Status, (int)stale.Details["version"]!));
        var staleDecision = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.DecideAsync(City2, claim.Id, new FundClaimDecisionRequest(1, false, "不符合条件"))));
        Assert.Equal(("FUND_CLAIM_CONCURRENCY", 409), (staleDecision.Code, staleDecision.Status));
        Assert.Equal((FundClaimStates.DistrictReviewed, 2), await StateAsync(platform, claim.Id));

        // Rejection needs a reason; with one, the claim is closed and a new claim for the same loan may be filed.
        var noReason = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.DecideAsync(City2, claim.Id, new FundClaimDecisionRequest(2, false, " "))));
        Assert.Equal(("FUND_CLAIM_INVALID", 400), (noReason.Code, noReason.Status));
        var duplicate = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.FileAsync(City1, Claim("NCB-2025-0011", 100m))));
        Assert.Equal(("FUND_CLAIM_DUPLICATE", 409), (duplicate.Code, duplicate.Status));
        var rejected = await Fund(platform, f => f.DecideAsync(City2, claim.Id, new FundClaimDecisionRequest(2, false, "质押登记材料不全")));
        Assert.Equal(FundClaimStates.Rejected, rejected.State);
        Assert.Equal(FundClaimStates.Submitted, (await Fund(platform, f => f.FileAsync(City1, Claim("NCB-2025-0011", 100m)))).State);
        Assert.Equal(1, (await Fund(platform, f => f.PositionAsync(City1))).Single(p => p.Year == 2026).Rejected);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_districts_officer_gets_404_and_an_access_denied_audit_row(string provider)
    {
        await using var platform = await StartAsync(provider);
        var claim = await Fund(platform, f => f.FileAsync(Donghu, Claim("NCB-2025-0020", 80m)));

        var before = await AuditsAsync(platform, AuditEvents.AccessDenied);
        var read = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.GetAsync(Xihu, claim.Id)));
        Assert.Equal(("FUND_CLAIM_NOT_FOUND", 404), (read.Code, read.Status));
        var review = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.ReviewAsync(Xihu, claim.Id, new FundClaimReviewRequest(1, true, null))));
        Assert.Equal(("FUND_CLAIM_NOT_FOUND", 404), (review.Code, review.Status));
        var evidence = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.AttachAsync(Xihu, claim.Id, "a.pdf", new MemoryStream("%PDF-1.4 x"u8.ToArray()))));
        Assert.Equal(404, evidence.Status);
        var unknown = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.GetAsync(City1, Guid.NewGuid())));
        Assert.Equal(404, unknown.Status);
        Assert.Equal(before + 4, await AuditsAsync(platform, AuditEvents.AccessDenied));
        Assert.Equal((FundClaimStates.Submitted, 1), await StateAsync(platform, claim.Id));

        Assert.Equal(0, (await Fund(platform, f => f.ListAsync(Xihu, new FundClaimQuery()))).Total);
        Assert.Equal(1, (await Fund(platform, f => f.ListAsync(Donghu, new FundClaimQuery()))).Total);
        Assert.Equal(1, (await Fund(platform, f => f.ListAsync(Dept, new FundClaimQuery()))).Total);
        Assert.Equal(0, (await Fund(platform, f => f.PositionAsync(Xihu))).Single(p => p.Year == 2026).ClaimsFiled);

        // A district officer files for its own district only.
        var elsewhere = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.FileAsync(Xihu, Claim("NCB-2025-0021", 80m))));
        Assert.Equal(("FUND_CLAIM_INVALID", "district"), (elsewhere.Code, elsewhere.Details["field"]));

        // Evidence: the claim's district and the city office may add it; the content is checked and kept with its SHA-256.
        var added = await Fund(platform, f => f.AttachAsync(Donghu, claim.Id, "逾期证明.pdf", new MemoryStream("%PDF-1.4 overdue"u8.ToArray())));
        Assert.Equal(64, added.Sha256.Length);
        var (meta, bytes) = await Fund(platform, f => f.OpenEvidenceAsync(City1, claim.Id, added.Id));
        Assert.Equal(("逾期证明.pdf", "%PDF-1.4 overdue"), (meta.FileName, System.Text.Encoding.ASCII.GetString(bytes)));
        var fake = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.AttachAsync(Donghu, claim.Id, "x.pdf", new MemoryStream("MZ not a pdf"u8.ToArray()))));
        Assert.Equal(("FUND_EVIDENCE_TYPE_NOT_ALLOWED", 415), (fake.Code, fake.Status));
        Assert.Single((await Fund(platform, f => f.GetAsync(Donghu, claim.Id))).Evidence);
        Assert.Equal(1, await AuditsAsync(platform, "FundClaimEvidenceAdded"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_compensable_amount_applies_the_years_share_and_ceiling_and_keeps_them_with_the_claim(string provider)
    {
        await using var platform = await StartAsync(provider);

        // Defaults (UNCONFIRMED): 0.4 and 500 万元.
        var plain = await Fund(platform, f => f.FileAsync(City1, Claim("L-1", 1000m)));
        Assert.Equal((400m, false), (plain.CompensableWan, plain.Capped));
        var capped = await Fund(platform, f => f.FileAsync(City1, Claim("L-2", 1400m)));
        Assert.Equal((500m, true), (capped.CompensableWan, capped.Capped));
        var defaults = await Fund(platform, f => f.ParameterAsync(2026));
        Assert.Equal((0.4m, 500m, ParameterStatuses.Unconfirmed, true), (defaults.Share, defaults.CeilingWan, defaults.Status, defaults.IsDefault));

        // The city office sets 2026 to 0.5 / 100 万元.
        var refused = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.SetParameterAsync(Donghu, 2026, new SetFundParameterRequest(0.5m, 100m, ParameterStatuses.Unconfirmed, null, null))));
        Assert.Equal(403, refused.Status);
        var badShare = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.SetParameterAsync(City1, 2026, new SetFundParameterRequest(1.5m, 100m, ParameterStatuses.Unconfirmed, null, null))));
        Assert.Equal(("FUND_PARAMETER_INVALID", "share"), (badShare.Code, badShare.Details["field"]));
        var unsourced = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.SetParameterAsync(City1, 2026, new SetFundParameterRequest(0.5m, 100m, ParameterStatuses.Confirmed, null, null))));
        Assert.Equal("source", unsourced.Details["field"]);
        var set = await Fund(platform, f => f.SetParameterAsync(City1, 2026, new SetFundParameterRequest(0.5m, 100m, ParameterStatuses.Confirmed, "洪知发〔2026〕3号", null)));
        Assert.Equal((0.5m, 100m, ParameterStatuses.Confirmed, false, "city1"), (set.Share, set.CeilingWan, set.Status, set.IsDefault, set.UpdatedBy));
        Assert.Equal(1, await AuditsAsync(platform, "FundParameterSet"));

        var half = await Fund(platform, f => f.FileAsync(City1, Claim("L-3", 150.5m)));
        Assert.Equal((75.25m, false, 0.5m, 100m, ParameterStatuses.Confirmed), (half.CompensableWan, half.Capped, half.Share, half.CeilingWan, half.ParameterStatus));
        var ceiling = await Fund(platform, f => f.FileAsync(City1, Claim("L-4", 300m)));
        Assert.Equal((100m, true), (ceiling.CompensableWan, ceiling.Capped));

        // Claims filed earlier keep the parameters they were computed with.
        var kept = await Fund(platform, f => f.GetAsync(City1, plain.Id));
        Assert.Equal((0.4m, 500m, ParameterStatuses.Unconfirmed, 400m), (kept.Share, kept.CeilingWan, kept.ParameterStatus, kept.CompensableWan));

        // Another change for the year leaves the 0.5 claims as they were.
        await Fund(platform, f => f.SetParameterAsync(City1, 2026, new SetFundParameterRequest(0.3m, 200m, ParameterStatuses.Unconfirmed, null, "调整")));
        Assert.Equal((0.5m, 75.25m), ((await Fund(platform, f => f.GetAsync(City1, half.Id))).Share, (await Fund(platform, f => f.GetAsync(City1, half.Id))).CompensableWan));
        var lower = await Fund(platform, f => f.FileAsync(City1, Claim("L-5", 1000m)));
        Assert.Equal((0.3m, 200m, true), (lower.Share, lower.CompensableWan, lower.Capped));

        // The export shows the stored parameters claim by claim.
        var table = await Fund(platform, f => f.ExportAsync(City1, new FundClaimQuery()));
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(new[] { 0.3m, 0.5m, 0.5m, 0.4m, 0.4m }, table.Rows.Select(r => (decimal)r[12]!));

        // Input checks: loss above the principal, a future default date, a bad credit code.
        var loss = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.FileAsync(City1, Claim("L-6", 2000m, principal: 1000m))));
        Assert.Equal("outstandingLoss", loss.Details["field"]);
        var future = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.FileAsync(City1, Claim("L-7", 10m) with { DefaultedOn = s_today.AddDays(1) })));
        Assert.Equal("defaultedOn", future.Details["field"]);
        var code = await Assert.ThrowsAsync<IpCityException>(() => Fund(platform, f => f.FileAsync(City1, Claim("L-8", 10m) with { PledgorCreditCode = BadCreditCode("91360102MA35FUND0") })));
        Assert.Equal("pledgorCreditCode", code.Details["field"]);
    }

    private static async Task<(string State, int Version)> StateAsync(Platform platform, Guid id)
    {
        var c = await Fund(platform, f => f.GetAsync(City1, id));
        return (c.State, c.Version);
    }
}

/// <summary>The fund's error codes as the tests name them.</summary>
internal static class RiskCompensationCodes
{
    public const string FourEyes = IpCity.Finance.Products.RiskCompensationFund.FourEyesCode;
}
