using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.IpData.Contracts;
using IpCity.IpData.Normalisation;
using IpCity.IpData.Search;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>One migrated SQLite platform with the city profile, shared by the replay and the import property.</summary>
public sealed class FuzzPlatform : IAsyncLifetime
{
    public Platform Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await Platform.StartAsync(TestDatabases.Sqlite);
        await Platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
    }

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

/// <summary>
/// SECURITY.md spec 38, CI part: every input of the fuzz corpus (tests/fixtures/fuzz) goes through its harness —
/// the patent importer for XML, CSV and XLSX files; the 申请号 and 统一社会信用代码 validators and the search-query
/// parser and search for each line of text — and either succeeds (bad rows reported, not thrown) or fails with a
/// named <see cref="IpCityException"/>, within 30 s. Any other exception, or a hang, is a crash.
/// </summary>
public sealed class Spec38_FuzzReplayTests : IClassFixture<FuzzPlatform>
{
    private readonly FuzzPlatform _fixture;

    public Spec38_FuzzReplayTests(FuzzPlatform fixture)
    {
        _fixture = fixture;
    }

    private static string Corpus => Fixtures.Path("fuzz");

    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var folder in new[] { "xml", "csv", "xlsx" })
            {
                foreach (var file in Directory.EnumerateFiles(Path.Combine(Corpus, folder)).Order(StringComparer.Ordinal))
                {
                    data.Add(folder + "/" + Path.GetFileName(file));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_corpus_file_imports_or_fails_with_a_named_error(string file)
    {
        var path = Path.Combine(Corpus, file);
        var run = _fixture.Platform.InScopeAsync(async sp =>
        {
            try
            {
                var result = await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path], UpdateIndex: false));
                Assert.Equal(result.Read, result.Inserted + result.Updated + result.Unchanged + result.Skipped + result.Rejected);
                Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Code)));
            }
            catch (IpCityException ex)
            {
                Assert.Matches("^[A-Z][A-Z0-9_]+$", ex.Code);
                Assert.InRange(ex.Status, 400, 499);
            }
        });
        await run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Each_text_input_passes_the_validators_and_the_query_parser()
    {
        var lines = (await File.ReadAllLinesAsync(Path.Combine(Corpus, "text", "inputs.txt")))
            .Select(l => l.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal))
            .ToList();
        Assert.True(lines.Count >= 40);
        foreach (var input in lines)
        {
            if (CnApplicationNumber.TryCanonicalise(input, out var canonical, out var problem))
            {
                Assert.True(CnApplicationNumber.TryCanonicalise(canonical, out var again, out _) && again == canonical, input);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(problem), input);
            }

            if (UnifiedSocialCreditCode.IsValid(input))
            {
                Assert.Equal(18, input.Trim().Length);
            }

            try
            {
                SearchQuery.Parse(input);
                await _fixture.Platform.InScopeAsync(sp => sp.GetRequiredService<IPatentSearch>().SearchAsync(new SearchRequest(input))).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (IpCityException ex)
            {
                Assert.Matches("^[A-Z][A-Z0-9_]+$", ex.Code);
            }
        }
    }
}
