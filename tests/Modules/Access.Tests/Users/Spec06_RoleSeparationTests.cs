using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Access.Tests.Users;

/// <summary>SECURITY.md spec 6 (store part): 三权分立 and no default administrator names.</summary>
public sealed class Spec06_RoleSeparationTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_account_cannot_hold_two_admin_roles_or_an_admin_and_a_business_role(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(async sp =>
        {
            var admin = sp.GetRequiredService<IAccountAdmin>();
            var sec = await admin.CreateUserAsync(new CreateUserRequest("li.sec", "李安全", Roles.SecAdmin));
            Assert.NotNull(sec.TotpSecret);
            Assert.NotNull(sec.GeneratedPassword);
            foreach (var other in new[] { Roles.AuditAdmin, Roles.SysAdmin, Roles.CityOfficer })
            {
                var error = await Assert.ThrowsAsync<IpCityException>(() => admin.GrantRoleAsync(sec.User.Id, other));
                Assert.Equal(ErrorCodes.RoleSeparation, error.Code);
                Assert.Equal(409, error.Status);
            }

            var officer = await admin.CreateUserAsync(new CreateUserRequest("wang.city", "王市局", Roles.CityOfficer));
            Assert.Null(officer.TotpSecret);
            var e2 = await Assert.ThrowsAsync<IpCityException>(() => admin.GrantRoleAsync(officer.User.Id, Roles.AuditAdmin));
            Assert.Equal(ErrorCodes.RoleSeparation, e2.Code);

            var dept = await admin.GrantRoleAsync(officer.User.Id, Roles.DeptOfficer);
            Assert.Equal([Roles.CityOfficer, Roles.DeptOfficer], dept.Roles);
            Assert.Equal([Roles.SecAdmin], (await admin.GetUserAsync(sec.User.Id)).Roles);

            // SECURITY.md spec 5: the TOTP seed is stored SM4-GCM encrypted, never in clear.
            var db = sp.GetRequiredService<IpCity.Access.Data.AccessDbContext>();
            var stored = db.Users.Single(u => u.Id == sec.User.Id).TotpSecretCipher!;
            Assert.StartsWith("SM4-GCM:v1:", stored, StringComparison.Ordinal);
            Assert.DoesNotContain(sec.TotpSecret!, stored, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("sa")]
    [InlineData("ROOT")]
    [InlineData("Administrator")]
    public async Task Default_administrator_names_are_refused(string name)
    {
        await using var platform = await Platform.StartAsync(TestDatabases.Sqlite);
        var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp =>
            sp.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest(name, name, Roles.SysAdmin))));
        Assert.Equal(ErrorCodes.ReservedUserName, error.Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_district_officer_needs_a_unit_and_names_are_validated(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(async sp =>
        {
            var admin = sp.GetRequiredService<IAccountAdmin>();
            var noUnit = await Assert.ThrowsAsync<IpCityException>(() => admin.CreateUserAsync(new CreateUserRequest("qu.officer", "区县", Roles.DistrictOfficer)));
            Assert.Equal(ErrorCodes.Validation, noUnit.Code);
            var badName = await Assert.ThrowsAsync<IpCityException>(() => admin.CreateUserAsync(new CreateUserRequest("bad\r\nname", "x", Roles.Enterprise)));
            Assert.Equal(ErrorCodes.Validation, badName.Code);
            var unknown = await Assert.ThrowsAsync<IpCityException>(() => admin.CreateUserAsync(new CreateUserRequest("someone", "x", "Superuser")));
            Assert.Equal(ErrorCodes.UnknownRole, unknown.Code);
            await admin.CreateUserAsync(new CreateUserRequest("赵区县", "赵", Roles.DistrictOfficer, null, "360103"));
            var dup = await Assert.ThrowsAsync<IpCityException>(() => admin.CreateUserAsync(new CreateUserRequest("赵区县", "赵", Roles.Enterprise)));
            Assert.Equal(ErrorCodes.DuplicateUserName, dup.Code);
        });
    }
}
