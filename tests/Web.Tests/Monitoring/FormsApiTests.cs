using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text.Json;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Web.Tests.Monitoring;

/// <summary>Data reporting over HTTP (issue 4 §5): the acceptance scenario, rules, scoping, template round trip, completeness.</summary>
public sealed class FormsApiTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<long> DataSetIdAsync(ApiClient client, string code)
    {
        var sets = await JsonAsync(await client.GetAsync("/api/forms/datasets"));
        return sets.EnumerateArray().Single(s => s.GetProperty("code").GetString() == code).GetProperty("id").GetInt64();
    }

    private static object Cases(int filed, int carried, int closed, int due, int inTime) => new Dictionary<string, int>
    {
        ["EnforcementCasesFiled"] = filed,
        ["EnforcementCasesCarriedOver"] = carried,
        ["EnforcementCasesClosed"] = closed,
        ["EnforcementCasesDue"] = due,
        ["EnforcementCasesClosedInTime"] = inTime,
    };

    /// <summary>A second district officer (西湖区), signed in.</summary>
    private static async Task<ApiClient> OtherDistrictAsync(IpCityWebFactory factory)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest("t.xihu", "西湖区", Roles.DistrictOfficer, IpCityWebFactory.Password, "360103"));
        }

        var client = factory.CreateApi();
        await client.RefreshCsrfAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/auth/login", new { userName = "t.xihu", password = IpCityWebFactory.Password })).StatusCode);
        await client.RefreshCsrfAsync();
        return client;
    }

    private static async Task<List<(string Element, decimal Value, string Vintage, string? Origin, string Source)>> ElementValuesAsync(IpCityWebFactory factory, string unit)
    {
        var storage = factory.Store.Storage;
        DbConnection conn = storage.Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(storage.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(storage.ConnectionString);
        await using (conn)
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT \"ElementCode\", \"Value\", \"Vintage\", \"Origin\", \"Source\" FROM {factory.Store.Table("monitoring", "DataElementValues")} WHERE \"UnitCode\" = '{unit}' ORDER BY \"Id\"";
            var rows = new List<(string, decimal, string, string?, string)>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), Convert.ToDecimal(reader.GetValue(1), CultureInfo.InvariantCulture), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task District_submits_city_returns_resubmitted_and_approved_with_audit_and_reported_values(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var setId = await DataSetIdAsync(district, "ENFORCEMENT_CASES");

        var draft = await JsonAsync(await district.PostJsonAsync("/api/forms/submissions", new { dataSetId = setId, year = 2025, values = Cases(40, 10, 45, 30, 20) }));
        var id = draft.GetProperty("id").GetInt64();
        Assert.Equal("360102", draft.GetProperty("unitCode").GetString());
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        await JsonAsync(await district.PostJsonAsync($"/api/forms/submissions/{id}/submit", new { version = draft.GetProperty("version").GetInt32() }));

        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostJsonAsync($"/api/forms/submissions/{id}/approve", new { })).StatusCode);
        var noComment = await JsonAsync(await city.PostJsonAsync($"/api/forms/submissions/{id}/return", new { }), HttpStatusCode.BadRequest);
        Assert.Equal("FORM_COMMENT_REQUIRED", noComment.GetProperty("code").GetString());
        var returned = await JsonAsync(await city.PostJsonAsync($"/api/forms/submissions/{id}/return", new { comment = "结案数偏高，请核对" }));
        Assert.Equal("已退回", returned.GetProperty("stateLabel").GetString());

        var seen = await JsonAsync(await district.GetAsync($"/api/forms/submissions/{id}"));
        Assert.Equal("结案数偏高，请核对", seen.GetProperty("history").EnumerateArray().Last().GetProperty("text").GetString());
        var corrected = await JsonAsync(await district.PostJsonAsync("/api/forms/submissions", new { dataSetId = setId, year = 2025, values = new Dictionary<string, int> { ["EnforcementCasesClosed"] = 44 }, version = seen.GetProperty("version").GetInt32() }));
        Assert.Equal(id, corrected.GetProperty("id").GetInt64());
        await JsonAsync(await district.PostJsonAsync($"/api/forms/submissions/{id}/submit", new { comment = "已核对更正" }));
        var queue = await JsonAsync(await city.GetAsync("/api/forms/submissions?state=Submitted"));
        Assert.Equal(id, Assert.Single(queue.EnumerateArray()).GetProperty("id").GetInt64());
        var approved = await JsonAsync(await city.PostJsonAsync($"/api/forms/submissions/{id}/approve", new { comment = "通过" }));
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        Assert.Equal(factory.UserName(Roles.CityOfficer), approved.GetProperty("reviewedBy").GetString());

        var values = await ElementValuesAsync(factory, "360102");
        Assert.Equal(5, values.Count);
        var closed = values.Single(v => v.Element == "EnforcementCasesClosed");
        Assert.Equal(44m, closed.Value);
        Assert.Equal("Reported", closed.Source);
        Assert.Equal($"填报#{id} 审核通过 2026-03-02", closed.Vintage);
        Assert.Equal($"form:{id}", closed.Origin);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(ObjectId: id.ToString(CultureInfo.InvariantCulture), PageSize: 100));
        var steps = audit.Items.Where(e => e.ObjectType == "FormSubmission").OrderBy(e => e.Seq).ToList();
        Assert.Equal(["FormDraftCreated", "FormSubmitted", "FormReturned", "FormDraftSaved", "FormSubmitted", "FormApproved"], steps.Select(e => e.EventType));
        Assert.Equal(
            [factory.UserName(Roles.DistrictOfficer), factory.UserName(Roles.DistrictOfficer), factory.UserName(Roles.CityOfficer), factory.UserName(Roles.DistrictOfficer), factory.UserName(Roles.DistrictOfficer), factory.UserName(Roles.CityOfficer)],
            steps.Select(e => e.ActorName));
        Assert.All(steps, e => Assert.Contains("unit=360102", e.Detail, StringComparison.Ordinal));
        Assert.Equal("360102", steps[0].UnitCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_value_outside_a_rule_is_refused_and_another_district_cannot_edit(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        var setId = await DataSetIdAsync(district, "ENFORCEMENT_CASES");

        var refused = await JsonAsync(await district.PostJsonAsync("/api/forms/submissions", new { dataSetId = setId, year = 2025, values = Cases(10, 5, 16, 10, 5) }), HttpStatusCode.BadRequest);
        Assert.Equal("FORM_VALIDATION", refused.GetProperty("code").GetString());
        Assert.Equal("C1", refused.GetProperty("ruleCode").GetString());
        Assert.True(refused.GetProperty("ruleId").GetInt64() > 0);
        Assert.Equal("本年结案数不得超过上年结转未结案件数与本年立案数之和", refused.GetProperty("rule").GetString());
        Assert.Equal("EnforcementCasesClosed", refused.GetProperty("element").GetString());

        var draft = await JsonAsync(await district.PostJsonAsync("/api/forms/submissions", new { dataSetId = setId, year = 2025, values = Cases(10, 5, 15, 10, 5) }));
        var id = draft.GetProperty("id").GetInt64();
        using var xihu = await OtherDistrictAsync(factory);
        var foreign = await JsonAsync(await xihu.PostJsonAsync("/api/forms/submissions", new { dataSetId = setId, unitCode = "360102", year = 2025, values = Cases(1, 1, 1, 1, 1) }), HttpStatusCode.Forbidden);
        Assert.Equal("FORM_UNIT_FORBIDDEN", foreign.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await xihu.GetAsync($"/api/forms/submissions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await xihu.PostJsonAsync($"/api/forms/submissions/{id}/submit", new { })).StatusCode);
        Assert.Empty((await JsonAsync(await xihu.GetAsync("/api/forms/submissions"))).EnumerateArray());
        var unchanged = await JsonAsync(await district.GetAsync($"/api/forms/submissions/{id}"));
        Assert.Equal(15, unchanged.GetProperty("values").GetProperty("EnforcementCasesClosed").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Template_round_trip_and_completeness_with_the_missing_units(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var setId = await DataSetIdAsync(district, "PLEDGE_FINANCING");

        var template = await district.GetAsync($"/api/forms/datasets/{setId}/template.xlsx?year=2025");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        List<Dictionary<string, object?>> rows;
        await using (var stream = await template.Content.ReadAsStreamAsync())
        {
            rows = stream.Query(useHeaderRow: true, sheetName: "填报").Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
        }

        var row = Assert.Single(rows);
        Assert.Equal("360102", Convert.ToString(row["单位代码"], CultureInfo.InvariantCulture));
        row["知识产权质押融资登记金额（万元）"] = 12345.67;
        byte[] filled;
        using (var output = new MemoryStream())
        {
            output.SaveAs(rows, sheetName: "填报");
            filled = output.ToArray();
        }

        async Task<JsonElement> UploadAsync(byte[] content) => await JsonAsync(await district.PostFileAsync(
            $"/api/forms/datasets/{setId}/upload?year=2025", "pledge.xlsx", content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        var first = await UploadAsync(filled);
        Assert.Equal(1, first.GetProperty("created").GetInt32());
        Assert.Empty(first.GetProperty("errors").EnumerateArray());
        var drafts = await JsonAsync(await district.GetAsync($"/api/forms/submissions?dataSetId={setId}&year=2025"));
        Assert.Equal(12345.67m, Assert.Single(drafts.EnumerateArray()).GetProperty("values").GetProperty("PledgeFinancingAmount").GetDecimal());
        var again = await UploadAsync(await (await district.GetAsync($"/api/forms/datasets/{setId}/template.xlsx?year=2025")).Content.ReadAsByteArrayAsync());
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32() + again.GetProperty("updated").GetInt32());

        var completeness = await JsonAsync(await city.GetAsync($"/api/forms/datasets/{setId}/completeness?year=2025"));
        var units = completeness.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal("草稿", units.Single(u => u.GetProperty("unitCode").GetString() == "360102").GetProperty("stateLabel").GetString());
        Assert.Equal("未填报", units.Single(u => u.GetProperty("unitCode").GetString() == "360103").GetProperty("stateLabel").GetString());
        Assert.True(units.Count > 10);
        var csv = await city.GetAsync($"/api/forms/datasets/{setId}/completeness.csv?year=2025");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("360103,", text, StringComparison.Ordinal);
        Assert.Contains("未填报", text, StringComparison.Ordinal);
        var xlsx = await city.GetAsync($"/api/forms/datasets/{setId}/completeness.xlsx?year=2025");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_pages_render_for_officers(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var setId = await DataSetIdAsync(district, "PLEDGE_FINANCING");
        var draft = await JsonAsync(await district.PostJsonAsync("/api/forms/submissions", new { dataSetId = setId, year = 2025, values = new { PledgeFinancingAmount = 88 } }));
        await JsonAsync(await district.PostJsonAsync($"/api/forms/submissions/{draft.GetProperty("id").GetInt64()}/submit", new { }));

        var index = await district.GetAsync("/Monitoring/Forms?year=2025");
        var html = await index.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("知识产权质押融资登记金额", html, StringComparison.Ordinal);
        Assert.Contains("id=\"nav-forms\"", html, StringComparison.Ordinal);
        var fill = await (await district.GetAsync($"/Monitoring/Forms/Fill?dataSet={setId}&unit=360102&year=2025")).Content.ReadAsStringAsync();
        Assert.Contains("已提交", fill, StringComparison.Ordinal);
        var review = await (await city.GetAsync("/Monitoring/Forms/Review")).Content.ReadAsStringAsync();
        Assert.Contains($"review-{draft.GetProperty("id").GetInt64()}", review, StringComparison.Ordinal);
        var completeness = await (await city.GetAsync($"/Monitoring/Forms/Completeness?dataSet={setId}&year=2025")).Content.ReadAsStringAsync();
        Assert.Contains("未填报", completeness, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await district.GetAsync("/Monitoring/Forms/Review")).StatusCode);
    }
}
