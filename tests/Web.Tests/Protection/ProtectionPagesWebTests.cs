using System.Net;
using System.Text.RegularExpressions;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Protection;

/// <summary>
/// The Protection pages beyond cases: credit supervision (officer list and detail with the listing decision, the
/// enterprise's own records with repair/objection forms, the public list before and after the impact
/// assessment), the overseas disputes search, risk alerts, country guides and experts, the resolution bodies
/// and the holiday calendar with the time-limit rules, each rendered with seeded data.
/// </summary>
public sealed partial class ProtectionPagesWebTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string s_e1 = CreditCode("91360102MA35PGA01");
    private static readonly string s_e2 = CreditCode("91360102MA35PGB02");
    private static readonly string s_e3 = CreditCode("91360102MA35PGC03");

    private static readonly ProtectionActor s_proposer = new("d.seed", Roles.DistrictOfficer, "360102", null, []);
    private static readonly ProtectionActor s_decider = new("c.seed", Roles.CityOfficer, "360100", null, []);

    /// <summary>A 统一社会信用代码: the 17 characters with the check character that makes it valid.</summary>
    private static string CreditCode(string body17) =>
        "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body17 + c).Single(IpCity.IpData.Contracts.CreditCodes.IsValid);

    private static string Masked(string code) => code[..4] + new string('*', 10) + code[^4..];

    private static ProposeCreditRecordRequest Proposal(string name, string code) =>
        new(CreditKinds.Cnipa, CreditBehaviours.AbnormalPatentFiling, CreditSubjectKinds.Enterprise, name, code, null, null,
            "提交非正常专利申请, 经通知未撤回。", "《知识产权信用管理规定》第六条", "洪知保〔2026〕9号", new DateOnly(2026, 2, 20));

    private static async Task<string> HtmlAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostFormAsync(ApiClient client, string pageUrl, string handlerUrl, params (string Name, string Value)[] fields)
    {
        var token = FormToken().Match(await HtmlAsync(client, pageUrl)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "form token on " + pageUrl);
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);
        return await client.Http.PostAsync(handlerUrl, content);
    }

    private static async Task<ApiClient> EnterpriseAsync(IpCityWebFactory factory, string userName, string code)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest(userName, userName, Roles.Enterprise, IpCityWebFactory.Password, EnterpriseCode: code));
        }

        var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        var login = await client.PostJsonAsync("/api/auth/login", new { userName, password = IpCityWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await client.RefreshCsrfAsync();
        return client;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Credit_pages_show_the_records_the_decision_the_own_records_and_the_public_list_after_the_assessment(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        CreditRecordDto first, second, pending;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var credit = scope.ServiceProvider.GetRequiredService<ICreditSupervision>();
            first = await credit.ProposeAsync(s_proposer, Proposal("南昌信用甲科技有限公司", s_e1));
            first = await credit.DecideAsync(s_decider, first.Id, new CreditDecisionRequest(true, "《知识产权信用管理规定》第七条", "洪知信决〔2026〕21号", new DateOnly(2026, 3, 2), null));
            second = await credit.ProposeAsync(s_proposer, Proposal("南昌信用乙贸易有限公司", s_e2));
            second = await credit.DecideAsync(s_decider, second.Id, new CreditDecisionRequest(true, "《知识产权信用管理规定》第七条", "洪知信决〔2026〕22号", new DateOnly(2026, 3, 2), null));
            pending = await credit.ProposeAsync(s_proposer, Proposal("南昌信用丙电子有限公司", s_e3));
        }

        // Public list: a notice instead of a list until the impact assessment is recorded.
        using var visitor = await factory.LoginAsync(Roles.Public);
        var notice = await HtmlAsync(visitor, "/Protection/CreditList");
        Assert.Contains("id=\"credit-pia-required\"", notice, StringComparison.Ordinal);
        Assert.Contains("个人信息保护影响评估", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("南昌信用甲科技有限公司", notice, StringComparison.Ordinal);

        // Officer list with state filter, parameters and export links.
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        var list = await HtmlAsync(district, "/Protection/Credit");
        Assert.Contains("id=\"protection-nav\"", list, StringComparison.Ordinal);
        Assert.Contains("南昌信用甲科技有限公司", list, StringComparison.Ordinal);
        Assert.Contains("南昌信用乙贸易有限公司", list, StringComparison.Ordinal);
        Assert.Contains($"/Protection/Credit/Detail?id={first.Id}", list, StringComparison.Ordinal);
        Assert.Contains(Masked(s_e1), list, StringComparison.Ordinal);
        Assert.DoesNotContain(s_e1, list, StringComparison.Ordinal);
        Assert.Contains("/api/protection/credit/records.csv", list, StringComparison.Ordinal);
        Assert.Contains(CreditParameterNames.CnipaMeasureDuration, list, StringComparison.Ordinal);
        var recorded = await HtmlAsync(district, "/Protection/Credit?state=Recorded");
        Assert.Contains("南昌信用丙电子有限公司", recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("南昌信用甲科技有限公司", recorded, StringComparison.Ordinal);
        Assert.Contains("state=Recorded", recorded, StringComparison.Ordinal);

        // A district officer proposes a record through the page: it opens as recorded, pending the city office's decision.
        var proposed = await PostFormAsync(district, "/Protection/Credit", "/Protection/Credit?handler=Propose",
            ("kind", CreditKinds.Cnipa), ("behaviour", CreditBehaviours.BadFaithTrademarkFiling), ("subjectKind", CreditSubjectKinds.Enterprise),
            ("subjectName", "南昌页面提请商贸有限公司"), ("subjectIdentifier", "91360100MA35PAGE9X"), ("actOn", "2026-02-20"),
            ("facts", "短期内申请大量商标且无使用意图。"), ("legalBasis", "《知识产权信用管理规定》第六条"));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var proposedPage = await HtmlAsync(district, proposed.Headers.Location!.OriginalString);
        Assert.Contains("南昌页面提请商贸有限公司", proposedPage, StringComparison.Ordinal);
        Assert.Contains("待市局作出列入决定", proposedPage, StringComparison.Ordinal);

        // A district officer sees the pending record but no decision form; the city office decides on the page.
        var districtDetail = await HtmlAsync(district, $"/Protection/Credit/Detail?id={pending.Id}");
        Assert.Contains("待市局作出列入决定", districtDetail, StringComparison.Ordinal);
        Assert.Contains("<tr data-action=\"Proposed\">", districtDetail, StringComparison.Ordinal);
        Assert.Contains("提出列入", districtDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"credit-decide\"", districtDetail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/Protection/Credit/Detail?id={Guid.NewGuid()}")).StatusCode);

        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var detailUrl = $"/Protection/Credit/Detail?id={pending.Id}";
        Assert.Contains("id=\"credit-decide\"", await HtmlAsync(city, detailUrl), StringComparison.Ordinal);
        var decided = await PostFormAsync(city, detailUrl, detailUrl + "&handler=Decide",
            ("approve", "true"), ("legalBasis", "《知识产权信用管理规定》第七条"), ("documentNumber", "洪知信决〔2026〕23号"), ("decidedOn", "2026-03-02"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var afterDecision = await HtmlAsync(city, detailUrl);
        Assert.Contains("管理措施实施中", afterDecision, StringComparison.Ordinal);
        Assert.Contains("洪知信决〔2026〕23号", afterDecision, StringComparison.Ordinal);
        Assert.Contains("id=\"credit-notice\"", afterDecision, StringComparison.Ordinal);
        Assert.Contains("id=\"credit-set-measures\"", afterDecision, StringComparison.Ordinal);

        // A step the service refuses shows its message on the page: a second decision on a decided record.
        var again = await PostFormAsync(city, detailUrl, detailUrl + "&handler=Decide",
            ("approve", "true"), ("legalBasis", "x"), ("documentNumber", "y"), ("decidedOn", "2026-03-02"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("id=\"credit-message\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The enterprise sees only its own record, and files an objection.
        using var enterprise = await EnterpriseAsync(factory, "t.credit.e1", s_e1);
        var mine = await HtmlAsync(enterprise, "/Protection/Credit/Mine");
        Assert.Contains("南昌信用甲科技有限公司", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("南昌信用乙贸易有限公司", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("南昌信用丙电子有限公司", mine, StringComparison.Ordinal);
        Assert.Contains("申请信用修复", mine, StringComparison.Ordinal);
        var objected = await PostFormAsync(enterprise, "/Protection/Credit/Mine", $"/Protection/Credit/Mine?id={first.Id}&handler=Objection", ("text", "该申请系员工个人行为, 已整改。"));
        Assert.Equal(HttpStatusCode.OK, objected.StatusCode);
        Assert.Contains("id=\"credit-done\"", await objected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var othersRecord = await PostFormAsync(enterprise, "/Protection/Credit/Mine", $"/Protection/Credit/Mine?id={second.Id}&handler=Objection", ("text", "x"));
        Assert.Contains("CREDIT_RECORD_NOT_FOUND", await othersRecord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var officerView = await HtmlAsync(city, $"/Protection/Credit/Detail?id={first.Id}");
        Assert.Contains("该申请系员工个人行为, 已整改。", officerView, StringComparison.Ordinal);
        Assert.Contains("handler=ReviewObjection", officerView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await enterprise.GetAsync("/Protection/Credit")).StatusCode);

        // After the impact assessment the public list shows the records, masked.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICreditSupervision>().RecordImpactAssessmentAsync(s_decider,
                new RecordImpactAssessmentRequest(new DateOnly(2026, 3, 2), "市局法制科", "失信记录公示", "脱敏后公示", "洪知评〔2026〕2号"));
        }

        var published = await HtmlAsync(visitor, "/Protection/CreditList");
        Assert.DoesNotContain("id=\"credit-pia-required\"", published, StringComparison.Ordinal);
        Assert.Contains("南昌信用甲科技有限公司", published, StringComparison.Ordinal);
        Assert.Contains(Masked(s_e1), published, StringComparison.Ordinal);
        Assert.DoesNotContain(s_e1, published, StringComparison.Ordinal);
        Assert.Contains("/api/protection/credit/public.csv", published, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Overseas_guides_and_bodies_pages_show_the_registers(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var firm = CreditCode("91360102MA35ABCD1");
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        async Task CreateAsync(string url, object body)
        {
            var response = await city.PostJsonAsync(url, body);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await CreateAsync("/api/protection/overseas/disputes", new
        {
            firmName = "南昌海外维权示例科技有限公司",
            firmCreditCode = firm,
            districtCode = "360102",
            country = "US",
            type = OverseasDisputeTypes.Section337,
            status = OverseasDisputeStatuses.InProgress,
            startedOn = "2025-06-01",
            forum = "美国国际贸易委员会",
            opponent = "Example Lighting Inc.",
        });
        await CreateAsync("/api/protection/overseas/guides", new { country = "US", title = "美国337调查应诉实务指南", kind = CountryGuideKinds.Guide, fields = new[] { IpFields.Patent } });
        await CreateAsync("/api/protection/overseas/service-bodies", new { name = "某涉外知识产权律师事务所", kind = ServiceBodyKinds.LawFirm, countries = new[] { "US" }, fields = new[] { IpFields.Patent }, phone = "13800001111" });
        await CreateAsync("/api/protection/bodies", new { name = "东湖区知识产权纠纷人民调解委员会", kind = ResolutionBodyKinds.PeopleMediationCommittee, districtCode = "360102", phone = "13900002222", fields = new[] { IpFields.Patent } });
        await CreateAsync("/api/protection/bodies", new { name = "已停用的调解中心", kind = ResolutionBodyKinds.IpMediationCentre, districtCode = "360102", active = false });

        // Dispute search, paging and export (officers; the district officer sees its own district's firm).
        using var dept = await factory.LoginAsync(Roles.DeptOfficer);
        var disputes = await HtmlAsync(dept, "/Protection/Overseas");
        Assert.Contains("南昌海外维权示例科技有限公司", disputes, StringComparison.Ordinal);
        Assert.Contains("美国国际贸易委员会", disputes, StringComparison.Ordinal);
        Assert.Contains("id=\"overseas-export\"", disputes, StringComparison.Ordinal);
        var japan = await HtmlAsync(dept, "/Protection/Overseas?country=JP");
        Assert.DoesNotContain("南昌海外维权示例科技有限公司", japan, StringComparison.Ordinal);
        Assert.Contains("/api/protection/overseas/disputes/export.csv?country=JP", japan, StringComparison.Ordinal);
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        Assert.Contains("南昌海外维权示例科技有限公司", await HtmlAsync(district, "/Protection/Overseas?q=%E6%B5%B7%E5%A4%96%E7%BB%B4%E6%9D%83"), StringComparison.Ordinal);
        using var visitor = await factory.LoginAsync(Roles.Public);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/Protection/Overseas")).StatusCode);

        // Risk alerts: the firm (no foreign families in the IP data here); an enterprise may not ask for another firm.
        var alerts = await HtmlAsync(district, "/Protection/Overseas/Alerts?enterprise=" + firm);
        Assert.Contains(firm, alerts, StringComparison.Ordinal);
        Assert.Contains("id=\"alerts-none\"", alerts, StringComparison.Ordinal);
        using var enterprise = await EnterpriseAsync(factory, "t.overseas.e1", s_e1);
        var refused = await HtmlAsync(enterprise, "/Protection/Overseas/Alerts?enterprise=" + firm);
        Assert.Contains("id=\"alerts-message\"", refused, StringComparison.Ordinal);

        // Guides and experts (public; phones masked).
        var guides = await HtmlAsync(visitor, "/Protection/Guides?country=US&field=Patent");
        Assert.Contains("美国337调查应诉实务指南", guides, StringComparison.Ordinal);
        Assert.Contains("某涉外知识产权律师事务所", guides, StringComparison.Ordinal);
        Assert.DoesNotContain("13800001111", guides, StringComparison.Ordinal);
        var none = await HtmlAsync(visitor, "/Protection/Guides?country=JP");
        Assert.Contains("id=\"guides-none\"", none, StringComparison.Ordinal);
        Assert.Contains("id=\"experts-none\"", none, StringComparison.Ordinal);

        // Resolution bodies: visitors the active ones with the district, officers all with phones and the export.
        var bodies = await HtmlAsync(visitor, "/Protection/Bodies");
        Assert.Contains("东湖区知识产权纠纷人民调解委员会", bodies, StringComparison.Ordinal);
        Assert.Contains("东湖区</td>", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain("已停用的调解中心", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain("13900002222", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain("bodies-export", bodies, StringComparison.Ordinal);
        var officerBodies = await HtmlAsync(city, "/Protection/Bodies");
        Assert.Contains("已停用的调解中心", officerBodies, StringComparison.Ordinal);
        Assert.Contains("13900002222", officerBodies, StringComparison.Ordinal);
        Assert.Contains("id=\"bodies-export\"", officerBodies, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Calendar_page_shows_the_holidays_and_the_time_limit_rules(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var dept = await factory.LoginAsync(Roles.DeptOfficer);
        var page = await HtmlAsync(dept, "/Protection/Calendar?year=2026");
        Assert.Contains("春节", page, StringComparison.Ordinal);
        Assert.Contains("调休上班", page, StringComparison.Ordinal);
        Assert.Contains("id=\"calendar-meta\"", page, StringComparison.Ordinal);
        Assert.Contains(TimeLimits.PenaltyDecisionLimit, page, StringComparison.Ordinal);
        Assert.Contains("id=\"protection-nav\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"calendar-missing\"", await HtmlAsync(dept, "/Protection/Calendar?year=2099"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"calendar-upload\"", page, StringComparison.Ordinal);

        // The city office loads 2027 from a file: a weekday marked as 调休 is refused with its row; the corrected file loads.
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        async Task<string> UploadAsync(string json)
        {
            var token = FormToken().Match(await HtmlAsync(city, "/Protection/Calendar?year=2027")).Groups[1].Value;
            using var form = new MultipartFormDataContent
            {
                { new StringContent("2027"), "year" },
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", "cn-2027.json" },
            };
            var response = await city.Http.PostAsync("/Protection/Calendar?year=2027&handler=Upload", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        const string Days = "[{\"date\":\"2027-01-01\",\"kind\":\"Holiday\",\"name\":\"元旦\"},{\"date\":\"2027-01-0X\",\"kind\":\"AdjustedWorkday\"}]";
        var refused = await UploadAsync("{\"year\":2027,\"source\":\"测试通知\",\"status\":\"UNCONFIRMED\",\"days\":" + Days.Replace("0X", "05", StringComparison.Ordinal) + "}");
        Assert.Contains("CALENDAR_INVALID", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"calendar-issues\"", refused, StringComparison.Ordinal);
        var loaded = await UploadAsync("{\"year\":2027,\"source\":\"测试通知\",\"status\":\"UNCONFIRMED\",\"days\":" + Days.Replace("0X", "02", StringComparison.Ordinal) + "}");
        Assert.Contains("已载入 2027 年节假日安排", loaded, StringComparison.Ordinal);
        Assert.Contains("元旦", loaded, StringComparison.Ordinal);

        using var enterprise = await factory.LoginAsync(Roles.Enterprise);
        Assert.Equal(HttpStatusCode.Redirect, (await enterprise.GetAsync("/Protection/Calendar")).StatusCode);
        Assert.Contains("id=\"protection-nav\"", await HtmlAsync(enterprise, "/Protection/Cases"), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
