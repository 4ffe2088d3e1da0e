using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IpCity.IpData.Search.Index;

/// <summary>
/// In the web host: brings the search index up to date at start and then every IpData:IndexRefreshSeconds
/// (default 10), so imports run by the CLI or by another instance on the same store become searchable.
/// </summary>
internal sealed partial class PatentIndexRefresher : BackgroundService
{
    private readonly PatentIndex _index;
    private readonly ILogger<PatentIndexRefresher> _log;
    private readonly TimeSpan _every;

    public PatentIndexRefresher(PatentIndex index, IConfiguration configuration, ILogger<PatentIndexRefresher> log)
    {
        _index = index;
        _log = log;
        _every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("IpData:IndexRefreshSeconds", 10)));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var done = await _index.CatchUpAsync(null, stoppingToken);
                if (done.Patents > 0)
                {
                    Indexed(_log, done.Patents, done.Batches, done.Elapsed.TotalSeconds);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Failed(_log, ex);
            }

            try
            {
                await Task.Delay(_every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Search index: {Patents} patents from {Batches} import batches indexed in {Seconds:0.0} s")]
    private static partial void Indexed(ILogger logger, long patents, int batches, double seconds);

    [LoggerMessage(LogLevel.Warning, "Search index refresh failed")]
    private static partial void Failed(ILogger logger, Exception ex);
}
