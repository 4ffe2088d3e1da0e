using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Services.Tests.Agencies.AgencyTestKit;

namespace IpCity.Services.Tests.Agencies;

/// <summary>
/// The computed source of the sixth headline indicator on SQLite and PostgreSQL: status on the reference date (an
/// engagement ending, or an agency deregistered, between two dates changes the counts), a person in two agencies
/// counted once per category, attribution to the agency's county and zone (qualified persons without an agency:
/// their own address), the statistics by district with the headline sum, masking and encryption of personal data,
/// district scoping (404 + AccessDenied), export = list total, and supervision records linked to cases and credit.
/// </summary>
public sealed class AgentWorkforceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<(AgencyDetailDto A, AgencyDetailDto B, AgencyDetailDto C, PractitionerDetailDto P1, PractitionerDetailDto P2, PractitionerDetailDto P3)> SeedAsync(Platform platform)
    {
        var (a, b, c) = await SeedAgenciesAsync(platform);
        var id = a.Agency.Id;

        // P1: practising at A since 2020 and also staff at B since 2021 (two agencies, one person).
        var p1 = await Register(platform, r => r.CreatePractitionerAsync(City, new PractitionerRequest("张小三", Id1, "3610100001", "ZL2019000001", D("2019-12-01"), null, null,
            new EngagementRequest(id, EngagementRoles.PractisingPatentAttorney, D("2020-01-01"), null))));
        p1 = await Register(platform, r => r.AddEngagementAsync(City, p1.Practitioner.Id, new EngagementRequest(b.Agency.Id, EngagementRoles.OtherStaff, D("2021-01-01"), null)));

        // P2: trademark staff at B from 2022 (ended later in the test); no certificate, keyed by the ID number.
        var p2 = await Register(platform, r => r.CreatePractitionerAsync(City, new PractitionerRequest("李四", Id2, null, null, null, null, null,
            new EngagementRequest(b.Agency.Id, EngagementRoles.TrademarkAgencyStaff, D("2022-01-01"), null))));

        // P3: qualified, never in an agency, lives in 红谷滩区.
        var p3 = await Register(platform, r => r.CreatePractitionerAsync(City, new PractitionerRequest("欧阳小明", Id3, null, "ZL2018000002", D("2018-12-01"), null, HonggutanAddress)));
        return (a, b, c, p1, p2, p3);
    }

    private static ILookup<string, AgentPersonFact> ByCategory(IEnumerable<AgentPersonFact> facts) => facts.ToLookup(f => f.Category);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Counts_follow_the_reference_date_count_each_person_once_and_attribute_regions(string provider)
    {
        await using var platform = await StartAsync(provider);
        Assert.False(await Facts(platform, f => f.HasRegisterAsync()));
        var (a, b, _, p1, p2, p3) = await SeedAsync(platform);
        Assert.True(await Facts(platform, f => f.HasRegisterAsync()));

        var before = ByCategory(await Facts(platform, f => f.FactsAsync(D("2025-01-01"))));
        Assert.Equal([p1.Practitioner.Id, p3.Practitioner.Id], before[AgentCategories.QualifiedPatentAttorneys].Select(x => x.PersonId).Order());
        var practising = Assert.Single(before[AgentCategories.PractisingPatentAttorneys]);
        Assert.Equal((p1.Practitioner.Id, "360100", Donghu, (string?)null), (practising.PersonId, practising.CityCode, practising.CountyCode, practising.ZoneCode));

        // P1 works for A (patent + trademark agency) and B: counted once as trademark staff, at the earlier agency A.
        var staff = before[AgentCategories.TrademarkAgencyStaff].OrderBy(x => x.PersonId).ToList();
        Assert.Equal([p1.Practitioner.Id, p2.Practitioner.Id], staff.Select(x => x.PersonId));
        Assert.Equal((Donghu, (string?)null), (staff[0].CountyCode, staff[0].ZoneCode));
        Assert.Equal((Qingshanhu, HighTechZone), (staff[1].CountyCode, staff[1].ZoneCode));

        // The qualified person without an agency is placed by their own address.
        var qualified = before[AgentCategories.QualifiedPatentAttorneys].Single(x => x.PersonId == p3.Practitioner.Id);
        Assert.Equal(("360100", Honggutan), (qualified.CityCode, qualified.CountyCode));

        // P2 leaves B on 2025-06-30: counted on 2025-01-01, not on 2025-12-31.
        var engagement = Assert.Single(p2.Engagements);
        await Register(platform, r => r.EndEngagementAsync(City, p2.Practitioner.Id, engagement.Id, new EndEngagementRequest(D("2025-06-30"))));
        Assert.Equal(2, (await Facts(platform, f => f.FactsAsync(D("2025-01-01")))).Count(x => x.Category == AgentCategories.TrademarkAgencyStaff));
        Assert.Equal(2, (await Facts(platform, f => f.FactsAsync(D("2025-06-30")))).Count(x => x.Category == AgentCategories.TrademarkAgencyStaff));
        var after = ByCategory(await Facts(platform, f => f.FactsAsync(D("2025-12-31"))));
        Assert.Equal([p1.Practitioner.Id], after[AgentCategories.TrademarkAgencyStaff].Select(x => x.PersonId));

        // A deregistered on 2026-01-15: P1 no longer practising there; still qualified, now placed at B (still operating).
        await Register(platform, r => r.ChangeStatusAsync(City, a.Agency.Id, new ChangeAgencyStatusRequest(AgencyStatuses.Deregistered, D("2026-01-15"), "注销登记")));
        var later = ByCategory(await Facts(platform, f => f.FactsAsync(D("2026-02-01"))));
        Assert.Empty(later[AgentCategories.PractisingPatentAttorneys]);
        var p1Staff = Assert.Single(later[AgentCategories.TrademarkAgencyStaff]);
        Assert.Equal((p1.Practitioner.Id, HighTechZone), (p1Staff.PersonId, p1Staff.ZoneCode));
        Assert.Equal(Qingshanhu, later[AgentCategories.QualifiedPatentAttorneys].Single(x => x.PersonId == p1.Practitioner.Id).CountyCode);
        Assert.Single(await Facts(platform, f => f.FactsAsync(D("2026-01-14"))), x => x.Category == AgentCategories.PractisingPatentAttorneys);

        // Statistics on 2025-01-01: per county, per zone, headline = practising + trademark staff, distinct persons.
        var stats = await Register(platform, r => r.StatisticsAsync(City, D("2025-01-01")));
        Assert.Equal((2, 1, 2, 3, 2), (stats.Total.Qualified, stats.Total.Practising, stats.Total.TrademarkStaff, stats.Total.Headline, stats.HeadlineDistinctPersons));
        var donghu = stats.Counties.Single(x => x.Code == Donghu);
        Assert.Equal((1, 1, 1, 2), (donghu.Qualified, donghu.Practising, donghu.TrademarkStaff, donghu.Headline));
        Assert.Equal("东湖区", donghu.Name);
        Assert.Equal(1, stats.Counties.Single(x => x.Code == Honggutan).Qualified);
        Assert.Equal(1, stats.Zones.Single(x => x.Code == HighTechZone).TrademarkStaff);
        Assert.Equal(stats.Total.Headline, stats.Counties.Sum(x => x.Headline));
        var all = await Register(platform, r => r.StatisticsAsync(City, D("2025-01-01"), AgentCategories.All));
        Assert.Equal(5, all.Total.Headline);
        Assert.Equal(3, all.HeadlineDistinctPersons);
        var bad = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.StatisticsAsync(City, D("2025-01-01"), ["Everyone"])));
        Assert.Equal("WORKFORCE_COMPOSITION", bad.Code);

        // District officers see their district only.
        var donghuStats = await Register(platform, r => r.StatisticsAsync(DonghuOfficer, D("2025-01-01")));
        Assert.Equal(donghu with { }, Assert.Single(donghuStats.Counties));

        // The drill-down keeps the input order, masks names and never shows identity numbers.
        var described = await Facts(platform, f => f.DescribeAsync([p3.Practitioner.Id, 999_999, p1.Practitioner.Id, p2.Practitioner.Id], D("2025-01-01")));
        Assert.Equal([p3.Practitioner.Id, p1.Practitioner.Id, p2.Practitioner.Id], described.Select(x => x.PersonId));
        Assert.Equal(("欧**明", (string?)null, Honggutan), (described[0].Label, described[0].Agency, described[0].CountyCode));
        Assert.Equal(("3610100001", "张*三", "南昌甲专利商标代理有限公司", D("2020-01-01")), (described[1].Key, described[1].Label, described[1].Agency, described[1].Since));
        Assert.Equal(("李*", Id2[..3] + "***********" + Id2[^4..]), (described[2].Label, described[2].Key));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Personal_data_is_encrypted_and_masked_and_a_person_is_found_by_certificate_or_identity_number(string provider)
    {
        await using var platform = await StartAsync(provider);
        var (a, _, _, p1, p2, _) = await SeedAsync(platform);
        Assert.Equal(("张*三", "3610100001"), (p1.Practitioner.MaskedName, p1.Practitioner.Key));
        Assert.Equal(("李*", "360***********" + Id2[^4..]), (p2.Practitioner.MaskedName, p2.Practitioner.Key));
        Assert.Equal(p2.Practitioner.Key, p2.Practitioner.IdNumberMasked);

        var stored = await platform.InScopeAsync(sp => sp.GetRequiredService<ServicesDbContext>().Practitioners.AsNoTracking().SingleAsync(p => p.Id == p2.Practitioner.Id));
        Assert.DoesNotContain(Id2, stored.IdCipher!, StringComparison.Ordinal);
        Assert.StartsWith("SM4-GCM:v1:", stored.IdCipher!, StringComparison.Ordinal);
        Assert.DoesNotContain("李四", stored.NameCipher, StringComparison.Ordinal);
        Assert.Equal(64, stored.IdHash!.Length);

        // Found by the full ID number through the blind index; the same person cannot be registered twice.
        var found = await Register(platform, r => r.ListPractitionersAsync(City, new PractitionerQuery(Id2)));
        Assert.Equal(p2.Practitioner.Id, Assert.Single(found.Items).Id);
        var twice = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.CreatePractitionerAsync(City, new PractitionerRequest("李四", Id2, null, null, null, null, null))));
        Assert.Equal(("PRACTITIONER_EXISTS", 409), (twice.Code, twice.Status));

        // Neither the agency detail, the list nor the exports contain a full ID number or a name.
        var detail = await Register(platform, r => r.GetAgencyAsync(City, a.Agency.Id));
        Assert.Equal("张*三", Assert.Single(detail.Persons).MaskedName);
        var csv = System.Text.Encoding.UTF8.GetString(await Register(platform, r => r.ExportPractitionersAsync(City, new PractitionerQuery(), "csv")));
        foreach (var secret in new[] { Id1, Id2, Id3, "张小三", "李四", "欧阳小明" })
        {
            Assert.DoesNotContain(secret, csv, StringComparison.Ordinal);
        }

        Assert.Contains("张*三", csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Erasing_a_person_removes_the_personal_data_and_its_blind_index_keeps_the_statistics_and_leaves_no_trace_in_the_file(string provider)
    {
        await using var platform = await StartAsync(provider);
        var (_, _, _, p1, p2, _) = await SeedAsync(platform);
        var table = platform.Store.Table("services", "Practitioners");
        var before = (await platform.Store.QueryAsync($"SELECT \"NameCipher\" || '|' || \"IdCipher\" || '|' || \"IdHash\" || '|' || \"ContentHash\" FROM {table} WHERE \"Id\" = {p1.Practitioner.Id}")).Single()!.Split('|');
        var statistics = await Register(platform, r => r.StatisticsAsync(City, D("2026-03-01")));
        if (platform.Store.Storage.Provider == IpCity.BuildingBlocks.Storage.DatabaseProvider.Sqlite)
        {
            // Control: before the erasure the values are in the database file, so their absence afterwards means something.
            await platform.Store.ExecuteRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            var file = await File.ReadAllBytesAsync(platform.Store.Storage.SqlitePath);
            Assert.All(before, old => Assert.True(file.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(old)) >= 0, old[..12]));
        }


        // The city office only, with a reason.
        var district = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.ErasePractitionerAsync(DonghuOfficer, p1.Practitioner.Id, "离职")));
        Assert.Equal(("PRACTITIONER_ERASE_ROLE", 403), (district.Code, district.Status));
        var noReason = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.ErasePractitionerAsync(City, p1.Practitioner.Id, " ")));
        Assert.Equal(("PRACTITIONER_ERASE_REASON", 400), (noReason.Code, noReason.Status));

        var erased = await Register(platform, r => r.ErasePractitionerAsync(City, p1.Practitioner.Id, "本人申请删除 (个人信息保护法第四十七条)"));
        Assert.Equal((PractitionerNames.Erased, (string?)null, (string?)null), (erased.Practitioner.MaskedName, erased.Practitioner.IdNumberMasked, erased.Practitioner.CertificateNumber));
        Assert.Equal(2, erased.Engagements.Count);
        var again = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.ErasePractitionerAsync(City, p1.Practitioner.Id, "再次")));
        Assert.Equal(("PRACTITIONER_ERASED", 409), (again.Code, again.Status));
        var edit = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.UpdatePractitionerAsync(City, p1.Practitioner.Id, new PractitionerRequest("张小三", Id1, null, null, null, null, null))));
        Assert.Equal("PRACTITIONER_ERASED", edit.Code);

        // The blind index entry is gone: the ID number and the certificate number find nobody; the other persons are untouched.
        Assert.Empty((await Register(platform, r => r.ListPractitionersAsync(City, new PractitionerQuery(Id1)))).Items);
        Assert.Empty((await Register(platform, r => r.ListPractitionersAsync(City, new PractitionerQuery("3610100001")))).Items);
        Assert.Equal(p2.Practitioner.Id, Assert.Single((await Register(platform, r => r.ListPractitionersAsync(City, new PractitionerQuery(Id2)))).Items).Id);
        var row = (await platform.Store.QueryAsync($"SELECT COALESCE(\"IdCipher\", '-') || '|' || COALESCE(\"IdHash\", '-') || '|' || COALESCE(\"AddressCipher\", '-') || '|' || COALESCE(\"CertificateNumber\", '-') FROM {table} WHERE \"Id\" = {p1.Practitioner.Id}")).Single();
        Assert.Equal("-|-|-|-", row);
        Assert.True((await platform.Services.GetRequiredService<SealedFieldVerifier>().VerifyAsync(CancellationToken.None)).Clean);

        // The person still counts in the workforce statistics of a date before the erasure.
        var after = await Register(platform, r => r.StatisticsAsync(City, D("2026-03-01")));
        Assert.Equal(statistics.Total, after.Total);
        Assert.Equal(statistics.HeadlineDistinctPersons, after.HeadlineDistinctPersons);
        var audit = await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: "PractitionerErased", PageSize: 5)));
        Assert.EndsWith("reason: 本人申请删除 (个人信息保护法第四十七条)", Assert.Single(audit.Items).Detail, StringComparison.Ordinal);

        if (platform.Store.Storage.Provider == IpCity.BuildingBlocks.Storage.DatabaseProvider.Sqlite)
        {
            // secure_delete: once the WAL is checkpointed and truncated, none of the old sealed values, the blind index or
            // the content digest is anywhere in the data folder (SECURITY.md spec 30).
            await platform.Store.ExecuteRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            var hits = DataFolderScan.Find(platform.Store.Storage.DataDirectory, before);
            Assert.True(hits.Count == 0, string.Join("; ", hits.Select(h => $"{h.Where} still holds {h.Value[..12]}…")));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task District_officers_see_their_district_only_and_others_get_404_with_an_audit_row(string provider)
    {
        await using var platform = await StartAsync(provider);
        var (a, b, c, p1, p2, p3) = await SeedAsync(platform);

        var donghu = await Register(platform, r => r.ListAgenciesAsync(DonghuOfficer, new AgencyQuery()));
        Assert.Equal([a.Agency.Id], donghu.Items.Select(x => x.Id));
        Assert.Equal(3, (await Register(platform, r => r.ListAgenciesAsync(Dept, new AgencyQuery()))).Total);

        var denied = await AuditsAsync(platform, AuditEvents.AccessDenied);
        var notFound = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.GetAgencyAsync(DonghuOfficer, b.Agency.Id)));
        Assert.Equal(("AGENCY_NOT_FOUND", 404), (notFound.Code, notFound.Status));
        Assert.Equal(denied + 1, await AuditsAsync(platform, AuditEvents.AccessDenied));
        var missing = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.GetAgencyAsync(DonghuOfficer, 999_999)));
        Assert.Equal(notFound.Code, missing.Code);

        // Persons: P1 works at A (visible), P2 only at B, P3 lives elsewhere.
        var persons = await Register(platform, r => r.ListPractitionersAsync(DonghuOfficer, new PractitionerQuery()));
        Assert.Equal([p1.Practitioner.Id], persons.Items.Select(x => x.Id));
        var hidden = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.GetPractitionerAsync(DonghuOfficer, p2.Practitioner.Id)));
        Assert.Equal(("PRACTITIONER_NOT_FOUND", 404), (hidden.Code, hidden.Status));
        Assert.Equal(denied + 3, await AuditsAsync(platform, AuditEvents.AccessDenied));
        await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.UpdateAgencyAsync(XihuOfficer, a.Agency.Id, new AgencyRequest("改名", CodeA, "36101", "TM-0001", DonghuAddress, null))));
        Assert.Equal(c.Agency.Id, Assert.Single((await Register(platform, r => r.ListAgenciesAsync(XihuOfficer, new AgencyQuery()))).Items).Id);

        // District officers register agencies in their own district only; department officers do not write.
        var elsewhere = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.CreateAgencyAsync(DonghuOfficer, new AgencyRequest("西湖某代理公司", CreditCode("91360103MA35AGE05"), null, "TM-0009", XihuAddress, null))));
        Assert.Equal("AGENCY_UNIT", elsewhere.Code);
        var own = await Register(platform, r => r.CreateAgencyAsync(DonghuOfficer, new AgencyRequest("东湖某代理公司", CreditCode("91360102MA35AGE06"), null, "TM-0010", DonghuAddress, null)));
        Assert.Equal(Donghu, own.Agency.CountyCode);
        var dept = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.CreateAgencyAsync(Dept, new AgencyRequest("某代理公司", CreditCode("91360102MA35AGE07"), null, "TM-0011", DonghuAddress, null))));
        Assert.Equal(403, dept.Status);
        Assert.Equal(p3.Practitioner.Id, Assert.Single((await Register(platform, r => r.ListPractitionersAsync(City, new PractitionerQuery(Text: "ZL2018000002")))).Items).Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Exports_hold_as_many_rows_as_the_list_total(string provider)
    {
        await using var platform = await StartAsync(provider);
        await SeedAsync(platform);
        foreach (var actor in new[] { City, DonghuOfficer })
        {
            var list = await Register(platform, r => r.ListAgenciesAsync(actor, new AgencyQuery(PageSize: 1)));
            var csv = System.Text.Encoding.UTF8.GetString(await Register(platform, r => r.ExportAgenciesAsync(actor, new AgencyQuery(), "csv")));
            Assert.Equal(list.Total, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
            var xlsx = await Register(platform, r => r.ExportAgenciesAsync(actor, new AgencyQuery(), "xlsx"));
            Assert.Equal(list.Total, MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Count());

            var persons = await Register(platform, r => r.ListPractitionersAsync(actor, new PractitionerQuery(PageSize: 1)));
            var personCsv = System.Text.Encoding.UTF8.GetString(await Register(platform, r => r.ExportPractitionersAsync(actor, new PractitionerQuery(), "csv")));
            Assert.Equal(persons.Total, personCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
            var personXlsx = await Register(platform, r => r.ExportPractitionersAsync(actor, new PractitionerQuery(), "xlsx"));
            Assert.Equal(persons.Total, MiniExcelLibs.MiniExcel.Query(new MemoryStream(personXlsx), useHeaderRow: true).Count());
        }

        Assert.Equal(3, (await Register(platform, r => r.DirectoryAsync(null, null, null, 1, 50))).Total);
        Assert.Equal(2, (await Register(platform, r => r.DirectoryAsync(null, "Patent", null, 1, 50))).Total);
        Assert.Equal(8, await AuditsAsync(platform, AuditEvents.Exported));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Supervision_records_link_cases_by_number_and_credit_records_by_id(string provider)
    {
        await using var platform = await StartAsync(provider);
        var (a, _, _, p1, _, _) = await SeedAsync(platform);
        var city = new ProtectionActor(City.Name, City.Role, City.UnitCode, null, []);
        var opened = await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseRegister>().OpenAsync(city, new OpenCaseRequest(
            CaseTypes.AgencyViolation, "无资质代理", "摘要", D("2026-02-01"), Donghu, false,
            [new PartyInput(PartyRoles.Respondent, "Enterprise", "南昌甲专利商标代理有限公司", CodeA, null, null)])));

        var inspection = await Register(platform, r => r.AddAgencySupervisionAsync(DonghuOfficer, a.Agency.Id, new SupervisionRequest(SupervisionKinds.Inspection, D("2026-02-10"), "东湖区市场监管局", "未发现问题", null, null, null)));
        Assert.Equal(("donghu.officer", "东湖区市场监管局"), (inspection.RecordedBy, inspection.Unit));
        var violation = await Register(platform, r => r.AddAgencySupervisionAsync(City, a.Agency.Id, new SupervisionRequest(SupervisionKinds.Violation, D("2026-02-12"), null, null, opened.Summary.Number, null, "立案查处")));
        Assert.Equal((opened.Summary.Id, CaseTypes.AgencyViolation), (violation.CaseId!.Value, violation.CaseType));
        var unknown = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.AddAgencySupervisionAsync(City, a.Agency.Id, new SupervisionRequest(SupervisionKinds.Violation, D("2026-02-12"), null, null, "知保〔2026〕9999号", null, null))));
        Assert.Equal(("SUPERVISION_CASE_NOT_FOUND", 400), (unknown.Code, unknown.Status));

        var credit = await platform.InScopeAsync(sp => sp.GetRequiredService<ICreditSupervision>().ProposeAsync(city, new ProposeCreditRecordRequest(
            CreditKinds.Cnipa, CreditBehaviours.IllegalAgencyPenalised, CreditSubjectKinds.Enterprise, "南昌甲专利商标代理有限公司", CodeA, null, null, "违法代理被处罚", "《知识产权信用管理规定》第六条", null, D("2026-02-20"))));
        var linked = await Register(platform, r => r.AddPractitionerSupervisionAsync(City, p1.Practitioner.Id, new SupervisionRequest(SupervisionKinds.Credit, D("2026-02-21"), null, null, null, credit.Id, null)));
        Assert.Equal((credit.Id, credit.State), (linked.CreditRecordId!.Value, linked.CreditState));
        var noCredit = await Assert.ThrowsAsync<IpCityException>(() => Register(platform, r => r.AddPractitionerSupervisionAsync(City, p1.Practitioner.Id, new SupervisionRequest(SupervisionKinds.Credit, D("2026-02-21"), null, null, null, Guid.NewGuid(), null))));
        Assert.Equal("SUPERVISION_CREDIT_NOT_FOUND", noCredit.Code);

        var detail = await Register(platform, r => r.GetAgencyAsync(City, a.Agency.Id));
        Assert.Equal([SupervisionKinds.Violation, SupervisionKinds.Inspection], detail.Supervision.Select(s => s.Kind));
        Assert.Equal(SupervisionKinds.Credit, Assert.Single((await Register(platform, r => r.GetPractitionerAsync(City, p1.Practitioner.Id))).Supervision).Kind);
        Assert.Equal(3, await AuditsAsync(platform, "SupervisionRecorded"));
    }
}
