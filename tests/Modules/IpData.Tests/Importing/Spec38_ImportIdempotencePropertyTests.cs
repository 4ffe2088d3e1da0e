using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>
/// SECURITY.md spec 38, "import twice == once" (FsCheck, 200 cases): for a generated CN export of 1–40 patents (any
/// seed), and the same rows shuffled, a second import reports every record unchanged and leaves every stored row —
/// patents, documents, parties, classifications, events — exactly as the first left it.
/// </summary>
public sealed class Spec38_ImportIdempotencePropertyTests : IClassFixture<FuzzPlatform>
{
    private readonly FuzzPlatform _fixture;

    public Spec38_ImportIdempotencePropertyTests(FuzzPlatform fixture)
    {
        _fixture = fixture;
    }

    [Property(MaxTest = 200)]
    public Property Importing_a_file_twice_equals_importing_it_once() =>
        Prop.ForAll(Gen.Choose(1, 40).Zip(Gen.Choose(1, 1_000_000)).Zip(Gen.Choose(0, int.MaxValue)).ToArbitrary(), input =>
        {
            var ((patents, seed), shuffle) = input;
            var platform = _fixture.Platform;
            var file = Path.Combine(platform.Store.Storage.DataDirectory, $"twice-{seed}-{patents}.csv");
            platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, patents, seed)).GetAwaiter().GetResult();
            var once = Import(file);
            var afterOnce = Snapshot(once.BatchIds);

            // The same rows in another order are the same records.
            var lines = File.ReadAllLines(file);
            var body = lines.Skip(1).OrderBy(l => HashCode.Combine(l, shuffle)).ToArray();
            File.WriteAllLines(file, [lines[0], .. body], new System.Text.UTF8Encoding(true));
            var twice = Import(file);
            var afterTwice = Snapshot(once.BatchIds);
            File.Delete(file);

            Assert.Equal(patents, once.Read);
            Assert.Equal(once.Read, twice.Read);
            Assert.Equal((0L, 0L, once.Read - once.Rejected - once.Skipped), (twice.Inserted, twice.Updated, twice.Unchanged));
            Assert.Equal(afterOnce, afterTwice);
            Assert.True(once.Inserted + once.Updated == 0 || afterOnce.Length > 0, "the first import wrote rows the snapshot did not find");
            return true;
        });

    private ImportResult Import(string file) =>
        _fixture.Platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false))).GetAwaiter().GetResult();

    /// <summary>Every stored row of the patents the batches wrote (a second import that changed anything would move them to its own batch).</summary>
    private string Snapshot(IReadOnlyList<long> batches) => _fixture.Platform.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<IpDataDbContext>();
        var patents = await db.Patents.AsNoTracking().Where(p => batches.Contains(p.LastBatchId)).OrderBy(p => p.Id).ToListAsync();
        var ids = patents.Select(p => p.Id).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.PatentId)).OrderBy(d => d.Id).ToListAsync();
        var parties = await db.Parties.AsNoTracking().Where(x => ids.Contains(x.PatentId)).OrderBy(x => x.Id).ToListAsync();
        var classes = await db.Classifications.AsNoTracking().Where(x => ids.Contains(x.PatentId)).OrderBy(x => x.Id).ToListAsync();
        var events = await db.Set<IpCity.IpData.Domain.PatentEvent>().AsNoTracking().Where(x => ids.Contains(x.PatentId)).OrderBy(x => x.Id).ToListAsync();
        return string.Join('\n', patents.Select(p => string.Join('|', p.Id, p.ApplicationNumber, p.ApplicationDate, p.Type, p.Title, p.Abstract, p.FirstClaim, p.MainIpc, p.LegalStatus, p.GrantDate, p.RegionCountyCode, p.RegionStreetCode, p.PrimaryDocument, p.LastBatchId))
            .Concat(documents.Select(d => string.Join('|', d.Id, d.PatentId, d.Number, d.Kind, d.PublicationDate, d.ContentHash, d.BatchId)))
            .Concat(parties.Select(x => string.Join('|', x.Id, x.PatentId, x.Role, x.Sequence, x.Name, x.Address, x.ApplicantId)))
            .Concat(classes.Select(x => string.Join('|', x.Id, x.PatentId, x.Scheme, x.Symbol, x.IsMain)))
            .Concat(events.Select(x => string.Join('|', x.Id, x.PatentId, x.Date, x.Code, x.Description))));
    }).GetAwaiter().GetResult();
}
