using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;

namespace IpCity.Protection.Deadlines;

/// <summary>Changes to the calendar and the time limits are the city office's (the endpoints check the policy too).</summary>
internal static class CityOffice
{
    /// <summary>CityOfficer, or the CLI / a background job (no request user); otherwise 403 with <paramref name="code"/>.</summary>
    public static void Require(IRequestContext request, string code, string message)
    {
        var roles = (request.Role ?? string.Empty).Split('+');
        if (!roles.Contains(Roles.CityOfficer) && !roles.Contains("System"))
        {
            throw new IpCityException(code, message, 403);
        }
    }
}
