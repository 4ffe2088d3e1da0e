namespace IpCity.Services.Contracts;

/// <summary>Synthetic demo data of the Services module (labelled 演示 in every name): agencies and practitioners, and the starter catalogue.</summary>
public interface IServicesDemo
{
    /// <summary>Loads the demo agency register (idempotent: the same workbook imports as unchanged) and the starter catalogue; returns a summary line.</summary>
    Task<string> LoadAsync(CancellationToken ct = default);
}
