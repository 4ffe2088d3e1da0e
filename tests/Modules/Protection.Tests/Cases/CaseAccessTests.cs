using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Cases.CaseTestKit;

namespace IpCity.Protection.Tests.Cases;

/// <summary>
/// SECURITY.md specs 7-8 on the case register: a 东湖区 officer gets 404 for a 西湖区 case by id (with an
/// AccessDenied audit row) and sees none in lists, search or export; confidential cases need the label, even
/// for the city office; an enterprise sees only the cases it is a party to.
/// </summary>
public sealed class CaseAccessTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Districts_labels_and_enterprises_see_only_their_cases(string provider)
    {
        await using var platform = await StartAsync(provider, D("2026-06-30"));
        var donghu = await OpenAsync(platform, DonghuOfficer, CaseTypes.TrademarkInfringement, "2026-06-01");
        var xihu = await OpenAsync(platform, XihuOfficer, CaseTypes.PatentCounterfeiting, "2026-06-02", respondentCode: "91360100MA35OTHER1");
        var secret = await OpenAsync(platform, CityConfidential, CaseTypes.TrademarkInfringement, "2026-06-03", Xihu, confidential: true);
        Assert.Equal(Donghu, donghu.Summary.UnitCode);
        var labelRequired = await Assert.ThrowsAsync<IpCityException>(() => OpenAsync(platform, City, CaseTypes.Other, "2026-06-03", confidential: true));
        Assert.Equal("CASE_LABEL_REQUIRED", labelRequired.Code);

        async Task<long> Denials() => (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: AuditEvents.AccessDenied, PageSize: 1)))).Total;
        Task<CasePage> List(ProtectionActor actor, string? text = null) => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().ListAsync(actor, new CaseQuery(Text: text)));
        async Task<List<CaseSummaryDto>> Export(ProtectionActor actor)
        {
            var all = new List<CaseSummaryDto>();
            await platform.InScopeAsync(async sp =>
            {
                await foreach (var c in sp.GetRequiredService<ICaseRegister>().ExportAsync(actor, new CaseQuery()))
                {
                    all.Add(c);
                }
            });
            return all;
        }

        // 东湖区: its own case only, in list, search and export; 西湖区's by id is 404 with an audit row, for reads and moves.
        Assert.Equal([donghu.Summary.Id], (await List(DonghuOfficer)).Items.Select(c => c.Id));
        Assert.Empty((await List(DonghuOfficer, xihu.Summary.Number)).Items);
        Assert.Equal([donghu.Summary.Id], (await Export(DonghuOfficer)).Select(c => c.Id));
        var before = await Denials();
        foreach (var attempt in new Func<Task>[]
        {
            () => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(DonghuOfficer, xihu.Summary.Id)),
            () => ActAsync(platform, DonghuOfficer, xihu, CaseActions.Refuse, "2026-06-10"),
            () => AssignAsync(platform, DonghuOfficer, xihu, "intruder"),
            () => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().OpenAttachmentAsync(DonghuOfficer, xihu.Summary.Id, 1)),
            () => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(XihuOfficer, secret.Summary.Id)),
        })
        {
            var e = await Assert.ThrowsAsync<IpCityException>(attempt);
            Assert.Equal(("CASE_NOT_FOUND", 404), (e.Code, e.Status));
        }

        Assert.Equal(before + 5, await Denials());

        // The confidential case: hidden from 西湖区 and from the city office without the label; visible with it.
        Assert.Equal([xihu.Summary.Id], (await List(XihuOfficer)).Items.Select(c => c.Id));
        Assert.DoesNotContain(secret.Summary.Id, (await List(City)).Items.Select(c => c.Id));
        Assert.Contains(secret.Summary.Id, (await List(CityConfidential)).Items.Select(c => c.Id));

        // An enterprise sees the cases where its credit code is a party's, nothing else; a member department none.
        var enterprise = new ProtectionActor("e1", Roles.Enterprise, null, "91360100MA35TEST0X", []);
        Assert.Equal([donghu.Summary.Id], (await List(enterprise)).Items.Select(c => c.Id));
        var notParty = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(enterprise, xihu.Summary.Id)));
        Assert.Equal(404, notParty.Status);
        Assert.Empty((await List(new ProtectionActor("d", Roles.DeptOfficer, "dept-amr", null, []))).Items);

        // Unmasking is for the handlers and the city office, and is audited.
        var unmaskDenied = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(enterprise, donghu.Summary.Id, unmask: true)));
        Assert.Equal("CASE_UNMASK_FORBIDDEN", unmaskDenied.Code);
        foreach (var missing in new[] { null, "  ", new string('理', 201) })
        {
            var noReason = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(City, donghu.Summary.Id, unmask: true, reason: missing)));
            Assert.Equal(("CASE_UNMASK_REASON", 400, "reason"), (noReason.Code, noReason.Status, noReason.Details["field"]));
        }

        var full = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(City, donghu.Summary.Id, unmask: true, reason: "电话核实投诉人身份"));
        Assert.Contains(full.Parties, p => p is { Name: "张三丰", IdNumber: "360102199001011234", Contact: "13912345678", Masked: false });
        var masked = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().GetAsync(City, donghu.Summary.Id));
        Assert.Contains(masked.Parties, p => p is { Name: "张**", IdNumber: "360***********1234", Contact: "139****5678", Masked: true });
        var viewed = await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: "PersonalDataViewed", PageSize: 5)));
        Assert.Equal(1, viewed.Total);
        Assert.EndsWith("reason: 电话核实投诉人身份", viewed.Items.Single().Detail, StringComparison.Ordinal);
    }
}
