using IpCity.BuildingBlocks.Security;

namespace IpCity.Services.Contracts;

/// <summary>The state of a Madrid international registration (or of a national mark) on a reference date.</summary>
public static class MarkStates
{
    /// <summary>有效: at least one record in force by the monitoring's rule.</summary>
    public const string InForce = "InForce";

    /// <summary>期满未续展: past the end of its term.</summary>
    public const string Expired = "Expired";

    /// <summary>注销 / 撤销 / 无效: within its term but ended by the register's status text.</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>尚未生效: the term starts after the date.</summary>
    public const string Pending = "Pending";

    public static readonly IReadOnlyList<string> All = [InForce, Expired, Cancelled, Pending];

    public static string Name(string state) => state switch
    {
        InForce => "有效",
        Expired => "期满未续展",
        Cancelled => "注销/撤销",
        Pending => "尚未生效",
        _ => state,
    };
}

/// <summary>
/// Filters of the Madrid portfolio. <paramref name="On"/>: the reference date (default today); <paramref name="Months"/>:
/// the renewal window (expiry within that many months after the date, default 12); <paramref name="Due"/>:
/// "renewal" (renewals due), "overdue" (expired, not renewed) or empty.
/// </summary>
public sealed record MadridQuery(
    string? Text = null,
    string? County = null,
    string? State = null,
    string? Party = null,
    string? Due = null,
    DateOnly? On = null,
    int Months = 12,
    int Page = 1,
    int PageSize = 50);

/// <summary>
/// One international registration (IR number) = one entry, whatever its number of national records: holder, mark,
/// Nice classes, designated parties, IR date (earliest start of term), expiry (latest end of term), state on the date,
/// renewal due (in force, expiry within the window), overdue (expired, not renewed; <paramref name="InGracePeriod"/>
/// while the six-month Madrid grace period still allows a renewal with surcharge).
/// </summary>
public sealed record MadridEntryDto(
    string IrNumber,
    string? Holder,
    string? Mark,
    IReadOnlyList<string> NiceClasses,
    int PartyCount,
    IReadOnlyList<string> Parties,
    DateOnly? IrDate,
    DateOnly? Expiry,
    string State,
    bool RenewalDue,
    bool Overdue,
    bool InGracePeriod,
    string? CountyCode,
    string? ZoneCode,
    IReadOnlyList<string> RegistrationNumbers);

public sealed record MadridTotals(int Entries, int InForce, int Expired, int Cancelled, int RenewalsDue, int Overdue);

public sealed record MadridPage(IReadOnlyList<MadridEntryDto> Items, int Total, int Page, int PageSize, DateOnly On, int Months, MadridTotals Totals);

/// <summary>One row of the statistics: a county-level unit or zone (Key = code) or a designated party (Key = party code).</summary>
public sealed record MadridStatisticsRow(string Key, string? Name, int Entries, int InForce, int RenewalsDue, int Overdue);

public sealed record MadridStatistics(DateOnly On, int Months, MadridTotals Total, IReadOnlyList<MadridStatisticsRow> ByDistrict, IReadOnlyList<MadridStatisticsRow> ByParty);

/// <summary>A national mark of a holder with its state on the date and whether its renewal is due or overdue.</summary>
public sealed record NationalMarkDto(long Id, string RegistrationNumber, string? Mark, IReadOnlyList<string> NiceClasses, DateOnly? From, DateOnly? To, string? Status, string State, bool RenewalDue, bool Overdue);

/// <summary>The marks of one holder: its Madrid entries and its national marks (the ones not part of an IR), with renewals due.</summary>
public sealed record HolderMarksDto(IReadOnlyList<string> Holders, DateOnly On, int Months, IReadOnlyList<MadridEntryDto> Madrid, IReadOnlyList<NationalMarkDto> National, int RenewalsDue, int Overdue);

/// <summary>
/// The Madrid portfolio of local holders (issue 6 §4): domestic holders attributed to the city (district officers:
/// their county-level unit or zone). The in-force entries for the city on a date are exactly what the monitoring counts
/// for MadridRegistrationsHeld on that date (same facts, same rule, one IR counted once).
/// </summary>
public interface IMadridPortfolio
{
    Task<MadridPage> ListAsync(Actor actor, MadridQuery query, CancellationToken ct = default);

    /// <summary>Every entry of the filtered list (no paging), for the exports.</summary>
    Task<IReadOnlyList<MadridEntryDto>> ExportAsync(Actor actor, MadridQuery query, string format, CancellationToken ct = default);

    Task<MadridStatistics> StatisticsAsync(Actor actor, DateOnly? on, int months = 12, CancellationToken ct = default);

    /// <summary>
    /// For the enterprise self-service: the Madrid entries and national marks of one holder, found by its 统一社会信用代码
    /// (the applicant entity's name and variants) and/or its name, with renewals due within <paramref name="months"/>.
    /// Enterprise accounts may ask only for their own code (anything else: 404); officers for any holder (district
    /// officers: records attributed to their unit).
    /// </summary>
    Task<HolderMarksDto> HolderMarksAsync(Actor actor, string? creditCode, string? holderName, DateOnly? on, int months = 12, CancellationToken ct = default);
}

/// <summary>Status of a GI authorised user (地理标志专用标志使用核准).</summary>
public static class GiUserStatuses
{
    public const string Active = "Active";
    public const string Revoked = "Revoked";

    public static readonly IReadOnlyList<string> All = [Active, Revoked];

    public static string Name(string status) => status == Revoked ? "已撤销" : "有效";
}

/// <summary>Result of a GI use supervision check.</summary>
public static class GiCheckResults
{
    public const string Compliant = "Compliant";
    public const string NonCompliant = "NonCompliant";
    public const string Rectified = "Rectified";

    public static readonly IReadOnlyList<string> All = [Compliant, NonCompliant, Rectified];

    public static string Name(string result) => result switch
    {
        Compliant => "合规",
        NonCompliant => "不合规",
        Rectified => "已整改",
        _ => result,
    };
}

/// <summary>A GI of the city in the public list: the IP data center's facts and the number of active authorised users (no firm data).</summary>
public sealed record GiPublicDto(string Key, string Name, string Type, string TypeText, string? Area, string? AreaCode, string? Number, string? EffectiveText, string? SourceUrl, int ActiveUsers);

public sealed record GiUserDto(
    long Id,
    string GiKey,
    string GiName,
    string FirmName,
    string CreditCode,
    string? ApprovalNumber,
    DateOnly? ApprovedOn,
    string Status,
    DateOnly? RevokedOn,
    string? Address,
    string? CountyCode,
    string? ZoneCode,
    string UpdatedBy,
    DateTimeOffset UpdatedAt);

/// <summary>Registers or updates (same GI + credit code) an authorised user.</summary>
public sealed record GiUserRequest(string FirmName, string CreditCode, string? ApprovalNumber, DateOnly? ApprovedOn, string? Address);

public sealed record RevokeGiUserRequest(DateOnly RevokedOn, string? Reason);

public sealed record GiSupervisionRequest(DateOnly On, string Unit, string FirmName, string? CreditCode, string? Address, string Finding, string Result, string? FollowUp, string? CaseNumber);

public sealed record GiSupervisionDto(
    long Id,
    string GiKey,
    string GiName,
    DateOnly On,
    string Unit,
    string FirmName,
    string? CreditCode,
    long? UserId,
    string? CountyCode,
    string? ZoneCode,
    string Finding,
    string Result,
    string? FollowUp,
    string? CaseNumber,
    string RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>A GI with the officer's view of its authorised users and supervision records.</summary>
public sealed record GiDetailDto(GiPublicDto Gi, IReadOnlyList<GiUserDto> Users, IReadOnlyList<GiSupervisionDto> Supervision);

public sealed record GiImportIssue(int Row, string Field, string? Value, string Reason);

public sealed record GiImportResult(int Rows, int Inserted, int Updated, int Unchanged, int Rejected, IReadOnlyList<GiImportIssue> Issues);

/// <summary>
/// The city's geographical indications (issue 6 §4): the GI facts of the IP data center (area code in the city) with
/// authorised users and use supervision records kept here. Everyone reads the public list; officers read the users
/// and records (district officers those of firms in their unit; another unit's record by id is 404 plus an
/// AccessDenied audit row); city and district officers write (districts only for firms of their unit); the city
/// office imports authorised users (.xlsx, idempotent by GI + credit code).
/// </summary>
public interface IGiRegister
{
    Task<IReadOnlyList<GiPublicDto>> PublicListAsync(CancellationToken ct = default);

    Task<GiPublicDto> GetPublicAsync(string key, CancellationToken ct = default);

    Task<GiDetailDto> GetAsync(Actor actor, string key, CancellationToken ct = default);

    Task<IReadOnlyList<GiUserDto>> ListUsersAsync(Actor actor, string? key, string? status, CancellationToken ct = default);

    Task<GiUserDto> GetUserAsync(Actor actor, long id, CancellationToken ct = default);

    Task<GiUserDto> SaveUserAsync(Actor actor, string key, GiUserRequest request, CancellationToken ct = default);

    Task<GiUserDto> RevokeUserAsync(Actor actor, long id, RevokeGiUserRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<GiSupervisionDto>> ListSupervisionAsync(Actor actor, string? key, CancellationToken ct = default);

    Task<GiSupervisionDto> GetSupervisionAsync(Actor actor, long id, CancellationToken ct = default);

    Task<GiSupervisionDto> AddSupervisionAsync(Actor actor, string key, GiSupervisionRequest request, CancellationToken ct = default);

    /// <summary>Imports authorised users from an .xlsx file (columns: 地理标志名称*, 地理标志类型, 企业名称*, 统一社会信用代码*, 核准编号, 核准日期, 地址, 状态, 撤销日期).</summary>
    Task<GiImportResult> ImportUsersAsync(Actor actor, string path, CancellationToken ct = default);
}
