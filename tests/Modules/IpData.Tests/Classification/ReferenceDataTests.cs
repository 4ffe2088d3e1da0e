using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Classification;

/// <summary>The embedded Chinese IPC (all 77 242 codes) and WIPO fields load once and serve a tree.</summary>
public sealed class ReferenceDataTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_ipc_tree_loads_once_and_answers_paths_children_and_searches(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var first = await platform.InScopeAsync(sp => sp.GetRequiredService<IReferenceData>().LoadIpcAsync());
        Assert.Equal(77_242, first.Codes);
        Assert.Equal(77_242, first.Inserted);
        Assert.InRange(first.TechnologyFields, 700, 800);
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IReferenceData>().LoadIpcAsync());
        Assert.Equal(0, again.Inserted);

        await platform.InScopeAsync(async sp =>
        {
            var data = sp.GetRequiredService<IReferenceData>();
            var node = await data.GetIpcAsync("H01M10/0525");
            Assert.NotNull(node);
            Assert.Equal("H01M 10/0525", node!.Code.Symbol);
            Assert.Equal(["H", "H01", "H01M", "H01M 10/00"], node.Path.Select(p => p.Symbol));
            Assert.Contains("锂", node.Code.TitleZh, StringComparison.Ordinal);
            Assert.NotNull(node.Path[2].TitleEn);

            var subclass = await data.GetIpcAsync("H01M");
            Assert.Contains(subclass!.Children, c => c.Symbol == "H01M 10/00");
            Assert.Null(await data.GetIpcAsync("Z99Z"));

            var hits = await data.SearchIpcAsync("锂离子");
            Assert.NotEmpty(hits);
            Assert.All(hits, h => Assert.Contains("锂离子", h.TitleZh, StringComparison.Ordinal));
        });
    }
}
