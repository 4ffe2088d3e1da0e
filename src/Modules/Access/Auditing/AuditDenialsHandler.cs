using IpCity.BuildingBlocks.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Access.Auditing;

/// <summary>Records every permission denial (forbidden, or a challenge on a protected endpoint) in the audit trail.</summary>
internal sealed class AuditDenialsHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            var audit = context.RequestServices.GetRequiredService<IAuditTrail>();
            var path = context.Request.Path.Value ?? "/";
            await audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "Endpoint", $"{context.Request.Method} {path}", authorizeResult.Forbidden ? "forbidden" : "not signed in"), context.RequestAborted);
        }

        await _inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
