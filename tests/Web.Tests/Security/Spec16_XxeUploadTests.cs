using System.Net;
using System.Text;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.Security;

/// <summary>
/// SECURITY.md spec 16 over HTTP: a patent XML with an external entity and a 1 KB billion-laughs file uploaded by an
/// officer get 400 XML_DTD_PROHIBITED (the whole file is refused), nothing of /etc/passwd reaches the answer or the
/// store. Part (c), twenty uploads at once while the public search keeps answering, is a latency measurement and runs
/// with the browser tests, after the parallel assemblies (E2E.Tests/Spec16_UploadFloodLatencyTests).
/// </summary>
public sealed class Spec16_XxeUploadTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string Xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-grant [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<us-patent-grant><invention-title>&xxe;</invention-title></us-patent-grant>\n";

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, string fileName, string content) =>
        client.PostFileAsync("/api/ipdata/imports/patents", fileName, Encoding.UTF8.GetBytes(content), "application/xml");

    private static async Task<string> CodeAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("code").GetString()!;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_external_entity_and_billion_laughs_upload_get_400_and_store_nothing(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        Assert.True(File.Exists("/etc/passwd") && (await File.ReadAllTextAsync("/etc/passwd")).Contains("root:", StringComparison.Ordinal));

        var xxe = await UploadAsync(officer, "xxe.xml", Xxe);
        var body = await xxe.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, xxe.StatusCode);
        Assert.Equal("XML_DTD_PROHIBITED", await CodeAsync(xxe));
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);

        var lol = await UploadAsync(officer, "lol.xml", HostileXml.BillionLaughs());
        Assert.Equal(HttpStatusCode.BadRequest, lol.StatusCode);
        Assert.Equal("XML_DTD_PROHIBITED", await CodeAsync(lol));

        // Nothing stored: no patent, and no stored text anywhere in the data center holds the file's content.
        var patents = await factory.Store.QueryAsync(
            $"SELECT count(*) FROM {factory.Store.Table("ipdata", "Patents")}");
        Assert.Equal("0", patents.Single());
        var batches = await factory.Store.QueryAsync(
            $"SELECT \"Status\" FROM {factory.Store.Table("ipdata", "ImportBatches")}");
        Assert.Equal(["Failed", "Failed"], batches);
        var audit = await factory.Store.QueryAsync($"SELECT \"Detail\" FROM {factory.Store.Table("access", "AuditEvents")}");
        Assert.NotEmpty(audit);
        Assert.DoesNotContain(audit, detail => detail is not null && detail.Contains("root:", StringComparison.Ordinal));
    }
}
