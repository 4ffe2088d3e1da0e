using System.Net;
using System.Text;
using System.Text.Json;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.IpData;

/// <summary>GET /api/patents/{id}/status on a reference date, and the patent detail page showing it.</summary>
public sealed class PatentStatusTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Status_on_a_date_follows_grant_lapse_restoration_and_pledges(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var csv = "申请号,申请日,公开（公告）号,授权公告号,授权公告日,专利类型,发明名称,申请（专利权）人,申请人地址,同族专利,法律状态\r\n"
            + "201010000001,2010-03-10,CN101000001A,CN101000001B,2012-06-04,发明,状态测试专利,南昌状态科技有限公司,江西省南昌市红谷滩区,US8000001B2;JP2012000001A,有效\r\n";
        var path = Path.Combine(factory.Store.Storage.DataDirectory, "status.csv");
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(false));
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path]));
            id = (await scope.ServiceProvider.GetRequiredService<IPatentQueries>().FindByDocumentAsync("CN", "101000001", "B"))!.Id;
        }

        var events = factory.Store.Table("ipdata", "PatentEvents");
        await factory.Store.ExecuteAsAppAsync(
            $"INSERT INTO {events} (\"PatentId\", \"Date\", \"Code\", \"Description\") VALUES "
            + $"({id}, '2013-01-10', 'X1', '专利权质押合同登记的生效 登记号: Y2013000001'), "
            + $"({id}, '2015-09-01', 'X2', '专利权的终止 未缴年费专利权终止'), "
            + $"({id}, '2016-02-01', 'X3', '专利权的恢复'), "
            + $"({id}, '2016-05-01', 'X4', '专利权质押合同登记的注销 登记号: Y2013000001'), "
            + $"({id}, '2017-01-01', 'ZZ', '未知的事件')");

        using var client = factory.CreateApi();
        async Task<JsonElement> StatusAsync(string asOf)
        {
            var response = await client.GetAsync($"/api/patents/{id}/status?asOf={asOf}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        var pending = await StatusAsync("2011-01-01");
        Assert.Equal("Pending", pending.GetProperty("status").GetString());
        var pledged = await StatusAsync("2014-01-01");
        Assert.Equal(("InForce", 1), (pledged.GetProperty("status").GetString(), pledged.GetProperty("pledges").GetArrayLength()));
        Assert.Equal("LapsedNonPayment", (await StatusAsync("2015-12-31")).GetProperty("status").GetString());
        var restored = await StatusAsync("2016-12-31");
        Assert.Equal(("InForce", 0, "2030-03-10"), (restored.GetProperty("status").GetString(), restored.GetProperty("pledges").GetArrayLength(), restored.GetProperty("termEnds").GetString()));
        Assert.Equal("有效", restored.GetProperty("sourceLegalStatus").GetString());
        Assert.Equal(2, restored.GetProperty("family").GetArrayLength());
        var expired = await StatusAsync("2030-03-10");
        Assert.Equal(("Expired", false), (expired.GetProperty("status").GetString(), expired.GetProperty("inForce").GetBoolean()));
        var unknown = expired.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "ZZ");
        Assert.Equal(("Unknown", false), (unknown.GetProperty("kind").GetString(), unknown.GetProperty("changesStatus").GetBoolean()));

        var bad = await client.GetAsync($"/api/patents/{id}/status?asOf=2016-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"code\":\"STATUS_DATE_INVALID\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/patents/999999/status")).StatusCode);

        var page = await (await client.GetAsync($"/Patents/Detail?id={id}&asOf=2015-12-31")).Content.ReadAsStringAsync();
        Assert.Contains("data-status=\"LapsedNonPayment\"", page, StringComparison.Ordinal);
        Assert.Contains("未缴年费终止", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2015-12-31\"", page, StringComparison.Ordinal);
        Assert.Contains("<td>US</td><td>8000001</td>", page, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/Applicants/Detail\\?id=\\d+\">南昌状态科技有限公司</a>", page);
        Assert.Contains("id=\"status-timeline\"", page, StringComparison.Ordinal);
    }
}
