using System.Net;
using System.Text;
using System.Text.Json;
using IpCity.Access.Contracts;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.IpData;

/// <summary>The public trademark API (search, one mark, audited uncapped CSV export), the page, and the OpenAPI entries of the new endpoints.</summary>
public sealed class TrademarkApiTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Anonymous_users_search_read_and_export_trademarks(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var csv = new StringBuilder("注册号,申请日,商标名称,国际分类,注册人,地址,商标状态,专用期限,国际注册号,指定国家\r\n")
            .Append("12345678,2013-05-02,洪城,30;35,江西洪城食品有限公司,江西省南昌市红谷滩区丰和中大道1号,注册,2015-01-07至2025-01-06,1234567,US;EP;JP\r\n")
            .Append("23456789,2016-08-09,=HYPERLINK(\"http://x\"),33,江西滕王阁酒业有限公司,江西省南昌市东湖区,注册,2018-02-14至2028-02-13,,\r\n")
            .ToString();
        var path = Path.Combine(factory.Store.Storage.DataDirectory, "marks.csv");
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(false));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(2, (await scope.ServiceProvider.GetRequiredService<IRegisterImporter>().ImportTrademarksAsync([path])).Inserted);
        }

        using var client = factory.CreateApi();
        using var madrid = JsonDocument.Parse(await (await client.GetAsync("/api/trademarks?madrid=true&page=1&pageSize=10")).Content.ReadAsStringAsync());
        Assert.Equal(1, madrid.RootElement.GetProperty("total").GetInt32());
        var hit = madrid.RootElement.GetProperty("hits")[0];
        Assert.Equal("1234567", hit.GetProperty("madridIrNumber").GetString());
        var id = hit.GetProperty("id").GetInt64();
        var one = await client.GetAsync($"/api/trademarks/{id}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Contains("\"designations\":\"US;EP;JP\"", await one.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/trademarks/999999")).StatusCode);
        Assert.Contains("\"total\":1", await (await client.GetAsync("/api/trademarks?q=" + Uri.EscapeDataString("酒业 东湖"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await client.GetAsync("/api/trademarks?q=" + Uri.EscapeDataString(new string('x', 201)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("TRADEMARK_QUERY_INVALID", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var export = await client.GetAsync("/api/trademarks/export.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("filename*=UTF-8''", export.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("注册号,商标名称", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", lines[2], StringComparison.Ordinal);

        var page = await (await client.GetAsync("/Trademarks?madrid=true")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"trademark-total\">共 <b>1</b>", page, StringComparison.Ordinal);
        Assert.Contains("洪城", page, StringComparison.Ordinal);
        Assert.DoesNotContain("江西滕王阁酒业有限公司", page, StringComparison.Ordinal);

        await using var audit = factory.Services.CreateAsyncScope();
        var rows = new List<AuditEventDto>();
        await foreach (var row in audit.ServiceProvider.GetRequiredService<IAuditQueries>().StreamAsync(new AuditQuery(EventType: "Exported")))
        {
            rows.Add(row);
        }

        Assert.Equal("Trademarks", Assert.Single(rows).ObjectType);
    }

    [Fact]
    public async Task The_new_endpoints_are_documented_in_openapi()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite);
        using var client = factory.CreateApi();
        using var doc = JsonDocument.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/applicants/{id}/split", "/api/organisations", "/api/organisations/{id}", "/api/patents/{id}/status", "/api/trademarks", "/api/trademarks/{id}", "/api/trademarks/export.csv" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.True(item.EnumerateObject().Any(), path);
        }

        Assert.Contains("asOf", paths.GetProperty("/api/patents/{id}/status").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }
}
