using IpCity.Protection.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IpCity.Protection.Credit;

/// <summary>
/// Stores the expiry of credit records whose period has ended, with its audit row, every
/// <c>Protection:Credit:SweepMinutes</c> (default 60; 0 = off). Reads never wait for it: a record is shown as
/// expired from its end date on whether or not the sweep has run.
/// </summary>
internal sealed partial class CreditExpirySweep : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<CreditExpirySweep> _log;
    private readonly TimeSpan _every;

    public CreditExpirySweep(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<CreditExpirySweep> log)
    {
        _scopes = scopes;
        _clock = clock;
        _log = log;
        _every = TimeSpan.FromMinutes(int.TryParse(configuration["Protection:Credit:SweepMinutes"], System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 60);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_every <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(_every, _clock);
        do
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ICreditSupervision>().ExpireDueAsync(stoppingToken);
                if (result.Expired > 0)
                {
                    Expired(_log, result.Expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store may not be migrated yet at start-up, or be briefly unreachable: try again next round.
                Failed(_log, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Credit expiry sweep: {Count} records expired")]
    private static partial void Expired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credit expiry sweep failed; retrying at the next interval")]
    private static partial void Failed(ILogger logger, Exception ex);
}
