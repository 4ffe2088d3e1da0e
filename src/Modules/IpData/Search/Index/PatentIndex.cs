using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using LDirectory = Lucene.Net.Store.Directory;

namespace IpCity.IpData.Search.Index;

/// <summary>What one catch-up did.</summary>
internal sealed record IndexCatchUp(int Batches, long Patents, TimeSpan Elapsed, bool Owned);

/// <summary>
/// The patent search index under &lt;data&gt;/index/patents: derived data, brought up to date from finished
/// import batches (the set of indexed batch ids is kept in the Lucene commit), rebuilt from the store at any
/// time. One process owns the writer (Lucene's lock); another process opening the same folder searches the
/// owner's last commit and leaves indexing to it. Instances in one process over the same folder share one
/// writer (tests and the CLI build several service providers).
/// </summary>
internal sealed class PatentIndex : Contracts.ISearchIndex, IDisposable
{
    /// <summary>Bumped when the document layout changes: an index with another version is rebuilt.</summary>
    public const string SchemaVersion = "3";

    private const string BatchesKey = "ipcity.batches";
    private const string SchemaKey = "ipcity.schema";

    private static readonly ConcurrentDictionary<string, Shared> s_open = new(StringComparer.Ordinal);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<PatentIndex> _log;
    private readonly string _path;
    private Shared? _shared;
    private bool _disposed;

    public PatentIndex(StorageOptions storage, IServiceScopeFactory scopes, ILogger<PatentIndex> log)
    {
        _scopes = scopes;
        _log = log;
        _path = Path.GetFullPath(Path.Combine(storage.DataDirectory, "index", "patents"));
    }

    public string IndexPath => _path;

    private Shared Open()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_shared is not null)
        {
            return _shared;
        }

        lock (s_open)
        {
            var shared = s_open.GetOrAdd(_path, p => new Shared(p, _log));
            shared.References++;
            _shared = shared;
            return shared;
        }
    }

    /// <summary>Runs a search on the current searcher.</summary>
    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var manager = Open().Manager;
        manager.MaybeRefresh();
        var searcher = manager.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Indexes the patents of every finished, not yet indexed import batch. Only the writer's owner indexes.</summary>
    public async Task<IndexCatchUp> CatchUpAsync(IProgressSink? progress = null, CancellationToken ct = default)
    {
        var shared = Open();
        if (shared.Writer is null)
        {
            return new IndexCatchUp(0, 0, TimeSpan.Zero, Owned: false);
        }

        await shared.Gate.WaitAsync(ct);
        try
        {
            var sw = Stopwatch.StartNew();
            var done = shared.IndexedBatches();
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IpDataDbContext>();
            var batches = await db.Batches.AsNoTracking().Where(b => b.Kind == "patents")
                .Select(b => new { b.Id, b.Status, b.Sha256 }).ToListAsync(ct);
            var finishedShas = batches.Where(b => b.Status != ImportStatus.Running).Select(b => b.Sha256).ToHashSet(StringComparer.Ordinal);
            // A batch left "Running" by a crash counts as finished once the same file has been imported again.
            var todo = batches.Where(b => !done.Contains(b.Id) && (b.Status != ImportStatus.Running || finishedShas.Contains(b.Sha256)))
                .Select(b => b.Id).Order().ToList();
            if (todo.Count == 0)
            {
                return new IndexCatchUp(0, 0, sw.Elapsed, Owned: true);
            }

            var total = await db.Patents.LongCountAsync(p => todo.Contains(p.LastBatchId), ct);
            long count = 0;
            foreach (var batchId in todo)
            {
                long after = 0;
                while (true)
                {
                    var chunk = await db.Patents.AsNoTracking().AsSplitQuery()
                        .Where(p => p.LastBatchId == batchId && p.Id > after).OrderBy(p => p.Id).Take(2000)
                        .Include(p => p.Parties).Include(p => p.Classifications)
                        .ToListAsync(ct);
                    if (chunk.Count == 0)
                    {
                        break;
                    }

                    foreach (var patent in chunk)
                    {
                        shared.Writer.UpdateDocument(new Term(PatentFields.Id, patent.Id.ToString(CultureInfo.InvariantCulture)), PatentFields.ToDocument(patent));
                    }

                    after = chunk[^1].Id;
                    count += chunk.Count;
                    progress?.Report("index patents", count, total);
                }

                done.Add(batchId);
            }

            shared.Commit(done);
            var elapsed = sw.Elapsed;
            if (count > 0)
            {
                // Thematic databases follow every import (专题数据库 "dynamically updated").
                await scope.ServiceProvider.GetRequiredService<Contracts.IThematicDatabases>().RefreshAllAsync(ct);
            }

            return new IndexCatchUp(todo.Count, count, elapsed, Owned: true);
        }
        finally
        {
            shared.Gate.Release();
        }
    }

    /// <summary>Drops the index and indexes every batch again.</summary>
    public async Task<IndexCatchUp> RebuildAsync(IProgressSink? progress = null, CancellationToken ct = default)
    {
        var shared = Open();
        if (shared.Writer is null)
        {
            throw new BuildingBlocks.Errors.IpCityException("INDEX_LOCKED", "检索索引正被另一个进程 (如运行中的服务) 使用，请在该进程中重建或先停止它。", 409);
        }

        await shared.Gate.WaitAsync(ct);
        try
        {
            shared.Writer.DeleteAll();
            shared.Commit([]);
        }
        finally
        {
            shared.Gate.Release();
        }

        return await CatchUpAsync(progress, ct);
    }

    public async Task<Contracts.IndexReport> UpdateAsync(IProgressSink? progress = null, CancellationToken ct = default) =>
        Report(await CatchUpAsync(progress, ct));

    public async Task<Contracts.IndexReport> RebuildFromStoreAsync(IProgressSink? progress = null, CancellationToken ct = default) =>
        Report(await RebuildAsync(progress, ct));

    private static Contracts.IndexReport Report(IndexCatchUp r) => new(r.Batches, r.Patents, r.Elapsed.TotalSeconds, r.Owned);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_shared is null)
        {
            return;
        }

        lock (s_open)
        {
            if (--_shared.References == 0)
            {
                s_open.TryRemove(_path, out _);
                _shared.Dispose();
            }
        }
    }

    private sealed class Shared : IDisposable
    {
        private readonly LDirectory _directory;
        private readonly bool _ready;

        public Shared(string path, ILogger log)
        {
            System.IO.Directory.CreateDirectory(path);
            _directory = FSDirectory.Open(path);
            try
            {
                var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, NGramAnalyzer.Instance)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 48,
                    WriteLockTimeout = 1000,
                };
                Writer = new IndexWriter(_directory, config);
                var data = Writer.CommitData;
                if (!data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion)
                {
                    Writer.DeleteAll();
                    Commit([]);
                }

                Manager = new SearcherManager(Writer, true, null);
                _ready = true;
            }
            catch (LockObtainFailedException)
            {
                log.LogInformation("Patent index {Path} is owned by another process; searching its commits read-only.", path);
                Writer = null;
                if (!DirectoryReader.IndexExists(_directory))
                {
                    throw new BuildingBlocks.Errors.IpCityException("INDEX_LOCKED", "检索索引正由另一个进程创建，请稍后重试。", 503);
                }

                Manager = new SearcherManager(_directory, null);
            }
        }

        public IndexWriter? Writer { get; }

        public SearcherManager Manager { get; }

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int References { get; set; }

        public HashSet<long> IndexedBatches()
        {
            var set = new HashSet<long>();
            if (Writer is not null && Writer.CommitData.TryGetValue(BatchesKey, out var list) && list.Length > 0)
            {
                foreach (var id in list.Split(','))
                {
                    set.Add(long.Parse(id, CultureInfo.InvariantCulture));
                }
            }

            return set;
        }

        public void Commit(IEnumerable<long> batches)
        {
            Writer!.SetCommitData(new Dictionary<string, string>
            {
                [SchemaKey] = SchemaVersion,
                [BatchesKey] = string.Join(',', batches.Order().Select(b => b.ToString(CultureInfo.InvariantCulture))),
            });
            Writer.Commit();
            if (_ready)
            {
                Manager.MaybeRefreshBlocking();
            }
        }

        public void Dispose()
        {
            Manager.Dispose();
            Writer?.Dispose();
            _directory.Dispose();
            Gate.Dispose();
        }
    }
}
