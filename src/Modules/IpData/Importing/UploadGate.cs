using IpCity.BuildingBlocks.Errors;
using Microsoft.Extensions.Options;

namespace IpCity.IpData.Importing;

/// <summary>
/// At most <see cref="IpDataOptions.UploadConcurrency"/> data-center uploads are read and imported at once; the
/// others wait, their bodies not yet read, for up to <see cref="IpDataOptions.UploadWaitSeconds"/>,
/// then get 503 UPLOADS_BUSY. The wait starts after authorisation and the CSRF check, so only signed-in officers
/// can hold a place.
/// </summary>
internal sealed class UploadGate(IOptions<IpDataOptions> options) : IDisposable
{
    public const string BusyCode = "UPLOADS_BUSY";

    /// <summary>The Retry-After the refusal suggests.</summary>
    public const int RetryAfterSeconds = 30;

    private readonly SemaphoreSlim _slots = new(options.Value.UploadConcurrency, options.Value.UploadConcurrency);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(options.Value.UploadWaitSeconds);
        if (!await _slots.WaitAsync(wait, ct))
        {
            throw new IpCityException(BusyCode, "导入任务繁忙，请稍后重试。Too many uploads are being imported; try again later.", 503,
                new Dictionary<string, object?> { ["waitedSeconds"] = options.Value.UploadWaitSeconds, ["retryAfterSeconds"] = RetryAfterSeconds });
        }

        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
