using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Monitoring;

/// <summary>/api/indicators: officers read values with provenance and drill down; only the city office recomputes and publishes.</summary>
public sealed class IndicatorApiTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Value_provenance_drill_down_export_and_publish(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var file = Path.Combine(factory.Store.Storage.DataDirectory, "demo.csv");
            await scope.ServiceProvider.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 600, 3);
            await scope.ServiceProvider.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false));
        }

        const string Value = "/api/indicators/HighValueInventionPatentsPer10k/values?unit=360100&year=2024";
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);
        var notYet = await district.GetAsync("/api/indicators/HighValueInventionPatentsPer10k/values/records?unit=360100&year=2024");
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        var notYetBody = await notYet.Content.ReadAsStringAsync();
        Assert.True(notYetBody.Contains("INDICATOR_VALUE_NOT_COMPUTED", StringComparison.Ordinal), notYetBody);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostJsonAsync("/api/indicators/recompute?year=2024", null)).StatusCode);

        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var recomputed = await JsonAsync(await city.PostJsonAsync("/api/indicators/recompute?year=2024", null));
        Assert.True(recomputed.GetProperty("values").GetInt32() > 0);

        var view = await JsonAsync(await district.GetAsync(Value));
        var latest = view.GetProperty("latest");
        var count = latest.GetProperty("recordCount").GetInt32();
        Assert.True(count > 0);
        Assert.Equal(count, latest.GetProperty("numerator").GetDecimal());
        Assert.Equal(1, latest.GetProperty("definitionVersion").GetInt32());
        Assert.Contains(latest.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("element").GetString() == "ResidentPopulation");
        Assert.Equal(10m, view.GetProperty("target").GetProperty("target").GetDecimal());

        // The CSV lists exactly the counted patents, each with its categories.
        var csv = await district.GetAsync("/api/indicators/HighValueInventionPatentsPer10k/values/records.csv?unit=360100&year=2024");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Matches("(维持年限超过10年|海外同族授权)", l));

        var id = latest.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostJsonAsync($"/api/indicators/values/{id}/publish", null)).StatusCode);
        var published = await JsonAsync(await city.PostJsonAsync($"/api/indicators/values/{id}/publish", null));
        Assert.Equal("Published", published.GetProperty("state").GetString());
        var again = await city.PostJsonAsync($"/api/indicators/values/{id}/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("INDICATOR_VALUE_NOT_PUBLISHABLE", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bad = await city.SendAsync(HttpMethod.Put, "/api/indicators/parameters/ClosureRate.HeadlineDefinition", new { fromYear = 2021, value = "D" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("INDICATOR_PARAMETER_INVALID", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
