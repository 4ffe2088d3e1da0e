using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.IpData.Contracts;
using IpCity.IpData.Normalisation;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Applicants;

/// <summary>Splitting wrongly merged name variants off an applicant: variants and patent links move, re-imports follow.</summary>
public sealed class SplitApplicantTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string s_validCode = "91360100MA35F0000" + UnifiedSocialCreditCode.CheckCharacter("91360100MA35F0000");

    /// <summary>Four rows whose names all share one key: two firms that the resolver wrongly took as one.</summary>
    internal static async Task<string> WriteRowsAsync(string dir)
    {
        string[] names = ["南昌红谷科技有限公司", "南昌红谷科技有限公司", "南昌红谷 科技有限公司", "南昌红谷科技有限责任公司"];
        var sb = new StringBuilder("申请号,申请日,公开（公告）号,专利类型,发明名称,申请（专利权）人,申请人地址,法律状态\r\n");
        for (var i = 0; i < names.Length; i++)
        {
            var digits = string.Create(CultureInfo.InvariantCulture, $"20211{i:D7}");
            sb.Append(CultureInfo.InvariantCulture, $"{digits}.{CnApplicationNumber.CheckCharacter(digits)},2021-0{i + 1}-01,CN12{i:D7}A,发明,拆分测试{i},{names[i]},江西省南昌市红谷滩区,审中\r\n");
        }

        var path = Path.Combine(dir, "split.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), new UTF8Encoding(false));
        return path;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Split_moves_the_variants_and_their_patents_and_reimports_follow(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var path = await WriteRowsAsync(platform.Store.Storage.DataDirectory);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));

        var (originalId, newId) = await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<IApplicantQueries>();
            var one = Assert.Single(await q.ListAsync("红谷", null));
            Assert.Equal((3, 4), (one.Variants, one.Patents));

            var created = await q.SplitAsync(one.Id, new SplitApplicantRequest(["南昌红谷 科技有限公司", "南昌红谷科技有限责任公司"], "ResearchInstitute", s_validCode.ToLowerInvariant()));
            Assert.Equal(("南昌红谷 科技有限公司", "ResearchInstitute", 2, 2), (created.Name, created.Type, created.Variants, created.Patents));
            Assert.Equal(s_validCode, created.CreditCode);

            var left = (await q.GetAsync(one.Id))!;
            Assert.Equal(["南昌红谷科技有限公司"], left.Variants);
            Assert.Equal(2, left.Applicant.Patents);
            return (one.Id, created.Id);
        });

        // A re-import resolves each raw name by its variant: the split stands.
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        Assert.Equal(4, again.Unchanged);
        await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<IApplicantQueries>();
            Assert.Equal(2, (await q.GetAsync(originalId))!.Applicant.Patents);
            Assert.Equal(2, (await q.GetAsync(newId))!.Applicant.Patents);
            Assert.Equal(2, (await q.ListAsync("红谷", null)).Count);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_split_requests_get_stable_codes_and_change_nothing(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var path = await WriteRowsAsync(platform.Store.Storage.DataDirectory);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<IApplicantQueries>();
            var id = Assert.Single(await q.ListAsync("红谷", null)).Id;
            async Task<string> CodeOf(long target, SplitApplicantRequest request) => (await Assert.ThrowsAsync<IpCityException>(() => q.SplitAsync(target, request))).Code;

            Assert.Equal("APPLICANT_SPLIT_EMPTY", await CodeOf(id, new SplitApplicantRequest([" "])));
            Assert.Equal("APPLICANT_VARIANT_NOT_FOUND", await CodeOf(id, new SplitApplicantRequest(["南昌红谷科技有限公司", "别的公司"])));
            Assert.Equal("APPLICANT_SPLIT_ALL_VARIANTS", await CodeOf(id, new SplitApplicantRequest(["南昌红谷科技有限公司", "南昌红谷 科技有限公司", "南昌红谷科技有限责任公司"])));
            Assert.Equal("APPLICANT_TYPE_INVALID", await CodeOf(id, new SplitApplicantRequest(["南昌红谷科技有限公司"], "3")));
            Assert.Equal("APPLICANT_CREDIT_CODE_INVALID", await CodeOf(id, new SplitApplicantRequest(["南昌红谷科技有限公司"], null, s_validCode[..17] + (s_validCode[17] == '0' ? '1' : '0'))));
            Assert.Equal(ErrorCodes.NotFound, await CodeOf(999_999, new SplitApplicantRequest(["南昌红谷科技有限公司"])));

            var unchanged = Assert.Single(await q.ListAsync("红谷", null));
            Assert.Equal((3, 4), (unchanged.Variants, unchanged.Patents));
        });
    }
}
