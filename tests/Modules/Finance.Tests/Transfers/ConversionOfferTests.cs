using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Finance.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Finance.Tests.Transfers.TransferFixture;

namespace IpCity.Finance.Tests.Transfers;

/// <summary>
/// Conversion offers and their matching on SQLite and PostgreSQL: a university patent (H01M 4/583, keyword 锂电池)
/// ranks the local firm with H01M 4/ patents above the firm that only shares the keyword; firms with nothing in
/// common and firms outside the city are not matched; every breakdown sums to its score; a firm sees only its own
/// matches (another firm's → 404 + AccessDenied) and records interest, which the officers and the offering
/// university see; bad input gets named codes.
/// </summary>
public sealed class ConversionOfferTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<T> Offers<T>(Platform platform, Func<IConversionOffers, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IConversionOffers>()));

    private static async Task<long> Audits(Platform platform, string type) =>
        (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: type, PageSize: 1)))).Total;

    private static CreateOfferRequest Offer() => new(OfferedPatent, OfferModes.OpenLicence, "入门费 5 万元, 另按销售额 3% 提成, 按年支付", 50m, ["锂电池"]);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_firm_with_overlapping_ipc_ranks_above_a_firm_without_and_breakdowns_sum_to_the_score(string provider)
    {
        await using var platform = await StartAsync(provider);
        var detail = await Offers(platform, o => o.CreateAsync(City, Offer()));
        Assert.Equal((University, "University", UniversityCode, OfferStates.Open, "360113"), (detail.Offer.OfferingParty, detail.Offer.OfferingPartyType, detail.Offer.OfferingCreditCode, detail.Offer.State, detail.Offer.UnitCode));
        Assert.Equal([FirmA, FirmB], detail.Matches.Select(m => m.FirmName));
        Assert.Equal([1, 2], detail.Matches.Select(m => m.Rank));
        var a = detail.Matches[0];
        var b = detail.Matches[1];
        Assert.True(a.Score > b.Score, $"{a.Explanation} vs {b.Explanation}");
        Assert.All(detail.Matches, m => Assert.Equal(m.Score, m.Breakdown.Sum(r => r.Points)));
        var ipc = Assert.Single(a.Breakdown, r => r.Component == "Ipc");
        Assert.Equal(detail.Weights.IpcMainGroup, ipc.Points);
        Assert.Contains("IPC H01M 4/583 与企业 1 件专利同大组", ipc.Detail, StringComparison.Ordinal);
        Assert.Contains(a.Breakdown, r => r.Component == "Keyword" && r.Detail.Contains("锂电池", StringComparison.Ordinal) && r.Detail.Contains("2 件", StringComparison.Ordinal) && r.Points == detail.Weights.Keyword);
        Assert.DoesNotContain(b.Breakdown, r => r.Component == "Ipc");
        Assert.Equal(detail.Weights.Keyword, b.Score);
        Assert.Equal((FirmACode, "360102"), (a.FirmCreditCode, a.FirmCountyCode));
        Assert.EndsWith(" = " + a.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(detail.Matches, m => m.FirmName is FirmC or FirmOutside);

        // Without keywords the title's bigrams are used: "锂电" and "电池" are found in the firms' titles.
        await Offers(platform, o => o.ChangeStateAsync(City, detail.Offer.Id, new ChangeOfferStateRequest(OfferStates.Withdrawn, "改为挂牌")));
        var listing = await Offers(platform, o => o.CreateAsync(City, new CreateOfferRequest(OfferedPatent, OfferModes.TransferOrLicence)));
        Assert.Equal(FirmA, listing.Matches[0].FirmName);
        Assert.Contains(listing.Matches[0].Breakdown, r => r.Component == "Bigram" && r.Detail.Contains("锂电", StringComparison.Ordinal));
        Assert.All(listing.Matches, m => Assert.Equal(m.Score, m.Breakdown.Sum(r => r.Points)));
        Assert.Equal(2, (await Offers(platform, o => o.ListAsync(City, new OfferQuery()))).Total);
        Assert.Equal(1, (await Offers(platform, o => o.ListAsync(City, new OfferQuery(State: OfferStates.Open)))).Total);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Firms_see_only_their_own_matches_and_their_interest_reaches_the_offering_side(string provider)
    {
        await using var platform = await StartAsync(provider);
        var offer = await Offers(platform, o => o.CreateAsync(City, Offer()));
        var mineA = await Offers(platform, o => o.MineAsync(EnterpriseA));
        var matchA = Assert.Single(mineA.Matches);
        Assert.Equal((FirmA, offer.Offer.Id, OfferedPatent), (matchA.Match.FirmName, matchA.Offer.Id, matchA.Offer.ApplicationNumber));
        var matchB = Assert.Single((await Offers(platform, o => o.MineAsync(EnterpriseB))).Matches);
        Assert.NotEqual(matchA.Match.Id, matchB.Match.Id);

        var denied = await Audits(platform, AuditEvents.AccessDenied);
        var other = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.GetMineAsync(EnterpriseB, matchA.Match.Id)));
        Assert.Equal(("OFFER_MATCH_NOT_FOUND", 404), (other.Code, other.Status));
        var otherInterest = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.ExpressInterestAsync(EnterpriseB, matchA.Match.Id, new ExpressInterestRequest("想要"))));
        Assert.Equal(("OFFER_MATCH_NOT_FOUND", 404), (otherInterest.Code, otherInterest.Status));
        var officerView = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.GetAsync(Donghu, 999_999)));
        Assert.Equal(("OFFER_NOT_FOUND", 404), (officerView.Code, officerView.Status));
        Assert.Equal(denied + 3, await Audits(platform, AuditEvents.AccessDenied));

        var interest = await Offers(platform, o => o.ExpressInterestAsync(EnterpriseA, matchA.Match.Id, new ExpressInterestRequest("希望洽谈独占许可")));
        Assert.Equal((FirmA, FirmACode, "希望洽谈独占许可"), (interest.FirmName, interest.FirmCreditCode, interest.Note));
        var twice = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.ExpressInterestAsync(EnterpriseA, matchA.Match.Id, new ExpressInterestRequest(null))));
        Assert.Equal(("OFFER_INTEREST_EXISTS", 409), (twice.Code, twice.Status));
        Assert.Equal("希望洽谈独占许可", Assert.Single((await Offers(platform, o => o.GetMineAsync(EnterpriseA, matchA.Match.Id))).Interests).Note);

        // Officers (the city; the district where the matched firm lies) and the offering university see the interest.
        Assert.Equal(interest.Id, Assert.Single((await Offers(platform, o => o.GetAsync(City, offer.Offer.Id))).Interests).Id);
        Assert.Equal(interest.Id, Assert.Single((await Offers(platform, o => o.GetAsync(Donghu, offer.Offer.Id))).Interests).Id);
        Assert.Single(await Offers(platform, o => o.ListInterestsAsync(Donghu)));
        var own = Assert.Single((await Offers(platform, o => o.MineAsync(UniversityAccount))).OwnOffers);
        Assert.Equal(interest.Id, Assert.Single(own.Interests).Id);
        var forLead = await platform.InScopeAsync(sp => sp.GetRequiredService<ITransferMatches>().ForEnterpriseAsync(FirmACode.ToLowerInvariant()));
        Assert.Equal(interest.Id, Assert.Single(Assert.Single(forLead.Matches).Interests).Id);

        // Re-matching keeps the match (same row) and its interest; a withdrawn offer takes no interest.
        var rematched = await Offers(platform, o => o.MatchAsync(City, offer.Offer.Id));
        Assert.Equal(matchA.Match.Id, rematched.Matches.Single(m => m.FirmName == FirmA).Id);
        Assert.Equal(1, rematched.Matches.Single(m => m.FirmName == FirmA).Interests);
        await Offers(platform, o => o.ChangeStateAsync(City, offer.Offer.Id, new ChangeOfferStateRequest(OfferStates.Withdrawn)));
        var closed = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.ExpressInterestAsync(EnterpriseB, matchB.Match.Id, new ExpressInterestRequest(null))));
        Assert.Equal(("OFFER_NOT_OPEN", 409), (closed.Code, closed.Status));
        Assert.Equal(1, await Audits(platform, "ConversionInterestExpressed"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_offers_get_named_codes_and_owners_offer_only_their_own_patents(string provider)
    {
        await using var platform = await StartAsync(provider);

        async Task<(string Code, int Status)> Refused(IpCity.BuildingBlocks.Security.Actor actor, CreateOfferRequest request)
        {
            var ex = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.CreateAsync(actor, request)));
            return (ex.Code, ex.Status);
        }

        Assert.Equal(("OFFER_PATENT_REQUIRED", 400), await Refused(City, Offer() with { PatentNumber = null }));
        Assert.Equal(("OFFER_MODE_UNKNOWN", 400), await Refused(City, Offer() with { Mode = "Sale" }));
        Assert.Equal(("OFFER_FEE_TERMS_REQUIRED", 400), await Refused(City, Offer() with { FeeTerms = " " }));
        Assert.Equal(("OFFER_AMOUNT_INVALID", 400), await Refused(City, Offer() with { AskingPriceWan = -1m }));
        Assert.Equal(("OFFER_KEYWORDS", 400), await Refused(City, Offer() with { Keywords = ["a|b"] }));
        Assert.Equal(("OFFER_PATENT_UNKNOWN", 400), await Refused(City, Offer() with { PatentNumber = "202310999999" }));
        Assert.Equal(("OFFER_INDUSTRY_UNKNOWN", 400), await Refused(City, Offer() with { IndustryCode = "no-such-industry" }));
        Assert.Equal(("OFFER_UNIT", 400), await Refused(Donghu, Offer() with { UnitCode = "360103" }));
        Assert.Equal(("OFFER_ROLE", 403), await Refused(Dept, Offer()));
        Assert.Equal(("OFFER_NOT_OWN_PATENT", 403), await Refused(EnterpriseB, Offer()));
        Assert.Empty((await Offers(platform, o => o.ListAsync(City, new OfferQuery()))).Items);

        var own = await Offers(platform, o => o.CreateAsync(UniversityAccount, Offer()));
        Assert.Equal(("ncu", OfferStates.Open), (own.Offer.CreatedBy, own.Offer.State));
        Assert.Equal(("OFFER_DUPLICATE", 409), await Refused(City, Offer()));
        var state = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.ChangeStateAsync(City, own.Offer.Id, new ChangeOfferStateRequest("Reopened"))));
        Assert.Equal("OFFER_STATE_UNKNOWN", state.Code);
        var concluded = await Offers(platform, o => o.ChangeStateAsync(City, own.Offer.Id, new ChangeOfferStateRequest(OfferStates.Concluded, "已签约")));
        Assert.Equal(OfferStates.Concluded, concluded.Offer.State);
        var again = await Assert.ThrowsAsync<IpCityException>(() => Offers(platform, o => o.ChangeStateAsync(City, own.Offer.Id, new ChangeOfferStateRequest(OfferStates.Withdrawn))));
        Assert.Equal(("OFFER_STATE", 409), (again.Code, again.Status));

        var csv = await Offers(platform, o => o.ExportAsync(City, new OfferQuery(), "csv"));
        Assert.Equal((await Offers(platform, o => o.ListAsync(City, new OfferQuery()))).Total, csv.Rows);
        var matches = await Offers(platform, o => o.ExportMatchesAsync(City, own.Offer.Id, "xlsx"));
        Assert.Equal(own.Matches.Count, matches.Rows);
    }
}
