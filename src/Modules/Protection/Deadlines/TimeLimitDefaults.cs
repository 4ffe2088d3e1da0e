using IpCity.Protection.Contracts;

namespace IpCity.Protection.Deadlines;

/// <summary>
/// The defaults of DOMAIN.md §7.6, seeded as the first version of each rule (in force from
/// <see cref="EffectiveFrom"/>); the city office changes a rule by adding a version, never by editing these.
/// Left out on purpose, because they are not periods: Penalty.SummaryThresholdPerson / Organisation (元),
/// Trademark.RepeatLookbackYears (a look-back, not a time limit) and Trademark.FineMultiplier / FineCapNoTurnover /
/// TurnoverThreshold (× and 元) — they belong with the penalty-case parameters of the module that uses them.
/// </summary>
internal static class TimeLimitDefaults
{
    /// <summary>The defaults apply to every case (no earlier version exists).</summary>
    public static readonly DateOnly EffectiveFrom = new(2000, 1, 1);

    private const string Samr = "《市场监督管理行政处罚程序规定》(DOMAIN.md §7.2)";
    private const string Coercion = "《行政强制法》查封、扣押 (DOMAIN.md §7.2)";
    private const string PatentEnforcement = "《专利行政执法办法》(2015) (DOMAIN.md §7.3)";
    private const string PatentLaw = "《专利法》(2020) 第六十五条 (DOMAIN.md §7.3)";

    public static readonly IReadOnlyList<TimeLimitRuleDto> All =
    [
        Rule(TimeLimits.PenaltyLeadToFiling, 15, PeriodUnit.WorkingDays, "CONFIRMED", "线索核查至立案决定 (自发现线索或收到材料)", Samr),
        Rule(TimeLimits.PenaltyLeadToFilingExtension, 15, PeriodUnit.WorkingDays, "UNCONFIRMED", "立案决定期限延长 (经负责人批准)", Samr),
        Rule(TimeLimits.PenaltyDecisionLimit, 90, PeriodUnit.Days, "CONFIRMED", "普通程序作出处罚决定 (自立案)", Samr),
        Rule(TimeLimits.PenaltyFirstExtension, 30, PeriodUnit.Days, "CONFIRMED", "处罚决定期限首次延长 (经负责人批准)", Samr),
        Rule(TimeLimits.PenaltyLegalReview, 10, PeriodUnit.WorkingDays, "CONFIRMED", "法制审核", Samr),
        Rule(TimeLimits.PenaltyStatementPeriod, 5, PeriodUnit.WorkingDays, "CONFIRMED", "告知后陈述、申辩或申请听证", Samr),
        Rule(TimeLimits.PenaltyPreservationDecision, 7, PeriodUnit.WorkingDays, "CONFIRMED", "先行登记保存后作出处理决定 (逾期解除)", Samr),
        Rule(TimeLimits.PenaltySeizureLimit, 30, PeriodUnit.Days, "CONFIRMED", "查封、扣押期限", Coercion),
        Rule(TimeLimits.PenaltySeizureExtension, 30, PeriodUnit.Days, "CONFIRMED", "查封、扣押期限延长 (不超过)", Coercion),
        Rule(TimeLimits.PenaltyPaymentPeriod, 15, PeriodUnit.Days, "CONFIRMED", "缴纳罚款 (自收到处罚决定书)", Samr),
        Rule(TimeLimits.AdjudicationFilingDecision, 5, PeriodUnit.WorkingDays, "CONFIRMED", "收到请求书后立案或通知不予受理", PatentEnforcement),
        Rule(TimeLimits.AdjudicationRespondentServicePeriod, 5, PeriodUnit.WorkingDays, "UNCONFIRMED", "立案后向被请求人送达请求书副本", PatentEnforcement),
        Rule(TimeLimits.AdjudicationAnswerPeriod, 15, PeriodUnit.Days, "UNCONFIRMED", "被请求人答辩 (自收到请求书副本)", PatentEnforcement),
        Rule(TimeLimits.AdjudicationHearingLimit, 3, PeriodUnit.Months, "CONFIRMED", "行政裁决审理期限 (自立案)", PatentEnforcement),
        Rule(TimeLimits.AdjudicationExtension, 1, PeriodUnit.Months, "CONFIRMED", "审理期限延长 (案件特别复杂, 经负责人批准, 不超过)", PatentEnforcement),
        Rule(TimeLimits.AdjudicationAppealPeriod, 15, PeriodUnit.Days, "CONFIRMED", "不服处理决定向人民法院起诉 (自收到决定)", PatentLaw),
        Rule(TimeLimits.MediationStatementPeriod, 15, PeriodUnit.Days, "CONFIRMED", "调解: 被请求人提交意见陈述书", "专利纠纷调解程序 (DOMAIN.md §7.4)"),
    ];

    private static TimeLimitRuleDto Rule(string name, int amount, PeriodUnit unit, string status, string label, string source) =>
        new(name, amount, unit, status, label, source, EffectiveFrom, null);
}
