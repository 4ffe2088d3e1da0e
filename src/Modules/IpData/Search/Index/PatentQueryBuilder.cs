using Lucene.Net.Search;

namespace IpCity.IpData.Search.Index;

/// <summary>
/// Turns parsed terms into a Lucene query whose hits are exactly those of the LIKE scan (<see cref="LikeScan"/>):
/// each text term is an n-gram lookup in the term's fields (see <see cref="NGramAnalyzer"/>); the terms are ANDed.
/// industry: terms come resolved from the catalogue by the caller.
/// </summary>
internal static class PatentQueryBuilder
{
    public static Query Build(IReadOnlyList<SearchTerm> terms, Func<SearchTerm, Query> industry)
    {
        if (terms.Count == 0)
        {
            return new MatchAllDocsQuery();
        }

        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            all.Add(Term(term, industry), Occur.MUST);
        }

        return new ConstantScoreQuery(all);
    }

    private static Query Term(SearchTerm term, Func<SearchTerm, Query> industry) => term.Field switch
    {
        "ti" => Substring(PatentFields.Title, term.Value),
        "ab" => Substring(PatentFields.Abstract, term.Value),
        "cl" => Substring(PatentFields.Claim, term.Value),
        "pa" => Substring(PatentFields.Applicants, term.Value),
        "in" => Substring(PatentFields.Inventors, term.Value),
        "addr" => Substring(PatentFields.Addresses, term.Value),
        "status" => Substring(PatentFields.Status, term.Value),
        "ipc" => new PrefixQuery(new Lucene.Net.Index.Term(PatentFields.Ipc, IpcPrefix(term.Value))),
        "region" => new TermQuery(new Lucene.Net.Index.Term(PatentFields.Region, term.Value)),
        "type" => new TermQuery(new Lucene.Net.Index.Term(PatentFields.Type, SearchQuery.ParseType(term.Value).ToString())),
        "ad" => NumericRangeQuery.NewInt32Range(PatentFields.Year, term.FromYear, term.ToYear, true, true),
        "industry" => industry(term),
        _ => AnyText(term.Value),
    };

    /// <summary>A bare term: a substring of title, abstract, first claim, a party name or an address.</summary>
    public static Query AnyText(string value) => Substring(PatentFields.AllText, value);

    /// <summary>The value as a contiguous substring of one value of the field (see <see cref="NGramAnalyzer"/>).</summary>
    public static Query Substring(string field, string value)
    {
        var folded = NGramAnalyzer.Fold(value);
        if (folded.Length == 1)
        {
            return new PrefixQuery(new Lucene.Net.Index.Term(field + ".2", folded));
        }

        if (folded.Length <= 4)
        {
            return new TermQuery(new Lucene.Net.Index.Term(field + "." + folded.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), folded));
        }

        // Longer: 4-grams at their offsets, every character covered (0, 4, 8, … and the last full 4-gram).
        var phrase = new PhraseQuery();
        var starts = Enumerable.Range(0, ((folded.Length - 4) / 4) + 1).Select(i => i * 4).Append(folded.Length - 4).Distinct();
        foreach (var start in starts)
        {
            phrase.Add(new Lucene.Net.Index.Term(field + ".4", folded.Substring(start, 4)), start);
        }

        return phrase;
    }

    /// <summary>Patents of an industry: an IPC symbol under one of its prefixes, or a keyword in the title or abstract.</summary>
    public static Query Industry(Industries.IndustryDefinition industry)
    {
        var any = new BooleanQuery();
        foreach (var prefix in industry.IpcPrefixes)
        {
            any.Add(new PrefixQuery(new Lucene.Net.Index.Term(PatentFields.Ipc, prefix)), Occur.SHOULD);
        }

        foreach (var keyword in industry.Keywords.Where(k => k.Length > 0))
        {
            any.Add(Substring(PatentFields.Title, keyword), Occur.SHOULD);
            any.Add(Substring(PatentFields.Abstract, keyword), Occur.SHOULD);
        }

        return any.Clauses.Count == 0 ? new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST_NOT } } : any;
    }

    /// <summary>The stored-symbol prefix for an ipc: value (the LIKE pattern of <see cref="SearchQuery.IpcPrefix"/> without its wildcard).</summary>
    public static string IpcPrefix(string value)
    {
        var pattern = SearchQuery.IpcPrefix(value);
        if (pattern.EndsWith('%'))
        {
            pattern = pattern[..^1];
        }

        return pattern.Replace("\\%", "%", StringComparison.Ordinal).Replace("\\_", "_", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }
}
