using IpCity.IpData.Industries;

namespace IpCity.IpData.Tests.Industries;

/// <summary>The search contract's membership rule and the IPC / GB/T 4754 code parsing behind it.</summary>
public sealed class IndustryDefinitionTests
{
    private static readonly IndustryDefinition s_ev = new("nanchang-4+4+x", "auto-nev", "汽车及新能源汽车", ["B60L", "H01M 10/", "H02P 21/00"], ["新能源汽车", "Battery"]);

    [Theory]
    [InlineData("H01M 10/0525", true)]
    [InlineData("H01M 10/00", true)]
    [InlineData("H01M 100/00", false)]
    [InlineData("H01M 4/00", false)]
    [InlineData("B60L 53/30", true)]
    [InlineData("B60K 1/00", false)]
    [InlineData("H02P 21/00", true)]
    public void An_ipc_symbol_belongs_when_it_starts_with_a_prefix(string symbol, bool expected) =>
        Assert.Equal(expected, s_ev.Matches([symbol], null, null));

    [Fact]
    public void Keywords_match_as_substrings_of_title_or_abstract()
    {
        Assert.True(s_ev.Matches([], "一种新能源汽车充电装置", null));
        Assert.True(s_ev.Matches(["A23L 7/109"], null, "本发明涉及一种用于新能源汽车的电池包。"));
        Assert.True(s_ev.Matches([], "Lithium battery pack", null));
        Assert.False(s_ev.Matches(["A23L 7/109"], "一种米粉加工设备", "米粉"));
        Assert.False(s_ev.Matches([], null, null));
    }

    [Fact]
    public void Without_keywords_only_ipc_decides()
    {
        var ipcOnly = s_ev with { Keywords = [] };
        Assert.False(ipcOnly.Matches([], "新能源汽车", "新能源汽车"));
        Assert.True(ipcOnly.Matches(["A01B 1/00", "B60L 1/00"], null, null));
    }

    [Theory]
    [InlineData("H01M", "H01M", "H01M")]
    [InlineData("h01m10/0525", "H01M 10/0525", "H01M 10/0525")]
    [InlineData("H01M 10/00", "H01M 10/", "H01M 10/00")]
    [InlineData("H01M10", "H01M 10/", "H01M 10/00")]
    [InlineData("H01M 010/", "H01M 10/", "H01M 10/00")]
    [InlineData("Ｈ０１Ｍ１０／０５２５", "H01M 10/0525", "H01M 10/0525")]
    [InlineData("A61K", "A61K", "A61K")]
    public void Ipc_patterns_take_the_stored_canonical_prefix_form(string input, string prefix, string symbol)
    {
        var p = IndustryCodes.ParseIpc(input);
        Assert.NotNull(p);
        Assert.Equal((prefix, symbol), (p!.Prefix, p.Symbol));
    }

    [Theory]
    [InlineData("H01M 10/5")]
    [InlineData("Y02E")]
    [InlineData("锂电池")]
    [InlineData("H01M 10/0525 extra")]
    public void Non_ipc_text_is_refused(string input) => Assert.Null(IndustryCodes.ParseIpc(input));

    [Fact]
    public void A_cell_holds_several_symbols_and_reports_bad_pieces()
    {
        var (patterns, bad) = IndustryCodes.ScanIpc("H01M 10/0525、B60L53/30; A61K*，锂电池");
        Assert.Equal(["H01M 10/0525", "B60L 53/30", "A61K"], patterns.Select(p => p.Prefix));
        Assert.True(patterns[2].Partial);
        Assert.Equal(["锂电池"], bad);
    }

    [Theory]
    [InlineData("2611", "2611", false)]
    [InlineData("C2611", "2611", false)]
    [InlineData("c 3921*", "3921", true)]
    [InlineData("I6513", "6513", false)]
    public void National_codes_are_four_digit_gbt4754_classes(string input, string code, bool partial)
    {
        var (parsed, isPartial, error) = IndustryCodes.ParseNational(input);
        Assert.Null(error);
        Assert.Equal((code, partial), (parsed, isPartial));
    }

    [Theory]
    [InlineData("261", "四位")]
    [InlineData("26111", "四位")]
    [InlineData("A2611", "门类字母")]
    [InlineData("9911", "大类")]
    [InlineData("C26", "四位")]
    public void Bad_national_codes_name_the_reason(string input, string reason)
    {
        var (parsed, _, error) = IndustryCodes.ParseNational(input);
        Assert.Null(parsed);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.6", 0.6)]
    [InlineData("60%", 0.6)]
    [InlineData("1", 1.0)]
    [InlineData("0", null)]
    [InlineData("1.5", null)]
    [InlineData("abc", null)]
    public void Coefficients_are_shares_in_zero_to_one(string text, double? expected) =>
        Assert.Equal(expected, ConcordanceImporter.ParseCoefficient(text));

    [Fact]
    public void The_starter_catalogue_uses_only_symbols_of_the_shipped_ipc_table()
    {
        var table = IpcTable();
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestKit.Fixtures.RepositoryRoot, "profiles", "nanchang", "industry-4+4+x.json")));
        Assert.Contains("NOT an official table", json.RootElement.GetProperty("sourceNote").GetString(), StringComparison.Ordinal);
        var names = json.RootElement.GetProperty("industries").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.All(["汽车及新能源汽车", "电子信息", "生物医药", "航空装备", "绿色食品", "现代轻纺", "新型材料", "机电装备制造", "现代农业"], n => Assert.Contains(n, names));
        var symbols = json.RootElement.GetProperty("industries").EnumerateArray()
            .SelectMany(i => i.TryGetProperty("ipc", out var ipc) ? ipc.EnumerateArray().Select(e => e.GetString()!) : []).ToList();
        Assert.True(symbols.Count >= 40);
        Assert.All(symbols, s => Assert.Contains(IndustryCodes.ParseIpc(s)!.Symbol, table));
    }

    private static HashSet<string> IpcTable()
    {
        using var file = File.OpenRead(Path.Combine(TestKit.Fixtures.RepositoryRoot, "reference", "ipc", "ipc_zh_2026.01_full.tsv.gz"));
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            set.Add(IpCity.IpData.Classification.ReferenceData.Canonical(line.Split('\t')[0]));
        }

        return set;
    }
}
