using System.Text;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Finance.Tests.Transfers;

/// <summary>
/// A tiny CNIPA-style CSV imported through the IP data center's importer: a university (南昌大学) with three
/// patents — one licensed to a local firm (recorded, then ended), one transferred to it, one to be offered —,
/// two local firms (红谷新能源 in 东湖区 with H01M lithium-battery patents, a food firm in 西湖区 with a lithium-battery
/// crusher under B02C), a tea-machine works with nothing in common, and a Shanghai firm outside the city.
/// </summary>
internal static class TransferFixture
{
    public const string University = "南昌大学";
    public const string FirmA = "江西红谷新能源科技有限公司";
    public const string FirmB = "南昌绿色食品有限公司";
    public const string FirmC = "南昌茶机厂";
    public const string FirmOutside = "上海锂能科技有限公司";

    public static readonly string UniversityCode = Uscc("12360000491015000");
    public static readonly string FirmACode = Uscc("91360102MA35A0001");
    public static readonly string FirmBCode = Uscc("91360103MA35B0002");
    public static readonly string FirmCCode = Uscc("91360121MA35C0003");
    public static readonly string OutsideCode = Uscc("91310115MA1K00004");

    public static readonly string LicensedPatent = App("202110100001");
    public static readonly string TransferredPatent = App("202110100002");
    public static readonly string OfferedPatent = App("202210100003");

    public static readonly Actor City = new("city1", Roles.CityOfficer, "360100", null, []);
    public static readonly Actor Donghu = new("donghu1", Roles.DistrictOfficer, "360102", null, []);
    public static readonly Actor Xihu = new("xihu1", Roles.DistrictOfficer, "360103", null, []);
    public static readonly Actor Dept = new("dept1", Roles.DeptOfficer, "SCJ", null, []);
    public static readonly Actor EnterpriseA = new("ea", Roles.Enterprise, null, FirmACode, []);
    public static readonly Actor EnterpriseB = new("eb", Roles.Enterprise, null, FirmBCode, []);
    public static readonly Actor UniversityAccount = new("ncu", Roles.Enterprise, null, UniversityCode, []);

    private static readonly string[] s_headers =
        ["申请号", "申请日", "公开（公告）号", "公开（公告）日", "专利类型", "发明名称", "摘要", "申请（专利权）人", "申请人地址", "当前专利权人", "主分类号", "分类号", "统一社会信用代码", "法律状态", "法律事件"];

    public static string App(string twelve)
    {
        var sum = 0;
        for (var i = 0; i < twelve.Length; i++)
        {
            sum += (twelve[i] - '0') * (i < 8 ? i + 2 : i - 6);
        }

        var mod = sum % 11;
        return twelve + "." + (mod == 10 ? 'X' : (char)('0' + mod));
    }

    public static string Uscc(string first17)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(first17[i], StringComparison.Ordinal) * weights[i];
        }

        var check = 31 - (sum % 31);
        return first17 + alphabet[check == 31 ? 0 : check];
    }

    private static List<string[]> Rows() =>
    [
        [LicensedPatent, "2021-01-05", "CN113000001A", "2022-12-01", "发明", "一种锂电池热管理系统", "本发明公开了一种锂电池热管理系统。", University, "江西省南昌市红谷滩区学府大道999号", string.Empty, "H01M10/613", "H01M10/613", UniversityCode, "有效",
         "2021-05-10 专利实施许可合同备案的生效 合同备案号：X2021360000012 让与人：南昌大学 受让人：江西红谷新能源科技有限公司 许可种类：普通许可；2023-05-10 专利实施许可合同备案的注销 合同备案号：X2021360000012 让与人：南昌大学 受让人：江西红谷新能源科技有限公司"],
        [TransferredPatent, "2021-02-01", "CN113000002A", "2022-12-02", "发明", "一种固态电解质及其制备方法", "本发明涉及固态电解质。", University, "江西省南昌市红谷滩区学府大道999号", FirmA, "H01M10/0562", "H01M10/0562", UniversityCode, "有效",
         "2022-03-05 专利权的转移 变更前权利人：南昌大学 变更后权利人：江西红谷新能源科技有限公司 登记生效日：2022.03.05"],
        [OfferedPatent, "2022-04-01", "CN113000003A", "2022-12-03", "发明", "一种锂电池负极材料", "本发明公开了一种硅碳负极材料。", University, "江西省南昌市红谷滩区学府大道999号", string.Empty, "H01M4/583", "H01M4/583", UniversityCode, "有效", string.Empty],
        [App("202120200004"), "2021-06-01", "CN213000004U", "2022-12-04", "实用新型", "一种锂电池模组散热结构", "散热结构。", FirmA, "江西省南昌市东湖区八一大道1号", string.Empty, "H01M10/6551", "H01M10/6551", FirmACode, "有效", string.Empty],
        [App("202120200005"), "2021-07-01", "CN213000005U", "2022-12-05", "实用新型", "一种锂电池极片涂布装置", "涂布装置。", FirmA, "江西省南昌市东湖区八一大道1号", string.Empty, "H01M4/04", "H01M4/04", FirmACode, "有效", string.Empty],
        [App("202120200006"), "2021-08-01", "CN213000006U", "2022-12-06", "实用新型", "一种锂电池回收用破碎机", "破碎机。", FirmB, "江西省南昌市西湖区站前路2号", string.Empty, "B02C18/00", "B02C18/00", FirmBCode, "有效", string.Empty],
        [App("202120200007"), "2021-09-01", "CN213000007U", "2022-12-07", "实用新型", "一种茶叶烘干机", "烘干机。", FirmC, "江西省南昌县莲塘镇3号", string.Empty, "A23F3/06", "A23F3/06", FirmCCode, "有效", string.Empty],
        [App("202120200008"), "2021-10-01", "CN113000008A", "2022-12-08", "发明", "一种锂电池负极材料的制备方法", "负极材料。", FirmOutside, "上海市浦东新区张江路4号", string.Empty, "H01M4/583", "H01M4/583", OutsideCode, "有效", string.Empty],
    ];

    /// <summary>Loads the city profile and imports the fixture CSV (UTF-8 with BOM) through IPatentImporter.</summary>
    public static async Task LoadAsync(IServiceProvider services, string directory)
    {
        static string Cell(string v) => v.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
        var sb = new StringBuilder();
        sb.Append(string.Join(',', s_headers.Select(Cell))).Append("\r\n");
        foreach (var r in Rows())
        {
            sb.Append(string.Join(',', r.Select(Cell))).Append("\r\n");
        }

        var path = Path.Combine(directory, "transfers-fixture.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), new UTF8Encoding(true));
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ICityProfileLoader>().LoadAsync();
        var result = await scope.ServiceProvider.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path]));
        Assert.True(result.Rejected == 0, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Field} {e.Value} {e.Reason}")));
        Assert.Equal(8, result.Inserted);
    }

    public static async Task<Platform> StartAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider);
        await LoadAsync(platform.Services, platform.Store.Storage.DataDirectory);
        return platform;
    }
}
