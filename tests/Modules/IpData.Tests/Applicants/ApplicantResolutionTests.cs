using System.Text;
using IpCity.IpData.Applicants;
using IpCity.IpData.Contracts;
using IpCity.IpData.Normalisation;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Applicants;

/// <summary>Applicant entity resolution: variants merge, credit codes link, types follow CNIPA's applicant types.</summary>
public sealed class ApplicantResolutionTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [InlineData("江西红谷新能源科技有限公司", "江西（南昌）红谷新能源科技有限责任公司")]
    [InlineData("江西红谷新能源科技有限公司", "江西红谷 新能源科技有限公司")]
    [InlineData("江西红谷新能源科技有限公司", "江西(南昌)红谷新能源科技有限公司")]
    [InlineData("Nestec S.A.", "NESTEC SA")]
    public void Name_variants_share_a_key(string a, string b) =>
        Assert.Equal(ApplicantResolver.NameKey(a), ApplicantResolver.NameKey(b));

    [Theory]
    [InlineData("南昌大学", "University")]
    [InlineData("南昌工程学院", "University")]
    [InlineData("中国科学院赣江创新研究院", "ResearchInstitute")]
    [InlineData("江西省农业科学院农业工程研究所", "ResearchInstitute")]
    [InlineData("南昌市市场监督管理局", "GovernmentBody")]
    [InlineData("江西省人民医院", "GovernmentBody")]
    [InlineData("江铃汽车股份有限公司", "Enterprise")]
    [InlineData("南昌县小蓝汽车配件厂", "Enterprise")]
    [InlineData("Nestec S.A.", "Enterprise")]
    [InlineData("Microsoft Corporation", "Enterprise")]
    [InlineData("张伟", "Individual")]
    [InlineData("Yeow Ng", "Individual")]
    [InlineData("HASCHKE, Ferdinand", "Individual")]
    public void Applicant_types_follow_the_name(string name, string type) =>
        Assert.Equal(type, ApplicantResolver.Classify(name).ToString());

    private static string App(string d) => d + "." + CnApplicationNumber.CheckCharacter(d);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Variants_across_rows_become_one_applicant_and_merging_moves_the_portfolio(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var sb = new StringBuilder("申请号,申请日,公开（公告）号,专利类型,发明名称,申请（专利权）人,申请人地址,统一社会信用代码,法律状态\r\n");
        string[] names = ["江西红谷新能源科技有限公司", "江西（南昌）红谷新能源科技有限责任公司", "江西红谷 新能源科技有限公司", "南昌大学", "南昌大学；江西红谷新能源科技有限公司", "红谷新能源公司"];
        for (var i = 0; i < names.Length; i++)
        {
            var code = i == 0 ? "91350100M000100Y43" : string.Empty;
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{App(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"20201{i:D7}"))},2020-0{i + 1}-01,CN11{i:D7}A,发明,测试专利{i},{names[i]},江西省南昌市红谷滩区,{code},有效\r\n");
        }

        var path = Path.Combine(platform.Store.Storage.DataDirectory, "applicants.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), new UTF8Encoding(false));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));

        await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<IApplicantQueries>();
            var all = await q.ListAsync(null, null);
            Assert.Equal(3, all.Count);
            var firm = Assert.Single(all, a => a.Name == "江西红谷新能源科技有限公司");
            Assert.Equal(("Enterprise", "91350100M000100Y43", 3, 4), (firm.Type, firm.CreditCode, firm.Variants, firm.Patents));
            var university = Assert.Single(all, a => a.Name == "南昌大学");
            Assert.Equal(("University", 2), (university.Type, university.Patents));
            var other = Assert.Single(all, a => a.Name == "红谷新能源公司");

            var portfolio = await q.GetAsync(firm.Id);
            Assert.Equal(4, portfolio!.ByType["Invention"]);
            Assert.Contains("江西（南昌）红谷新能源科技有限责任公司", portfolio.Variants);

            await q.MergeAsync(other.Id, firm.Id);
            var after = await q.ListAsync("红谷", null);
            var merged = Assert.Single(after);
            Assert.Equal((4, 5), (merged.Variants, merged.Patents));
            Assert.Equal(firm.Id, (await q.GetAsync(other.Id))!.MergedIntoId);
            var again = await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() => q.MergeAsync(other.Id, firm.Id));
            Assert.Equal("APPLICANT_ALREADY_MERGED", again.Code);
        });

        // A re-import keeps the links (no new entities, no duplicate variants).
        var second = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path])));
        Assert.Equal(6, second.Unchanged);
        Assert.Equal(2, (await platform.InScopeAsync(sp => sp.GetRequiredService<IApplicantQueries>().ListAsync(null, null))).Count);
    }
}
