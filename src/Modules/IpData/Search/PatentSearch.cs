using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Importing;
using IpCity.IpData.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Search;

/// <summary>
/// Patent search with CNIPA keyword semantics over the character n-gram index (<see cref="PatentIndex"/>): every term
/// must occur as a contiguous substring of its fields, so the hits are exactly those of a LIKE scan
/// (<see cref="LikeScan"/>). Facets count the whole hit set; exports stream every hit with no cap.
/// </summary>
internal sealed class PatentSearch : IPatentSearch
{
    private const int FacetTop = 20;
    private readonly IpDataDbContext _db;
    private readonly PatentIndex _index;
    private readonly Industries.IndustryCatalogs _industries;

    public PatentSearch(IpDataDbContext db, PatentIndex index, Industries.IndustryCatalogs industries)
    {
        _db = db;
        _index = index;
        _industries = industries;
    }

    /// <summary>The query; industry: values are resolved through the industry catalogue as it is now.</summary>
    internal async Task<Query> BuildQueryAsync(IReadOnlyList<SearchTerm> terms, CancellationToken ct)
    {
        var industries = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var term in terms.Where(t => t.Field == "industry"))
        {
            var definition = await _industries.FindAsync(term.Value, ct)
                ?? throw new BuildingBlocks.Errors.IpCityException("SEARCH_QUERY_INVALID", $"未知的产业 '{term.Value}' (industry: 取产业代码、名称或 目录/代码)", 400);
            industries[term.Value] = PatentQueryBuilder.Industry(definition);
        }

        return PatentQueryBuilder.Build(terms, t => industries[t.Value]);
    }

    /// <summary>The ids of every hit, newest application first.</summary>
    internal async Task<IReadOnlyList<long>> HitIdsAsync(string? query, CancellationToken ct)
    {
        var q = await BuildQueryAsync(SearchQuery.Parse(query), ct);
        return _index.Search(searcher =>
        {
            var collector = new KeyCollector();
            searcher.Search(q, collector);
            return collector.NewestFirst();
        });
    }

    internal IReadOnlyList<long> HitIds(string? query) => HitIdsAsync(query, CancellationToken.None).GetAwaiter().GetResult();

    internal long Count(string? query)
    {
        var q = BuildQueryAsync(SearchQuery.Parse(query), CancellationToken.None).GetAwaiter().GetResult();
        return _index.Search(searcher =>
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(q, counter);
            return (long)counter.TotalHits;
        });
    }

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var terms = SearchQuery.Parse(request.Query);
        var query = await BuildQueryAsync(terms, ct);
        var industryFacets = request.Facets ? await _industries.ListAsync(null, ct) : [];
        var size = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Clamp(request.Page, 1, 10_000);
        var (total, ids, facetCounts) = _index.Search(searcher =>
        {
            var facets = request.Facets ? new FacetCollector() : null;
            var (totalHits, docs) = TopDocs(searcher, query, request.Sort, page * size, facets);
            var pids = MultiDocValues.GetNumericValues(searcher.IndexReader, PatentFields.Pid);
            var pageIds = docs.Skip((page - 1) * size).Take(size).Select(d => pids.Get(d)).ToList();
            var counted = facets?.Result();
            if (counted is not null && industryFacets.Count > 0)
            {
                // Industry membership is evaluated at query time from the catalogue, so edits apply at once.
                counted["industry"] = industryFacets.Select(i =>
                {
                    var both = new BooleanQuery { { query, Occur.MUST }, { PatentQueryBuilder.Industry(i), Occur.MUST } };
                    var counter = new TotalHitCountCollector();
                    searcher.Search(both, counter);
                    return new FacetValue(i.Name, counter.TotalHits);
                }).Where(f => f.Count > 0).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
            }

            return ((long)totalHits, pageIds, counted);
        });

        var rows = await _db.Patents.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.ApplicationCountry,
                p.ApplicationNumber,
                p.ApplicationDate,
                p.Type,
                p.Title,
                p.Abstract,
                p.MainIpc,
                Applicant = p.Parties.Where(x => x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner).OrderBy(x => x.Sequence).Select(x => x.Name).FirstOrDefault(),
                Region = p.RegionCountyCode ?? p.RegionZoneCode,
                p.LegalStatus,
                p.PrimaryDocument,
            })
            .ToListAsync(ct);
        var marks = terms.Where(t => t.Field is "all" or "ti" or "ab").Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        var hits = ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(p => new SearchHit(
            p.Id, p.ApplicationCountry, p.ApplicationNumber, p.ApplicationDate, p.Type.ToString(), p.Title, p.MainIpc, p.Applicant, p.Region, p.LegalStatus, p.PrimaryDocument,
            Highlighter.Mark(p.Title, marks, int.MaxValue), Highlighter.Mark(p.Abstract, marks, 160))).ToList();
        return new SearchResult(total, page, size, hits, facetCounts ?? new Dictionary<string, IReadOnlyList<FacetValue>>());
    }

    /// <summary>Hit sets larger than this, sorted by date, are read year by year (internal for tests).</summary>
    internal static int BucketThreshold { get; set; } = 20_000;

    /// <summary>
    /// The hit count and the first <paramref name="want"/> documents in sort order. A large hit set sorted by date
    /// is not ranked whole: it is counted (cheap per hit), then read one application year at a time from the
    /// newest (or oldest) until enough are found — years are disjoint and ordered, so the result is the same.
    /// </summary>
    private static (int Total, List<int> Docs) TopDocs(IndexSearcher searcher, Query query, string? sort, int want, ICollector? facets)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, facets is null ? counter : MultiCollector.Wrap(counter, facets));
        var total = counter.TotalHits;
        if (sort == "title" || total <= BucketThreshold || want > 1_000)
        {
            var top = TopFieldCollector.Create(SortOf(sort), want, false, false, false, false);
            searcher.Search(query, top);
            return (total, top.GetTopDocs(0, want).ScoreDocs.Select(d => d.Doc).ToList());
        }

        var ascending = sort == "ad";
        const int First = 1980;
        var last = DateTime.UtcNow.Year + 1;
        var docs = new List<int>();
        // Before the first year (or no date: sort key 0) and after the last come first/last as a whole.
        var before = new BooleanQuery { { query, Occur.MUST }, { NumericRangeQuery.NewInt32Range(PatentFields.Year, First, null, true, true), Occur.MUST_NOT } };
        var after = new BooleanQuery { { query, Occur.MUST }, { NumericRangeQuery.NewInt32Range(PatentFields.Year, last + 1, null, true, true), Occur.MUST } };
        var buckets = Enumerable.Range(First, last - First + 1).Select(y => (Query)new BooleanQuery
        {
            { query, Occur.MUST },
            { NumericRangeQuery.NewInt32Range(PatentFields.Year, y, y, true, true), Occur.MUST },
        });
        var ordered = ascending ? buckets.Prepend(before).Append(after) : buckets.Reverse().Prepend(after).Append(before);
        foreach (var bucket in ordered)
        {
            var top = TopFieldCollector.Create(SortOf(sort), want - docs.Count, false, false, false, false);
            searcher.Search(new ConstantScoreQuery(bucket), top);
            docs.AddRange(top.GetTopDocs().ScoreDocs.Select(d => d.Doc));
            if (docs.Count >= want)
            {
                break;
            }
        }

        return (total, docs);
    }

    private static Sort SortOf(string? sort) => sort switch
    {
        "ad" => new Sort(new SortField(PatentFields.SortDate, SortFieldType.INT64)),
        "title" => new Sort(new SortField(PatentFields.SortTitle, SortFieldType.STRING), new SortField(PatentFields.SortDate, SortFieldType.INT64)),
        _ => new Sort(new SortField(PatentFields.SortDate, SortFieldType.INT64, true)),
    };

    public async IAsyncEnumerable<ExportRow> ExportAsync(string? query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var ids = await HitIdsAsync(query, ct);
        for (var start = 0; start < ids.Count; start += 500)
        {
            var chunk = ids.Skip(start).Take(500).ToList();
            var rows = await _db.Patents.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new
            {
                p.Id,
                Row = new ExportRow(
                    p.ApplicationCountry + p.ApplicationNumber,
                    p.ApplicationDate,
                    p.PrimaryDocument,
                    p.Type.ToString(),
                    p.Title,
                    p.MainIpc,
                    string.Join("; ", p.Parties.Where(x => x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner).OrderBy(x => x.Sequence).Select(x => x.Name)),
                    string.Join("; ", p.Parties.Where(x => x.Role == PartyRole.Inventor).OrderBy(x => x.Sequence).Select(x => x.Name)),
                    p.RegionAddress,
                    p.RegionCountyCode ?? p.RegionZoneCode,
                    p.LegalStatus),
            }).ToDictionaryAsync(r => r.Id, r => r.Row, ct);
            foreach (var id in chunk)
            {
                if (rows.TryGetValue(id, out var row))
                {
                    yield return row;
                }
            }
        }
    }

    /// <summary>Collects (date sort key, patent id) of every hit without scoring.</summary>
    private sealed class KeyCollector : ICollector
    {
        private readonly List<(long Key, long Id)> _hits = [];
        private NumericDocValues? _keys;
        private NumericDocValues? _ids;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            _keys = context.AtomicReader.GetNumericDocValues(PatentFields.SortDate);
            _ids = context.AtomicReader.GetNumericDocValues(PatentFields.Pid);
        }

        public void Collect(int doc) => _hits.Add((_keys!.Get(doc), _ids!.Get(doc)));

        public IReadOnlyList<long> NewestFirst()
        {
            _hits.Sort((a, b) => b.Key.CompareTo(a.Key));
            return _hits.Select(h => h.Id).ToList();
        }
    }

    /// <summary>Counts facet values over the whole hit set from doc values, per segment by ordinal.</summary>
    private sealed class FacetCollector : ICollector
    {
        private static readonly (string Name, string Field)[] s_keyed =
        [
            ("type", PatentFields.FacetType), ("county", PatentFields.FacetCounty), ("zone", PatentFields.FacetZone),
            ("ipcSection", PatentFields.FacetSection), ("ipcClass", PatentFields.FacetClass), ("status", PatentFields.FacetStatus),
            ("origin", PatentFields.FacetOrigin),
        ];

        private readonly Dictionary<string, Dictionary<string, long>> _totals = s_keyed.ToDictionary(k => k.Name, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
        private readonly Dictionary<long, long> _years = [];
        private readonly SortedDocValues?[] _values = new SortedDocValues?[s_keyed.Length];
        private readonly int[][] _counts = new int[s_keyed.Length][];
        private NumericDocValues? _year;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            for (var i = 0; i < s_keyed.Length; i++)
            {
                _values[i] = context.AtomicReader.GetSortedDocValues(s_keyed[i].Field);
                _counts[i] = new int[(_values[i]?.ValueCount ?? 0) + 1];
            }

            _year = context.AtomicReader.GetNumericDocValues(PatentFields.FacetYear);
        }

        public void Collect(int doc)
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is { } v)
                {
                    _counts[i][v.GetOrd(doc) + 1]++;
                }
            }

            if (_year is not null)
            {
                var y = _year.Get(doc);
                if (y != 0)
                {
                    _years[y] = _years.GetValueOrDefault(y) + 1;
                }
            }
        }

        private void Flush()
        {
            var term = new Lucene.Net.Util.BytesRef();
            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is not { } v)
                {
                    continue;
                }

                var totals = _totals[s_keyed[i].Name];
                for (var ord = 0; ord < v.ValueCount; ord++)
                {
                    var c = _counts[i][ord + 1];
                    if (c > 0)
                    {
                        v.LookupOrd(ord, term);
                        var key = term.Utf8ToString();
                        totals[key] = totals.GetValueOrDefault(key) + c;
                    }
                }

                _values[i] = null;
            }
        }

        public Dictionary<string, IReadOnlyList<FacetValue>> Result()
        {
            Flush();
            static IReadOnlyList<FacetValue> Top(IEnumerable<KeyValuePair<string, long>> rows) =>
                rows.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(FacetTop).Select(r => new FacetValue(r.Key, r.Value)).ToList();

            var result = s_keyed.ToDictionary(k => k.Name, k => Top(_totals[k.Name]), StringComparer.Ordinal);
            result["year"] = Top(_years.Select(y => new KeyValuePair<string, long>(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)));
            return result;
        }
    }
}

/// <summary>Marks every occurrence of the query terms (the same ASCII-folded substring match as the search) in HTML-encoded text.</summary>
internal static class Highlighter
{
    public static string? Mark(string? text, IReadOnlyList<string> terms, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var folded = NGramAnalyzer.Fold(text);
        var marked = new bool[text.Length];
        var first = -1;
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            var t = NGramAnalyzer.Fold(term);
            for (var i = folded.IndexOf(t, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(t, i + 1, StringComparison.Ordinal))
            {
                first = first < 0 ? i : Math.Min(first, i);
                Array.Fill(marked, true, i, t.Length);
            }
        }

        var start = 0;
        var end = text.Length;
        if (text.Length > maxLength)
        {
            start = Math.Max(0, (first < 0 ? 0 : first) - (maxLength / 4));
            end = Math.Min(text.Length, start + maxLength);
        }

        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append('…');
        }

        for (var i = start; i < end;)
        {
            var j = i;
            while (j < end && marked[j] == marked[i])
            {
                j++;
            }

            var part = WebUtility.HtmlEncode(text[i..j]);
            sb.Append(marked[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }

        if (end < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }
}
