using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Reporting;

/// <summary>/api/reports/annual: the city office edits the text blocks and generates; officers download; the OpenAPI document lists the routes.</summary>
public sealed class AnnualReportApiTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Report_blocks_generate_and_download_by_role(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var city = await factory.LoginAsync(Roles.CityOfficer);
        using var district = await factory.LoginAsync(Roles.DistrictOfficer);

        var notYet = await district.GetAsync("/api/reports/annual/2025/pdf");
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Contains("REPORT_NOT_GENERATED", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await district.SendAsync(HttpMethod.Put, "/api/reports/annual/2025/blocks/problems", new { text = "x" })).StatusCode);
        var put = await city.SendAsync(HttpMethod.Put, "/api/reports/annual/2025/blocks/problems", new { text = "数据报送仍需加强。" });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var block = JsonDocument.Parse(await (await district.GetAsync("/api/reports/annual/2025/blocks/problems")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("数据报送仍需加强。", block.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync("/api/reports/annual/2025/blocks/other")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostJsonAsync("/api/reports/annual/2025", null)).StatusCode);
        var generated = await city.PostJsonAsync("/api/reports/annual/2025", null);
        Assert.True(generated.IsSuccessStatusCode, await generated.Content.ReadAsStringAsync());
        var files = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("南昌市知识产权强市建设年度监测报告-2025.pdf", files.GetProperty("pdf").GetString());

        foreach (var (format, type) in new[] { ("docx", "wordprocessingml"), ("xlsx", "spreadsheetml"), ("pdf", "application/pdf") })
        {
            var download = await district.GetAsync($"/api/reports/annual/2025/{format}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Contains(type, download.Content.Headers.ContentType!.MediaType!, StringComparison.Ordinal);
            Assert.True((await download.Content.ReadAsByteArrayAsync()).Length > 1000);
        }

        // The signed manifest downloads too and names the three files with their SM3 digests.
        var sig = await district.GetAsync("/api/reports/annual/2025/sig");
        Assert.Equal(HttpStatusCode.OK, sig.StatusCode);
        var manifest = JsonDocument.Parse(await sig.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("SM2-SM3", "2025", 3), (manifest.GetProperty("algorithm").GetString(), manifest.GetProperty("subject").GetString(), manifest.GetProperty("files").GetArrayLength()));
        Assert.Contains(files.GetProperty("downloads").EnumerateArray(), u => u.GetString() == "/api/reports/annual/2025/sig");

        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync("/api/reports/annual/2025/html")).StatusCode);
        var openApi = await (await city.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        Assert.Contains("/api/reports/annual/{year}/blocks/{key}", openApi, StringComparison.Ordinal);
    }
}
