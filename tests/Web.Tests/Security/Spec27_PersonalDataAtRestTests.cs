using System.Diagnostics;
using System.Net;
using System.Text.Json;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IpCity.Web.Tests.Security;

/// <summary>
/// SECURITY.md spec 27: 1 000 synthetic persons (valid GB 11643 resident ID numbers, names, and mobiles) seeded through
/// the application; no plaintext of any of them anywhere in the store (every file of the data folder — database, WAL
/// before and after a checkpoint, keys, logs, index — or a plain pg_dump); a flipped ciphertext byte is reported by the
/// verifier with its record and is never returned by a read (named error, audited); the blind index finds exactly the
/// right person.
/// </summary>
public sealed class Spec27_PersonalDataAtRestTests
{
    private const int Practitioners = 960;
    private const int Complainants = 40;
    private static readonly Actor s_city = new("city.officer", Roles.CityOfficer, "360100", null, []);
    private static readonly string[] s_surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] s_given = ["志", "明", "华", "秀", "英", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "霞", "平", "刚", "桂", "兰"];

    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_thousand_persons_leave_no_plaintext_at_rest_and_a_flipped_ciphertext_is_reported_never_returned(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var persons = Enumerable.Range(0, Practitioners + Complainants).Select(Person).ToList();
        Assert.Equal(persons.Count, persons.Select(p => p.Name).Distinct().Count());

        var practitionerIds = new List<long>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var register = scope.ServiceProvider.GetRequiredService<IAgencyRegister>();
            foreach (var p in persons.Take(Practitioners))
            {
                practitionerIds.Add((await register.CreatePractitionerAsync(s_city, new PractitionerRequest(p.Name, p.IdNumber, null, null, null, null, null))).Practitioner.Id);
            }

            var cases = scope.ServiceProvider.GetRequiredService<ICaseRegister>();
            foreach (var p in persons.Skip(Practitioners))
            {
                await cases.FileComplaintAsync(new ComplaintRequest("PatentCounterfeiting", "假冒专利标识", "门店销售的产品标注了失效专利号。", null, false, p.Name, p.IdNumber, p.Mobile, "某商店", null));
            }
        }

        var store = factory.Store;
        var plaintexts = persons.SelectMany(p => new[] { p.IdNumber, p.Name, p.Mobile }).ToList();
        if (store.Storage.Provider == DatabaseProvider.Sqlite)
        {
            // The WAL still holds the writes; then everything checkpointed into the main file.
            AssertNoPlaintext(DataFolderScan.Find(store.Storage.DataDirectory, plaintexts), "data folder before the checkpoint");
            await store.ExecuteRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            Assert.True(new FileInfo(store.Storage.SqlitePath + "-wal") is { Exists: false } or { Length: 0 });
            AssertNoPlaintext(DataFolderScan.Find(store.Storage.DataDirectory, plaintexts), "data folder after the checkpoint");
        }
        else
        {
            AssertNoPlaintext(DataFolderScan.Find(store.Storage.DataDirectory, plaintexts), "data folder");
            AssertNoPlaintext(DataFolderScan.Find("pg_dump", await PlainDumpAsync(store.Storage.PostgresConnectionString!), plaintexts).ToList(), "pg_dump");
        }

        // The stored values are sealed with their algorithm id, and all open.
        var verifier = factory.Services.GetRequiredService<SealedFieldVerifier>();
        var clean = await verifier.VerifyAsync(CancellationToken.None);
        Assert.True(clean.Clean);
        Assert.True(clean.Values >= (Practitioners * 2) + (Complainants * 3), $"{clean.Values} sealed values");

        // The blind index finds exactly the right person among the thousand.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var register = scope.ServiceProvider.GetRequiredService<IAgencyRegister>();
            foreach (var i in new[] { 0, 417, Practitioners - 1 })
            {
                var found = await register.ListPractitionersAsync(s_city, new PractitionerQuery(persons[i].IdNumber));
                Assert.Equal(practitionerIds[i], Assert.Single(found.Items).Id);
            }
        }

        // Flip one byte inside two ciphertexts: a practitioner's ID number and a complainant's mobile.
        var victim = practitionerIds[123];
        var practitionerTable = store.Table("services", "Practitioners");
        var idCipher = Assert.Single(await store.QueryAsync($"SELECT \"IdCipher\" FROM {practitionerTable} WHERE \"Id\" = {victim}"))!;
        await store.ExecuteRawAsync($"UPDATE {practitionerTable} SET \"IdCipher\" = '{Flip(idCipher)}' WHERE \"Id\" = {victim}");

        // The complainants' parties, found by their opened mobile numbers: party id, case id, sealed mobile.
        var cipher = factory.Services.GetRequiredService<Sm4Gcm>();
        var partyTable = store.Table("protection", "CaseParties");
        var parties = (await store.QueryAsync($"SELECT CAST(p.\"Id\" AS TEXT) || '|' || CAST(c.\"PublicId\" AS TEXT) || '|' || p.\"ContactCipher\" FROM {partyTable} p JOIN {store.Table("protection", "Cases")} c ON c.\"Id\" = p.\"CaseId\" WHERE p.\"ContactCipher\" IS NOT NULL"))
            .Select(row => row!.Split('|'))
            .ToDictionary(row => cipher.Decrypt(row[2]), row => (Party: row[0], Case: Guid.Parse(row[1]), Sealed: row[2]));
        Assert.Equal(Complainants, parties.Count);
        var complainant = persons[Practitioners];
        var party = parties[complainant.Mobile];
        await store.ExecuteRawAsync($"UPDATE {partyTable} SET \"ContactCipher\" = '{Flip(party.Sealed)}' WHERE \"Id\" = {party.Party}");

        var report = await verifier.VerifyAsync(CancellationToken.None);
        Assert.Equal(
            [("protection.case-parties", party.Party, "ContactCipher"), ("services.practitioners", victim.ToString(System.Globalization.CultureInfo.InvariantCulture), "IdCipher")],
            report.Problems.Select(p => (p.Area, p.Key, p.Field)).Order().ToList());
        Assert.Equal(clean.Values, report.Values);

        // A read of the tampered case is refused with the named error and audited; nothing of the value comes back.
        using var officer = await factory.LoginAsync(Roles.CityOfficer);
        var tampered = party.Case;
        var answer = await officer.GetAsync($"/api/protection/cases/{tampered}");
        var body = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.Equal("DATA_INTEGRITY_FAILED", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain(complainant.Mobile[3..7], body, StringComparison.Ordinal);
        var audits = await store.QueryAsync($"SELECT \"Detail\" FROM {store.Table("access", "AuditEvents")} WHERE \"EventType\" = '{AuditEvents.DataIntegrityFailed}'");
        Assert.Contains($"GET /api/protection/cases/{tampered}", Assert.Single(audits), StringComparison.Ordinal);

        // An untouched case still reads, masked.
        var other = persons[Practitioners + 1];
        var fine = await officer.GetAsync($"/api/protection/cases/{parties[other.Mobile].Case}");
        var fineBody = await fine.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Contains(other.Mobile[..3] + "****" + other.Mobile[^4..], fineBody, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Mobile, fineBody, StringComparison.Ordinal);
        Assert.DoesNotContain(other.IdNumber, fineBody, StringComparison.Ordinal);
    }

    /// <summary>A synthetic person: a three-character name, a valid resident ID number (东湖区, GB 11643 check character) and a mobile.</summary>
    private static (string Name, string IdNumber, string Mobile) Person(int i)
    {
        var name = s_surnames[i % s_surnames.Length] + s_given[i / s_surnames.Length % s_given.Length] + s_given[(i / (s_surnames.Length * s_given.Length)) + 3];
        var birth = new DateOnly(1960, 1, 1).AddDays(i * 13);
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"360102{birth:yyyyMMdd}{i % 1000:D3}");
        return (name, body + IpCity.BuildingBlocks.Identifiers.ResidentIdNumber.CheckCharacter(body), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1390{i:D7}"));
    }

    /// <summary>The same sealed value with one ciphertext byte changed (the nonce and the tag are left alone).</summary>
    private static string Flip(string sealedValue)
    {
        var raw = Convert.FromBase64String(sealedValue[(Sm4Gcm.AlgorithmId.Length + 1)..]);
        raw[12] ^= 0x01;
        return Sm4Gcm.AlgorithmId + ":" + Convert.ToBase64String(raw);
    }

    private static void AssertNoPlaintext(List<(string Where, string Value)> hits, string what) =>
        Assert.True(hits.Count == 0, $"{what}: {hits.Count} plaintext hits, e.g. {string.Join("; ", hits.Take(5).Select(h => $"{h.Where}: {h.Value[..2]}…"))}");

    private static async Task<byte[]> PlainDumpAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", "pg_dump")).Last(File.Exists);
        var start = new ProcessStartInfo(bin) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database!, "--no-owner" })
        {
            start.ArgumentList.Add(arg);
        }

        if (!string.IsNullOrEmpty(builder.Password))
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        await copy;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);
        Assert.True(output.Length > 10_000, $"pg_dump wrote {output.Length} bytes");
        return output.ToArray();
    }
}
