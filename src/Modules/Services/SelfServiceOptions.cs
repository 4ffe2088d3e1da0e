namespace IpCity.Services;

/// <summary>How far ahead self-service warns: annual fees (days) and trademark renewals (months); the trademark grace period.</summary>
public sealed class SelfServiceOptions
{
    public int AnnuityWarningDays { get; set; } = 90;

    public int RenewalWindowMonths { get; set; } = 12;

    public int RenewalGraceMonths { get; set; } = 6;
}
