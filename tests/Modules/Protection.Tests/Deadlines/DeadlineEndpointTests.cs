using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Protection.Tests.Deadlines;

/// <summary>
/// /api/protection over HTTP (SQLite; the store itself is tested on both providers): an officer tries a calculation,
/// unknown fields are refused, a bad calendar answers CALENDAR_INVALID with its rows, rule changes are the city's.
/// </summary>
public sealed class DeadlineEndpointTests
{
    [Fact]
    public async Task Officers_compute_and_read_the_city_office_changes()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite);
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);

        var computed = await district.PostJsonAsync("/api/protection/deadlines/compute",
            """{"start":"2025-07-03","period":{"amount":90,"unit":"Days"},"clockStops":[],"extensions":[{"amount":30,"unit":"Days"}]}""");
        Assert.Equal(HttpStatusCode.OK, computed.StatusCode);
        using (var json = JsonDocument.Parse(await computed.Content.ReadAsStringAsync()))
        {
            // 10-01 is 国庆 → 10-09, + 30 日 = 11-08 (Sat) → Mon 11-10.
            Assert.Equal("2025-11-10", json.RootElement.GetProperty("due").GetString());
            Assert.Contains(json.RootElement.GetProperty("trail").EnumerateArray(), l => l.GetString()!.Contains("顺延至 2025-10-09", StringComparison.Ordinal));
            Assert.Equal(0, json.RootElement.GetProperty("missingCalendarYears").GetArrayLength());
        }

        var unknown = await district.PostJsonAsync("/api/protection/deadlines/compute", """{"start":"2025-07-03","period":{"amount":90,"unit":"Days"},"holidays":true}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("UNKNOWN_FIELD", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var calendar = await district.GetAsync("/api/protection/calendar/2026");
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync("/api/protection/calendar/2031")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.SendAsync(HttpMethod.Put, "/api/protection/time-limits/Penalty.LegalReview",
            """{"amount":12,"unit":"WorkingDays","effectiveFrom":"2026-05-01","note":null}""")).StatusCode);

        using var city = await factory.LoginAsync(Roles.CityOfficer);
        var bad = await city.SendAsync(HttpMethod.Put, "/api/protection/calendar/2027",
            """{"year":2027,"source":"《国务院办公厅关于2027年部分节假日安排的通知》","status":"CONFIRMED","note":null,"days":[{"date":"2027-01-05","kind":"AdjustedWorkday","name":"元旦"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("CALENDAR_INVALID", problem, StringComparison.Ordinal);
        Assert.Contains("WORKDAY_NOT_WEEKEND", problem, StringComparison.Ordinal);

        var rule = await city.SendAsync(HttpMethod.Put, "/api/protection/time-limits/Penalty.LegalReview",
            """{"amount":12,"unit":"WorkingDays","effectiveFrom":"2026-05-01","note":"试行"}""");
        Assert.Equal(HttpStatusCode.OK, rule.StatusCode);
        var list = await district.GetAsync("/api/protection/time-limits?asOf=2026-05-01");
        using (var json = JsonDocument.Parse(await list.Content.ReadAsStringAsync()))
        {
            var legal = json.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Penalty.LegalReview");
            Assert.Equal(12, legal.GetProperty("amount").GetInt32());
        }
    }
}
