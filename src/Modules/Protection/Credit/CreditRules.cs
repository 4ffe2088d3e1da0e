using System.Globalization;
using IpCity.BuildingBlocks.Crypto;
using IpCity.Protection.Contracts;

namespace IpCity.Protection.Credit;

/// <summary>The state rules, periods, defaults and masking of credit supervision (DOMAIN.md §8.6, SECURITY.md P4).</summary>
internal static class CreditRules
{
    public const string Pending = "Pending";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    public static readonly IReadOnlyList<string> Units = ["Days", "Months", "Years"];

    /// <summary>Nanchang (Asia/Shanghai) has no daylight saving time: the city's date is UTC+8.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The state as of <paramref name="today"/>: an in-force record whose period has ended is expired, stored or not.</summary>
    public static string Effective(string kind, string state, DateOnly? endsOn, DateOnly today) =>
        CreditStates.InForce.Contains(state) && endsOn is { } end && today >= end ? ExpiredState(kind) : state;

    public static string ExpiredState(string kind) => kind == CreditKinds.SamrSerious ? CreditStates.ExpiredAfterTerm : CreditStates.Expired;

    public static string ProposedState(string kind) => kind == CreditKinds.SamrSerious ? CreditStates.Proposed : CreditStates.Recorded;

    public static string ActiveState(string kind) => kind == CreditKinds.SamrSerious ? CreditStates.Listed : CreditStates.UnderMeasures;

    public static string RepairRequestedState(string kind) => kind == CreditKinds.SamrSerious ? CreditStates.EarlyRemovalRequested : CreditStates.RepairRequested;

    public static string RepairedState(string kind) => kind == CreditKinds.SamrSerious ? CreditStates.RemovedEarly : CreditStates.Repaired;

    /// <summary>After a rejected repair: the SAMR entry is simply listed again; a CNIPA record shows the rejection.</summary>
    public static string RepairRejectedState(string kind) => kind == CreditKinds.SamrSerious ? CreditStates.Listed : CreditStates.RepairRejected;

    public static string DurationParameter(string kind) => kind switch
    {
        CreditKinds.SamrSerious => CreditParameterNames.SamrListingPeriod,
        CreditKinds.JointPunishment2019 => CreditParameterNames.JointPunishment2019Duration,
        _ => CreditParameterNames.CnipaMeasureDuration,
    };

    public static string RepairWaitParameter(string kind) =>
        kind == CreditKinds.SamrSerious ? CreditParameterNames.SamrEarlyRemovalWait : CreditParameterNames.CnipaRepairWait;

    /// <summary>Months and years keep the day of month (the month's last day when it does not exist).</summary>
    public static DateOnly Add(DateOnly from, int amount, string unit) => unit switch
    {
        "Days" => from.AddDays(amount),
        "Years" => from.AddYears(amount),
        _ => from.AddMonths(amount),
    };

    public static IReadOnlyList<CreditParameter> DefaultParameters() =>
    [
        P(CreditParameterNames.CnipaMeasureDuration, 12, "Months", "UNCONFIRMED", "CNIPA 失信管理措施期限 (新失信行为重新起算)", "南宁 2022 地方规定 (DOMAIN.md §8.1)"),
        P(CreditParameterNames.CnipaRepairWait, 6, "Months", "UNCONFIRMED", "CNIPA 失信记录满此期限后可申请信用修复", "南宁 2022 地方规定 (DOMAIN.md §8.1)"),
        P(CreditParameterNames.SamrListingPeriod, 3, "Years", "CONFIRMED", "严重违法失信名单列入期限", "市场监督管理严重违法失信名单管理办法 (DOMAIN.md §8.2)"),
        P(CreditParameterNames.SamrEarlyRemovalWait, 1, "Years", "CONFIRMED", "列入满此期限后可申请提前移出", "广州信用修复指南 (DOMAIN.md §8.2)"),
        P(CreditParameterNames.SamrRepairCooldown, 1, "Years", "CONFIRMED", "上次信用修复后此期限内不再予以修复", "广州信用修复指南 (DOMAIN.md §8.2)"),
        P(CreditParameterNames.JointPunishment2019Duration, 3, "Years", "CONFIRMED", "2019 联合惩戒期限 (仅旧记录)", "国知发保字〔2019〕52号 (DOMAIN.md §8.5)"),
        P(CreditParameterNames.PenaltyInfoRepairWait, 6, "Months", "CONFIRMED", "行政处罚信息公示满此期限可申请修复", "国市监信规〔2021〕3号 (DOMAIN.md §8.3)"),
        P(CreditParameterNames.PenaltyInfoRepairWaitSpecialSectors, 1, "Years", "CONFIRMED", "食品、药品、特种设备领域的修复等待期", "国市监信规〔2021〕3号 (DOMAIN.md §8.3)"),
        P(CreditParameterNames.PenaltyInfoPublicationShort, 3, "Months", "UNCONFIRMED", "警告/通报批评/较低数额罚款信息公示期", "DOMAIN.md §8.4"),
        P(CreditParameterNames.PenaltyInfoPublicationLong, 3, "Years", "UNCONFIRMED", "其他行政处罚信息公示期", "DOMAIN.md §8.4"),
    ];

    /// <summary>§8.1 管理措施; the departments are a starting point (UNCONFIRMED) the city office edits.</summary>
    public static IReadOnlyList<CreditMeasureType> DefaultMeasureTypes() =>
    [
        M("FiscalFundingStrictReview", "财政性资金项目申请从严审批", "市财政局|市科学技术局|市市场监督管理局(知识产权局)", 1),
        M("FeeReliefStrictReview", "专利/商标费用减缴、优先审查等优惠和便利从严审批", "市市场监督管理局(知识产权局)", 2),
        M("NoHonoursEligibility", "取消国家知识产权局评优评先参评资格", "市市场监督管理局(知识产权局)", 3),
        M("NoDemonstrationOrAwardEligibility", "取消国家知识产权示范和优势企业申报资格、中国专利奖等奖项申报资格", "市市场监督管理局(知识产权局)|市工业和信息化局", 4),
        M("KeySupervision", "列为重点监管对象,提高检查频次", "市市场监督管理局(知识产权局)", 5),
        M("NoCreditCommitment", "不适用信用承诺制", "市发展和改革委员会|市市场监督管理局(知识产权局)", 6),
        M("OtherMeasures", "法律法规和政策规定的其他措施", string.Empty, 7),
    ];

    public static string Normalise(string identifier) => IdentifierProtector.Normalise(identifier);

    /// <summary>
    /// 18-character identifiers: a resident ID number as 3 + 11 × * + 4 (SECURITY.md P4), a 统一社会信用代码 as
    /// 4 + 10 × * + 4; other lengths keep at most a quarter at each end. Idempotent, keeps the length.
    /// </summary>
    public static string MaskIdentifier(string identifier, string subjectKind) =>
        IpCity.BuildingBlocks.Security.PersonalDataMask.Identifier(Normalise(identifier), subjectKind == CreditSubjectKinds.NaturalPerson);

    /// <summary>张三 → 张*, 欧阳小明 → 欧***: the first character only.</summary>
    public static string MaskName(string name)
    {
        var v = name.Trim();
        var e = StringInfo.GetTextElementEnumerator(v);
        return e.MoveNext() ? (string)e.Current + new string('*', Math.Max(1, new StringInfo(v).LengthInTextElements - 1)) : v;
    }

    private static CreditParameter P(string name, int amount, string unit, string status, string label, string source) =>
        new() { Name = name, Amount = amount, Unit = unit, Status = status, Label = label, Source = source };

    private static CreditMeasureType M(string code, string name, string departments, int order) =>
        new() { Code = code, Name = name, Departments = departments, SortOrder = order };
}

/// <summary>Encryption (SM4-GCM) and the HMAC-SM3 blind index of credit subjects' identifiers.</summary>
internal sealed class CreditSubjectProtector : IdentifierProtector
{
    public const string KeyName = "credit-subject-hmac-sm3";

    public CreditSubjectProtector(Sm4Gcm cipher, KeyRing keys)
        : base(cipher, keys, KeyName)
    {
    }
}
