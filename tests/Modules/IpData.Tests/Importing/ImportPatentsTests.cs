using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>Every USPTO and EPO fixture imports with the right counts, and a second import changes nothing.</summary>
public sealed class ImportPatentsTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<ImportResult> ImportAsync(Platform platform, params string[] paths) =>
        platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest(paths)));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task All_fixture_files_import_once_and_reimport_changes_nothing(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var folder = Fixtures.Path("patents");

        var first = await ImportAsync(platform, folder);
        Assert.Empty(first.Errors);
        Assert.Equal(208 + 3 + 12 + 33, first.Read);
        Assert.Equal(3, first.Skipped);
        Assert.Equal(219 + 33, first.Inserted);
        Assert.Equal(1, first.Unchanged);
        Assert.Equal(0, first.Updated);
        Assert.Equal(0, first.Rejected);

        var second = await ImportAsync(platform, folder);
        Assert.Equal(first.Read, second.Read);
        Assert.Equal(0, second.Inserted);
        Assert.Equal(0, second.Updated);
        Assert.Equal(252 + 1, second.Unchanged);
        Assert.Equal(3, second.Skipped);

        await platform.InScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IPatentQueries>();
            var us = await queries.FindByDocumentAsync("US", "11147202", "B2");
            Assert.NotNull(us);
            Assert.Equal("US", us!.ApplicationCountry);
            Assert.Equal("16232658", us.ApplicationNumber);
            Assert.Equal(new DateOnly(2018, 12, 26), us.ApplicationDate);
            Assert.Equal("Wheeled hand truck", us.Title);
            Assert.Equal("A01B 1/24", us.MainIpc);
            Assert.Contains("Yeow Ng", us.Applicants);
            Assert.NotEmpty(us.Inventors);
            Assert.Equal(["US 11147202 B2"], us.Documents);

            var design = await queries.FindByDocumentAsync("US", "D0513425", "S1");
            Assert.Equal("Design", design!.Type);
            Assert.Equal("Skateboard", design.Title);
            var plant = await queries.FindByDocumentAsync("US", "PP018398", "P2");
            Assert.Equal("Plant", plant!.Type);
            var sir = await queries.FindByDocumentAsync("US", "H0002140", "H1");
            Assert.Equal("StatutoryInvention", sir!.Type);
            var patdoc = await queries.FindByDocumentAsync("US", "06530116", "B2");
            Assert.Equal("Vacuum cleaner with muffled detachable blower exhaust", patdoc!.Title);
            Assert.Contains("Shop Vac Corporation", patdoc.Applicants);
            var pap = await queries.FindByDocumentAsync("US", "20010000001", "A1");
            Assert.Equal(new DateOnly(2000, 11, 29), pap!.ApplicationDate);
            Assert.Equal("B08B 3/00", pap.MainIpc);
            var german = await queries.FindByDocumentAsync("EP", "1873405", "A2");
            Assert.Equal("Spanplattenschraube", german!.Title);
            Assert.Equal("F16B 25/10", german.MainIpc);
            var grant = await queries.FindByDocumentAsync("EP", "3383757", "B1");
            Assert.Contains("ELC Management LLC", grant!.Applicants);

            var ep = await queries.FindByDocumentAsync("EP", "1981358", "A1");
            Assert.NotNull(ep);
            Assert.Equal("NUTRITIONAL COMPOSITION FOR LOW BIRTH WEIGHT INFANTS", ep!.Title);
            Assert.Equal("A23L 1/29", ep.MainIpc);
            Assert.Contains("Nestec S.A.", ep.Applicants);
            Assert.Equal("07704233.1", ep.ApplicationNumber);
            Assert.Equal(new DateOnly(2007, 1, 30), ep.ApplicationDate);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bad_document_is_reported_with_file_and_line_and_the_good_ones_are_kept(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var dir = Path.Combine(platform.Store.Storage.DataDirectory, "bad");
        Directory.CreateDirectory(dir);
        var good = await File.ReadAllTextAsync(Fixtures.Path("patents", "ep-xml", "application_v1-3-A1.xml"));
        var file = Path.Combine(dir, "mixed.xml");
        // Another publication of another application: distinct document and patent numbers.
        static string Variant(string xml, int n) => xml.Replace("1981358", $"198135{n}", StringComparison.Ordinal).Replace("07704233", $"0770423{n}", StringComparison.Ordinal);
        var truncated = "\n<?xml version=\"1.0\"?>\n<ep-patent-document country=\"EP\">\n<SDOBI>\n<B100>\n";
        await File.WriteAllTextAsync(file, good.TrimEnd() + truncated + Variant(good, 9));

        var result = await ImportAsync(platform, file);
        Assert.Equal(3, result.Read);
        Assert.Equal(2, result.Inserted);
        Assert.Equal(1, result.Rejected);
        Assert.Contains(result.Errors, e => e.Code == "XML_MALFORMED" && e.File == "mixed.xml" && e.Row > 1);

        // A document with an external entity is hostile: the whole file is refused, nothing of it is published.
        var hostile = Path.Combine(dir, "hostile.xml");
        await File.WriteAllTextAsync(hostile, Variant(good, 7).TrimEnd() + "\n<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");
        var error = await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() => ImportAsync(platform, hostile));
        Assert.Equal("XML_DTD_PROHIBITED", error.Code);
        Assert.Equal(400, error.Status);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentQueries>().CountAsync()));
    }
}
