using System.Diagnostics;
using System.Security.Claims;
using IpCity.BuildingBlocks.Security;

namespace IpCity.Web.Hosting;

/// <summary>The acting user and client of the current HTTP request (client IP only via trusted proxies).</summary>
internal sealed class HttpRequestContext : IRequestContext
{
    private readonly IHttpContextAccessor _accessor;

    public HttpRequestContext(IHttpContextAccessor accessor)
    {
        _accessor = accessor;
    }

    private ClaimsPrincipal? User => _accessor.HttpContext?.User;

    public string? ActorId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>"system" for work the host does outside a request (demo seeding, start-up), "anonymous" for visitors.</summary>
    public string? ActorName => _accessor.HttpContext is null
        ? "system"
        : User?.Identity?.IsAuthenticated == true ? User.Identity.Name : "anonymous";

    public string? Role => _accessor.HttpContext is null
        ? "System"
        : User?.Identity?.IsAuthenticated == true ? string.Join('+', User.FindAll(ClaimTypes.Role).Select(c => c.Value)) : Roles.Public;

    public string? UnitCode => User?.FindFirstValue(Policies.UnitClaim);

    public string? ClientIp => _accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? TraceId => Activity.Current?.TraceId.ToString() ?? _accessor.HttpContext?.TraceIdentifier;
}
