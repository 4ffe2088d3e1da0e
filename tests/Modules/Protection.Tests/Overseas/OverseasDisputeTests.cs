using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Overseas;
using IpCity.TestKit;
using static IpCity.Protection.Tests.Overseas.OverseasFixture;

namespace IpCity.Protection.Tests.Overseas;

/// <summary>
/// Overseas disputes on both providers: a district officer sees and edits only its district's (another district's
/// id answers 404 and is audited as AccessDenied), the city sees all; text search over firm, opponent, country
/// name and type label with paging; validation; the CSV export follows the scope.
/// </summary>
public sealed class OverseasDisputeTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string s_firmA = CreditCode("91360102MA35ABCD1");
    private static readonly string s_firmB = CreditCode("91360103MA35EFGH2");

    private static OverseasDisputeRequest Request(string firm, string code, string district, string country, string type, string? opponent = null) =>
        new(firm, code, district, country, type, "进行中", new DateOnly(2025, 6, 1), Forum: type == "337调查" ? "美国国际贸易委员会" : null, Opponent: opponent, Amount: 1_250_000.5m, Currency: "usd", PatentNumbers: ["US11147202B2", "cn 2020 1 0123456.7"]);

    private static async Task<(OverseasDisputeDto Us, OverseasDisputeDto Jp, OverseasDisputeDto De)> SeedAsync(Platform platform)
    {
        var us = await platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.CreateAsync(City, Request("南昌甲科技有限公司", s_firmA, "360102", "US", "337调查", "Acme Robotics Inc.")));
        var jp = await platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.CreateAsync(City, Request("南昌乙贸易有限公司", s_firmB, "360103", "日本", OverseasDisputeTypes.TrademarkSquatting)));
        var de = await platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.CreateAsync(Donghu, Request("南昌甲科技有限公司", s_firmA, "东湖区", "de", "展会纠纷")));
        return (us, jp, de);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_district_officer_sees_only_its_district_and_other_ids_are_404_and_audited(string provider)
    {
        await using var platform = await StartAsync(provider);
        var (us, jp, de) = await SeedAsync(platform);
        Assert.Equal(("US", "美国", "337调查", "USD", 1_250_000.5m), (us.CountryCode, us.CountryName, us.TypeLabel, us.Currency, us.Amount));
        Assert.Equal(["US11147202B2", "CN202010123456.7"], us.PatentNumbers);
        Assert.Equal(("360102", "东湖区", "DE"), (de.DistrictCode, de.DistrictName, de.CountryCode));

        var own = await platform.WithAsync<OverseasDisputes, RegisterPage<OverseasDisputeDto>>(d => d.SearchAsync(Donghu, new OverseasDisputeQuery()));
        Assert.Equal([us.Id, de.Id], own.Items.Select(i => i.Id).Order().ToList());
        Assert.Equal(3, (await platform.WithAsync<OverseasDisputes, RegisterPage<OverseasDisputeDto>>(d => d.SearchAsync(City, new OverseasDisputeQuery()))).Total);
        Assert.Equal(jp.Id, Assert.Single((await platform.WithAsync<OverseasDisputes, RegisterPage<OverseasDisputeDto>>(d => d.SearchAsync(Xihu, new OverseasDisputeQuery()))).Items).Id);

        Assert.Equal(0, await platform.AuditCountAsync(AuditEvents.AccessDenied));
        var get = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.GetAsync(Donghu, jp.Id)));
        Assert.Equal((OverseasDisputes.NotFound, 404), (get.Code, get.Status));
        var put = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.UpdateAsync(Donghu, jp.Id, Request("x", s_firmB, "360102", "JP", "Other"))));
        Assert.Equal(404, put.Status);
        var delete = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, bool>(async d =>
        {
            await d.DeleteAsync(Donghu, jp.Id);
            return true;
        }));
        Assert.Equal(404, delete.Status);
        Assert.Equal(3, await platform.AuditCountAsync(AuditEvents.AccessDenied));

        // Writing for another district is refused and audited too; a missing id is a plain 404.
        var outside = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.CreateAsync(Donghu, Request("y", s_firmB, "360103", "JP", "Other"))));
        Assert.Equal((OverseasDisputes.OutOfScope, 403), (outside.Code, outside.Status));
        var moved = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.UpdateAsync(Donghu, us.Id, Request("y", s_firmA, "360103", "US", "Other"))));
        Assert.Equal(OverseasDisputes.OutOfScope, moved.Code);
        await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.GetAsync(Donghu, 999_999)));
        Assert.Equal(5, await platform.AuditCountAsync(AuditEvents.AccessDenied));

        // The city closes the Japanese dispute; the district officer's own edit works.
        var closed = await platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.UpdateAsync(City, jp.Id, Request("南昌乙贸易有限公司", s_firmB, "360103", "JP", "TrademarkSquatting") with { Status = "结案", ClosedOn = new DateOnly(2026, 1, 10), Outcome = "抢注商标被宣告无效" }));
        Assert.Equal(("Closed", "结案", "抢注商标被宣告无效"), (closed.Status, closed.StatusLabel, closed.Outcome));
        var edited = await platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.UpdateAsync(Donghu, de.Id, Request("南昌甲科技有限公司", s_firmA, "360102", "DE", "TradeFair") with { Status = "Accepted" }));
        Assert.Equal("Accepted", edited.Status);
        Assert.Equal(3, await platform.AuditCountAsync("OverseasDisputeCreated"));
        Assert.Equal(2, await platform.AuditCountAsync("OverseasDisputeUpdated"));

        // The export follows the scope.
        var csv = Encoding.UTF8.GetString(await platform.WithAsync<OverseasDisputes, byte[]>(d => d.ExportCsvAsync(Donghu, new OverseasDisputeQuery())));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("企业名称,统一社会信用代码", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("南昌乙贸易", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_matches_firm_opponent_country_name_and_type_with_paging(string provider)
    {
        await using var platform = await StartAsync(provider);
        var (us, jp, de) = await SeedAsync(platform);
        async Task<IReadOnlyList<long>> Ids(OverseasDisputeQuery q) =>
            (await platform.WithAsync<OverseasDisputes, RegisterPage<OverseasDisputeDto>>(d => d.SearchAsync(City, q))).Items.Select(i => i.Id).Order().ToList();

        Assert.Equal([us.Id], await Ids(new OverseasDisputeQuery(Q: "美国")));
        Assert.Equal([jp.Id], await Ids(new OverseasDisputeQuery(Q: "商标抢注")));
        Assert.Equal([us.Id], await Ids(new OverseasDisputeQuery(Q: "acme")));
        Assert.Equal([us.Id, de.Id], await Ids(new OverseasDisputeQuery(Q: "甲科技")));
        Assert.Equal([de.Id], await Ids(new OverseasDisputeQuery(Q: "甲科技 德国")));
        Assert.Equal([jp.Id], await Ids(new OverseasDisputeQuery(Q: s_firmB)));
        Assert.Equal([jp.Id], await Ids(new OverseasDisputeQuery(Country: "日本")));
        Assert.Equal([us.Id], await Ids(new OverseasDisputeQuery(Type: "Section337", District: "东湖区")));
        Assert.Empty(await Ids(new OverseasDisputeQuery(Status: "结案")));

        var page2 = await platform.WithAsync<OverseasDisputes, RegisterPage<OverseasDisputeDto>>(d => d.SearchAsync(City, new OverseasDisputeQuery(Page: 2, PageSize: 2)));
        Assert.Equal((3L, 2, 1), (page2.Total, page2.Page, page2.Items.Count));

        var unknownCountry = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, RegisterPage<OverseasDisputeDto>>(d => d.SearchAsync(City, new OverseasDisputeQuery(Country: "ZZ"))));
        Assert.Equal(ErrorCodes.Validation, unknownCountry.Code);
        var visitor = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, RegisterPage<OverseasDisputeDto>>(d => d.SearchAsync(Visitor, new OverseasDisputeQuery())));
        Assert.Equal(403, visitor.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Invalid_disputes_are_refused_with_every_field_named(string provider)
    {
        await using var platform = await StartAsync(provider);
        var bad = Request("南昌甲科技有限公司", "9136010", "999999", "火星", "其他") with { Amount = 5m, Currency = null, StartedOn = new DateOnly(2030, 1, 1), PatentNumbers = ["US 111<script>"] };
        var refused = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasDisputes, OverseasDisputeDto>(d => d.CreateAsync(City, bad)));
        Assert.Equal(OverseasDisputes.Invalid, refused.Code);
        Assert.False(refused.Details.ContainsKey("code"));
        var fields = ((IEnumerable<Dictionary<string, string>>)refused.Details["errors"]!).Select(e => e["field"]).ToHashSet();
        Assert.Equal(new HashSet<string> { "firmCreditCode", "country", "startedOn", "currency", "districtCode", "patentNumbers" }, fields);
    }
}
