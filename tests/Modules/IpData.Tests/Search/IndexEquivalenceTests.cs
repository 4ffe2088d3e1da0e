using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Search;
using IpCity.IpData.Search.Index;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Search;

/// <summary>
/// The index against the reference LIKE scan on data neither was written for: synthetic patents from the
/// generator, queries sampled at random from their own text (1–6 characters, single and multi-term, every
/// field prefix). For every query the hit sets must be identical.
/// </summary>
public sealed class IndexEquivalenceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<Platform> LoadAsync(string provider, int patents, int seed)
    {
        var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "synthetic.csv");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, patents, seed));
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file])));
        Assert.Equal(patents, result.Inserted);
        Assert.Equal(patents, result.Indexed);
        return platform;
    }

    private static List<string> SampleQueries(IpDataDbContext db, int seed, int count)
    {
        var random = new Random(seed);
        var texts = db.Patents.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Title, p.Abstract, p.FirstClaim }).Take(400).ToList()
            .SelectMany(p => new[] { p.Title, p.Abstract, p.FirstClaim }).OfType<string>().ToList();
        var names = db.Parties.AsNoTracking().OrderBy(p => p.Id).Take(800).Select(p => p.Name).ToList();
        var addresses = db.Parties.AsNoTracking().Where(p => p.Address != null).OrderBy(p => p.Id).Take(400).Select(p => p.Address!).ToList();

        string Piece(List<string> source)
        {
            while (true)
            {
                var text = source[random.Next(source.Count)];
                var length = 1 + random.Next(6);
                if (text.Length < length)
                {
                    continue;
                }

                var piece = text.Substring(random.Next(text.Length - length + 1), length).Trim();
                if (piece.Length > 0 && !piece.Contains('"', StringComparison.Ordinal) && !piece.Contains(':', StringComparison.Ordinal) && !piece.Contains(' ', StringComparison.Ordinal))
                {
                    return piece;
                }
            }
        }

        var queries = new List<string>();
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 6) switch
            {
                0 => Piece(texts),
                1 => Piece(addresses),
                2 => "pa:" + Piece(names),
                3 => Piece(texts) + " " + Piece(addresses),
                4 => "ti:" + Piece(texts) + " ad:[2016 TO 2022]",
                _ => Piece(names) + " " + Piece(texts),
            });
        }

        return queries;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Index_hits_equal_the_like_scan_on_unseen_data(string provider)
    {
        await using var platform = await LoadAsync(provider, 1500, seed: 20261127);
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            var search = (PatentSearch)sp.GetRequiredService<IPatentSearch>();
            var queries = SampleQueries(db, seed: 7, count: 90);
            queries.AddRange(["红谷滩", "电池", "南昌大学", "南昌 大学", "有限公司", "江西省南昌市", "一种", "addr:青山湖", "in:张", "status:有效", "ipc:H01M", "type:实用新型 电池", "锂"]);
            var nonEmpty = 0;
            foreach (var query in queries)
            {
                var expected = (await LikeScan.Filter(db, query).Select(p => p.Id).ToListAsync()).ToHashSet();
                var actual = search.HitIds(query);
                Assert.Equal(actual.Count, actual.Distinct().Count());
                Assert.True(expected.SetEquals(actual), $"'{query}': LIKE {expected.Count}, index {actual.Count}; missing {string.Join(',', expected.Except(actual).Take(5))}; extra {string.Join(',', actual.Except(expected).Take(5))}");
                Assert.Equal(expected.Count, search.Count(query));
                nonEmpty += expected.Count > 0 ? 1 : 0;
            }

            // The sample is meaningful: most queries were drawn from the data and do hit.
            Assert.True(nonEmpty > queries.Count * 2 / 3, $"{nonEmpty} of {queries.Count} queries hit");
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rebuild_and_a_second_import_keep_the_index_exact(string provider)
    {
        await using var platform = await LoadAsync(provider, 300, seed: 3);
        var index = platform.Services.GetRequiredService<PatentIndex>();
        var rebuilt = await index.RebuildAsync();
        Assert.Equal(300, rebuilt.Patents);
        Assert.True(rebuilt.Owned);

        var nothing = await index.CatchUpAsync();
        Assert.Equal(0, nothing.Patents);

        // A second, different file: only its batch is indexed; hits still equal the scan.
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "more.csv");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 350, 4));
        var second = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file])));
        Assert.Equal(second.Inserted + second.Updated, second.Indexed);
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            var search = (PatentSearch)sp.GetRequiredService<IPatentSearch>();
            Assert.Equal(await db.Patents.CountAsync(), search.Count(null));
            foreach (var query in new[] { "电池", "南昌", "有限公司 系统" })
            {
                Assert.Equal((await LikeScan.Filter(db, query).Select(p => p.Id).ToListAsync()).ToHashSet(), search.HitIds(query).ToHashSet());
            }
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Industry_search_and_facet_follow_the_catalogue(string provider)
    {
        await using var platform = await LoadAsync(provider, 800, seed: 5);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IConcordanceImporter>()
            .LoadStarterCataloguesAsync(sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().DefaultProfilePath));
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            var search = (PatentSearch)sp.GetRequiredService<IPatentSearch>();
            var industries = await sp.GetRequiredService<IpCity.IpData.Industries.IndustryCatalogs>().ListAsync(null, CancellationToken.None);
            Assert.NotEmpty(industries);
            var patents = await db.Patents.AsNoTracking().Select(p => new { p.Id, p.Title, p.Abstract, Ipc = p.Classifications.Where(c => c.Scheme == "IPC").Select(c => c.Symbol).ToList() }).ToListAsync();
            var facets = (await search.SearchAsync(new SearchRequest(null, 1, 1))).Facets["industry"];
            var nonEmpty = 0;
            foreach (var industry in industries)
            {
                var expected = patents.Where(p => industry.Matches(p.Ipc, p.Title, p.Abstract)).Select(p => p.Id).ToHashSet();
                var actual = search.HitIds("industry:" + industry.Code);
                Assert.True(expected.SetEquals(actual), $"{industry.Code} {industry.Name}: expected {expected.Count}, got {actual.Count}");
                Assert.Equal(expected.Count, facets.SingleOrDefault(f => f.Value == industry.Name)?.Count ?? 0);
                nonEmpty += expected.Count > 0 ? 1 : 0;
            }

            Assert.True(nonEmpty >= 3, $"only {nonEmpty} industries have patents in the sample");
            var bad = await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() => search.SearchAsync(new SearchRequest("industry:不存在的产业")));
            Assert.Equal("SEARCH_QUERY_INVALID", bad.Code);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_read_year_by_year_equal_the_fully_sorted_hits(string provider)
    {
        await using var platform = await LoadAsync(provider, 600, seed: 9);
        await platform.InScopeAsync(async sp =>
        {
            var search = (PatentSearch)sp.GetRequiredService<IPatentSearch>();
            var previous = PatentSearch.BucketThreshold;
            try
            {
                foreach (var query in new[] { "有限公司", "南昌", "装置 江西" })
                {
                    PatentSearch.BucketThreshold = int.MaxValue;
                    var plain = new List<long>();
                    var plainAsc = new List<long>();
                    for (var page = 1; page <= 4; page++)
                    {
                        plain.AddRange((await search.SearchAsync(new SearchRequest(query, page, 25, null, Facets: false))).Hits.Select(h => h.Id));
                        plainAsc.AddRange((await search.SearchAsync(new SearchRequest(query, page, 25, "ad", Facets: false))).Hits.Select(h => h.Id));
                    }

                    PatentSearch.BucketThreshold = 10;
                    var bucketed = new List<long>();
                    var bucketedAsc = new List<long>();
                    for (var page = 1; page <= 4; page++)
                    {
                        var r = await search.SearchAsync(new SearchRequest(query, page, 25, null, Facets: false));
                        Assert.Equal(search.Count(query), r.Total);
                        bucketed.AddRange(r.Hits.Select(h => h.Id));
                        bucketedAsc.AddRange((await search.SearchAsync(new SearchRequest(query, page, 25, "ad", Facets: false))).Hits.Select(h => h.Id));
                    }

                    Assert.True(plain.Count > 25, query);
                    Assert.Equal(plain, bucketed);
                    Assert.Equal(plainAsc, bucketedAsc);
                    Assert.Equal(search.HitIds(query).Take(plain.Count), plain);
                }
            }
            finally
            {
                PatentSearch.BucketThreshold = previous;
            }
        });
    }

    [Fact]
    public void Highlighting_marks_every_occurrence_and_encodes_html()
    {
        Assert.Equal("一种<mark>锂电池</mark>与<mark>锂电池</mark>包&lt;b&gt;", Highlighter.Mark("一种锂电池与锂电池包<b>", ["锂电池"], int.MaxValue));
        Assert.Equal("<mark>Battery</mark> pack", Highlighter.Mark("Battery pack", ["battery"], int.MaxValue));
        var snippet = Highlighter.Mark(new string('甲', 300) + "红谷滩" + new string('乙', 300), ["红谷滩"], 40)!;
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>红谷滩</mark>", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
    }
}
