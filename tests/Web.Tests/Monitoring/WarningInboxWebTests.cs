using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Monitoring;

/// <summary>
/// Warnings through the web: the city office's target change dispatches a warning, the owning department's
/// officer finds it on 预警处理 and in the API, answers it, and exports the inbox with the answer.
/// </summary>
public sealed class WarningInboxWebTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_owning_department_sees_answers_and_exports_the_warning_a_target_change_raised(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var file = Path.Combine(factory.Store.Storage.DataDirectory, "demo.csv");
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 300, 4);
            await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false));
            await sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2024);
        }

        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var url = $"/api/indicators/{IndicatorCodes.ValidInventionPatents}/targets/360102";
        Assert.Equal(HttpStatusCode.OK, (await city.SendAsync(HttpMethod.Put, url, new { year = 2020, value = 0, kind = "Baseline" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.SendAsync(HttpMethod.Put, url, new { year = 2025, value = 1_000_000, kind = "Target" })).StatusCode);

        using var dept = await factory.LoginAsync(Roles.DeptOfficer);
        var page = await (await dept.GetAsync("/Monitoring/Warnings?year=2024")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"warning-inbox\"", page, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Open\"", page, StringComparison.Ordinal);
        Assert.Contains("东湖区", page, StringComparison.Ordinal);

        using var inbox = JsonDocument.Parse(await (await dept.GetAsync("/api/indicators/warnings/inbox?year=2024")).Content.ReadAsStringAsync());
        var warning = inbox.RootElement.EnumerateArray().Single(w => w.GetProperty("unitCode").GetString() == "360102" && w.GetProperty("indicatorCode").GetString() == IndicatorCodes.ValidInventionPatents);
        var id = warning.GetProperty("id").GetInt64();
        Assert.Equal(MonitoringDepartments.MarketRegulation, warning.GetProperty("departmentCode").GetString());

        var answer = await dept.PostJsonAsync($"/api/indicators/warnings/{id}/acknowledge", new { response = "已部署专项行动" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using (var answered = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Acknowledged", answered.RootElement.GetProperty("state").GetString());
        }

        var bad = await dept.PostJsonAsync($"/api/indicators/warnings/{id}/acknowledge", new { response = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("INDICATOR_WARNING_RESPONSE_INVALID", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The unit concerned sees it too, with the department's answer; the export carries it.
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        Assert.Contains("已部署专项行动", await (await district.GetAsync("/Monitoring/Warnings?year=2024")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var csv = await (await dept.GetAsync("/api/indicators/warnings/inbox.csv?year=2024")).Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Contains("已部署专项行动", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }
}
