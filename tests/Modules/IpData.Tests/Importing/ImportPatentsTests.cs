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
            Assert.False(string.IsNullOrWhiteSpace(us.Title));
            Assert.NotEmpty(us.Inventors);
            Assert.Single(us.Documents);

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
        await File.WriteAllTextAsync(file, good.TrimEnd() + "\n<?xml version=\"1.0\"?>\n<ep-patent-document country=\"EP\">\n<SDOBI>\n<B100>\n" + "\n<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");

        var result = await ImportAsync(platform, file);
        Assert.Equal(3, result.Read);
        Assert.Equal(1, result.Inserted);
        Assert.Equal(2, result.Rejected);
        Assert.Contains(result.Errors, e => e.Code == "XML_MALFORMED" && e.File == "mixed.xml" && e.Row > 1);
        Assert.Contains(result.Errors, e => e.Code == "XML_DTD_PROHIBITED");
        Assert.DoesNotContain(result.Errors, e => e.Reason.Contains("root:", StringComparison.Ordinal));
    }
}
