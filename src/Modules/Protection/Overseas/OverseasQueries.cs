using IpCity.Protection.Contracts;
using IpCity.Protection.Registers;

namespace IpCity.Protection.Overseas;

/// <summary>The public read side over the overseas and register services (one implementation of their rules).</summary>
internal sealed class OverseasQueries : IOverseasQueries
{
    private readonly OverseasDisputes _disputes;
    private readonly OverseasLibrary _library;
    private readonly OverseasRiskAlerts _alerts;
    private readonly ResolutionBodyRegister _bodies;

    public OverseasQueries(OverseasDisputes disputes, OverseasLibrary library, OverseasRiskAlerts alerts, ResolutionBodyRegister bodies)
    {
        _disputes = disputes;
        _library = library;
        _alerts = alerts;
        _bodies = bodies;
    }

    public static OverseasReferenceDto ReferenceData() => new(
        RegisterLabels.List(RegisterLabels.BodyKinds),
        RegisterLabels.List(RegisterLabels.Fields),
        RegisterLabels.List(RegisterLabels.DisputeTypes),
        RegisterLabels.List(RegisterLabels.DisputeStatuses),
        RegisterLabels.List(RegisterLabels.GuideKinds),
        RegisterLabels.List(RegisterLabels.ServiceBodyKinds),
        Countries.All.Select(c => new CodeLabel(c.Code, c.Name)).ToList());

    public OverseasReferenceDto Reference() => ReferenceData();

    public Task<RegisterPage<OverseasDisputeDto>> SearchDisputesAsync(ProtectionActor actor, OverseasDisputeQuery query, CancellationToken ct = default) => _disputes.SearchAsync(actor, query, ct);

    public Task<RegisterPage<CountryGuideDto>> SearchGuidesAsync(CountryGuideQuery query, CancellationToken ct = default) => _library.SearchGuidesAsync(query, ct);

    public Task<RegisterPage<ServiceBodyDto>> SearchServiceBodiesAsync(ProtectionActor actor, ServiceBodyQuery query, CancellationToken ct = default) => _library.SearchServiceBodiesAsync(actor, query, ct);

    public Task<OverseasRiskAlertDto> AlertsAsync(ProtectionActor actor, string? enterprise, int? years = null, CancellationToken ct = default) => _alerts.GetAsync(actor, enterprise, years, ct);

    public Task<RegisterPage<ResolutionBodyDto>> SearchBodiesAsync(ProtectionActor actor, ResolutionBodyQuery query, bool portal, CancellationToken ct = default) => _bodies.SearchAsync(actor, query, portal, ct);
}
