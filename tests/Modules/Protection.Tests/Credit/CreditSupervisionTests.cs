using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Credit;
using IpCity.Protection.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Protection.Tests.Credit;

/// <summary>
/// Credit supervision on SQLite and PostgreSQL (issue 5 §5): a record expires on its date with nobody touching it
/// and leaves the published list; an approved repair removes it at once; four-eyes on the listing decision; repair
/// refused before the wait; enterprises and districts see only their own records (404 + AccessDenied otherwise);
/// identifiers encrypted at rest and masked; the parameters drive the end date. Every step is audited.
/// </summary>
public sealed class CreditSupervisionTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string E1Code = "91360100MA35ABCD1X";
    private const string E2Code = "91360100MA35EFGH2Y";
    private const string PersonId = "11010519491231002X";

    private static readonly ProtectionActor s_city1 = new("city1", Roles.CityOfficer, "360100", null, []);
    private static readonly ProtectionActor s_city2 = new("city2", Roles.CityOfficer, "360100", null, []);
    private static readonly ProtectionActor s_donghu = new("donghu1", Roles.DistrictOfficer, "360102", null, []);
    private static readonly ProtectionActor s_xihu = new("xihu1", Roles.DistrictOfficer, "360103", null, []);
    private static readonly ProtectionActor s_dept = new("dept1", Roles.DeptOfficer, "SCJ", null, []);
    private static readonly ProtectionActor s_e1 = new("e1", Roles.Enterprise, null, E1Code, []);
    private static readonly ProtectionActor s_e2 = new("e2", Roles.Enterprise, null, E2Code, []);

    private static readonly DateOnly s_today = new(2026, 3, 2);

    private static ProposeCreditRecordRequest Proposal(string kind = CreditKinds.Cnipa, string behaviour = CreditBehaviours.AbnormalPatentFiling, string subjectKind = CreditSubjectKinds.Enterprise, string name = "南昌某某科技有限公司", string identifier = E1Code) =>
        new(kind, behaviour, subjectKind, name, identifier, null, 4711, "2025 年提交非正常专利申请 37 件, 经通知未撤回。", "《知识产权信用管理规定》第六条", "洪知保〔2026〕1号", new DateOnly(2026, 2, 20));

    private static CreditDecisionRequest Approval(DateOnly on) => new(true, "《知识产权信用管理规定》第七条", "洪知信决〔2026〕8号", on, null);

    private static Task<T> Credit<T>(Platform platform, Func<ICreditSupervision, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<ICreditSupervision>()));

    private static async Task<long> Audits(Platform platform, string type) =>
        (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: type, PageSize: 1)))).Total;

    private static async Task<CreditRecordDto> ListedAsync(Platform platform, ProposeCreditRecordRequest? proposal = null)
    {
        var proposed = await Credit(platform, c => c.ProposeAsync(s_donghu, proposal ?? Proposal()));
        return await Credit(platform, c => c.DecideAsync(s_city1, proposed.Id, Approval(s_today)));
    }

    private static Task<ImpactAssessmentDto> AssessAsync(Platform platform) =>
        Credit(platform, c => c.RecordImpactAssessmentAsync(s_city1, new RecordImpactAssessmentRequest(s_today, "市局法制科 + 第三方评估机构", "严重违法失信名单与失信记录公示: 名称(自然人脱敏)、脱敏代码、行为、措施、期限", "公示必要、影响可控, 自然人姓名与证件号脱敏后公示", "洪知评〔2026〕1号")));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_record_expires_on_its_date_and_leaves_the_public_list_with_nobody_touching_it(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);

        // Nothing is published before a personal-information impact assessment is on record.
        var blocked = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.PublicListAsync()));
        Assert.Equal(("CREDIT_PIA_REQUIRED", 409), (blocked.Code, blocked.Status));

        var proposed = await Credit(platform, c => c.ProposeAsync(s_donghu, Proposal()));
        Assert.Equal((CreditStates.Recorded, "360102", 4711L), (proposed.State, proposed.UnitCode, proposed.CaseId!.Value));
        var record = await Credit(platform, c => c.DecideAsync(s_city1, proposed.Id, Approval(s_today)));
        Assert.Equal((CreditStates.UnderMeasures, s_today, new DateOnly(2027, 3, 2)), (record.State, record.StartsOn!.Value, record.EndsOn!.Value));
        await Credit(platform, c => c.RecordNoticeAsync(s_donghu, record.Id, new CreditNoticeRequest(s_today, "直接送达", "洪知信告〔2026〕8号")));
        record = await Credit(platform, c => c.SetMeasuresAsync(s_donghu, record.Id, new SetCreditMeasuresRequest(
            [new CreditMeasureChoice("KeySupervision", null), new CreditMeasureChoice("FiscalFundingStrictReview", ["市财政局", "市科学技术局"])], "《知识产权信用管理规定》第十条", null)));
        Assert.Equal(new[] { "市财政局", "市科学技术局" }, record.Measures.Single(m => m.Code == "FiscalFundingStrictReview").Departments);
        Assert.Contains("市市场监督管理局(知识产权局)", record.Measures.Single(m => m.Code == "KeySupervision").Departments);

        await AssessAsync(platform);
        var published = Assert.Single((await Credit(platform, c => c.PublicListAsync())).Items);
        Assert.Equal((record.Id, "9136**********CD1X", new DateOnly(2027, 3, 2)), (published.Id, published.SubjectIdentifier, published.EndsOn));
        Assert.Equal(2, published.Measures.Count);

        // The day before the end date it is still in force; on the end date it is expired in every read.
        platform.Clock.Advance(TimeSpan.FromDays(364));
        Assert.Single((await Credit(platform, c => c.PublicListAsync())).Items);
        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty((await Credit(platform, c => c.PublicListAsync())).Items);
        var officerView = await Credit(platform, c => c.GetAsync(s_city1, record.Id));
        Assert.Equal((CreditStates.Expired, CreditStates.UnderMeasures, false), (officerView.State, officerView.StoredState, officerView.Published));
        var own = Assert.Single((await Credit(platform, c => c.ListAsync(s_e1, new CreditRecordQuery()))).Items);
        Assert.Equal(CreditStates.Expired, own.State);
        Assert.Single((await Credit(platform, c => c.ListAsync(s_city1, new CreditRecordQuery(State: CreditStates.Expired)))).Items);
        Assert.DoesNotContain("洪知信决〔2026〕8号", await Credit(platform, c => c.ExportPublicCsvAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await Audits(platform, CreditAuditEvents.Expired));

        // The sweep stores what reads already show, once, audited.
        Assert.Equal(1, (await Credit(platform, c => c.ExpireDueAsync())).Expired);
        Assert.Equal(0, (await Credit(platform, c => c.ExpireDueAsync())).Expired);
        Assert.Equal(1, await Audits(platform, CreditAuditEvents.Expired));
        var stored = await Credit(platform, c => c.GetAsync(s_city1, record.Id));
        Assert.Equal((CreditStates.Expired, CreditStates.Expired), (stored.State, stored.StoredState));
        Assert.Equal(new[] { "Proposed", "ListingApproved", "NoticeServed", "MeasuresSet", "Expired" }, stored.Transitions.Select(t => t.Action));
        Assert.All(stored.Transitions, t => Assert.False(string.IsNullOrEmpty(t.Decider)));
        Assert.Equal("洪知信决〔2026〕8号", stored.Transitions[1].DocumentNumber);
        foreach (var type in new[] { CreditAuditEvents.Proposed, CreditAuditEvents.ListingDecided, CreditAuditEvents.NoticeServed, CreditAuditEvents.MeasuresSet, CreditAuditEvents.ImpactAssessmentRecorded })
        {
            Assert.Equal(1, await Audits(platform, type));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_approved_repair_removes_the_record_from_the_public_list_and_is_refused_before_the_wait(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await AssessAsync(platform);
        var record = await ListedAsync(platform);

        var early = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.FileRepairAsync(s_e1, record.Id, new CreditRepairRequest(true, true, true, "承诺书.pdf", null, null))));
        Assert.Equal(("CREDIT_REPAIR_TOO_EARLY", 409, "2026-09-02"), (early.Code, early.Status, early.Details["earliest"]));
        Assert.False(early.Details.ContainsKey("code"));

        platform.Clock.Advance(TimeSpan.FromDays(184)); // 2026-09-02: six months after the decision
        var repair = await Credit(platform, c => c.FileRepairAsync(s_e1, record.Id, new CreditRepairRequest(true, true, true, "../承诺书.pdf", new string('a', 64), "已缴清罚款并撤回全部申请")));
        Assert.Equal(("承诺书.pdf", CreditRules.Pending), (repair.AttachmentName, repair.Status));
        Assert.Single((await Credit(platform, c => c.PublicListAsync())).Items);
        var twice = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.FileRepairAsync(s_e1, record.Id, new CreditRepairRequest(true, true, true, null, null, null))));
        Assert.Equal("CREDIT_STATE", twice.Code);

        var reviewed = await Credit(platform, c => c.ReviewRepairAsync(s_city2, repair.Id, new CreditReviewRequest(true, "条件均已满足", "洪知信修〔2026〕3号", "《知识产权信用管理规定》第二十条")));
        Assert.Equal(CreditRules.Approved, reviewed.Status);
        Assert.Empty((await Credit(platform, c => c.PublicListAsync())).Items);
        var after = await Credit(platform, c => c.GetAsync(s_e1, record.Id));
        Assert.Equal((CreditStates.Repaired, false), (after.State, after.Published));
        Assert.Equal(new[] { "Proposed", "ListingApproved", "RepairFiled", "RepairApproved" }, after.Transitions.Select(t => t.Action));
        Assert.Equal((1L, 1L), (await Audits(platform, CreditAuditEvents.RepairFiled), await Audits(platform, CreditAuditEvents.RepairReviewed)));

        // The SAMR list: early removal only after a year, unmet conditions cannot be approved, a rejection lists it again.
        var samr = await ListedAsync(platform, Proposal(CreditKinds.SamrSerious, CreditBehaviours.IntentionalInfringement, identifier: E2Code));
        Assert.Equal((CreditStates.Listed, s_today.AddYears(3)), (samr.State, samr.EndsOn!.Value));
        var samrEarly = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.FileRepairAsync(s_e2, samr.Id, new CreditRepairRequest(true, true, true, null, null, null))));
        Assert.Equal(("CREDIT_REPAIR_TOO_EARLY", "2027-03-02"), (samrEarly.Code, samrEarly.Details["earliest"]));
        platform.Clock.Advance(TimeSpan.FromDays(365));
        var unmet = await Credit(platform, c => c.FileRepairAsync(s_e2, samr.Id, new CreditRepairRequest(true, false, true, null, null, null)));
        Assert.Equal(CreditStates.EarlyRemovalRequested, (await Credit(platform, c => c.GetAsync(s_city1, samr.Id))).State);
        var refused = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.ReviewRepairAsync(s_city1, unmet.Id, new CreditReviewRequest(true, "同意", null, null))));
        Assert.Equal("CREDIT_REPAIR_CONDITIONS_UNMET", refused.Code);
        await Credit(platform, c => c.ReviewRepairAsync(s_city1, unmet.Id, new CreditReviewRequest(false, "不良影响尚未消除", null, null)));
        Assert.Equal(CreditStates.Listed, (await Credit(platform, c => c.GetAsync(s_city1, samr.Id))).State);
        var again = await Credit(platform, c => c.FileRepairAsync(s_e2, samr.Id, new CreditRepairRequest(true, true, true, null, null, null)));
        await Credit(platform, c => c.ReviewRepairAsync(s_city1, again.Id, new CreditReviewRequest(true, "条件均已满足", null, null)));
        Assert.Equal(CreditStates.RemovedEarly, (await Credit(platform, c => c.GetAsync(s_city1, samr.Id))).State);
        Assert.Empty((await Credit(platform, c => c.PublicListAsync())).Items);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_listing_decision_needs_a_second_city_officer(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var proposed = await Credit(platform, c => c.ProposeAsync(s_city1, Proposal()));
        var refused = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.DecideAsync(s_city1, proposed.Id, Approval(s_today))));
        Assert.Equal(("CREDIT_FOUR_EYES", 409), (refused.Code, refused.Status));
        Assert.Equal(CreditStates.Recorded, (await Credit(platform, c => c.GetAsync(s_city1, proposed.Id))).State);
        var district = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.DecideAsync(s_donghu, proposed.Id, Approval(s_today))));
        Assert.Equal("CREDIT_CITY_ONLY", district.Code);
        var department = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.ProposeAsync(s_dept, Proposal())));
        Assert.Equal(("CREDIT_OFFICER_ROLE", 403), (department.Code, department.Status));

        var decided = await Credit(platform, c => c.DecideAsync(s_city2, proposed.Id, Approval(s_today)));
        Assert.Equal((CreditStates.UnderMeasures, "city2"), (decided.State, decided.DecidedBy));
        var again = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.DecideAsync(s_city2, proposed.Id, Approval(s_today))));
        Assert.Equal("CREDIT_STATE", again.Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Enterprises_and_districts_see_only_their_own_records(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var proposed = await Credit(platform, c => c.ProposeAsync(s_donghu, Proposal()));

        // Not yet decided: not even its subject sees it.
        var denied = await Audits(platform, AuditEvents.AccessDenied);
        var notYet = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.GetAsync(s_e1, proposed.Id)));
        Assert.Equal(("CREDIT_RECORD_NOT_FOUND", 404), (notYet.Code, notYet.Status));
        var record = await Credit(platform, c => c.DecideAsync(s_city1, proposed.Id, Approval(s_today)));
        Assert.Equal(record.Id, (await Credit(platform, c => c.GetAsync(s_e1, record.Id))).Id);

        foreach (Func<ICreditSupervision, Task> attempt in new Func<ICreditSupervision, Task>[]
        {
            c => c.GetAsync(s_e2, record.Id),
            c => c.FileRepairAsync(s_e2, record.Id, new CreditRepairRequest(true, true, true, null, null, null)),
            c => c.FileObjectionAsync(s_e2, record.Id, new CreditObjectionRequest("不是我们")),
            c => c.GetAsync(s_xihu, record.Id),
            c => c.RecordNoticeAsync(s_xihu, record.Id, new CreditNoticeRequest(s_today, "邮寄", "x")),
            c => c.GetAsync(s_e2, Guid.NewGuid()),
        })
        {
            var e = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => attempt(sp.GetRequiredService<ICreditSupervision>())));
            Assert.Equal(("CREDIT_RECORD_NOT_FOUND", 404), (e.Code, e.Status));
        }

        Assert.Equal(denied + 7, await Audits(platform, AuditEvents.AccessDenied));
        Assert.Empty((await Credit(platform, c => c.ListAsync(s_e2, new CreditRecordQuery()))).Items);
        Assert.Empty((await Credit(platform, c => c.ListAsync(s_xihu, new CreditRecordQuery()))).Items);
        Assert.Single((await Credit(platform, c => c.ListAsync(s_donghu, new CreditRecordQuery()))).Items);
        Assert.Single((await Credit(platform, c => c.ListAsync(s_dept, new CreditRecordQuery()))).Items);
        Assert.DoesNotContain(record.Id.ToString(), await Credit(platform, c => c.ExportCsvAsync(s_e2, new CreditRecordQuery())), StringComparison.Ordinal);

        // The subject contests its record; an upheld objection revokes it.
        var objection = await Credit(platform, c => c.FileObjectionAsync(s_e1, record.Id, new CreditObjectionRequest("所涉申请系正常研发成果, 附研发记录。")));
        var pending = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.FileObjectionAsync(s_e1, record.Id, new CreditObjectionRequest("再次"))));
        Assert.Equal("CREDIT_OBJECTION_PENDING", pending.Code);
        Assert.Empty(await Credit(platform, c => c.ListObjectionsAsync(s_xihu, null)));
        await Credit(platform, c => c.ReviewObjectionAsync(s_donghu, objection.Id, new CreditReviewRequest(true, "经复核, 异议成立", "洪知信异〔2026〕1号", null)));
        var revoked = await Credit(platform, c => c.GetAsync(s_e1, record.Id));
        Assert.Equal((CreditStates.Revoked, CreditRules.Approved), (revoked.State, Assert.Single(revoked.Objections).Status));
        Assert.Equal((1L, 1L), (await Audits(platform, CreditAuditEvents.ObjectionFiled), await Audits(platform, CreditAuditEvents.ObjectionReviewed)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Identifiers_are_encrypted_at_rest_and_masked(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await AssessAsync(platform);
        var person = await ListedAsync(platform, Proposal(CreditKinds.SamrSerious, CreditBehaviours.SeriousIllegalAgency, CreditSubjectKinds.NaturalPerson, "张三丰", PersonId.ToLowerInvariant()));
        Assert.Equal(("张**", "110***********002X"), (person.SubjectName, person.SubjectIdentifier));
        var published = Assert.Single((await Credit(platform, c => c.PublicListAsync())).Items);
        Assert.Equal(("张**", "110***********002X"), (published.SubjectName, published.SubjectIdentifier));
        var csv = await Credit(platform, c => c.ExportCsvAsync(s_city1, new CreditRecordQuery()));
        Assert.DoesNotContain(PersonId, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", csv, StringComparison.Ordinal);

        // The raw columns: ciphertext with its algorithm id, the blind index, never the plain values.
        var raw = await platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProtectionDbContext>();
            var entity = db.Model.FindEntityType(typeof(CreditRecord))!;
            var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"SubjectIdCipher\", \"SubjectNameCipher\", \"SubjectIdHash\", \"SubjectName\", \"SubjectIdMasked\" FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            return (IdCipher: reader.GetString(0), NameCipher: reader.GetString(1), Hash: reader.GetString(2), Name: reader.GetString(3), Masked: reader.GetString(4));
        });
        Assert.StartsWith(Sm4Gcm.AlgorithmId + ":", raw.IdCipher, StringComparison.Ordinal);
        Assert.StartsWith(Sm4Gcm.AlgorithmId + ":", raw.NameCipher, StringComparison.Ordinal);
        Assert.All(new[] { raw.IdCipher, raw.NameCipher, raw.Hash, raw.Name, raw.Masked }, v =>
        {
            Assert.DoesNotContain("0519491231", v, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("三丰", v, StringComparison.Ordinal);
        });
        var protector = platform.Services.GetRequiredService<CreditSubjectProtector>();
        Assert.Equal((PersonId, "张三丰", protector.Index(PersonId)), (protector.Decrypt(raw.IdCipher), protector.Decrypt(raw.NameCipher), raw.Hash));
        Assert.Equal(64, raw.Hash.Length);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_parameters_drive_the_computed_end_date(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var parameters = await Credit(platform, c => c.ListParametersAsync());
        Assert.Contains(parameters, p => p is { Name: CreditParameterNames.CnipaMeasureDuration, Amount: 12, Unit: "Months", Status: "UNCONFIRMED" });
        Assert.Contains(parameters, p => p is { Name: CreditParameterNames.SamrListingPeriod, Amount: 3, Unit: "Years", Status: "CONFIRMED" });

        var denied = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.SetParameterAsync(s_donghu, CreditParameterNames.CnipaMeasureDuration, new SetCreditParameterRequest(6, "Months", null))));
        Assert.Equal("CREDIT_CITY_ONLY", denied.Code);
        var bad = await Assert.ThrowsAsync<IpCityException>(() => Credit(platform, c => c.SetParameterAsync(s_city1, CreditParameterNames.CnipaMeasureDuration, new SetCreditParameterRequest(6, "Weeks", null))));
        Assert.Equal("CREDIT_PARAMETER_VALUE", bad.Code);
        var changed = await Credit(platform, c => c.SetParameterAsync(s_city1, CreditParameterNames.CnipaMeasureDuration, new SetCreditParameterRequest(6, "Months", "按本市细则")));
        Assert.Equal(("city1", "UNCONFIRMED"), (changed.UpdatedBy, changed.Status));
        Assert.Equal(1, await Audits(platform, CreditAuditEvents.ParameterChanged));

        var record = await ListedAsync(platform);
        Assert.Equal(new DateOnly(2026, 9, 2), record.EndsOn);

        // A new act during the measures renews the period from its decision date.
        platform.Clock.Advance(TimeSpan.FromDays(60));
        var renewed = await Credit(platform, c => c.RecordNewActAsync(s_city1, record.Id, new CreditNewActRequest(new DateOnly(2026, 5, 1), "《知识产权信用管理规定》", "洪知保〔2026〕9号", null, 4712)));
        Assert.Equal(new DateOnly(2026, 11, 1), renewed.EndsOn);
        Assert.Equal("PeriodExtended", renewed.Transitions[^1].Action);

        // The measure catalogue is editable too.
        var measure = await Credit(platform, c => c.SetMeasureTypeAsync(s_city1, "KeySupervision", new SetCreditMeasureTypeRequest("列为重点监管对象,提高检查频次", ["市市场监督管理局", "市税务局"], true)));
        Assert.Equal(new[] { "市市场监督管理局", "市税务局" }, measure.Departments);
        Assert.Equal(1, await Audits(platform, CreditAuditEvents.MeasureTypeChanged));
    }

    [Fact]
    public void Masks_keep_the_length_reveal_little_and_are_idempotent()
    {
        Assert.Equal("110***********002X", CreditRules.MaskIdentifier(PersonId, CreditSubjectKinds.NaturalPerson));
        Assert.Equal("9136**********CD1X", CreditRules.MaskIdentifier(E1Code, CreditSubjectKinds.Enterprise));
        Assert.Equal("110***********002X", CreditRules.MaskIdentifier(CreditRules.MaskIdentifier(PersonId, CreditSubjectKinds.NaturalPerson), CreditSubjectKinds.NaturalPerson));
        Assert.Equal(("张*", "欧***"), (CreditRules.MaskName("张三"), CreditRules.MaskName("欧阳小明")));
        Assert.Equal(CreditStates.ExpiredAfterTerm, CreditRules.Effective(CreditKinds.SamrSerious, CreditStates.EarlyRemovalRequested, s_today, s_today));
        Assert.Equal(CreditStates.Listed, CreditRules.Effective(CreditKinds.SamrSerious, CreditStates.Listed, s_today, s_today.AddDays(-1)));
        Assert.Equal(CreditStates.Repaired, CreditRules.Effective(CreditKinds.Cnipa, CreditStates.Repaired, s_today, s_today.AddYears(1)));
    }
}
