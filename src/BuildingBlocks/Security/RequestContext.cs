namespace IpCity.BuildingBlocks.Security;

/// <summary>Who is acting and from where; filled by the web host from the request, by the CLI from the OS user.</summary>
public interface IRequestContext
{
    string? ActorId { get; }

    string? ActorName { get; }

    string? Role { get; }

    string? UnitCode { get; }

    string? ClientIp { get; }

    string? TraceId { get; }
}

/// <summary>Fixed context for the CLI and background jobs.</summary>
public sealed class SystemRequestContext : IRequestContext
{
    public SystemRequestContext(string actorName)
    {
        ActorName = actorName;
    }

    public string? ActorId => null;

    public string? ActorName { get; }

    public string? Role => "System";

    public string? UnitCode => null;

    public string? ClientIp => "local";

    public string? TraceId { get; } = Guid.NewGuid().ToString("N");
}
