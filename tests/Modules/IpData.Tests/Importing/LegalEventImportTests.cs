using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Importing.Tabular;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>法律事件 cells become dated legal events that drive the status on a reference date.</summary>
public sealed class LegalEventImportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Fact]
    public void Event_cells_split_into_dated_entries_and_reject_undated_ones()
    {
        var events = CnPatentRowMapper.Events("2023-03-01 未缴年费专利权终止；2019.05.01 授权|20190101：发明专利申请公布", "法律事件");
        Assert.Equal([new DateOnly(2019, 1, 1), new DateOnly(2019, 5, 1), new DateOnly(2023, 3, 1)], events.Select(e => e.Date));
        Assert.Equal(["发明专利申请公布", "授权", "未缴年费专利权终止"], events.Select(e => e.Description));
        Assert.Empty(CnPatentRowMapper.Events(null, "法律事件"));
        var bad = Assert.Throws<CnPatentRowMapper.RowRejected>(() => CnPatentRowMapper.Events("授权", "法律事件"));
        Assert.Equal("法律事件", bad.Field);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Imported_lapse_events_make_a_patent_lapsed_after_their_date(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "events.csv");
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, 300, 8));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file])));
        await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IpDataDbContext>();
            var lapses = await db.Set<IpCity.IpData.Domain.PatentEvent>().Where(e => e.Description == "未缴年费专利权终止").OrderBy(e => e.Id).Take(10).ToListAsync();
            Assert.NotEmpty(lapses);
            var status = sp.GetRequiredService<IPatentStatusQueries>();
            var shown = 0;
            foreach (var lapse in lapses)
            {
                var before = await status.GetStatusAsync(lapse.PatentId, lapse.Date.AddDays(-1));
                var after = await status.GetStatusAsync(lapse.PatentId, lapse.Date.AddDays(1));
                Assert.Contains(after!.Timeline, e => e.Description == "未缴年费专利权终止");
                if (before!.Status == "InForce" && after.Status == "LapsedNonPayment")
                {
                    shown++;
                }
            }

            Assert.True(shown > 0, "no imported lapse event changed a patent from in force to lapsed");
        });
    }
}
