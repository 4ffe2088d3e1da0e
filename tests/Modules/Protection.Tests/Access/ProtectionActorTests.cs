using System.Security.Claims;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;

namespace IpCity.Protection.Tests.Access;

/// <summary>The register's view of a signed-in principal: role precedence, unit, enterprise and labels from the claims.</summary>
public sealed class ProtectionActorTests
{
    private static ClaimsPrincipal Principal(params Claim[] claims) =>
        new(new ClaimsIdentity(claims.Prepend(new Claim(ClaimTypes.Name, "u1")), "test", ClaimTypes.Name, ClaimTypes.Role));

    [Fact]
    public void A_district_officer_with_the_confidential_label()
    {
        var actor = ProtectionActor.From(Principal(new Claim(ClaimTypes.Role, Roles.DistrictOfficer), new Claim(Policies.UnitClaim, "360102"), new Claim(Policies.LabelClaim, Labels.Confidential)));
        Assert.Equal((Roles.DistrictOfficer, "360102", (string?)null), (actor.Role, actor.UnitCode, actor.EnterpriseCode));
        Assert.True(actor.IsDistrict && actor.IsOfficer && !actor.IsCity);
        Assert.True(actor.Holds(Labels.Confidential));
    }

    [Fact]
    public void An_enterprise_acts_for_its_credit_code_and_holds_no_label()
    {
        var actor = ProtectionActor.From(Principal(new Claim(ClaimTypes.Role, Roles.Enterprise), new Claim(Policies.EnterpriseClaim, "91360100MA35XXXX0X")));
        Assert.True(actor.IsEnterprise && !actor.IsOfficer);
        Assert.Equal("91360100MA35XXXX0X", actor.EnterpriseCode);
        Assert.False(actor.Holds(Labels.Confidential));
    }

    [Fact]
    public void The_city_role_wins_and_an_anonymous_visitor_is_public()
    {
        Assert.True(ProtectionActor.From(Principal(new Claim(ClaimTypes.Role, Roles.DistrictOfficer), new Claim(ClaimTypes.Role, Roles.CityOfficer))).IsCity);
        var anonymous = ProtectionActor.From(new ClaimsPrincipal(new ClaimsIdentity()));
        Assert.Equal((Roles.Public, "anonymous"), (anonymous.Role, anonymous.Name));
    }
}
