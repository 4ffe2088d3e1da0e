using System.IO.Compression;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Cases.CaseTestKit;

namespace IpCity.Protection.Tests.Cases;

/// <summary>Issue 5 §1: notices generated from editable templates are kept with the case as documents with their hash; portal evidence is added with the tracking code.</summary>
public sealed class CaseNoticeTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_notice_from_an_edited_template_is_stored_on_the_case_and_portal_evidence_is_kept(string provider)
    {
        await using var platform = await StartAsync(provider, D("2026-06-30"));
        var c = await WalkAsync(platform, City, await OpenAsync(platform, City, CaseTypes.TrademarkInfringement, "2026-06-01", Donghu), "2026-06-02", null);
        var bad = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseNotices>().SaveTemplateAsync(City, "FilingNotice",
            new SaveNoticeTemplateRequest("立案通知书", "{请求人}: 案件 {案号} 已立案, 联系人 {联系人}。"))));
        Assert.Equal("NOTICE_TEMPLATE_PLACEHOLDER", bad.Code);
        var saved = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseNotices>().SaveTemplateAsync(City, "FilingNotice",
            new SaveNoticeTemplateRequest("立案通知书", "{请求人}:\n你方对{被请求人}的请求已于{立案日}立案, 案号 {案号}。")));
        Assert.Equal(2, saved.Version);

        var notice = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseNotices>().GenerateAsync(DonghuOfficer, c.Summary.Id, "FilingNotice"));
        Assert.Equal("Document", notice.Kind);
        var (attachment, content) = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().OpenAttachmentAsync(City, c.Summary.Id, notice.Id));
        Assert.Equal(notice.Sha256, attachment.Sha256);
        using var zip = new ZipArchive(content);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("张三丰:", xml, StringComparison.Ordinal);
        Assert.Contains("南昌某某商贸有限公司的请求已于2026年6月2日立案", xml, StringComparison.Ordinal);
        Assert.Contains(c.Summary.Number, xml, StringComparison.Ordinal);
        var other = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseNotices>().GenerateAsync(XihuOfficer, c.Summary.Id, "FilingNotice")));
        Assert.Equal(404, other.Status);

        // Portal evidence with the tracking code, while the complaint is in intake; checked by content, not by name.
        var receipt = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().FileComplaintAsync(new ComplaintRequest(
            CaseTypes.PatentCounterfeiting, "假冒专利", "标注的专利号不存在。", null, true, null, null, null, "某店", null)));
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var kept = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().AttachToComplaintAsync(receipt.TrackingCode, "照片.png", new MemoryStream(png)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)), kept.Sha256);
        var disguised = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().AttachToComplaintAsync(receipt.TrackingCode, "照片.png", new MemoryStream("%PDF-1.4"u8.ToArray()))));
        Assert.Equal("CASE_ATTACHMENT_TYPE_NOT_ALLOWED", disguised.Code);
        var unknown = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().AttachToComplaintAsync("nope", "a.png", new MemoryStream(png))));
        Assert.Equal(404, unknown.Status);
    }
}
