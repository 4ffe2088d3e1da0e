using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Finance.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static IpCity.Finance.Tests.Transfers.TransferFixture;

namespace IpCity.Finance.Tests.Transfers;

/// <summary>
/// The transfers and licences register on SQLite and PostgreSQL: the sync from the IP data center's legal events is
/// idempotent (a second sync inserts and closes nothing) and an ended licence closes its licence; parties, kinds,
/// regions and the university → local firm flag come from the CNIPA wording; manual entries are validated with
/// named codes; district officers see their unit only (404 + AccessDenied otherwise); exports hold exactly the
/// list's rows; the yearly statistics count and sum by kind.
/// </summary>
public sealed class TransferRegisterTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<T> Register<T>(Platform platform, Func<ITransferRegister, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<ITransferRegister>()));

    private static async Task<long> Audits(Platform platform, string type) =>
        (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: type, PageSize: 1)))).Total;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sync_from_legal_events_is_idempotent_and_an_ended_licence_closes_its_licence(string provider)
    {
        await using var platform = await StartAsync(provider);
        var first = await Register(platform, r => r.SyncAsync(City));
        Assert.Equal(new TransferSyncResult(Read: 3, Inserted: 2, Closed: 1, Unchanged: 0, UnmatchedEnds: 0), first);

        var rows = (await Register(platform, r => r.ListAsync(City, new TransferQuery()))).Items;
        Assert.Equal(2, rows.Count);
        var licence = Assert.Single(rows, t => t.Kind == TransferKinds.OrdinaryLicence);
        Assert.Equal((LicensedPatent, University, "University", FirmA, "Enterprise"), (licence.ApplicationNumber, licence.FromParty, licence.FromPartyType, licence.ToParty, licence.ToPartyType));
        Assert.Equal(("X2021360000012", new DateOnly(2021, 5, 10), new DateOnly(2023, 5, 10)), (licence.Reference, licence.Date, licence.EndedOn));
        Assert.Equal((TransferSources.LegalEvent, "360102", true, true), (licence.Source, licence.ToCountyCode, licence.ToIsLocal, licence.UniversityToLocalFirm));

        var transfer = Assert.Single(rows, t => t.Kind == TransferKinds.Assignment);
        Assert.Equal((TransferredPatent, University, FirmA, FirmACode), (transfer.ApplicationNumber, transfer.FromParty, transfer.ToParty, transfer.ToCreditCode));
        Assert.Equal((new DateOnly(2022, 3, 5), (DateOnly?)null, true), (transfer.Date, transfer.EndedOn, transfer.UniversityToLocalFirm));

        var again = await Register(platform, r => r.SyncAsync(City));
        Assert.Equal(new TransferSyncResult(Read: 3, Inserted: 0, Closed: 0, Unchanged: 3, UnmatchedEnds: 0), again);
        var after = (await Register(platform, r => r.ListAsync(City, new TransferQuery()))).Items;
        Assert.Equal(rows.OrderBy(r => r.Id), after.OrderBy(r => r.Id));
        Assert.Equal(2, await Audits(platform, "TransfersSynced"));

        var denied = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.SyncAsync(Donghu)));
        Assert.Equal(("TRANSFER_CITY_ONLY", 403), (denied.Code, denied.Status));

        var stats = await Register(platform, r => r.StatisticsAsync(City));
        Assert.Equal([(2021, TransferKinds.OrdinaryLicence, 1, 1), (2022, TransferKinds.Assignment, 1, 1)], stats.Rows.Select(s => (s.Year, s.Kind, s.Count, s.UniversityToLocalFirm)));
        Assert.Equal([(2021, 0, 1), (2022, 1, 0)], stats.Years.Select(y => (y.Year, y.Assignments, y.Licences)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Manual_entries_are_validated_with_named_codes_and_scoped_to_the_district(string provider)
    {
        await using var platform = await StartAsync(provider);
        var good = new RecordTransferRequest(TransferredPatent, TransferKinds.ExclusiveLicence, FirmA, FirmB, new DateOnly(2025, 6, 1), "HT-2025-001", 120.5m, FirmBCode, null, "独占许可 5 年");

        async Task<(string Code, int Status)> Refused(IpCity.BuildingBlocks.Security.Actor actor, RecordTransferRequest request)
        {
            var ex = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.RecordAsync(actor, request)));
            return (ex.Code, ex.Status);
        }

        Assert.Equal(("TRANSFER_PATENT_REQUIRED", 400), await Refused(City, good with { PatentNumber = " " }));
        Assert.Equal(("TRANSFER_KIND_UNKNOWN", 400), await Refused(City, good with { Kind = "Gift" }));
        Assert.Equal(("TRANSFER_FROM_REQUIRED", 400), await Refused(City, good with { FromParty = null }));
        Assert.Equal(("TRANSFER_TO_REQUIRED", 400), await Refused(City, good with { ToParty = new string('x', 201) }));
        Assert.Equal(("TRANSFER_SAME_PARTY", 400), await Refused(City, good with { ToParty = FirmA }));
        Assert.Equal(("TRANSFER_DATE_REQUIRED", 400), await Refused(City, good with { Date = null }));
        Assert.Equal(("TRANSFER_DATE_FUTURE", 400), await Refused(City, good with { Date = new DateOnly(2026, 3, 3) }));
        Assert.Equal(("TRANSFER_AMOUNT_INVALID", 400), await Refused(City, good with { AmountWan = -5m }));
        Assert.Equal(("TRANSFER_CREDIT_CODE", 400), await Refused(City, good with { ToCreditCode = "91360100ABC" }));
        Assert.Equal(("TRANSFER_PATENT_UNKNOWN", 400), await Refused(City, good with { PatentNumber = "CN202310999999.1" }));
        Assert.Equal(("TRANSFER_UNIT_UNKNOWN", 400), await Refused(City, good with { ToCountyCode = "999999" }));
        Assert.Equal(("TRANSFER_UNIT", 400), await Refused(Xihu, good with { ToCountyCode = "360102" }));
        Assert.Equal(("TRANSFER_OFFICER_ROLE", 403), await Refused(Dept, good));
        Assert.Equal(("TRANSFER_OFFICER_ROLE", 403), await Refused(EnterpriseA, good));
        Assert.Empty((await Register(platform, r => r.ListAsync(City, new TransferQuery()))).Items);

        // The patent written without its check character and with a ZL prefix is found; the district's own unit is filled in.
        var saved = await Register(platform, r => r.RecordAsync(Xihu, good with { PatentNumber = "ZL" + TransferredPatent[..12] }));
        Assert.Equal((TransferredPatent, "360103", true, TransferSources.Manual, 120.5m), (saved.ApplicationNumber, saved.ToCountyCode, saved.ToIsLocal, saved.Source, saved.AmountWan));
        Assert.Equal(("Enterprise", "Enterprise", false), (saved.FromPartyType, saved.ToPartyType, saved.UniversityToLocalFirm));
        Assert.Equal(("TRANSFER_DUPLICATE", 409), await Refused(City, good));

        Assert.Equal(saved, await Register(platform, r => r.GetAsync(Xihu, saved.Id)));
        var denied = await Audits(platform, AuditEvents.AccessDenied);
        var hidden = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.GetAsync(Donghu, saved.Id)));
        Assert.Equal(("TRANSFER_NOT_FOUND", 404), (hidden.Code, hidden.Status));
        Assert.Equal(denied + 1, await Audits(platform, AuditEvents.AccessDenied));
        Assert.Empty((await Register(platform, r => r.ListAsync(Donghu, new TransferQuery()))).Items);
        Assert.Single((await Register(platform, r => r.ListAsync(Dept, new TransferQuery()))).Items);
        Assert.Equal(1, await Audits(platform, "TransferRecorded"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Exports_hold_exactly_the_rows_of_the_filtered_list(string provider)
    {
        await using var platform = await StartAsync(provider);
        await Register(platform, r => r.SyncAsync(City));
        await Register(platform, r => r.RecordAsync(City, new RecordTransferRequest(OfferedPatent, TransferKinds.OpenLicence, University, "=HYPERLINK(\"http://x\",\"y\")", new DateOnly(2025, 1, 2), null, 3m)));
        foreach (var query in new[] { new TransferQuery(), new TransferQuery(Year: 2022), new TransferQuery(UniversityToFirm: true), new TransferQuery(Kind: "Licence"), new TransferQuery(District: "360102") })
        {
            var list = await Register(platform, r => r.ListAsync(City, query with { PageSize = 1 }));
            var csv = await Register(platform, r => r.ExportAsync(City, query, "csv"));
            var lines = System.Text.Encoding.UTF8.GetString(csv.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(list.Total, lines.Length - 1);
            Assert.Equal(list.Total, csv.Rows);
            var xlsx = await Register(platform, r => r.ExportAsync(City, query, "xlsx"));
            using var stream = new MemoryStream(xlsx.Content);
            Assert.Equal(list.Total, stream.Query(useHeaderRow: true).Count());
        }

        var all = System.Text.Encoding.UTF8.GetString((await Register(platform, r => r.ExportAsync(City, new TransferQuery(), "csv"))).Content);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", all, StringComparison.Ordinal);
        Assert.Equal(3, (await Register(platform, r => r.ListAsync(City, new TransferQuery()))).Total);
        Assert.Equal(2, (await Register(platform, r => r.ListAsync(City, new TransferQuery(UniversityToFirm: true)))).Total);
        var bad = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.ExportAsync(City, new TransferQuery(), "pdf")));
        Assert.Equal("TRANSFER_EXPORT_FORMAT", bad.Code);
    }
}
