using System.Text;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Finance.Tests.Pledges;

/// <summary>
/// A small world for the pledge tests: three patents and one trademark in the IP data center with their pledge
/// events, and registration lists written as real .xlsx files.
/// </summary>
internal static class PledgeTestKit
{
    public static readonly Actor City = new("city.officer", Roles.CityOfficer, null, null, []);
    public static readonly Actor Donghu = new("donghu.officer", Roles.DistrictOfficer, "360102", null, []);
    public static readonly Actor Xihu = new("xihu.officer", Roles.DistrictOfficer, "360103", null, []);

    public static readonly string FirmA = Code("91360102MA35PLDG0");
    public static readonly string FirmB = Code("91360103MA35PLDG1");

    public static Actor Enterprise(string code) => new("firm", Roles.Enterprise, null, code, []);

    public const string P1 = "201910000001";
    public const string P2 = "201910000002";
    public const string P3 = "202020000003";
    public const string T1 = "30123456";

    private static string Code(string first17) => first17 + UnifiedSocialCreditCode.CheckCharacter(first17);

    public static async Task<Platform> StartAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider, now: new DateTimeOffset(2025, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        var patents = new StringBuilder("申请号,申请日,公开（公告）号,授权公告号,授权公告日,专利类型,发明名称,申请（专利权）人,申请人地址,统一社会信用代码,法律事件\r\n");
        patents.Append(CultureInfo(P1, "2019-01-10", "CN110000001A", "CN110000001B", "2021-06-01", "发明", "一种锂电池隔膜", "江西甲科技有限公司", "江西省南昌市东湖区八一大道100号", FirmA,
            "2021-06-01 授权；2024-03-15 专利权质押合同登记的生效 登记号: Y2024360000001"));
        patents.Append(CultureInfo(P2, "2019-02-10", "CN110000002A", "CN110000002B", "2021-07-01", "发明", "一种电池管理系统", "江西甲科技有限公司", "江西省南昌市东湖区八一大道100号", FirmA,
            "2021-07-01 授权；2024-03-16 专利权质押合同登记的生效"));
        patents.Append(CultureInfo(P3, "2020-03-10", "CN210000003U", string.Empty, string.Empty, "实用新型", "一种光伏支架", "江西乙新能源有限公司", "江西省南昌市西湖区朝阳中路8号", FirmB,
            "2020-09-01 授权；2024-05-10 专利权质押合同登记的生效 登记号: Y2024360000009；2025-01-20 专利权质押合同登记的注销 登记号: Y2024360000009"));
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "pledge-patents.csv");
        await File.WriteAllTextAsync(file, patents.ToString(), new UTF8Encoding(true));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false)));
        var marks = Path.Combine(platform.Store.Storage.DataDirectory, "pledge-marks.csv");
        await File.WriteAllTextAsync(marks, "注册号,申请日,商标名称,国际分类,注册人,地址,商标状态,专用期限,国际注册号,指定国家\r\n"
            + $"{T1},2018-05-02,甲锂,9,江西甲科技有限公司,江西省南昌市东湖区八一大道100号,注册,2019-06-07至2029-06-06,,\r\n", new UTF8Encoding(true));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportTrademarksAsync([marks]));
        return platform;

        static string CultureInfo(params string[] cells) => string.Join(',', cells) + "\r\n";
    }

    public static readonly string[] Header =
    [
        "质押登记号", "登记类型", "出质人", "出质人统一社会信用代码", "出质人地址", "质权人", "质押物类型", "专利号/注册号", "主合同编号", "被担保主债权数额（万元）", "登记日", "质押期限止",
    ];

    /// <summary>Writes the rows as an .xlsx with the header above (cells as given; empty string = empty cell).</summary>
    public static string Xlsx(Platform platform, string name, params string[][] rows)
    {
        var path = Path.Combine(platform.Store.Storage.DataDirectory, name);
        var table = rows.Select(r => Header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => (object?)(x.i < r.Length && r[x.i].Length > 0 ? r[x.i] : null)));
        MiniExcel.SaveAs(path, table, overwriteFile: true);
        return path;
    }

    /// <summary>
    /// The registration list of the acceptance scenario: one loan (contract HT-2024-001, 500 万元) secured by two
    /// patents (one patent pledge registration, two rows) and one trademark (a trademark pledge registration), a
    /// 2023 loan of 300 万元, and two bad rows.
    /// </summary>
    public static string[][] Scenario() =>
    [
        ["Y2024360000001", "设立", "江西甲科技有限公司", FirmA, "江西省南昌市东湖区八一大道100号", "中国银行南昌分行", "专利", "ZL" + P1, "HT-2024-001", "500", "2024-03-15", "2025-03-14"],
        ["Y2024360000001", "设立", "江西甲科技有限公司", FirmA, "江西省南昌市东湖区八一大道100号", "中国银行南昌分行", "专利", P2, "HT-2024-001", "500", "2024-03-15", "2025-03-14"],
        ["SBZY2024-0088", "设立", "江西甲科技有限公司", FirmA, "江西省南昌市东湖区八一大道100号", "中国银行南昌分行", "商标", T1, "HT-2024-001", "500", "2024/3/18", "2025-03-14"],
        ["Y2023360000777", "设立", "江西丙材料有限公司", string.Empty, "江西省南昌市青山湖区高新大道1号", "南昌农商银行", "专利", "201810099999", "HT-2023-015", "300", "20230620", string.Empty],
        ["Y2024360000100", "设立", "江西丁科技有限公司", "91360100MA35XXXX00", "江西省南昌市东湖区", "九江银行", "专利", "201910000004", "HT-2024-009", "80", "2024-04-01", string.Empty],
        ["Y2024360000101", "设立", "江西戊科技有限公司", string.Empty, "江西省南昌市东湖区", "九江银行", "专利", "201910000005", "HT-2024-010", "90", "2024-13-01", string.Empty],
    ];
}
