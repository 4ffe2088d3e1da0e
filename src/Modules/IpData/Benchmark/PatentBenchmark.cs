using System.Diagnostics;
using System.Globalization;
using System.Xml;
using IpCity.BuildingBlocks.Import;
using IpCity.BuildingBlocks.Progress;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Search;
using IpCity.IpData.Search.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Benchmark;

/// <summary>
/// The data-center benchmark (issue 3 §8), in one run on one file: the parse limit (every CSV field read as a
/// string, or every XML node read by XmlReader), the import rate to the store without the index, the index
/// build, peak RSS, then search latency and hit counts over a fixed query set beside a LIKE scan, and an
/// uncapped export of the largest result.
/// </summary>
internal sealed partial class PatentBenchmark : IPatentBenchmark
{
    /// <summary>Place names, two-character words, multi-term queries, applicant fragments, field syntax.</summary>
    public static readonly string[] Queries =
    [
        "红谷滩", "青山湖区", "小蓝", "电池", "装置", "锂电池", "南昌大学", "有限公司", "江铃", "一种 方法", "电池 红谷滩", "pa:大学 ti:系统",
        "addr:高新 ad:[2018 TO 2022]", "ti:图像识别", "传感器 南昌",
    ];

    private readonly IServiceScopeFactory _scopes;
    private readonly PatentIndex _index;

    public PatentBenchmark(IServiceScopeFactory scopes, PatentIndex index)
    {
        _scopes = scopes;
        _index = index;
    }

    public async Task<PatentBenchmarkReport> RunAsync(string file, int repetitions, bool likeScan, IProgressSink? progress = null, CancellationToken ct = default, bool importOnly = false)
    {
        progress ??= NullProgressSink.Instance;
        var size = new FileInfo(file).Length;
        var isXml = Path.GetExtension(file).Equals(".xml", StringComparison.OrdinalIgnoreCase);

        // 1. The parse limit.
        var parse = Stopwatch.StartNew();
        var records = isXml ? RawXml(file) : RawCsv(file);
        parse.Stop();

        // 2. Import to the durable store (normalise, resolve, upsert) without the index.
        var import = Stopwatch.StartNew();
        ImportResult imported;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            imported = await scope.ServiceProvider.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false), progress, ct);
        }

        import.Stop();
        var rssAfterImport = PeakRssBytes();
        if (importOnly)
        {
            return new PatentBenchmarkReport(
                Path.GetFileName(file), size, isXml ? "xml" : "csv", records, parse.Elapsed.TotalSeconds,
                imported.Read, imported.Inserted + imported.Updated, import.Elapsed.TotalSeconds,
                0, 0, rssAfterImport, rssAfterImport, rssAfterImport, imported.Inserted + imported.Updated + imported.Unchanged, [], 0, 0);
        }

        // 3. The index build, timed separately.
        var build = await _index.CatchUpAsync(progress, ct);
        var rssAfterIndex = PeakRssBytes();

        // 4. Search latency and hit counts, beside the LIKE scan.
        var results = new List<QueryBenchmark>();
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var search = (PatentSearch)scope.ServiceProvider.GetRequiredService<IPatentSearch>();
            var db = scope.ServiceProvider.GetRequiredService<IpDataDbContext>();
            var patents = await db.Patents.LongCountAsync(ct);
            // Steady state: the import's garbage collected, each query's code paths compiled (tiered JIT) before timing.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            foreach (var q in Queries)
            {
                for (var w = 0; w < 5; w++)
                {
                    await search.SearchAsync(new SearchRequest(q, 1, 20, null, Facets: false), ct);
                }

                var times = new List<double>();
                long hits = 0;
                for (var i = 0; i < repetitions; i++)
                {
                    var sw = Stopwatch.StartNew();
                    var r = await search.SearchAsync(new SearchRequest(q, 1, 20, null, Facets: false), ct);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    hits = r.Total;
                }

                var facetWatch = Stopwatch.StartNew();
                await search.SearchAsync(new SearchRequest(q, 1, 20, null, Facets: true), ct);
                var facetMs = facetWatch.Elapsed.TotalMilliseconds;

                long? likeHits = null;
                double? likeMs = null;
                if (likeScan)
                {
                    var sw = Stopwatch.StartNew();
                    likeHits = await LikeScan.Filter(db, q).LongCountAsync(ct);
                    likeMs = sw.Elapsed.TotalMilliseconds;
                }

                results.Add(new QueryBenchmark(q, hits, likeHits, Percentile(times, 50), Percentile(times, 99), facetMs, likeMs));
                progress.Report("search", results.Count, Queries.Length);
            }

            // 5. Export every patent (the largest result set) and count the rows.
            var export = Stopwatch.StartNew();
            long exported = 0;
            await foreach (var _ in search.ExportAsync(null, ct))
            {
                exported++;
            }

            export.Stop();
            return new PatentBenchmarkReport(
                Path.GetFileName(file), size, isXml ? "xml" : "csv", records, parse.Elapsed.TotalSeconds,
                imported.Read, imported.Inserted + imported.Updated, import.Elapsed.TotalSeconds,
                build.Patents, build.Elapsed.TotalSeconds, rssAfterImport, rssAfterIndex, PeakRssBytes(), patents,
                results, exported, export.Elapsed.TotalSeconds);
        }
    }

    /// <summary>
    /// A multi-document weekly-style XML file made of <paramref name="copies"/> copies of every document of a
    /// real USPTO/EPO file, each copy's publication and application numbers given a distinct 3-digit suffix —
    /// the real format at benchmark size (the shipped fixtures are small extracts).
    /// </summary>
    long IPatentBenchmark.RepeatXml(string source, int copies, string target) => RepeatXml(source, copies, target);

    public static long RepeatXml(string source, int copies, string target)
    {
        var documents = new List<string>();
        using (var reader = new StreamReader(source))
        {
            documents.AddRange(BuildingBlocks.Xml.SafeXmlReaderFactory.SplitDocuments(reader).Select(d => d.Text));
        }

        using var writer = new StreamWriter(target, false, new System.Text.UTF8Encoding(false), 1 << 16);
        long written = 0;
        for (var c = 0; c < copies; c++)
        {
            var suffix = c.ToString("D3", CultureInfo.InvariantCulture);
            foreach (var document in documents)
            {
                var replaced = 0;
                var text = DocNumber().Replace(document, m => replaced++ < 2 ? $"<doc-number>{m.Groups[1].Value}{suffix}</doc-number>" : m.Value);
                writer.Write(text.TrimEnd());
                writer.Write('\n');
                written++;
            }
        }

        return written;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<doc-number>([^<]*)</doc-number>")]
    private static partial System.Text.RegularExpressions.Regex DocNumber();

    private static long RawCsv(string file)
    {
        var (encoding, _) = TextEncodingDetector.Detect(file);
        using var reader = new StreamReader(file, encoding, false, 1 << 16);
        var header = reader.ReadLine() ?? string.Empty;
        var csv = new CsvRecordReader(reader, CsvRecordReader.Pick(header));
        long rows = 0;
        long chars = 0;
        while (csv.Read() is { } fields)
        {
            rows++;
            foreach (var f in fields)
            {
                chars += f.Length;
            }
        }

        GC.KeepAlive(chars);
        return rows;
    }

    private static long RawXml(string file)
    {
        // Every node, the same way the importer reads (DTDs ignored, never resolved); documents counted by their roots.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, ConformanceLevel = ConformanceLevel.Document };
        long documents = 0;
        using var stream = File.OpenRead(file);
        using var text = new StreamReader(stream);
        foreach (var doc in BuildingBlocks.Xml.SafeXmlReaderFactory.SplitDocuments(text))
        {
            using var reader = XmlReader.Create(new StringReader(doc.Text), settings);
            while (reader.Read())
            {
                if (reader.HasValue)
                {
                    GC.KeepAlive(reader.Value);
                }
            }

            documents++;
        }

        return documents;
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    /// <summary>Peak resident set (VmHWM) of this process.</summary>
    internal static long PeakRssBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return Environment.WorkingSet;
    }
}
