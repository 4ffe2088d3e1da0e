using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Security;

/// <summary>
/// SECURITY.md spec 29, run inside the endpoint-matrix walk of spec 6 (<see cref="Spec06_EndpointMatrixTests"/>), which
/// already calls every route as each role: with persons on record (case parties — ordinary, confidential and a portal complainant — a natural
/// person on the credit list, agency practitioners), every GET endpoint and page of the endpoint matrix, every export
/// (CSV and XLSX, unzipped) and the detail routes of the seeded records are fetched as each of the eight roles, none of
/// which holds an unmask right without a stated reason. No body holds a resident ID number with a valid check character
/// or a mobile number (the spec's two regexes), and the masked forms of P4 are what is shown.
/// </summary>
internal static partial class Spec29_MaskingCrawl
{
    private const string PartyId = "360102198503150024";
    private const string PartyMobile = "13907911234";
    private const string SecretId = "36010319771224001X";
    private const string SecretMobile = "15870012345";
    private const string ComplainantId = "360121199202290035";
    private const string ComplainantMobile = "18679100001";
    private const string ListedId = "360111196606060010";

    private static readonly string[] s_practitionerIds = ["360102198001010013", "360104199512310023", "360122197007070034"];

    [GeneratedRegex(@"[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]")]
    private static partial Regex ResidentId();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();

    /// <summary>
    /// Random hexadecimal identifiers (trace and span ids, GUIDs, SHA-256/SM3 digests, blind indexes): removed before the
    /// scan, since a run of 11 decimal digits inside one matches the mobile pattern by chance (seen in audit rows' trace ids
    /// and in an XLSX export). A run counts when no other hex digit touches it, so a letter prefix does not hide it.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z])|(?<![0-9a-fA-F])(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?![0-9a-fA-F])")]
    private static partial Regex HexIdentifier();

    /// <summary>The seeded persons' records, for the detail routes.</summary>
    internal sealed record Seeded(List<Guid> Cases, List<Guid> Credits, List<long> Practitioners);

    /// <summary>
    /// The seeded records' own detail routes and pages (API routes of the matrix instantiated with their ids) and each
    /// case's unmask without a reason; fetched by the walk as each role, besides every route of the matrix.
    /// </summary>
    internal static List<string> DetailUrls(IEnumerable<Spec06_EndpointMatrixTests.Row> rows, Seeded seeded, IpCityWebFactory factory)
    {
        var urls = new List<string>();
        foreach (var row in rows.Where(r => r.Method == "GET"))
        {
            if (row.Route.StartsWith("/api/protection/cases/{id:guid}", StringComparison.Ordinal))
            {
                urls.AddRange(seeded.Cases.Select(c => Spec06_EndpointMatrixTests.Instantiate(row.Route.Replace("{id:guid}", c.ToString(), StringComparison.Ordinal), factory)));
            }
            else if (row.Route.StartsWith("/api/protection/credit/records/{id:guid}", StringComparison.Ordinal))
            {
                urls.AddRange(seeded.Credits.Select(c => Spec06_EndpointMatrixTests.Instantiate(row.Route.Replace("{id:guid}", c.ToString(), StringComparison.Ordinal), factory)));
            }
            else if (row.Route.StartsWith("/api/services/practitioners/{id:long}", StringComparison.Ordinal))
            {
                urls.AddRange(seeded.Practitioners.Select(p => row.Route.Replace("{id:long}", p.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            }
        }

        urls.AddRange(seeded.Cases.Select(c => $"/Protection/Cases/Detail?id={c}"));
        urls.AddRange(seeded.Credits.Select(c => $"/Protection/Credit/Detail?id={c}"));
        urls.AddRange(seeded.Practitioners.Select(p => $"/Services/Agencies/Person?id={p}"));
        urls.AddRange(seeded.Cases.Select(c => $"/api/protection/cases/{c}?unmask=true"));
        return urls;
    }

    /// <summary>
    /// One read of a response body (exports unzipped): every valid resident ID number and every mobile number in it,
    /// after the hexadecimal identifiers are removed, and whether it shows masked values (a crawl of empty lists would
    /// prove nothing).
    /// </summary>
    internal static async Task<(List<string> Hits, bool Masked)> ScanAsync(string role, string url, HttpResponseMessage response)
    {
        var text = await TextAsync(response);
        var cleaned = HexIdentifier().Replace(text, "#");
        List<string> hits =
        [
            .. ResidentId().Matches(cleaned).Where(m => IpCity.BuildingBlocks.Identifiers.ResidentIdNumber.IsValid(m.Value)).Select(m => $"{role} {url}: ID {m.Value}"),
            .. Mobile().Matches(cleaned).Select(m => $"{role} {url}: mobile {m.Value}"),
        ];
        return (hits, text.Contains("****", StringComparison.Ordinal));
    }

    /// <summary>
    /// After the walk: the scan finds what it looks for in the one answer meant to hold full values (the city office's
    /// unmask with a stated reason), and the P4 masked forms are what the case and the public credit list show.
    /// </summary>
    internal static async Task AssertControlsAsync(IpCityWebFactory factory, Seeded seeded)
    {
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        using var full = await city.GetAsync($"/api/protection/cases/{seeded.Cases[0]}?unmask=true&reason={Uri.EscapeDataString("核实")}");
        var (found, _) = await ScanAsync(Roles.CityOfficer, "unmask", full);
        Assert.Equal([$"{Roles.CityOfficer} unmask: ID {PartyId}", $"{Roles.CityOfficer} unmask: mobile {PartyMobile}"], found.Distinct());
        var caseDetail = await (await city.GetAsync($"/api/protection/cases/{seeded.Cases[0]}")).Content.ReadAsStringAsync();
        Assert.Contains("360***********0024", caseDetail, StringComparison.Ordinal);
        Assert.Contains("139****1234", caseDetail, StringComparison.Ordinal);
        using var anonymous = factory.CreateApi();
        var publicList = await (await anonymous.GetAsync("/api/protection/credit/public.csv")).Content.ReadAsStringAsync();
        Assert.Contains("360***********0010", publicList, StringComparison.Ordinal);
    }

    /// <summary>Seeds persons wherever the platform holds them (the ID numbers used are valid ones).</summary>
    internal static async Task<Seeded> SeedPersonsAsync(IpCityWebFactory factory)
    {
        foreach (var id in s_practitionerIds.Append(PartyId).Append(SecretId).Append(ComplainantId).Append(ListedId))
        {
            Assert.True(IpCity.BuildingBlocks.Identifiers.ResidentIdNumber.IsValid(id), id);
        }

        var donghu = new ProtectionActor("t.districtofficer", Roles.DistrictOfficer, "360102", null, []);
        var city = new ProtectionActor("t.cityofficer", Roles.CityOfficer, "360100", null, [Labels.Confidential]);
        var city2 = new ProtectionActor("city.second", Roles.CityOfficer, "360100", null, []);
        await using var scope = factory.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<ICaseRegister>();
        var ordinary = await register.OpenAsync(donghu, new OpenCaseRequest(CaseTypes.PatentDisputeMediation, "专利纠纷调解", null, new DateOnly(2026, 3, 1), null, false,
            [new(PartyRoles.Requester, "Person", "王小明", PartyId, PartyMobile, "南昌市东湖区八一大道 1 号"), new(PartyRoles.Respondent, "Enterprise", "南昌示例公司", "91360100MA35WEB00X", null, null)]));
        var secret = await register.OpenAsync(city, new OpenCaseRequest(CaseTypes.TrademarkInfringement, "涉密商标案件", null, new DateOnly(2026, 3, 1), null, true,
            [new(PartyRoles.Respondent, "Person", "赵秘密", SecretId, SecretMobile, null)]));
        await register.FileComplaintAsync(new ComplaintRequest(CaseTypes.PatentCounterfeiting, "假冒专利标识", "门店产品标注失效专利号。", null, false, "钱投诉", ComplainantId, ComplainantMobile, "某商店", null));
        var complaint = (await register.ListAsync(city, new CaseQuery(PageSize: 100))).Items.Select(i => i.Id).Except([ordinary.Summary.Id, secret.Summary.Id]).Single();

        var credit = scope.ServiceProvider.GetRequiredService<ICreditSupervision>();
        var proposed = await credit.ProposeAsync(donghu, new ProposeCreditRecordRequest(CreditKinds.SamrSerious, CreditBehaviours.SeriousIllegalAgency, CreditSubjectKinds.NaturalPerson,
            "孙失信", ListedId, null, null, "冒用专利代理师名义代理专利申请。", "《知识产权信用管理规定》第六条", "洪知保〔2026〕2号", new DateOnly(2026, 2, 20)));
        await credit.DecideAsync(city2, proposed.Id, new CreditDecisionRequest(true, "《知识产权信用管理规定》第七条", "洪知信决〔2026〕9号", new DateOnly(2026, 3, 2), null));
        await credit.RecordImpactAssessmentAsync(city2, new RecordImpactAssessmentRequest(new DateOnly(2026, 3, 2), "市局法制科", "严重违法失信名单公示", "自然人姓名与证件号脱敏后公示", "洪知评〔2026〕2号"));

        var agencies = scope.ServiceProvider.GetRequiredService<IAgencyRegister>();
        var actor = new Actor("t.cityofficer", Roles.CityOfficer, "360100", null, []);
        var practitioners = new List<long>();
        foreach (var (id, i) in s_practitionerIds.Select((id, i) => (id, i)))
        {
            practitioners.Add((await agencies.CreatePractitionerAsync(actor, new PractitionerRequest(new[] { "周代理", "吴代理", "郑代理" }[i], id, null, null, null, null, null))).Practitioner.Id);
        }

        return new Seeded([ordinary.Summary.Id, secret.Summary.Id, complaint], [proposed.Id], practitioners);
    }

    /// <summary>A body as text; an XLSX (or any zip) as the text of all its entries.</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                text.Append(await reader.ReadToEndAsync());
            }

            return text.ToString();
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
