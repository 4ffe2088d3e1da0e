using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;

namespace IpCity.Web.Tests.IpData;

/// <summary>The web upload of patent files: officers only, checked type and name, counts in the answer.</summary>
public sealed class UploadImportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, string fileName, byte[] content) =>
        client.PostFileAsync("/api/ipdata/imports/patents", fileName, content, "application/xml");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_officer_uploads_a_patent_file_and_gets_the_counts(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var officer = await factory.LoginAsync(Roles.DistrictOfficer);
        var bytes = await File.ReadAllBytesAsync(Fixtures.Path("patents", "ep-xml", "application_v1-3-A1.xml"));

        var first = await UploadAsync(officer, "application_v1-3-A1.xml", bytes);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var doc = JsonDocument.Parse(await first.Content.ReadAsStringAsync()))
        {
            Assert.Equal(1, doc.RootElement.GetProperty("read").GetInt32());
            Assert.Equal(1, doc.RootElement.GetProperty("inserted").GetInt32());
        }

        var again = await UploadAsync(officer, "application_v1-3-A1.xml", bytes);
        using (var doc = JsonDocument.Parse(await again.Content.ReadAsStringAsync()))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("inserted").GetInt32());
            Assert.Equal(1, doc.RootElement.GetProperty("unchanged").GetInt32());
        }

        var found = await officer.GetAsync("/api/patents/documents/EP/1981358/A1");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("NUTRITIONAL COMPOSITION", await found.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(factory.Store.Storage.DataDirectory, "uploads")) && Directory.EnumerateFileSystemEntries(Path.Combine(factory.Store.Storage.DataDirectory, "uploads")).Any());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Wrong_types_and_names_get_named_errors_and_enterprises_are_refused(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        var zip = new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0 };
        foreach (var (name, content, code) in new[]
        {
            ("report.xlsx.exe", zip, "IMPORT_TYPE_MISMATCH"),
            ("报告.xlsx.exe", zip, "IMPORT_TYPE_MISMATCH"),
            ("patents.xml", zip, "IMPORT_TYPE_MISMATCH"),
            ("../../etc/passwd.xml", "<a/>"u8.ToArray(), "IMPORT_BAD_NAME"),
            ("../../etc/passwd.csv", "申请号\r\n"u8.ToArray(), "IMPORT_BAD_NAME"),
            (string.Concat(Enumerable.Repeat("专", 83)) + "ab.csv" /* 255 UTF-8 bytes */, "申请号\r\n"u8.ToArray(), "IMPORT_BAD_NAME"),
            ("patents.xlsx", "%PDF-1.4\n1 0 obj<<>>endobj\n"u8.ToArray(), "IMPORT_TYPE_MISMATCH"),
            ("patents.csv", [.. "申请号,申请日\r\n"u8.ToArray(), 0x00, 0x01, 0x00, .. "\r\n"u8.ToArray()], "IMPORT_TYPE_MISMATCH"),
            ("slip.xlsx", File.ReadAllBytes(Fixtures.Path("fuzz", "xlsx", "zip-slip-entries.xlsx")), "IMPORT_ZIP_SLIP"),
        })
        {
            var response = await UploadAsync(officer, name, content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(code, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var enterprise = await factory.LoginAsync(Roles.Enterprise);
        var refused = await UploadAsync(enterprise, "a.xml", "<a/>"u8.ToArray());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Uploads_past_the_configured_concurrency_wait_their_turn_then_get_503_UPLOADS_BUSY()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?>
        {
            ["IpData:UploadConcurrency"] = "1",
            ["IpData:UploadWaitSeconds"] = "1",
        });
        using var officer = await factory.LoginAsync(Roles.CityOfficer);

        // Upload A sends half its file, then holds: once the server reads it, A holds the only turn.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = System.Text.Encoding.UTF8.GetBytes(HostileXml.BillionLaughs(-1));
        using var form = new MultipartFormDataContent { { new HeldContent(held[..100], held[100..], release.Task), "file", "held.xml" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ipdata/imports/patents") { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", officer.CsrfToken);
        var first = officer.Http.SendAsync(request);

        // Until A has the turn, a second upload may still get in before it and finish; after, it waits 1 s and is refused.
        HttpResponseMessage? busy = null;
        for (var i = 0; i < 20 && busy is null; i++)
        {
            var second = await UploadAsync(officer, $"second-{i}.xml", System.Text.Encoding.UTF8.GetBytes(HostileXml.BillionLaughs(i)));
            if (second.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                busy = second;
            }
            else
            {
                Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode); // it got in first and ran: refused for its DOCTYPE
            }
        }

        Assert.NotNull(busy);
        Assert.Equal("30", busy.Headers.RetryAfter?.ToString());
        using (var doc = JsonDocument.Parse(await busy.Content.ReadAsStringAsync()))
        {
            Assert.Equal("UPLOADS_BUSY", doc.RootElement.GetProperty("code").GetString());
            Assert.Equal(1, doc.RootElement.GetProperty("waitedSeconds").GetInt32());
        }

        Assert.False(first.IsCompleted);
        release.SetResult();
        using (var answered = await first)
        {
            Assert.Equal(HttpStatusCode.BadRequest, answered.StatusCode);
            Assert.Contains("XML_DTD_PROHIBITED", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The turn is given back: the next upload runs.
        var bytes = await File.ReadAllBytesAsync(Fixtures.Path("patents", "ep-xml", "application_v1-3-A1.xml"));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(officer, "application_v1-3-A1.xml", bytes)).StatusCode);
    }

    /// <summary>A body part that writes its head, waits for <paramref name="release"/>, then writes its tail.</summary>
    private sealed class HeldContent(byte[] head, byte[] tail, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(head);
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    /// <summary>A stream of zeros; seekable = the client declares its length, else the body is sent chunked.</summary>
    private sealed class ZeroStream(long length, bool seekable) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position { get => _position; set => _position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin == SeekOrigin.Begin ? offset : _position + offset;

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Oversize_uploads_and_zip_bombs_get_named_errors_and_leave_nothing_behind(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        const long limit = 100L * 1024 * 1024;

        foreach (var declared in new[] { true, false })
        {
            using var form = new MultipartFormDataContent();
            form.Add(new StreamContent(new ZeroStream(limit + (2 * 1024 * 1024), declared)), "file", "big.xlsx");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ipdata/imports/patents") { Content = form };
            request.Headers.Add("X-CSRF-TOKEN", officer.CsrfToken);
            var response = await officer.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("\"code\":\"IMPORT_TOO_LARGE\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var bomb = Path.Combine(factory.Store.Storage.DataDirectory, "bomb.xlsx");
        ZipBombs.WriteWorkbook(bomb, 20L * 1024 * 1024);
        var refused = await UploadAsync(officer, "bomb.xlsx", await File.ReadAllBytesAsync(bomb));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"code\":\"IMPORT_ARCHIVE_LIMIT\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var uploads = Path.Combine(factory.Store.Storage.DataDirectory, "uploads");
        Assert.False(Directory.Exists(uploads) && Directory.EnumerateFileSystemEntries(uploads).Any());
        Assert.Contains("\"total\":0", await (await officer.GetAsync("/api/patents?facets=false")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
