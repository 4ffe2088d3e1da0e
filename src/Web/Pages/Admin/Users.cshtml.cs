using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Admin;

[Authorize(Policy = Policies.SecAdmin)]
public sealed class UsersModel : PageModel
{
    private readonly IAccountAdmin _admin;

    public UsersModel(IAccountAdmin admin)
    {
        _admin = admin;
    }

    public IReadOnlyList<UserDto> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public static string RoleName(string role) => role switch
    {
        Roles.Enterprise => "企业用户",
        Roles.DistrictOfficer => "区县工作人员",
        Roles.DeptOfficer => "成员单位工作人员",
        Roles.CityOfficer => "市局工作人员",
        Roles.SysAdmin => "系统管理员",
        Roles.SecAdmin => "安全管理员",
        Roles.AuditAdmin => "审计管理员",
        _ => role,
    };

    public async Task OnGetAsync(CancellationToken ct) => Users = await _admin.ListUsersAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(string newUserName, string? newDisplayName, string newRole, string? newUnitCode, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var created = await _admin.CreateUserAsync(new CreateUserRequest(newUserName, newDisplayName ?? newUserName, newRole, null, string.IsNullOrWhiteSpace(newUnitCode) ? null : newUnitCode.Trim()), false, ct);
            return $"已创建 {created.User.UserName}。初始密码：{created.GeneratedPassword}" + (created.TotpSecret is null ? string.Empty : $"；TOTP 密钥：{created.TotpSecret}");
        }, ct);

    public Task<IActionResult> OnPostToggleAsync(Guid id, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var user = await _admin.GetUserAsync(id, ct);
            var updated = await _admin.SetDisabledAsync(id, !user.IsDisabled, ct);
            return updated.IsDisabled ? $"已停用 {updated.UserName}，其登录会话已全部注销。" : $"已启用 {updated.UserName}。";
        }, ct);

    public Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken ct) =>
        RunAsync(async () => $"一次性密码：{await _admin.ResetPasswordAsync(id, null, true, ct)} (首次登录须修改)", ct);

    public Task<IActionResult> OnPostGrantAsync(Guid id, string role, CancellationToken ct) =>
        RunAsync(async () => $"已授予 {RoleName(role)}：{(await _admin.GrantRoleAsync(id, role, ct)).UserName}", ct);

    private async Task<IActionResult> RunAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
        }
        catch (IpCityException ex)
        {
            Message = $"{ex.Message} ({ex.Code})";
            IsError = true;
            Response.StatusCode = ex.Status;
        }

        Users = await _admin.ListUsersAsync(ct);
        return Page();
    }
}
