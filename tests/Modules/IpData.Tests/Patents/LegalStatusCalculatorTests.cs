using IpCity.IpData.Contracts;
using IpCity.IpData.Importing;
using IpCity.IpData.Patents.Status;

namespace IpCity.IpData.Tests.Patents;

/// <summary>The pure legal-status function: terms by type and filing date, lapse and restoration, terminal events, encumbrances.</summary>
public sealed class LegalStatusCalculatorTests
{
    private static readonly LegalStatusOptions s_defaults = new();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static LegalStatusOutcome At(string asOf, PatentType type, string filed, string? granted, params (string Date, string Code, string Description)[] events) =>
        LegalStatusCalculator.Compute(
            new LegalStatusInput("CN", type, D(filed), granted is null ? null : D(granted), events.Select(e => new LegalEvent(D(e.Date), e.Code, e.Description)).ToList()),
            D(asOf),
            s_defaults);

    [Theory]
    [InlineData("Invention", "2005-03-10", "2025-03-10")]
    [InlineData("UtilityModel", "2015-07-01", "2025-07-01")]
    [InlineData("Design", "2021-05-31", "2031-05-31")]
    [InlineData("Design", "2021-06-01", "2036-06-01")]
    public void Terms_follow_type_and_filing_date(string type, string filed, string ends) =>
        Assert.Equal(D(ends), LegalStatusCalculator.TermEnd("CN", Enum.Parse<PatentType>(type), D(filed), s_defaults));

    [Fact]
    public void Term_parameters_are_configurable_and_foreign_utility_models_have_no_rule()
    {
        var options = new LegalStatusOptions { DesignTermYears = 14, DesignLongTermFrom = D("2020-01-01") };
        Assert.Equal(D("2034-06-01"), LegalStatusCalculator.TermEnd("CN", PatentType.Design, D("2020-06-01"), options));
        Assert.Null(LegalStatusCalculator.TermEnd("DE", PatentType.UtilityModel, D("2020-06-01"), options));
        Assert.Equal(D("2040-06-01"), LegalStatusCalculator.TermEnd("US", PatentType.Invention, D("2020-06-01"), options));
    }

    [Theory]
    [InlineData("2004-12-31", "NotYetFiled", null)]
    [InlineData("2005-03-10", "Pending", "2005-03-10")]
    [InlineData("2008-06-03", "Pending", "2005-03-10")]
    [InlineData("2008-06-04", "InForce", "2008-06-04")]
    [InlineData("2025-03-09", "InForce", "2008-06-04")]
    [InlineData("2025-03-10", "Expired", "2025-03-10")]
    public void An_invention_is_pending_then_in_force_until_twenty_years_after_filing(string asOf, string status, string? since)
    {
        var outcome = At(asOf, PatentType.Invention, "2005-03-10", "2008-06-04");
        Assert.Equal(status, outcome.Status.ToString());
        Assert.Equal(since is null ? null : D(since), outcome.Since);
        Assert.Equal(status == "InForce", outcome.InForce);
    }

    [Fact]
    public void A_design_filed_after_the_2021_change_is_in_force_in_its_eleventh_year()
    {
        Assert.Equal(LegalStatusCode.InForce, At("2032-01-01", PatentType.Design, "2021-06-01", "2021-12-01").Status);
        Assert.Equal(LegalStatusCode.Expired, At("2032-01-01", PatentType.Design, "2021-05-31", "2021-12-01").Status);
    }

    [Fact]
    public void Lapse_for_non_payment_then_restoration()
    {
        (string, string, string)[] events = [("2015-09-01", "专利权的终止", "未缴年费专利权终止 IPC(主分类):H01M 10/0525"), ("2016-02-01", "专利权的恢复", "恢复日: 2016.02.01")];
        Assert.Equal(LegalStatusCode.InForce, At("2015-08-31", PatentType.Invention, "2010-03-10", "2012-06-04", events).Status);
        var lapsed = At("2015-12-01", PatentType.Invention, "2010-03-10", "2012-06-04", events);
        Assert.Equal((LegalStatusCode.LapsedNonPayment, D("2015-09-01")), (lapsed.Status, lapsed.Since));
        var restored = At("2016-02-01", PatentType.Invention, "2010-03-10", "2012-06-04", events);
        Assert.Equal((LegalStatusCode.InForce, D("2012-06-04")), (restored.Status, restored.Since));
        Assert.True(restored.Timeline.Single(t => t.Kind == LegalEventKind.Restoration).ChangesStatus);

        // Without the grace period the lapse runs from the annuity due date (the filing-date anniversary).
        var strict = LegalStatusCalculator.Compute(
            new LegalStatusInput("CN", PatentType.Invention, D("2010-03-10"), D("2012-06-04"), [new LegalEvent(D("2015-09-01"), "LAPSE", "未缴年费")]),
            D("2015-06-01"),
            new LegalStatusOptions { GracePeriodCountsAsValid = false });
        Assert.Equal((LegalStatusCode.LapsedNonPayment, D("2015-03-10")), (strict.Status, strict.Since));
    }

    [Theory]
    [InlineData("INVALID", "", "Invalidated")]
    [InlineData("X1", "专利权的无效宣告 全部无效", "Invalidated")]
    [InlineData("X2", "专利权部分无效宣告", "InForce")]
    [InlineData("X3", "无效宣告请求", "InForce")]
    [InlineData("SURRENDER", "", "Surrendered")]
    [InlineData("X4", "专利权的主动放弃", "Surrendered")]
    [InlineData("EXPIRE", "", "Expired")]
    [InlineData("ZZ99", "某个未知的事件", "InForce")]
    public void Events_after_grant(string code, string description, string status)
    {
        var outcome = At("2020-01-01", PatentType.UtilityModel, "2015-07-01", "2016-01-05", ("2018-04-01", code, description));
        Assert.Equal(status, outcome.Status.ToString());
        var recorded = outcome.Timeline.Single(t => !t.Derived && t.Event.Code == code);
        Assert.Equal(status != "InForce", recorded.ChangesStatus);
    }

    [Theory]
    [InlineData("WITHDRAW", "", "Withdrawn")]
    [InlineData("X", "发明专利申请公布后的视为撤回", "Withdrawn")]
    [InlineData("X", "发明专利申请公布后的驳回", "Rejected")]
    [InlineData("X", "实质审查的生效", "Pending")]
    public void Events_before_grant(string code, string description, string status) =>
        Assert.Equal(status, At("2019-01-01", PatentType.Invention, "2016-07-01", null, ("2018-04-01", code, description)).Status.ToString());

    [Fact]
    public void A_withdrawn_application_that_is_restored_is_pending_again_and_can_be_granted()
    {
        (string, string, string)[] events = [("2018-04-01", "WITHDRAW", "视为撤回"), ("2018-08-01", "RESTORE", "权利恢复")];
        Assert.Equal(LegalStatusCode.Withdrawn, At("2018-05-01", PatentType.Invention, "2016-07-01", "2020-03-03", events).Status);
        Assert.Equal(LegalStatusCode.Pending, At("2019-01-01", PatentType.Invention, "2016-07-01", "2020-03-03", events).Status);
        Assert.Equal(LegalStatusCode.InForce, At("2020-03-03", PatentType.Invention, "2016-07-01", "2020-03-03", events).Status);
    }

    [Fact]
    public void A_lapse_stays_a_lapse_after_the_term_would_have_ended()
    {
        var outcome = At("2030-01-01", PatentType.UtilityModel, "2015-07-01", "2016-01-05", ("2018-09-01", "LAPSE", "未缴年费专利权终止"));
        Assert.Equal((LegalStatusCode.LapsedNonPayment, D("2018-09-01")), (outcome.Status, outcome.Since));
        Assert.False(outcome.Timeline.Single(t => t.Event.Code == "TERM_END").ChangesStatus);
    }

    [Fact]
    public void Transfers_licences_and_pledges_effective_on_the_date()
    {
        (string, string, string)[] events =
        [
            ("2017-01-10", "X", "专利权质押合同登记的生效 登记号: Y2017980000001"),
            ("2017-05-10", "X", "专利权的转移 变更前权利人: 甲公司 变更后权利人: 乙公司"),
            ("2018-02-01", "X", "专利实施许可合同备案的生效 合同备案号: 2018360000012"),
            ("2018-03-01", "PLEDGE", "登记号: Y2018980000002"),
            ("2019-01-10", "X", "专利权质押合同登记的注销 登记号: Y2017980000001"),
            ("2019-06-01", "X", "专利实施许可合同备案的注销 合同备案号: 2018360000012"),
        ];
        var mid = At("2018-12-31", PatentType.Invention, "2014-01-01", "2016-06-01", events);
        Assert.Equal(LegalStatusCode.InForce, mid.Status);
        Assert.Equal(["2017-01-10", "2018-03-01"], mid.Pledges.Select(p => p.Event.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Single(mid.Licences);
        Assert.Single(mid.OwnershipChanges);

        var later = At("2019-12-31", PatentType.Invention, "2014-01-01", "2016-06-01", events);
        Assert.Equal([D("2018-03-01")], later.Pledges.Select(p => p.Event.Date));
        Assert.Empty(later.Licences);
        Assert.Empty(At("2016-12-31", PatentType.Invention, "2014-01-01", "2016-06-01", events).Pledges);
        Assert.All(later.Timeline.Where(t => !t.Derived), t => Assert.False(t.ChangesStatus));
    }

    [Fact]
    public void A_release_without_a_reference_closes_the_oldest_open_pledge()
    {
        var outcome = At("2020-01-01", PatentType.Invention, "2014-01-01", "2016-06-01",
            ("2017-01-10", "PLEDGE", "质押登记"), ("2018-01-10", "PLEDGE", "质押登记"), ("2019-01-10", "PLEDGE_END", "质押登记注销"));
        Assert.Equal(D("2018-01-10"), Assert.Single(outcome.Pledges).Event.Date);
    }

    [Fact]
    public void The_timeline_is_ordered_and_marks_derived_and_future_entries()
    {
        var outcome = At("2010-01-01", PatentType.Invention, "2005-03-10", "2008-06-04", ("2012-01-01", "ZZ", "未知"));
        Assert.Equal(["APPLICATION", "GRANT", "ZZ", "TERM_END"], outcome.Timeline.Select(t => t.Event.Code));
        Assert.Equal([true, true, false, true], outcome.Timeline.Select(t => t.Derived));
        Assert.Equal([true, true, false, false], outcome.Timeline.Select(t => t.Effective));
        Assert.Equal(LegalEventKind.Unknown, outcome.Timeline[2].Kind);
    }

    /// <summary>
    /// The indicators' lean status (<see cref="LegalStatusCalculator.StatusOn"/>) and the patent page's full
    /// computation are one state machine: on 20 000 random histories (every kind of event, same-day ties,
    /// missing dates, both grace-period rules, dates before, inside and after each history) they agree.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Lean_status_equals_the_full_computation_on_random_histories(bool graceCountsAsValid)
    {
        var options = new LegalStatusOptions { GracePeriodCountsAsValid = graceCountsAsValid };
        var random = new Random(20261127);
        string[] codes = ["GRANT", "LAPSE", "RESTORE", "INVALID", "INVALID_PART", "INVALID_REQUEST", "EXPIRE", "SURRENDER", "WITHDRAW", "REJECT", "TRANSFER", "LICENCE", "PLEDGE", "PUBLICATION", "X-UNKNOWN"];
        PatentType[] types = [PatentType.Invention, PatentType.UtilityModel, PatentType.Design];
        var buffer = new LegalStatusCalculator.Step[1];
        var disagreements = 0;
        var statuses = new HashSet<LegalStatusCode>();
        for (var n = 0; n < 10_000; n++)
        {
            var filed = random.Next(10) == 0 ? (DateOnly?)null : new DateOnly(1995, 1, 1).AddDays(random.Next(30 * 365));
            var basis = filed ?? new DateOnly(2000, 1, 1);
            var granted = random.Next(3) == 0 ? (DateOnly?)null : basis.AddDays(random.Next(5 * 365));
            var events = Enumerable.Range(0, random.Next(7))
                .Select(_ => new LegalEvent(basis.AddDays(random.Next(4) == 0 ? random.Next(3) * 365 : random.Next(25 * 365)), codes[random.Next(codes.Length)], string.Empty))
                .OrderBy(e => e.Date).ToList();
            var type = types[random.Next(types.Length)];
            var country = random.Next(8) == 0 ? "DE" : "CN";
            foreach (var asOf in new[] { basis.AddDays(-1), basis.AddDays(random.Next(30 * 365)), new DateOnly(2060, 1, 1) })
            {
                var full = LegalStatusCalculator.Compute(new LegalStatusInput(country, type, filed, granted, events), asOf, options).Status;
                var lean = LegalStatusCalculator.StatusOn(country, type, filed, granted,
                    events.Select(e => new LegalStatusCalculator.KindedEvent(e.Date, LegalStatusCalculator.Classify(e.Code, e.Description))).ToArray(), asOf, options, ref buffer);
                disagreements += full == lean ? 0 : 1;
                statuses.Add(full);
            }
        }

        Assert.Equal(0, disagreements);
        // The histories reach every status the machine has, so the comparison covers every transition's result.
        Assert.Equal(Enum.GetValues<LegalStatusCode>().ToHashSet(), statuses);
    }
}
