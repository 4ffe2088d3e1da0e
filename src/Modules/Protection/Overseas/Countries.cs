namespace IpCity.Protection.Overseas;

/// <summary>
/// Countries and regions (ISO 3166 alpha-2 with the Chinese short name) that disputes, guides and service bodies
/// name, plus the regional patent offices that appear as family members (EP, WO, EA, AP, OA) which only the risk
/// alerts use. Extend the table when a country is missing; codes are never renamed.
/// </summary>
internal static class Countries
{
    private static readonly (string Code, string Name)[] s_countries =
    [
        ("US", "美国"), ("CA", "加拿大"), ("MX", "墨西哥"), ("BR", "巴西"), ("AR", "阿根廷"), ("CL", "智利"), ("CO", "哥伦比亚"), ("PE", "秘鲁"),
        ("GB", "英国"), ("DE", "德国"), ("FR", "法国"), ("IT", "意大利"), ("ES", "西班牙"), ("PT", "葡萄牙"), ("NL", "荷兰"), ("BE", "比利时"),
        ("LU", "卢森堡"), ("CH", "瑞士"), ("AT", "奥地利"), ("SE", "瑞典"), ("NO", "挪威"), ("DK", "丹麦"), ("FI", "芬兰"), ("IE", "爱尔兰"),
        ("PL", "波兰"), ("CZ", "捷克"), ("SK", "斯洛伐克"), ("HU", "匈牙利"), ("RO", "罗马尼亚"), ("BG", "保加利亚"), ("GR", "希腊"), ("RS", "塞尔维亚"),
        ("TR", "土耳其"), ("RU", "俄罗斯"), ("UA", "乌克兰"), ("BY", "白俄罗斯"), ("KZ", "哈萨克斯坦"), ("UZ", "乌兹别克斯坦"), ("KG", "吉尔吉斯斯坦"),
        ("JP", "日本"), ("KR", "韩国"), ("MN", "蒙古"), ("IN", "印度"), ("PK", "巴基斯坦"), ("BD", "孟加拉国"), ("LK", "斯里兰卡"), ("NP", "尼泊尔"),
        ("VN", "越南"), ("TH", "泰国"), ("MY", "马来西亚"), ("SG", "新加坡"), ("ID", "印度尼西亚"), ("PH", "菲律宾"), ("KH", "柬埔寨"), ("LA", "老挝"),
        ("MM", "缅甸"), ("BN", "文莱"), ("AU", "澳大利亚"), ("NZ", "新西兰"), ("SA", "沙特阿拉伯"), ("AE", "阿联酋"), ("QA", "卡塔尔"), ("KW", "科威特"),
        ("OM", "阿曼"), ("IL", "以色列"), ("IR", "伊朗"), ("IQ", "伊拉克"), ("JO", "约旦"), ("EG", "埃及"), ("ZA", "南非"), ("NG", "尼日利亚"),
        ("KE", "肯尼亚"), ("ET", "埃塞俄比亚"), ("MA", "摩洛哥"), ("DZ", "阿尔及利亚"), ("TZ", "坦桑尼亚"), ("GH", "加纳"), ("AO", "安哥拉"),
        ("HK", "中国香港"), ("MO", "中国澳门"), ("TW", "中国台湾"), ("EU", "欧盟"),
    ];

    private static readonly (string Code, string Name)[] s_offices =
    [
        ("EP", "欧洲专利局"), ("WO", "世界知识产权组织 (PCT)"), ("EA", "欧亚专利组织"), ("AP", "非洲地区知识产权组织"), ("OA", "非洲知识产权组织"),
    ];

    private static readonly Dictionary<string, string> s_byCode = s_countries.Concat(s_offices).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);

    /// <summary>Countries and regions a record may name (no patent offices).</summary>
    public static IEnumerable<(string Code, string Name)> All => s_countries;

    /// <summary>The code for an alpha-2 code (any case) or a Chinese name of a country or region; null when unknown.</summary>
    public static string? Parse(string? value)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        var upper = v.ToUpperInvariant();
        return s_countries.FirstOrDefault(c => c.Code == upper || c.Name == v).Code;
    }

    /// <summary>The Chinese name (countries and patent offices); the code itself when unknown.</summary>
    public static string Name(string code) => s_byCode.TryGetValue(code, out var name) ? name : code;

    /// <summary>Codes whose Chinese name contains the text (for free-text search).</summary>
    public static IReadOnlyList<string> Matching(string text) =>
        s_byCode.Where(c => c.Value.Contains(text, StringComparison.Ordinal) || string.Equals(c.Key, text, StringComparison.OrdinalIgnoreCase)).Select(c => c.Key).ToList();
}
