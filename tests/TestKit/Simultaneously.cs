using IpCity.BuildingBlocks.Errors;

namespace IpCity.TestKit;

/// <summary>
/// Concurrency tests (SECURITY.md spec 22): starts every attempt on its own thread behind one gate, so they meet in the
/// store at the same moment, and returns each one's result or its named refusal.
/// </summary>
public static class Simultaneously
{
    public static async Task<(T? Result, IpCityException? Error)[]> RunAsync<T>(int count, Func<int, Task<T>> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        using var gate = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            gate.Wait();
            try
            {
                return (await attempt(i), (IpCityException?)null);
            }
            catch (IpCityException ex)
            {
                return (default(T), ex);
            }
        })).ToList();
        gate.Set();
        return await Task.WhenAll(attempts);
    }

    /// <returns>Each attempt's named refusal, or null where it succeeded.</returns>
    public static async Task<IpCityException?[]> RunAsync(int count, Func<int, Task> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var outcomes = await RunAsync(count, async i =>
        {
            await attempt(i);
            return true;
        });
        return outcomes.Select(o => o.Error).ToArray();
    }
}
