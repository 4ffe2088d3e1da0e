using System.Globalization;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Services.Contracts;
using MiniExcelLibs;

namespace IpCity.Services.Agencies;

/// <summary>
/// Demo agency register: eight synthetic agencies (names end in "(演示)") in different districts and about 180 synthetic
/// practitioners (practising patent attorneys, trademark agency staff, qualified persons without an agency), written as
/// the import workbook and imported through the register like an office's file; then the starter service catalogue.
/// Deterministic (fixed seed), so loading twice changes nothing.
/// </summary>
internal sealed class ServicesDemo : IServicesDemo
{
    private static readonly (string Name, string Address, bool Patent, bool Trademark)[] s_agencies =
    [
        ("南昌洪城专利代理事务所(演示)", "江西省南昌市东湖区八一大道 358 号", true, true),
        ("江西赣江知识产权代理有限公司(演示)", "江西省南昌市红谷滩区丰和中大道 1188 号", true, true),
        ("南昌青山湖商标代理有限公司(演示)", "江西省南昌市青山湖区南京东路 66 号", false, true),
        ("南昌高新专利代理事务所(演示)", "江西省南昌市青山湖区南昌高新技术产业开发区艾溪湖一路 569 号", true, false),
        ("南昌西湖商标事务所(演示)", "江西省南昌市西湖区孺子路 200 号", false, true),
        ("江西昌北知识产权服务有限公司(演示)", "江西省南昌市新建区长堎大道 1 号", true, true),
        ("南昌经开专利代理有限公司(演示)", "江西省南昌市经济技术开发区枫林大道 999 号", true, false),
        ("南昌县商标代理有限公司(演示)", "江西省南昌县莲塘镇澄湖北大道 8 号", false, true),
    ];

    private static readonly string[] s_surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "熊"];
    private static readonly string[] s_given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "霞", "平", "刚", "桂英", "晓东", "海燕"];

    private readonly IAgencyRegister _register;
    private readonly IServiceCatalogue _catalogue;
    private readonly StorageOptions _storage;

    public ServicesDemo(IAgencyRegister register, IServiceCatalogue catalogue, StorageOptions storage)
    {
        _register = register;
        _catalogue = catalogue;
        _storage = storage;
    }

    public async Task<string> LoadAsync(CancellationToken ct = default)
    {
        var random = new Random(2025);
        var agencies = new List<Dictionary<string, object?>>();
        var codes = new List<(string Code, bool Patent, bool Trademark)>();
        for (var i = 0; i < s_agencies.Length; i++)
        {
            var (name, address, patent, trademark) = s_agencies[i];
            var body = string.Create(CultureInfo.InvariantCulture, $"9136010{i}MA35DM{i:D2}0");
            var code = body + UnifiedSocialCreditCode.CheckCharacter(body);
            codes.Add((code, patent, trademark));
            agencies.Add(new Dictionary<string, object?>
            {
                ["机构名称"] = name,
                ["统一社会信用代码"] = code,
                ["专利代理机构执业许可证号"] = patent ? string.Create(CultureInfo.InvariantCulture, $"36{100 + i}") : null,
                ["商标代理机构备案号"] = trademark ? string.Create(CultureInfo.InvariantCulture, $"TM-DEMO-{i + 1:D3}") : null,
                ["地址"] = address,
                ["状态"] = "执业",
                ["状态日期"] = string.Create(CultureInfo.InvariantCulture, $"{2010 + i}-03-01"),
                ["上级机构统一社会信用代码"] = null,
            });
        }

        var persons = new List<Dictionary<string, object?>>();
        for (var i = 0; i < 180; i++)
        {
            var agency = codes[random.Next(codes.Count)];
            var practising = agency.Patent && (!agency.Trademark || random.NextDouble() < 0.5);
            var qualifiedOnly = i % 9 == 0;
            var from = new DateOnly(2012 + random.Next(13), 1 + random.Next(12), 1);
            var to = random.NextDouble() < 0.1 ? from.AddYears(2 + random.Next(3)) : (DateOnly?)null;
            persons.Add(new Dictionary<string, object?>
            {
                ["姓名"] = s_surnames[random.Next(s_surnames.Length)] + s_given[random.Next(s_given.Length)],
                ["身份证号"] = ResidentId(string.Create(CultureInfo.InvariantCulture, $"360102{1970 + random.Next(30)}{1 + random.Next(12):D2}{1 + random.Next(28):D2}{i % 1000:D3}")),
                ["执业证号"] = practising && !qualifiedOnly ? string.Create(CultureInfo.InvariantCulture, $"36{i:D8}") : null,
                ["资格证号"] = practising || qualifiedOnly ? string.Create(CultureInfo.InvariantCulture, $"ZL{2010 + (i % 14)}{i:D6}") : null,
                ["资格取得日期"] = practising || qualifiedOnly ? from.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                ["资格终止日期"] = null,
                ["住址"] = qualifiedOnly ? "江西省南昌市红谷滩区会展路 1 号" : null,
                ["所在机构统一社会信用代码"] = qualifiedOnly ? null : agency.Code,
                ["岗位"] = qualifiedOnly ? null : practising ? "执业专利代理师" : "商标代理从业人员",
                ["入职日期"] = qualifiedOnly ? null : from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["离职日期"] = qualifiedOnly ? null : to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }

        var folder = Path.Combine(_storage.DataDirectory, "demo");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "synthetic-demo-agencies.xlsx");
        await MiniExcel.SaveAsAsync(path, new Dictionary<string, object> { [AgencyImportFile.AgencySheet] = agencies, [AgencyImportFile.PersonSheet] = persons }, overwriteFile: true, cancellationToken: ct);
        var imported = await _register.ImportAsync(Actor.System("demo"), path, ct);
        var catalogue = await _catalogue.LoadStarterAsync(ct);
        return $"agencies {imported.Agencies.Inserted} new / {imported.Agencies.Unchanged} unchanged, persons {imported.Persons.Inserted} new / {imported.Persons.Unchanged} unchanged, rejected {imported.Rejected}; catalogue starter {catalogue.Created} new / {catalogue.Unchanged} unchanged";
    }

    /// <summary>A resident ID number (GB 11643) from 17 digits plus its check character.</summary>
    private static string ResidentId(string body17) => body17 + ResidentIdNumber.CheckCharacter(body17);
}
