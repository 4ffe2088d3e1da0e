using System.Globalization;
using IpCity.Protection.Contracts;

namespace IpCity.Web.Pages.Protection.Credit;

/// <summary>zh-CN names of the credit record kinds, behaviours, states and review statuses for the credit pages.</summary>
public static class CreditText
{
    public static IReadOnlyList<(string Code, string Name)> Kinds { get; } =
    [
        (CreditKinds.Cnipa, "知识产权领域失信记录"), (CreditKinds.SamrSerious, "严重违法失信名单"), (CreditKinds.JointPunishment2019, "专利领域严重失信联合惩戒对象"),
    ];

    public static IReadOnlyList<(string Code, string Name)> States { get; } =
    [
        (CreditStates.Recorded, "待决定"), (CreditStates.Proposed, "提请列入"), (CreditStates.UnderMeasures, "管理措施实施中"), (CreditStates.Listed, "已列入"),
        (CreditStates.RepairRequested, "修复申请中"), (CreditStates.RepairRejected, "修复未通过"), (CreditStates.Repaired, "已修复"),
        (CreditStates.EarlyRemovalRequested, "申请提前移出"), (CreditStates.RemovedEarly, "已提前移出"), (CreditStates.Expired, "已届满"),
        (CreditStates.ExpiredAfterTerm, "期满移出"), (CreditStates.NotListed, "不予列入"), (CreditStates.Revoked, "已撤销"),
    ];

    private static readonly Dictionary<string, string> s_behaviours = new(StringComparer.Ordinal)
    {
        [CreditBehaviours.AbnormalPatentFiling] = "非正常专利申请",
        [CreditBehaviours.BadFaithTrademarkFiling] = "恶意商标注册申请",
        [CreditBehaviours.IllegalAgencyPenalised] = "违法代理受行政处罚",
        [CreditBehaviours.FalseMaterials] = "提交虚假材料",
        [CreditBehaviours.BrokenCreditCommitment] = "违背信用承诺",
        [CreditBehaviours.RefusalToComply] = "拒不履行行政处罚决定",
        [CreditBehaviours.OtherListedConduct] = "其他失信行为",
        [CreditBehaviours.IntentionalInfringement] = "故意侵犯知识产权",
        [CreditBehaviours.AbnormalFilingHarmingPublicInterest] = "非正常申请/恶意注册损害公共利益",
        [CreditBehaviours.SeriousIllegalAgency] = "严重违法专利、商标代理",
        [CreditBehaviours.UnfairCompetition] = "不正当竞争",
        [CreditBehaviours.RepeatPatentInfringement] = "重复专利侵权",
        [CreditBehaviours.NonExecution] = "不执行行政决定",
        [CreditBehaviours.SeriousIllegalPatentAgency] = "严重违法专利代理",
        [CreditBehaviours.AgentCertificateLending] = "专利代理师资格证书挂靠",
        [CreditBehaviours.AbnormalPatentApplication] = "非正常申请专利",
        [CreditBehaviours.FalseDocuments] = "提供虚假文件",
    };

    public static string Kind(string code) => Kinds.FirstOrDefault(k => k.Code == code).Name ?? code;

    public static string State(string code) => States.FirstOrDefault(k => k.Code == code).Name ?? code;

    public static string Behaviour(string code) => s_behaviours.GetValueOrDefault(code, code);

    public static IEnumerable<(string Code, string Name)> Behaviours => s_behaviours.Select(b => (b.Key, b.Value));

    public static string Review(string status) => status switch
    {
        "Pending" => "待审核",
        "Approved" => "已批准",
        "Rejected" => "未批准",
        _ => status,
    };

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Time(DateTimeOffset? at) => at?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—";

    public static string Subject(string kind) => kind == CreditSubjectKinds.NaturalPerson ? "自然人" : "单位";

    /// <summary>A credit record transition's action in Chinese (the code stays in the data-action attribute and the API).</summary>
    public static string Action(string code) => code switch
    {
        "Proposed" => "提出列入",
        "ListingApproved" => "决定列入",
        "ListingRefused" => "决定不予列入",
        "NoticeServed" => "送达告知",
        "MeasuresSet" => "确定惩戒措施",
        "PeriodExtended" => "延长期限",
        "Expired" => "期满移出",
        "RepairFiled" => "申请信用修复",
        "RepairApproved" => "修复通过 (移出)",
        "RepairRejected" => "修复不予通过",
        "ObjectionFiled" => "提出异议",
        "ObjectionUpheld" => "异议成立",
        "ObjectionDismissed" => "异议不成立",
        _ => code,
    };
}
