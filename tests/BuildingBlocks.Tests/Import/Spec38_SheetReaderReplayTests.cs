using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;

namespace IpCity.BuildingBlocks.Tests.Import;

/// <summary>
/// SECURITY.md spec 38, the XLSX/CSV reader wrapper every module's tabular import uses: each file of the fuzz corpus
/// (tests/fixtures/fuzz/xlsx and csv) is read or refused with the caller's named error, never another exception.
/// </summary>
public sealed class Spec38_SheetReaderReplayTests
{
    private static readonly Dictionary<string, string[]> s_aliases = new(StringComparer.Ordinal)
    {
        ["number"] = ["申请号"],
        ["date"] = ["申请日"],
    };

    private static string Corpus
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "fixtures", "fuzz")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("tests/fixtures/fuzz"), "tests", "fixtures", "fuzz");
        }
    }

    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var folder in new[] { "xlsx", "csv" })
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
    public void Each_corpus_file_is_read_or_refused_with_the_named_error(string file)
    {
        var path = Path.Combine(Corpus, file);
        try
        {
            var rows = SheetReader.Read(path, s_aliases, ["number"], new SheetOptions("FUZZ_INVALID", 1000, AllowCsv: true));
            Assert.All(rows, r => Assert.True(r.Row >= 2));
        }
        catch (IpCityException ex)
        {
            Assert.True(ex.Code is "FUZZ_INVALID" or "IMPORT_ARCHIVE_LIMIT" or "IMPORT_ZIP_SLIP" or "IMPORT_TYPE_MISMATCH" or "IMPORT_MISSING_COLUMN" or "CSV_ENCODING", ex.Code + ": " + ex.Message);
        }
    }
}
