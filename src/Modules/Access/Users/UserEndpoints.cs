using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Access.Users;

public sealed record GrantRoleRequest(string Role);

public sealed record PasswordResetResponse(string TemporaryPassword);

/// <summary>User and role management: SecAdmin only (三权分立).</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/access/users").WithTags("Access").RequireAuthorization(Policies.SecAdmin);
        users.MapGet(string.Empty, async (IAccountAdmin admin, CancellationToken ct) => Results.Ok(await admin.ListUsersAsync(ct))).WithName("ListUsers");
        users.MapGet("/{id:guid}", async (Guid id, IAccountAdmin admin, CancellationToken ct) => Results.Ok(await admin.GetUserAsync(id, ct))).WithName("GetUser");
        users.MapPost(string.Empty, async (CreateUserRequest request, IAccountAdmin admin, CancellationToken ct) =>
        {
            var created = await admin.CreateUserAsync(request, false, ct);
            return Results.Created($"/api/access/users/{created.User.Id}", created);
        }).WithName("CreateUser");
        users.MapPost("/{id:guid}/roles", async (Guid id, GrantRoleRequest request, IAccountAdmin admin, CancellationToken ct) =>
            Results.Ok(await admin.GrantRoleAsync(id, request.Role, ct))).WithName("GrantRole");
        users.MapDelete("/{id:guid}/roles/{role}", async (Guid id, string role, IAccountAdmin admin, CancellationToken ct) =>
            Results.Ok(await admin.RevokeRoleAsync(id, role, ct))).WithName("RevokeRole");
        users.MapPut("/{id:guid}/labels", async (Guid id, SetLabelsRequest request, IAccountAdmin admin, CancellationToken ct) =>
            Results.Ok(await admin.SetLabelsAsync(id, request.Labels, ct))).WithName("SetUserLabels").WithSummary("账户密级标识 (如 Confidential: 可见涉密案件)");
        users.MapPost("/{id:guid}/disable", async (Guid id, IAccountAdmin admin, CancellationToken ct) =>
            Results.Ok(await admin.SetDisabledAsync(id, true, ct))).WithName("DisableUser");
        users.MapPost("/{id:guid}/enable", async (Guid id, IAccountAdmin admin, CancellationToken ct) =>
            Results.Ok(await admin.SetDisabledAsync(id, false, ct))).WithName("EnableUser");
        users.MapPost("/{id:guid}/reset-password", async (Guid id, IAccountAdmin admin, CancellationToken ct) =>
            Results.Ok(new PasswordResetResponse(await admin.ResetPasswordAsync(id, null, true, ct)))).WithName("ResetPassword");
    }
}
