using IpCity.BuildingBlocks.Security;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Protection.Tests.Cases;

internal static class CaseTestKit
{
    public const string Donghu = "360102";
    public const string Xihu = "360103";

    public static readonly ProtectionActor City = new("city.officer", Roles.CityOfficer, null, null, []);
    public static readonly ProtectionActor CityConfidential = new("city.secret", Roles.CityOfficer, null, null, [Labels.Confidential]);
    public static readonly ProtectionActor DonghuOfficer = new("donghu.officer", Roles.DistrictOfficer, Donghu, null, []);
    public static readonly ProtectionActor XihuOfficer = new("xihu.officer", Roles.DistrictOfficer, Xihu, null, []);

    /// <summary>A platform with the Nanchang profile and the holiday calendars the product ships (2024–2026), the clock at <paramref name="beijingDate"/> 09:00.</summary>
    public static async Task<Platform> StartAsync(string provider, DateOnly beijingDate)
    {
        var platform = await Platform.StartAsync(provider, now: Utc(beijingDate));
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadStarterAsync());
        return platform;
    }

    public static void At(Platform platform, DateOnly beijingDate) => platform.Clock.SetUtcNow(Utc(beijingDate));

    private static DateTimeOffset Utc(DateOnly beijingDate) => new(beijingDate.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Task<CaseDetailDto> OpenAsync(Platform platform, ProtectionActor actor, string type, string received, string? unit = null, bool confidential = false, string respondentCode = "91360100MA35TEST0X") =>
        platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().OpenAsync(actor, new OpenCaseRequest(
            type, $"{type} {received}", "案情摘要", D(received), unit, confidential,
            [new PartyInput(PartyRoles.Requester, "Person", "张三丰", "360102199001011234", "13912345678", null), new PartyInput(PartyRoles.Respondent, "Enterprise", "南昌某某商贸有限公司", respondentCode, null, null)])));

    public static async Task<CaseDetailDto> ActAsync(Platform platform, ProtectionActor actor, CaseDetailDto c, string action, string on, Func<CaseActionRequest, CaseActionRequest>? with = null)
    {
        var request = new CaseActionRequest(action, c.Version, D(on));
        return await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().ActAsync(actor, c.Summary.Id, with is null ? request : with(request)));
    }

    public static Task<CaseDetailDto> AssignAsync(Platform platform, ProtectionActor actor, CaseDetailDto c, params string[] handlers) =>
        platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().AssignAsync(actor, c.Summary.Id, new AssignHandlersRequest(handlers, c.Version)));

    /// <summary>Files, investigates, notifies, decides and closes a penalty case on the given dates (two handlers assigned first).</summary>
    public static async Task<CaseDetailDto> WalkAsync(Platform platform, ProtectionActor actor, CaseDetailDto c, string filed, string? closed, string decided = "")
    {
        c = await AssignAsync(platform, actor, c, "officer.a", "officer.b");
        c = await ActAsync(platform, actor, c, CaseActions.File, filed);
        if (closed is null)
        {
            return c;
        }

        c = await ActAsync(platform, actor, c, CaseActions.Investigate, filed);
        c = await ActAsync(platform, actor, c, CaseActions.Notify, decided.Length > 0 ? decided : closed);
        c = await ActAsync(platform, actor, c, CaseActions.Decide, decided.Length > 0 ? decided : closed);
        return await ActAsync(platform, actor, c, CaseActions.Close, closed);
    }
}
