using System.Text;
using IpCity.IpData.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Services.Tests.Brands;

/// <summary>A small trademark register (Madrid and national, local, outside the city and foreign), the real GI facts and an authorised-user workbook.</summary>
internal static class BrandTestKit
{
    public const string Jinxian = "360124";
    public const string Nanchangxian = "360121";

    public static readonly DateOnly YearEnd = new(2025, 12, 31);

    /// <summary>
    /// IR 1111111: two national records (东湖区), in force, expiring 2026-04-30 (renewal due within 12 months of 2025-12-31);
    /// IR 2222222 (西湖区): expired 2025-06-01; IR 3333333: a foreign holder; IR 4444444: a holder in 九江 (outside the city);
    /// IR 5555555 (青山湖区): cancelled (注销) within its term; IR 6666666 (high-tech zone): in force to 2030;
    /// 10000007: a national mark of the 洪城 holder expiring 2026-02-28.
    /// </summary>
    public const string TrademarkCsv = "注册号,申请日,商标名称,国际分类,注册人,地址,商标状态,专用期限,国际注册号,指定国家\r\n"
        + "10000001,2015-05-02,洪城,30,江西洪城食品有限公司,江西省南昌市东湖区八一大道 100 号,注册,2016-05-01至2026-04-30,1111111,US;EP;JP\r\n"
        + "10000002,2015-05-02,洪城,35,江西洪城食品有限公司,江西省南昌市东湖区八一大道 100 号,注册,2016-05-01至2026-04-30,1111111,KR;US\r\n"
        + "10000003,2014-05-02,滕王阁,33,江西滕王阁酒业有限公司,江西省南昌市西湖区孺子路 1 号,注册,2015-06-01至2025-06-01,2222222,RU\r\n"
        + "10000004,2019-03-03,GANJIANG,9,Ganjiang Tech Inc.,Redmond WA,注册,2020-01-01至2030-01-01,3333333,CN\r\n"
        + "10000005,2019-03-03,浔阳,29,九江浔阳食品有限公司,江西省九江市浔阳区浔阳路 1 号,注册,2020-01-01至2030-01-01,4444444,US\r\n"
        + "10000006,2017-01-01,艾溪,25,南昌艾溪服饰有限公司,江西省南昌市青山湖区青山湖大道 1 号,注销,2018-01-01至2028-01-01,5555555,DE\r\n"
        + "10000008,2019-01-01,高新,9,南昌高新光电有限公司,江西省南昌市青山湖区南昌高新技术产业开发区艾溪湖一路 1 号,注册,2020-01-01至2030-01-01,6666666,US;VN\r\n"
        + "10000007,2015-01-01,洪城老字号,30,江西洪城食品有限公司,江西省南昌市东湖区八一大道 100 号,注册,2016-03-01至2026-02-28,,\r\n";

    public static async Task ImportTrademarksAsync(Platform platform)
    {
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "marks-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(path, TrademarkCsv, new UTF8Encoding(true));
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportTrademarksAsync([path]));
        Assert.Equal(8, result.Inserted);
    }

    public static async Task ImportGisAsync(Platform platform)
    {
        var path = Path.Combine(Fixtures.RepositoryRoot, "reference", "jiangxi_gi_facts.csv");
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportGisAsync([path]));
        Assert.Equal(7, result.Inserted + result.Unchanged);
    }

    public static readonly string FirmJinxian = Agencies.AgencyTestKit.CreditCode("91360124MA35GKA01");
    public static readonly string FirmNanchangxian = Agencies.AgencyTestKit.CreditCode("91360121MA35GKB02");
    public static readonly string FirmDonghu = Agencies.AgencyTestKit.CreditCode("91360102MA35GKC03");

    public static Dictionary<string, object?> UserRow(string gi, string? type, string firm, string code, string? address, string? approval = null, string? approvedOn = null, string? status = null, string? revokedOn = null) => new()
    {
        ["地理标志名称*"] = gi,
        ["地理标志类型"] = type,
        ["企业名称*"] = firm,
        ["统一社会信用代码*"] = code,
        ["核准编号"] = approval,
        ["核准日期"] = approvedOn,
        ["地址"] = address,
        ["状态"] = status,
        ["撤销日期"] = revokedOn,
    };

    /// <summary>Three good rows (进贤县, 南昌县, 东湖区) and three bad ones (ambiguous GI, bad credit code, a GI outside the city).</summary>
    public static byte[] UsersWorkbook()
    {
        List<Dictionary<string, object?>> rows =
        [
            UserRow("军山湖大闸蟹", "地理标志产品", "进贤县军山湖蟹业有限公司", FirmJinxian, "江西省南昌市进贤县民和镇 1 号", "GI-2020-001", "2020-05-01"),
            UserRow("秀挹三江萝卜腌菜", null, "南昌县三江食品有限公司", FirmNanchangxian, "江西省南昌市南昌县莲塘镇 1 号", "GI-2021-002", "2021-03-01"),
            UserRow("军山湖大闸蟹", null, "进贤县某蟹业合作社", FirmNanchangxian, "江西省南昌市进贤县民和镇 2 号"),
            UserRow("秀挹三江萝卜腌菜", null, "坏代码公司", "91360121MA35GIX0", "江西省南昌市南昌县莲塘镇 2 号"),
            UserRow("狗牯脑茶", null, "遂川某茶业公司", FirmJinxian, "江西省吉安市遂川县 1 号"),
            UserRow("秀挹三江萝卜腌菜", null, "南昌东湖腌菜经营部", FirmDonghu, Agencies.AgencyTestKit.DonghuAddress, "GI-2022-003", "2022-01-01"),
        ];
        using var ms = new MemoryStream();
        ms.SaveAs(rows);
        return ms.ToArray();
    }

    public static async Task<GiImportResult> ImportUsersAsync(Platform platform, byte[] workbook)
    {
        var dir = Path.Combine(platform.Store.Storage.DataDirectory, "test-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "gi-users.xlsx");
        await File.WriteAllBytesAsync(path, workbook);
        return await platform.InScopeAsync(sp => sp.GetRequiredService<IGiRegister>().ImportUsersAsync(Agencies.AgencyTestKit.City, path));
    }
}
