using System.Globalization;
using IpCity.Services.Contracts;

namespace IpCity.Web.Pages.Services.Agencies;

/// <summary>Display names and formats of the agency pages.</summary>
public static class AgencyText
{
    public static readonly IReadOnlyList<(string Code, string Name)> Statuses =
        AgencyStatuses.All.Select(s => (s, AgencyStatuses.Name(s))).ToList();

    public static readonly IReadOnlyList<(string Code, string Name)> Roles =
        EngagementRoles.All.Select(r => (r, EngagementRoles.Name(r))).ToList();

    public static readonly IReadOnlyList<(string Code, string Name)> Categories =
    [
        (AgentCategories.QualifiedPatentAttorneys, "取得专利代理师资格"),
        (AgentCategories.PractisingPatentAttorneys, "执业专利代理师"),
        (AgentCategories.TrademarkAgencyStaff, "商标代理从业人员"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> Kinds = [("Patent", "专利代理机构"), ("Trademark", "商标代理机构")];

    public static string Status(string code) => AgencyStatuses.Name(code);

    public static string Role(string code) => EngagementRoles.Name(code);

    public static string Supervision(string code) => SupervisionKinds.Name(code);

    public static string Category(string code) => Categories.Where(c => c.Code == code).Select(c => c.Name).FirstOrDefault() ?? code;

    public static string Kind(bool patent, bool trademark) => (patent, trademark) switch
    {
        (true, true) => "专利 + 商标",
        (true, false) => "专利",
        (false, true) => "商标",
        _ => "-",
    };

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The filters that are set, as a query string without the leading '?'.</summary>
    public static string Query(params (string Name, string? Value)[] filters) =>
        Microsoft.AspNetCore.Http.QueryString.Create(filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value))).ToUriComponent().TrimStart('?');
}
