namespace IpCity.IpData.Trademarks;

/// <summary>Whether a registered trademark stands on a date: within its exclusive-right period and not cancelled, revoked or invalidated.</summary>
internal static class TrademarkStatus
{
    public static bool InForce(DateOnly? exclusiveFrom, DateOnly? exclusiveTo, string? status, DateOnly date) =>
        (exclusiveFrom is null || exclusiveFrom <= date) && (exclusiveTo is null || exclusiveTo >= date) && !IsEnded(status);

    /// <summary>CNIPA register wording for a registration that no longer stands.</summary>
    public static bool IsEnded(string? status) =>
        status is not null && (status.Contains("注销", StringComparison.Ordinal) || status.Contains("撤销", StringComparison.Ordinal)
            || status.Contains("无效", StringComparison.Ordinal) || status.Contains("失效", StringComparison.Ordinal));
}
