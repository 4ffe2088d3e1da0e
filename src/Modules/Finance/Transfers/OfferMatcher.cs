using System.Globalization;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;

namespace IpCity.Finance.Transfers;

/// <summary>
/// Settings of the matching of conversion offers to local firms (configuration section "Finance:Matching").
/// The weights are points; a match's score is the sum of the points of its reasons.
/// </summary>
internal sealed class TransferMatchingOptions
{
    /// <summary>An offer IPC symbol shares its main group (大组, "H01M 10/") with patents of the firm.</summary>
    public int IpcMainGroup { get; set; } = 40;

    /// <summary>Only the subclass (小类, "H01M") is shared.</summary>
    public int IpcSubclass { get; set; } = 25;

    /// <summary>Only the class (大类, "H01") is shared.</summary>
    public int IpcClass { get; set; } = 10;

    /// <summary>Per keyword of the offer's keywords list found in the firm's titles.</summary>
    public int Keyword { get; set; } = 15;

    /// <summary>Per character bigram of the offer's title found in the firm's titles (when the offer lists no keywords).</summary>
    public int Bigram { get; set; } = 3;

    /// <summary>Most points the keywords or bigrams together can give.</summary>
    public int KeywordCap { get; set; } = 30;

    /// <summary>The offer and the firm fall in the same industry of the catalogue.</summary>
    public int Industry { get; set; } = 20;

    /// <summary>Matches kept per offer (the best ones).</summary>
    public int MaxMatches { get; set; } = 30;

    /// <summary>Lowest score kept as a match.</summary>
    public int MinScore { get; set; } = 10;

    /// <summary>The industry catalogue used (null = IpData:DefaultIndustryCatalogue).</summary>
    public string? IndustryCatalogue { get; set; }

    public MatchingWeights ToWeights() => new(IpcMainGroup, IpcSubclass, IpcClass, Keyword, Bigram, KeywordCap, Industry, MaxMatches, MinScore, IndustryCatalogue);
}

/// <summary>
/// The explainable score of a firm for an offer: IPC overlap at the best level (same main group &gt; same subclass
/// &gt; same class, against the firm's portfolio), terms of the offer (its keywords, else the character bigrams of
/// its title) found in the firm's titles, and a shared industry. Every point comes with a reason.
/// </summary>
internal static class OfferMatcher
{
    /// <summary>Bigrams too common in Chinese patent titles to say anything about the technology.</summary>
    private static readonly HashSet<string> s_stopBigrams = new(StringComparer.Ordinal)
    {
        "一种", "种用", "及其", "其制", "制备", "备方", "方法", "装置", "系统", "设备", "用于", "基于", "具有", "以及", "结构", "组件", "应用", "一体", "使用", "用的", "的方",
    };

    internal sealed record Scored(FirmProfile Firm, int Score, IReadOnlyList<MatchReason> Reasons, int IpcPatents);

    public static IReadOnlyList<string> Terms(IReadOnlyList<string> keywords, string? title, out bool bigrams)
    {
        bigrams = keywords.Count == 0;
        return bigrams ? Bigrams(title) : keywords;
    }

    /// <summary>Distinct bigrams of the consecutive CJK characters of the text, common title words left out.</summary>
    public static IReadOnlyList<string> Bigrams(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsCjk(text[i]) && IsCjk(text[i + 1]))
            {
                var b = text.Substring(i, 2);
                if (!s_stopBigrams.Contains(b) && !result.Contains(b, StringComparer.Ordinal))
                {
                    result.Add(b);
                }
            }
        }

        return result;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>"H01M 10/0525" → "H01M 10/" (main group).</summary>
    public static string MainGroup(string symbol)
    {
        var slash = symbol.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? symbol[..(slash + 1)] : symbol;
    }

    public static string Subclass(string symbol) => symbol.Length >= 4 ? symbol[..4] : symbol;

    public static string Class(string symbol) => symbol.Length >= 3 ? symbol[..3] : symbol;

    public static List<Scored> Score(PatentProfile offer, IReadOnlyList<string> keywords, IReadOnlyList<IndustryRef> offerIndustries, IEnumerable<FirmProfile> firms, MatchingWeights w)
    {
        var terms = Terms(keywords, offer.Title, out var bigrams);
        var result = new List<Scored>();
        foreach (var firm in firms)
        {
            var reasons = new List<MatchReason>();
            var ipcPatents = Ipc(offer.IpcSymbols, firm, w, reasons);
            Keywords(terms, bigrams, firm, w, reasons);
            var shared = offerIndustries.FirstOrDefault(i => firm.Industries.Any(f => f.Catalogue == i.Catalogue && f.Code == i.Code));
            if (shared is not null && w.Industry > 0)
            {
                reasons.Add(new MatchReason("Industry", $"行业 {shared.Name} ({shared.Code}) 与企业相同", w.Industry));
            }

            var score = reasons.Sum(r => r.Points);
            if (score > 0 && score >= w.MinScore)
            {
                result.Add(new Scored(firm, score, reasons, ipcPatents));
            }
        }

        return result.OrderByDescending(s => s.Score).ThenByDescending(s => s.IpcPatents).ThenBy(s => s.Firm.ApplicantId).Take(Math.Max(1, w.MaxMatches)).ToList();
    }

    /// <summary>The best IPC level shared with the firm's portfolio, and how many of its patents share it.</summary>
    private static int Ipc(IReadOnlyList<string> offerSymbols, FirmProfile firm, MatchingWeights w, List<MatchReason> reasons)
    {
        (string Level, int Points, Func<string, string> Key)[] levels =
        [
            ("同大组", w.IpcMainGroup, MainGroup),
            ("同小类", w.IpcSubclass, Subclass),
            ("同大类", w.IpcClass, Class),
        ];
        foreach (var (level, points, key) in levels)
        {
            var best = offerSymbols
                .Select(s => (Symbol: s, Count: firm.Patents.Count(p => p.IpcSymbols.Any(f => key(f) == key(s)))))
                .Where(x => x.Count > 0)
                .OrderByDescending(x => x.Count).ThenBy(x => x.Symbol, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Count > 0)
            {
                if (points > 0)
                {
                    reasons.Add(new MatchReason("Ipc", string.Create(CultureInfo.InvariantCulture, $"IPC {best.Symbol} 与企业 {best.Count} 件专利{level} ({key(best.Symbol).TrimEnd('/')})"), points));
                }

                return best.Count;
            }
        }

        return 0;
    }

    private static void Keywords(IReadOnlyList<string> terms, bool bigrams, FirmProfile firm, MatchingWeights w, List<MatchReason> reasons)
    {
        var per = bigrams ? w.Bigram : w.Keyword;
        var left = w.KeywordCap;
        foreach (var term in terms)
        {
            if (left <= 0 || per <= 0)
            {
                break;
            }

            var hits = firm.Patents.Count(p => p.Title?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false);
            if (hits == 0)
            {
                continue;
            }

            var points = Math.Min(per, left);
            left -= points;
            reasons.Add(new MatchReason(bigrams ? "Bigram" : "Keyword", string.Create(CultureInfo.InvariantCulture, $"{(bigrams ? "标题字词" : "关键词")} {term} 见于企业 {hits} 件专利标题"), points));
        }
    }

    /// <summary>"IPC H01M 10/0525 与企业 12 件专利同大组 (H01M 10) +40; 关键词 锂电池 … +15 = 55".</summary>
    public static string Explain(IReadOnlyList<MatchReason> reasons) =>
        string.Join("; ", reasons.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Detail} +{r.Points}")))
        + string.Create(CultureInfo.InvariantCulture, $" = {reasons.Sum(r => r.Points)}");
}
