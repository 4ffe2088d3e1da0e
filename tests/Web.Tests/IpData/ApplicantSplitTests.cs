using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.IpData;

/// <summary>Applicant split over HTTP (CityOfficer only, audited, named errors), the page form, and the /api/organisations alias.</summary>
public sealed partial class ApplicantSplitTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    private static async Task<long> SeedAsync(IpCityWebFactory factory)
    {
        var csv = new StringBuilder("申请号,申请日,公开（公告）号,专利类型,发明名称,申请（专利权）人,申请人地址\r\n")
            .Append("202110000001,2021-01-01,CN120000001A,发明,样品一,南昌赣江科技有限公司,江西省南昌市红谷滩区\r\n")
            .Append("202110000002,2021-02-01,CN120000002A,发明,样品二,南昌赣江 科技有限公司,江西省南昌市红谷滩区\r\n")
            .Append("202110000003,2021-03-01,CN120000003A,发明,样品三,南昌赣江科技有限责任公司,江西省南昌市红谷滩区\r\n")
            .ToString();
        var path = Path.Combine(factory.Store.Storage.DataDirectory, "split.csv");
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(false));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(3, (await scope.ServiceProvider.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path]))).Inserted);
        return Assert.Single(await scope.ServiceProvider.GetRequiredService<IApplicantQueries>().ListAsync("赣江", null)).Id;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_city_officer_splits_over_the_api_and_the_split_is_audited(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var id = await SeedAsync(factory);

        using var enterprise = await factory.LoginAsync(Roles.Enterprise);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostJsonAsync($"/api/applicants/{id}/split", new { variants = new[] { "南昌赣江科技有限责任公司" } })).StatusCode);

        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        var missing = await officer.PostJsonAsync($"/api/applicants/{id}/split", new { variants = new[] { "不存在的公司" } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"code\":\"APPLICANT_VARIANT_NOT_FOUND\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var split = await officer.PostJsonAsync($"/api/applicants/{id}/split", new { variants = new[] { "南昌赣江科技有限责任公司" }, type = "Enterprise" });
        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        using var created = JsonDocument.Parse(await split.Content.ReadAsStringAsync());
        var newId = created.RootElement.GetProperty("id").GetInt64();
        Assert.Equal($"/api/applicants/{newId}", split.Headers.Location!.ToString());
        Assert.Equal(1, created.RootElement.GetProperty("patents").GetInt32());

        // The alias answers with the same bodies as /api/applicants.
        using var anonymous = factory.CreateApi();
        Assert.Equal(await (await anonymous.GetAsync("/api/applicants?q=赣江")).Content.ReadAsStringAsync(), await (await anonymous.GetAsync("/api/organisations?q=赣江")).Content.ReadAsStringAsync());
        var portfolio = await anonymous.GetAsync($"/api/organisations/{id}");
        Assert.Equal(HttpStatusCode.OK, portfolio.StatusCode);
        Assert.Equal(await (await anonymous.GetAsync($"/api/applicants/{id}")).Content.ReadAsStringAsync(), await portfolio.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/organisations/999999")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var rows = new List<AuditEventDto>();
        await foreach (var row in scope.ServiceProvider.GetRequiredService<IAuditQueries>().StreamAsync(new AuditQuery(EventType: "ApplicantSplit")))
        {
            rows.Add(row);
        }

        var audit = Assert.Single(rows);
        Assert.Equal((factory.UserName(Roles.CityOfficer), "Success", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.ActorName, audit.Outcome, audit.ObjectId));
        Assert.Contains($"into={newId}", audit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_detail_page_offers_the_split_form_to_city_officers_only(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var id = await SeedAsync(factory);

        using var anonymous = factory.CreateApi();
        var publicPage = await (await anonymous.GetAsync($"/Applicants/Detail?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("南昌赣江 科技有限公司", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("split-form", publicPage, StringComparison.Ordinal);

        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        var page = await (await officer.GetAsync($"/Applicants/Detail?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"split-form\"", page, StringComparison.Ordinal);
        var token = FormToken().Match(page).Groups[1].Value;

        async Task<HttpResponseMessage> PostAsync(ApiClient client, string? formToken, params string[] variants)
        {
            var fields = variants.Select(v => new KeyValuePair<string, string>("variants", v)).ToList();
            if (formToken is not null)
            {
                fields.Add(new("__RequestVerificationToken", formToken));
            }

            return await client.Http.PostAsync($"/Applicants/Detail?id={id}&handler=Split", new FormUrlEncodedContent(fields));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(officer, null, "南昌赣江 科技有限公司")).StatusCode);
        var refused = await PostAsync(officer, token, "南昌赣江科技有限公司", "南昌赣江 科技有限公司", "南昌赣江科技有限责任公司");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("APPLICANT_SPLIT_ALL_VARIANTS", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await PostAsync(officer, token, "南昌赣江 科技有限公司");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var target = done.Headers.Location!.ToString();
        Assert.Matches("^/Applicants/Detail\\?id=\\d+$", target);
        var newPage = await (await officer.GetAsync(target)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"applicant-name\">南昌赣江 科技有限公司", newPage, StringComparison.Ordinal);
        Assert.Equal(2, (await (await anonymous.GetAsync("/api/applicants?q=赣江")).Content.ReadAsStringAsync()).Split("\"id\":").Length - 1);
    }
}
