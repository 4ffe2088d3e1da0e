using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.IpData.Contracts;
using IpCity.IpData.Normalisation;
using IpCity.Organisations.Contracts;

namespace IpCity.IpData.Demo;

/// <summary>
/// Writes a deterministic, clearly synthetic CN-layout patent export (same seed → same file): real IPC
/// codes of the "4+4+X" industries, real Nanchang street names from the org-unit tree, applicant names
/// with the variants real exports show (有限公司/有限责任公司, full/half-width brackets, spaces), inventors,
/// legal status, families and credit codes. Every row says it is synthetic (数据说明, 摘要).
/// </summary>
internal sealed class DemoPatentGenerator : IDemoPatentGenerator
{
    private static readonly (string Industry, string[] Titles, string[] Ipc)[] s_topics =
    [
        ("汽车及新能源汽车", ["一种动力电池热管理系统", "一种锂电池包箱体结构", "电动汽车充电桩散热装置", "一种车用电机控制器", "新能源汽车电池快换机构"], ["H01M10/613", "H01M50/20", "B60L53/30", "H02P21/00", "B60L53/80"]),
        ("电子信息", ["一种LED封装结构", "基于深度学习的图像识别方法", "一种柔性显示模组", "一种射频识别标签", "硅衬底氮化镓发光二极管"], ["H01L33/48", "G06V10/82", "G09F9/30", "G06K19/077", "H01L33/32"]),
        ("生物医药", ["一种中药提取物及其制备方法", "一种抗肿瘤化合物", "一种医用敷料", "一种疫苗佐剂", "热敏灸治疗装置"], ["A61K36/00", "C07D401/14", "A61L15/22", "A61K39/39", "A61H39/06"]),
        ("航空装备", ["一种无人机机翼折叠机构", "航空发动机叶片检测方法", "一种飞机舱门作动装置", "教练机座舱显示系统"], ["B64C3/56", "G01N21/88", "B64C1/14", "B64D43/00"]),
        ("绿色食品", ["一种茶叶揉捻机", "军山湖大闸蟹养殖方法", "一种米粉加工设备", "一种腌菜发酵工艺"], ["A23F3/06", "A01K61/59", "A23L7/109", "A23B7/10"]),
        ("现代轻纺", ["一种抗菌纺织面料", "服装自动裁剪装置", "一种羽绒填充设备"], ["D06M16/00", "A41H43/00", "B68G3/06"]),
        ("新型材料", ["一种稀土永磁材料", "一种铜基复合材料", "有机硅改性涂料", "一种光伏玻璃减反射膜"], ["H01F1/057", "C22C9/00", "C09D183/04", "C03C17/34"]),
        ("机电装备制造", ["一种数控机床主轴", "一种工业机器人关节", "智能电表检测装置"], ["B23Q1/70", "B25J17/02", "G01R35/04"]),
    ];

    private static readonly string[] s_firms = ["红谷", "洪城", "赣江", "滕王", "昌北", "瑶湖", "艾溪", "象湖", "梅岭", "青山", "小蓝", "八一", "豫章", "鄱湖", "军山", "青云"];
    private static readonly string[] s_kinds = ["新能源科技", "电子科技", "生物医药", "智能装备", "材料科技", "食品", "纺织", "航空科技"];
    private static readonly string[] s_universities = ["南昌大学", "南昌航空大学", "江西师范大学", "华东交通大学", "江西中医药大学", "江西农业大学", "江西财经大学", "南昌工程学院"];
    private static readonly string[] s_surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "熊", "万", "涂", "邹"];
    private static readonly string[] s_given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华", "晓东", "志刚", "海燕", "俊杰", "文博"];
    private static readonly string[] s_roads = ["红谷中大道", "丰和中大道", "学府大道", "昌东大道", "京东大道", "艾溪湖北路", "枫林西路", "富山大道", "双港大道", "民和大道", "八一大道"];

    private readonly IOrgUnitDirectory _units;

    public DemoPatentGenerator(IOrgUnitDirectory units)
    {
        _units = units;
    }

    public async Task<string> GenerateAsync(string path, int patents, int seed, CancellationToken ct = default)
    {
        var units = await _units.GetUnitsAsync(null, includeStreets: true, ct);
        var counties = units.Where(u => u.Kind is "District" or "County" && u.ValidTo is null).ToList();
        var streets = units.Where(u => u.Kind == "Street").ToLookup(u => u.ParentCode ?? string.Empty, u => u.Name);
        if (counties.Count == 0)
        {
            throw new BuildingBlocks.Errors.IpCityException(BuildingBlocks.Errors.ErrorCodes.ProfileInvalid, "请先加载城市配置 (ipcity profile load)。");
        }

        var random = new Random(seed);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        string[] header = ["数据说明", "申请号", "申请日", "公开（公告）号", "公开（公告）日", "授权公告号", "授权公告日", "专利类型", "发明名称", "摘要", "主权项",
            "申请（专利权）人", "申请人地址", "发明（设计）人", "主分类号", "分类号", "统一社会信用代码", "法律状态", "代理机构", "同族专利", "被引证次数", "权利要求数", "法律事件"];
        await writer.WriteLineAsync(string.Join(',', header));
        var companies = Enumerable.Range(0, 60).Select(i => Company(random, i)).ToList();
        for (var i = 0; i < patents; i++)
        {
            ct.ThrowIfCancellationRequested();
            var year = 2010 + random.Next(16);
            var roll = random.NextDouble();
            var (typeName, typeDigit, pubKind) = roll < 0.45 ? ("发明", '1', "A") : roll < 0.9 ? ("实用新型", '2', "U") : ("外观设计", '3', "S");
            var digits = string.Create(CultureInfo.InvariantCulture, $"{year}{typeDigit}{(i + 1) % 10_000_000:D7}");
            var app = digits + "." + CnApplicationNumber.CheckCharacter(digits);
            var appDate = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            var topic = s_topics[random.Next(s_topics.Length)];
            var t = random.Next(topic.Titles.Length);
            var title = typeName == "外观设计" ? topic.Titles[t].Replace("一种", string.Empty, StringComparison.Ordinal) + "（外观）" : topic.Titles[t];
            var pubNo = string.Create(CultureInfo.InvariantCulture, $"CN{(typeDigit == '1' ? 1 : typeDigit == '2' ? 2 : 3)}{(year - 2000) * 1_000_000 + i:D8}{pubKind}");
            var pubDate = appDate.AddMonths(typeDigit == '1' ? 18 : 6);
            var granted = typeDigit != '1' || random.NextDouble() < 0.55;
            var grantNo = typeDigit == '1' && granted ? pubNo[..^1] + "B" : string.Empty;
            var grantDate = typeDigit == '1' && granted ? appDate.AddMonths(30 + random.Next(12)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            var university = random.NextDouble() < 0.2;
            var company = companies[random.Next(companies.Count)];
            var applicant = university ? s_universities[random.Next(s_universities.Length)] : Variant(random, company.Name);
            var county = counties[random.Next(counties.Count)];
            var countyStreets = streets[county.Code].ToList();
            var street = countyStreets.Count > 0 ? countyStreets[random.Next(countyStreets.Count)] : string.Empty;
            var address = $"江西省南昌市{county.Name}{street}{s_roads[random.Next(s_roads.Length)]}{1 + random.Next(999)}号";
            if (county.Name.EndsWith('县'))
            {
                address = address.Replace("南昌市", string.Empty, StringComparison.Ordinal);
            }

            var inventors = string.Join(';', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => s_surnames[random.Next(s_surnames.Length)] + s_given[random.Next(s_given.Length)]));
            var age = 2026 - year;
            var status = !granted ? (age > 4 ? "失效" : "审中") : age > 12 || random.NextDouble() < 0.15 ? "失效" : "有效";
            var family = typeDigit == '1' && random.NextDouble() < 0.08 ? string.Create(CultureInfo.InvariantCulture, $"US{2015 + random.Next(10)}{random.Next(1_000_000):D7}A1；EP{3_000_000 + random.Next(900_000)}A1") : string.Empty;
            string[] cells =
            [
                "合成演示数据(synthetic)", app, appDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), pubNo, pubDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                grantNo, grantDate, typeName, title, Abstract(random, typeName, topic.Industry, title), typeDigit == '3' ? string.Empty : Claim(random, title),
                applicant, address, inventors, topic.Ipc[t], topic.Ipc[t] + (random.NextDouble() < 0.3 ? ";" + topic.Ipc[(t + 1) % topic.Ipc.Length] : string.Empty),
                university ? string.Empty : company.CreditCode, status, random.NextDouble() < 0.6 ? "南昌合成专利代理事务所(演示)" : string.Empty, family,
                random.Next(20).ToString(CultureInfo.InvariantCulture), (1 + random.Next(15)).ToString(CultureInfo.InvariantCulture),
                Events(random, typeDigit, appDate, pubDate, grantDate, status),
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Csv)));
        }

        return Path.GetFullPath(path);
    }

    private static readonly string[] s_parts = ["壳体", "底座", "支架", "控制模块", "传感组件", "驱动电机", "散热片", "连接件", "密封圈", "导向槽", "储液箱", "电路板", "固定板", "转轴", "调节机构", "检测单元", "输送带", "过滤网", "加热组件", "冷却通道"];
    private static readonly string[] s_positions = ["上端", "下端", "内侧", "外侧", "一侧", "中部", "顶部", "底部"];
    private static readonly string[] s_effects = ["结构简单、安装方便", "提高了工作效率", "降低了生产成本", "延长了使用寿命", "提升了运行稳定性", "减少了能耗", "便于维护和更换", "提高了检测精度", "改善了散热效果", "增强了安全性"];

    /// <summary>An abstract of realistic length (CNIPA abstracts run to about 150–300 characters), marked synthetic.</summary>
    private static string Abstract(Random random, string typeName, string industry, string title)
    {
        string Part() => s_parts[random.Next(s_parts.Length)];
        var sb = new StringBuilder($"【合成演示数据】本{typeName}涉及{industry}技术领域，公开了{title}，包括{Part()}、{Part()}和{Part()}；");
        for (var i = 0; i < 2 + random.Next(3); i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"所述{Part()}设置在所述{Part()}的{s_positions[random.Next(s_positions.Length)]}，");
        }

        sb.Append(CultureInfo.InvariantCulture, $"通过所述{Part()}与{Part()}的配合，{s_effects[random.Next(s_effects.Length)]}，{s_effects[random.Next(s_effects.Length)]}。");
        return sb.ToString();
    }

    private static string Claim(Random random, string title)
    {
        string Part() => s_parts[random.Next(s_parts.Length)];
        return $"1. {title}，包括{Part()}和{Part()}，其特征在于：所述{Part()}固定连接于所述{Part()}的{s_positions[random.Next(s_positions.Length)]}，所述{Part()}内设有{Part()}。";
    }

    /// <summary>A 法律事件 history consistent with the row's dates and status (pledges on some granted patents).</summary>
    private static string Events(Random random, char typeDigit, DateOnly appDate, DateOnly pubDate, string grantDate, string status)
    {
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var events = new List<string>();
        if (typeDigit == '1')
        {
            events.Add($"{D(pubDate)} 发明专利申请公布");
            events.Add($"{D(pubDate.AddMonths(2))} 实质审查的生效");
        }

        var granted = grantDate.Length > 0 || typeDigit != '1';
        var grant = grantDate.Length > 0 ? DateOnly.ParseExact(grantDate, "yyyy-MM-dd", CultureInfo.InvariantCulture) : pubDate;
        if (granted)
        {
            events.Add($"{D(grant)} 授权");
            if (random.NextDouble() < 0.08)
            {
                var pledge = grant.AddMonths(6 + random.Next(24));
                var reference = string.Create(CultureInfo.InvariantCulture, $"Y{pledge.Year}360000{random.Next(100000):D5}");
                events.Add($"{D(pledge)} 专利权质押合同登记的生效 登记号: {reference}");
                if (random.NextDouble() < 0.5)
                {
                    events.Add($"{D(pledge.AddMonths(12))} 专利权质押合同登记的注销 登记号: {reference}");
                }
            }

            if (status == "失效")
            {
                var lapse = grant.AddYears(2 + random.Next(6));
                events.Add($"{D(lapse < new DateOnly(2026, 6, 1) ? lapse : new DateOnly(2026, 6, 1))} 未缴年费专利权终止");
            }
        }
        else if (status == "失效")
        {
            events.Add($"{D(appDate.AddMonths(36))} 发明专利申请公布后的视为撤回");
        }

        return string.Join("；", events);
    }

    private static (string Name, string CreditCode) Company(Random random, int i)
    {
        var name = $"江西{s_firms[i % s_firms.Length]}{s_kinds[(i / s_firms.Length + i) % s_kinds.Length]}有限公司";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = "91360100" + new string(Enumerable.Range(0, 9).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        return (name, body + UnifiedSocialCreditCode.CheckCharacter(body));
    }

    /// <summary>The name variants real exports contain for one applicant.</summary>
    private static string Variant(Random random, string name) => random.Next(10) switch
    {
        0 => name.Replace("有限公司", "有限责任公司", StringComparison.Ordinal),
        1 => name.Insert(2, "（南昌）"),
        2 => name.Insert(2, "(南昌)"),
        3 => name.Replace("有限公司", " 有限公司", StringComparison.Ordinal),
        _ => name,
    };

    private static string Csv(string v) => v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
}
