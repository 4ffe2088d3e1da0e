using System.Net;
using System.Text;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.IpData;

/// <summary>The public search page, the search API and the uncapped CSV export with formula escaping.</summary>
public sealed class SearchPageTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Anonymous_users_search_and_export(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var dir = Path.Combine(factory.Store.Storage.DataDirectory, "in");
        Directory.CreateDirectory(dir);
        var csv = "申请号,申请日,公开（公告）号,专利类型,发明名称,申请（专利权）人,申请人地址\r\n"
            + "200310102344.5,2003-11-02,CN1234567A,发明,一种锂电池热管理系统,南昌大学,江西省南昌市红谷滩区学府大道999号\r\n"
            + "201920123456.5,2019-06-01,CN209123456U,实用新型,=HYPERLINK(\"http://x\"),某公司,江西省南昌县\r\n";
        var path = Path.Combine(dir, "two.csv");
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(false));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path]));
            Assert.Equal(2, result.Inserted);
        }

        using var client = factory.CreateApi();
        var page = await (await client.GetAsync("/Patents?q=" + Uri.EscapeDataString("锂电池 红谷滩"))).Content.ReadAsStringAsync();
        Assert.Contains("一种<mark>锂电池</mark>热管理系统", page, StringComparison.Ordinal);
        Assert.Contains("id=\"search-total\">共 <b>1</b>", page, StringComparison.Ordinal);

        var api = await client.GetAsync("/api/patents?q=" + Uri.EscapeDataString("pa:南昌大学"));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("\"total\":1", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var export = await client.GetAsync("/api/patents/export.csv");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text, StringComparison.Ordinal);

        var applicants = await (await client.GetAsync("/Applicants?q=" + Uri.EscapeDataString("南昌大学"))).Content.ReadAsStringAsync();
        Assert.Contains("高等院校", applicants, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(applicants, "/Applicants/Detail\\?id=(\\d+)").Groups[1].Value;
        var detail = await (await client.GetAsync("/Applicants/Detail?id=" + id)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"applicant-name\">南昌大学", detail, StringComparison.Ordinal);

        var bad = await client.GetAsync("/api/patents?q=zz:1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("SEARCH_QUERY_INVALID", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Exports_hold_every_hit_in_csv_and_xlsx(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var file = Path.Combine(factory.Store.Storage.DataDirectory, "synthetic.csv");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync();
            await scope.ServiceProvider.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 2500, 11);
            Assert.Equal(2500, (await scope.ServiceProvider.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file]))).Inserted);
        }

        using var client = factory.CreateApi();
        foreach (var q in new[] { string.Empty, "南昌", "ti:装置 ad:[2016 TO 2023]" })
        {
            var total = System.Text.Json.JsonDocument.Parse(await (await client.GetAsync("/api/patents?facets=false&q=" + Uri.EscapeDataString(q))).Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt64();
            Assert.True(total > 0, q);
            var csv = Encoding.UTF8.GetString(await (await client.GetAsync("/api/patents/export.csv?q=" + Uri.EscapeDataString(q))).Content.ReadAsByteArrayAsync());
            var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.Equal(total + 1, lines);
            await using var xlsx = new MemoryStream(await (await client.GetAsync("/api/patents/export.xlsx?q=" + Uri.EscapeDataString(q))).Content.ReadAsByteArrayAsync());
            var rows = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Count();
            Assert.Equal(total, rows);
        }
    }
}
