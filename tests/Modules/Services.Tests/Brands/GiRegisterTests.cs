using IpCity.BuildingBlocks.Errors;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Services.Tests.Agencies.AgencyTestKit;
using static IpCity.Services.Tests.Brands.BrandTestKit;

namespace IpCity.Services.Tests.Brands;

/// <summary>
/// Issue 6 §4 on SQLite and PostgreSQL: the city's GIs from the real facts list, the authorised-user import (idempotent,
/// bad rows with row/field/reason), the public counts, district scoping (404 plus AccessDenied), revocation and use
/// supervision records.
/// </summary>
public sealed class GiRegisterTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<T> Gis<T>(Platform platform, Func<IGiRegister, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IGiRegister>()));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Authorised_users_import_once_and_bad_rows_are_reported(string provider)
    {
        await using var platform = await StartAsync(provider);
        await ImportGisAsync(platform);

        var gis = await Gis(platform, r => r.PublicListAsync());
        // The city's GIs only: 军山湖大闸蟹 (two types, 进贤县) and 秀挹三江萝卜腌菜 (南昌县); not 狗牯脑茶 etc.
        Assert.Equal(["军山湖大闸蟹", "军山湖大闸蟹", "秀挹三江萝卜腌菜"], gis.Select(g => g.Name).Order());
        Assert.All(gis, g => Assert.Equal(0, g.ActiveUsers));

        var first = await ImportUsersAsync(platform, UsersWorkbook());
        Assert.Equal((6, 3, 0, 0, 3), (first.Rows, first.Inserted, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal([(4, "giType"), (5, "creditCode"), (6, "giName")], first.Issues.Select(i => (i.Row, i.Field)));
        Assert.Equal("91360121MA35GIX0", first.Issues[1].Value);
        Assert.Contains("类型", first.Issues[0].Reason, StringComparison.Ordinal);

        var again = await ImportUsersAsync(platform, UsersWorkbook());
        Assert.Equal((0, 0, 3, 3), (again.Inserted, again.Updated, again.Unchanged, again.Rejected));

        gis = await Gis(platform, r => r.PublicListAsync());
        Assert.Equal(2, gis.Single(g => g.Name == "秀挹三江萝卜腌菜").ActiveUsers);
        Assert.Equal(1, gis.Single(g => g.Name == "军山湖大闸蟹" && g.Type == "Product").ActiveUsers);
        Assert.Equal(0, gis.Single(g => g.Name == "军山湖大闸蟹" && g.Type == "Agricultural").ActiveUsers);

        var users = await Gis(platform, r => r.ListUsersAsync(City, null, null));
        var jinxian = users.Single(u => u.CreditCode == FirmJinxian);
        Assert.Equal((Jinxian, "GI-2020-001", D("2020-05-01")), (jinxian.CountyCode!, jinxian.ApprovalNumber!, jinxian.ApprovedOn!.Value));

        // A changed row is an update; revoking through a row with its date is an update too.
        var changed = ImportRows(UserRow("秀挹三江萝卜腌菜", null, "南昌县三江食品有限公司", FirmNanchangxian, "江西省南昌市南昌县莲塘镇 1 号", "GI-2021-002", "2021-03-01", "已撤销", "2026-01-15"),
            UserRow("秀挹三江萝卜腌菜", null, "南昌县三江食品有限公司", FirmNanchangxian, "江西省南昌市南昌县莲塘镇 1 号", "GI-2021-002", "2021-03-01", "已撤销", null));
        var third = await ImportUsersAsync(platform, changed);
        Assert.Equal((1, 1), (third.Updated, third.Rejected));
        Assert.Equal("revokedOn", Assert.Single(third.Issues).Field);
        Assert.Equal(1, (await Gis(platform, r => r.PublicListAsync())).Single(g => g.Name == "秀挹三江萝卜腌菜").ActiveUsers);

        // Only the city office imports.
        var denied = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp =>
            sp.GetRequiredService<IGiRegister>().ImportUsersAsync(DonghuOfficer, "/nonexistent.xlsx")));
        Assert.Equal(403, denied.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task District_officers_see_and_write_only_their_firms_and_supervision_links_the_user(string provider)
    {
        await using var platform = await StartAsync(provider);
        await ImportGisAsync(platform);
        await ImportUsersAsync(platform, UsersWorkbook());
        var gis = await Gis(platform, r => r.PublicListAsync());
        var crab = gis.Single(g => g.Name == "军山湖大闸蟹" && g.Type == "Product").Key;
        var radish = gis.Single(g => g.Name == "秀挹三江萝卜腌菜").Key;
        var users = await Gis(platform, r => r.ListUsersAsync(City, null, null));
        var jinxian = users.Single(u => u.CreditCode == FirmJinxian);

        // 东湖区 sees its firm only; another district's firm by id is 404 with an AccessDenied row.
        Assert.Equal([FirmDonghu], (await Gis(platform, r => r.ListUsersAsync(DonghuOfficer, null, null))).Select(u => u.CreditCode));
        var before = await AuditsAsync(platform, "AccessDenied");
        var hidden = await Assert.ThrowsAsync<IpCityException>(() => Gis(platform, r => r.GetUserAsync(DonghuOfficer, jinxian.Id)));
        Assert.Equal((404, "GI_USER_NOT_FOUND"), (hidden.Status, hidden.Code));
        Assert.Equal(before + 1, await AuditsAsync(platform, "AccessDenied"));
        var revokeHidden = await Assert.ThrowsAsync<IpCityException>(() => Gis(platform, r => r.RevokeUserAsync(DonghuOfficer, jinxian.Id, new RevokeGiUserRequest(D("2026-01-01"), null))));
        Assert.Equal(404, revokeHidden.Status);

        // A district registers a firm of its own unit, not one elsewhere.
        var code = CreditCode("91360102MA35GKD04");
        var mine = await Gis(platform, r => r.SaveUserAsync(DonghuOfficer, radish, new GiUserRequest("东湖腌菜二店", code, "GI-2023-004", D("2023-01-01"), DonghuAddress)));
        Assert.Equal((Donghu, GiUserStatuses.Active), (mine.CountyCode!, mine.Status));
        var outside = await Assert.ThrowsAsync<IpCityException>(() => Gis(platform, r => r.SaveUserAsync(DonghuOfficer, radish, new GiUserRequest("西湖腌菜店", CreditCode("91360103MA35GKE05"), null, null, XihuAddress))));
        Assert.Equal("GI_UNIT", outside.Code);
        var badCode = await Assert.ThrowsAsync<IpCityException>(() => Gis(platform, r => r.SaveUserAsync(City, radish, new GiUserRequest("某店", "91360102MA35GKD0X", null, null, DonghuAddress))));
        Assert.Equal("GI_USER_INVALID", badCode.Code);

        // Supervision: the city records a check of the 进贤 firm (linked to its user record, 进贤县); 东湖区 cannot read it by id.
        var check = await Gis(platform, r => r.AddSupervisionAsync(City, crab, new GiSupervisionRequest(D("2026-02-10"), "南昌市市场监督管理局", "进贤县军山湖蟹业有限公司", FirmJinxian, null,
            "包装使用专用标志未标注核准编号", "NonCompliant", "限期整改", null)));
        Assert.Equal((jinxian.Id, Jinxian, GiCheckResults.NonCompliant), (check.UserId!.Value, check.CountyCode!, check.Result));
        var hiddenCheck = await Assert.ThrowsAsync<IpCityException>(() => Gis(platform, r => r.GetSupervisionAsync(DonghuOfficer, check.Id)));
        Assert.Equal((404, "GI_SUPERVISION_NOT_FOUND"), (hiddenCheck.Status, hiddenCheck.Code));
        var own = await Gis(platform, r => r.AddSupervisionAsync(DonghuOfficer, radish, new GiSupervisionRequest(D("2026-02-11"), "东湖区市场监督管理局", "东湖腌菜二店", code, null, "规范使用", "合规", null, null)));
        Assert.Equal([own.Id], (await Gis(platform, r => r.ListSupervisionAsync(DonghuOfficer, null))).Select(s => s.Id));
        Assert.Equal(2, (await Gis(platform, r => r.ListSupervisionAsync(City, null))).Count);
        var unknownCase = await Assert.ThrowsAsync<IpCityException>(() => Gis(platform, r => r.AddSupervisionAsync(City, crab, new GiSupervisionRequest(D("2026-02-12"), "市局", "进贤县军山湖蟹业有限公司", FirmJinxian, null,
            "冒用", "NonCompliant", null, "NO-SUCH-CASE"))));
        Assert.Equal("GI_SUPERVISION_CASE_NOT_FOUND", unknownCase.Code);

        // Revocation: the public count follows; a second revocation is refused.
        var revoked = await Gis(platform, r => r.RevokeUserAsync(City, jinxian.Id, new RevokeGiUserRequest(D("2026-02-20"), "核准到期未延续")));
        Assert.Equal((GiUserStatuses.Revoked, D("2026-02-20")), (revoked.Status, revoked.RevokedOn!.Value));
        Assert.Equal(0, (await Gis(platform, r => r.GetPublicAsync(crab))).ActiveUsers);
        Assert.Equal("GI_USER_REVOKED", (await Assert.ThrowsAsync<IpCityException>(() => Gis(platform, r => r.RevokeUserAsync(City, jinxian.Id, new RevokeGiUserRequest(D("2026-02-21"), null))))).Code);
        Assert.Equal(1, await AuditsAsync(platform, "GiUserRevoked"));
        Assert.Equal(2, await AuditsAsync(platform, "GiSupervisionRecorded"));
    }

    private static byte[] ImportRows(params Dictionary<string, object?>[] rows)
    {
        using var ms = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(ms, rows.ToList());
        return ms.ToArray();
    }
}
