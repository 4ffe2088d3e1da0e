using IpCity.BuildingBlocks.Security;

namespace IpCity.Services.Contracts;

/// <summary>How an item of the public-service catalogue can be applied for (办理渠道).</summary>
public static class ServiceChannels
{
    /// <summary>网上办理 (the platform's online request).</summary>
    public const string Online = "Online";

    /// <summary>窗口办理.</summary>
    public const string Window = "Window";

    /// <summary>邮寄办理.</summary>
    public const string Mail = "Mail";

    public static readonly IReadOnlyList<string> All = [Online, Window, Mail];

    public static string Name(string channel) => channel switch
    {
        Online => "网上办理",
        Window => "窗口办理",
        Mail => "邮寄办理",
        _ => channel,
    };
}

/// <summary>The status of a catalogue item version (事项状态).</summary>
public static class ServiceItemStatuses
{
    /// <summary>在办: listed publicly, online requests accepted when the item has the online channel.</summary>
    public const string Active = "Active";

    /// <summary>暂停办理: listed publicly with its status, no new requests.</summary>
    public const string Suspended = "Suspended";

    /// <summary>已取消: no longer listed (the change log and the officers' history keep it).</summary>
    public const string Abolished = "Abolished";

    public static readonly IReadOnlyList<string> All = [Active, Suspended, Abolished];

    public static string Name(string status) => status switch
    {
        Active => "在办",
        Suspended => "暂停办理",
        Abolished => "已取消",
        _ => status,
    };
}

/// <summary>Units of an item's time limit (办理时限): 工作日 or 自然日 (DOMAIN.md §7.1, counted by the Protection calendar).</summary>
public static class ServiceTimeLimitUnits
{
    public const string WorkingDays = "WorkingDays";
    public const string Days = "Days";

    public static readonly IReadOnlyList<string> All = [WorkingDays, Days];

    public static string Name(string unit) => unit switch
    {
        WorkingDays => "个工作日",
        Days => "日",
        _ => unit,
    };

    /// <summary>"5 个工作日", "30 日"; 0 = 即时办结.</summary>
    public static string Text(int amount, string unit) =>
        amount == 0 ? "即时办结" : amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Name(unit);
}

/// <summary>Kinds of public-service outlet (服务网点).</summary>
public static class ServiceOutletKinds
{
    public const string ProtectionCentre = "ProtectionCentre";
    public const string Tisc = "Tisc";
    public const string UniversityInfoCentre = "UniversityInfoCentre";
    public const string RightsAidStation = "RightsAidStation";
    public const string TrademarkWindow = "TrademarkWindow";
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All = [ProtectionCentre, Tisc, UniversityInfoCentre, RightsAidStation, TrademarkWindow, Other];

    public static string Name(string kind) => kind switch
    {
        ProtectionCentre => "知识产权保护中心",
        Tisc => "技术与创新支持中心 (TISC)",
        UniversityInfoCentre => "高校国家知识产权信息服务中心",
        RightsAidStation => "维权援助工作站",
        TrademarkWindow => "商标受理窗口",
        Other => "其他",
        _ => kind,
    };
}

/// <summary>States of an online service request: Submitted → Accepted → Completed / Rejected; Withdrawn by the requester.</summary>
public static class ServiceRequestStates
{
    public const string Submitted = "Submitted";
    public const string Accepted = "Accepted";
    public const string Completed = "Completed";
    public const string Rejected = "Rejected";
    public const string Withdrawn = "Withdrawn";

    public static readonly IReadOnlyList<string> All = [Submitted, Accepted, Completed, Rejected, Withdrawn];

    /// <summary>States in which the time limit runs.</summary>
    public static readonly IReadOnlyList<string> Open = [Submitted, Accepted];

    public static string Name(string state) => state switch
    {
        Submitted => "已提交",
        Accepted => "已受理",
        Completed => "已办结",
        Rejected => "不予受理/不予办理",
        Withdrawn => "已撤回",
        _ => state,
    };

    /// <summary>A request event's action in Chinese (Submit, Accept, Complete, Reject, Withdraw).</summary>
    public static string ActionName(string action) => action switch
    {
        "Submit" => "提交申请",
        "Accept" => "受理",
        "Complete" => "办结",
        "Reject" => "不予办理",
        "Withdraw" => "撤回",
        _ => action,
    };
}

/// <summary>
/// Where an open request stands against its due date, computed on every read from the clock: OnTime, DueSoon
/// (due within <c>Services:Requests:DueSoonDays</c> calendar days, default 2), Overdue (past the due date); Closed once decided or withdrawn.
/// </summary>
public static class ServiceRequestTimings
{
    public const string OnTime = "OnTime";
    public const string DueSoon = "DueSoon";
    public const string Overdue = "Overdue";
    public const string Closed = "Closed";

    public static readonly IReadOnlyList<string> All = [OnTime, DueSoon, Overdue, Closed];

    public static string Name(string timing) => timing switch
    {
        OnTime => "正常",
        DueSoon => "即将到期",
        Overdue => "已超期",
        Closed => "已结束",
        _ => timing,
    };
}

/// <summary>The content of a catalogue item version (what the office publishes).</summary>
public sealed record ServiceItemContent(
    string Name,
    string Category,
    string? LegalBasis,
    string? Conditions,
    IReadOnlyList<string>? Materials,
    int TimeLimitAmount,
    string? TimeLimitUnit,
    string? Fee,
    IReadOnlyList<string>? Channels,
    string ResponsibleUnitCode,
    string? Status);

/// <summary>A new item (CityOfficer): its code and first version, in force from <see cref="EffectiveFrom"/> (today when left out).</summary>
public sealed record CreateServiceItemRequest(string Code, ServiceItemContent Content, DateOnly? EffectiveFrom = null, string? Note = null);

/// <summary>
/// A new version of an item (CityOfficer), in force from <see cref="EffectiveFrom"/> (today when left out).
/// <see cref="BasedOnVersion"/> is the latest version the editor saw (optimistic concurrency: 409 CATALOGUE_CONCURRENCY otherwise).
/// </summary>
public sealed record ReviseServiceItemRequest(int BasedOnVersion, ServiceItemContent Content, DateOnly? EffectiveFrom = null, string? Note = null);

/// <summary>One version of an item, as the public page (the version in force) or the officers' history shows it.</summary>
public sealed record ServiceItemDto(
    string Code,
    int Version,
    DateOnly EffectiveFrom,
    string Name,
    string Category,
    string? LegalBasis,
    string? Conditions,
    IReadOnlyList<string> Materials,
    int TimeLimitAmount,
    string TimeLimitUnit,
    string TimeLimitText,
    string Fee,
    IReadOnlyList<string> Channels,
    string ChannelsText,
    string ResponsibleUnitCode,
    string ResponsibleUnitName,
    string Status,
    string StatusName,
    string Source,
    bool InForce,
    int LatestVersion,
    string? Note,
    DateTime RecordedAtUtc,
    string? RecordedBy)
{
    public bool OnlineRequests => Status == ServiceItemStatuses.Active && Channels.Contains(ServiceChannels.Online);
}

/// <summary>
/// Filters of the catalogue: text (code or name), category, responsible unit, status; <see cref="AsOf"/> picks the
/// versions in force on that date (today by default). Without a status filter abolished items are left out.
/// </summary>
public sealed record ServiceItemQuery(string? Text = null, string? Category = null, string? Unit = null, string? Status = null, DateOnly? AsOf = null, int Page = 1, int PageSize = 50);

public sealed record ServiceItemPage(IReadOnlyList<ServiceItemDto> Items, int Total, int Page, int PageSize, DateOnly AsOf, IReadOnlyList<string> Categories);

/// <summary>Kinds of catalogue change (动态调整).</summary>
public static class CatalogueChangeKinds
{
    public const string Added = "Added";
    public const string Revised = "Revised";
    public const string Suspended = "Suspended";
    public const string Abolished = "Abolished";
    public const string Restored = "Restored";

    public static string Name(string kind) => kind switch
    {
        Added => "新增",
        Revised => "调整",
        Suspended => "暂停",
        Abolished => "取消",
        Restored => "恢复办理",
        _ => kind,
    };
}

/// <summary>One entry of the public change log: which item, which version, from when, and what changed (field: before → after).</summary>
public sealed record CatalogueChangeDto(long Id, string Code, string Name, int Version, string Kind, string KindName, DateOnly EffectiveFrom, IReadOnlyList<string> Changes, string? Note, DateTime RecordedAtUtc, string? RecordedBy);

/// <summary>One refused row of an import: spreadsheet row (header = 1), field, the value given and the reason.</summary>
public sealed record CatalogueImportIssue(int Row, string Field, string? Value, string Reason);

/// <summary>The outcome of an import: rows read, created, revised (catalogue: a new version; outlets: updated), unchanged, rejected, and the issues of the rejected rows.</summary>
public sealed record CatalogueImportResult(int Read, int Created, int Revised, int Unchanged, int Rejected, IReadOnlyList<CatalogueImportIssue> Issues);

/// <summary>
/// The public-service catalogue (公共服务事项清单, Outline 六): versioned items with time limits. Anyone reads the
/// versions in force and the change log; officers read every version; the city office adds, revises, imports and
/// loads the starter list. Every change is audited.
/// </summary>
public interface IServiceCatalogue
{
    Task<ServiceItemPage> ListAsync(Actor actor, ServiceItemQuery query, CancellationToken ct = default);

    /// <summary>The version in force on <paramref name="asOf"/> (today by default); 404 CATALOGUE_ITEM_NOT_FOUND when none.</summary>
    Task<ServiceItemDto> GetAsync(Actor actor, string code, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>Every version of an item, newest first (officers).</summary>
    Task<IReadOnlyList<ServiceItemDto>> HistoryAsync(Actor actor, string code, CancellationToken ct = default);

    /// <summary>The change log, newest first; optionally of one item.</summary>
    Task<IReadOnlyList<CatalogueChangeDto>> ChangesAsync(Actor actor, string? code = null, int take = 100, CancellationToken ct = default);

    Task<ServiceItemDto> CreateAsync(Actor actor, CreateServiceItemRequest request, CancellationToken ct = default);

    Task<ServiceItemDto> ReviseAsync(Actor actor, string code, ReviseServiceItemRequest request, CancellationToken ct = default);

    /// <summary>
    /// Imports an .xlsx (or .csv) catalogue: a new code adds an item, a changed row adds a version (effective from the
    /// row's 生效日期 or today), an unchanged row changes nothing; bad rows are reported and the good rows kept.
    /// </summary>
    Task<CatalogueImportResult> ImportAsync(Actor actor, string path, CancellationToken ct = default);

    /// <summary>The list as filtered (all rows, not one page) as XLSX with the import's columns (re-importable).</summary>
    Task<byte[]> ExportXlsxAsync(Actor actor, ServiceItemQuery query, CancellationToken ct = default);

    Task<byte[]> ExportCsvAsync(Actor actor, ServiceItemQuery query, CancellationToken ct = default);

    /// <summary>
    /// Loads the STARTER catalogue (reference/services/catalogue-starter.json, UNCONFIRMED) through the import rules:
    /// done automatically on first use when the catalogue has never held an item; idempotent.
    /// </summary>
    Task<CatalogueImportResult> LoadStarterAsync(CancellationToken ct = default);
}

public sealed record ServiceOutletRequest(
    string Kind,
    string Name,
    string? Address,
    string District,
    string? Phone,
    string? Hours,
    IReadOnlyList<string>? Services,
    bool Active = true,
    string? Note = null,
    int? Version = null);

public sealed record ServiceOutletDto(
    long Id,
    string Kind,
    string KindName,
    string Name,
    string? Address,
    string DistrictCode,
    string DistrictName,
    string? Phone,
    string? Hours,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> ServiceNames,
    bool Active,
    string? Note,
    int Version);

public sealed record ServiceOutletQuery(string? Text = null, string? Kind = null, string? District = null, string? Service = null, bool? Active = null, int Page = 1, int PageSize = 50);

public sealed record ServiceOutletPage(IReadOnlyList<ServiceOutletDto> Items, int Total, int Page, int PageSize);

/// <summary>Outlets per county-level unit in force (zero included), for the district map and its table.</summary>
public sealed record OutletDistrictCount(string Code, string Name, int Outlets, IReadOnlyDictionary<string, int> ByKind);

public sealed record OutletMapDto(IReadOnlyList<OutletDistrictCount> Districts, int Total);

/// <summary>
/// Service outlets (服务网点: protection centre, TISC, university information centres, rights-aid stations, trademark
/// windows): public list, map counts and exports (active outlets only for the public, mobile numbers masked); the
/// city office maintains and imports them.
/// </summary>
public interface IServiceOutlets
{
    Task<ServiceOutletPage> ListAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct = default);

    Task<ServiceOutletDto> GetAsync(Actor actor, long id, CancellationToken ct = default);

    Task<OutletMapDto> MapAsync(Actor actor, string? kind = null, CancellationToken ct = default);

    Task<ServiceOutletDto> CreateAsync(Actor actor, ServiceOutletRequest request, CancellationToken ct = default);

    /// <summary>Updates an outlet; <see cref="ServiceOutletRequest.Version"/> must be the version read (409 OUTLET_CONCURRENCY).</summary>
    Task<ServiceOutletDto> UpdateAsync(Actor actor, long id, ServiceOutletRequest request, CancellationToken ct = default);

    Task DeleteAsync(Actor actor, long id, CancellationToken ct = default);

    /// <summary>Imports an .xlsx/.csv list; natural key name + district; idempotent; bad rows reported.</summary>
    Task<CatalogueImportResult> ImportAsync(Actor actor, string path, CancellationToken ct = default);

    Task<byte[]> ExportXlsxAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct = default);

    Task<byte[]> ExportCsvAsync(Actor actor, ServiceOutletQuery query, CancellationToken ct = default);
}

/// <summary>An online request for a catalogue item (Enterprise accounts; the enterprise is the account's own).</summary>
public sealed record SubmitServiceRequest(string ItemCode, string Subject, string? Description, string ContactName, string ContactPhone);

/// <summary>A step on a request: <see cref="Version"/> is the version read (409 SERVICE_REQUEST_CONCURRENCY otherwise); a rejection needs a reason in <see cref="Note"/>.</summary>
public sealed record ServiceRequestActionRequest(int Version, string? Note = null);

public sealed record ServiceRequestEventDto(DateTime AtUtc, DateOnly On, string Action, string? FromState, string ToState, string Actor, string? Note);

public sealed record ServiceRequestAttachmentDto(long Id, string FileName, long Size, string Sha256, DateTime UploadedAtUtc);

/// <summary>
/// A request as listed or read: the item version it was made for, the routed unit, the due date from the item's time
/// limit (working-day calendar), days left (calendar days; negative when overdue) and the timing computed from the clock.
/// Contact data are masked unless <see cref="Unmasked"/>.
/// </summary>
public sealed record ServiceRequestDto(
    Guid Id,
    string Number,
    string ItemCode,
    int ItemVersion,
    string ItemName,
    string TimeLimitText,
    string UnitCode,
    string UnitName,
    string EnterpriseCode,
    string RequesterAccount,
    string Subject,
    string? Description,
    string ContactName,
    string ContactPhone,
    bool Unmasked,
    string State,
    string StateName,
    DateTime SubmittedAtUtc,
    DateOnly SubmittedOn,
    DateOnly? AcceptedOn,
    DateOnly? ClosedOn,
    DateOnly DueOn,
    int? DaysLeft,
    string Timing,
    string TimingName,
    bool? FinishedOnTime,
    bool CalendarMissing,
    IReadOnlyList<string> DueTrail,
    string? Reason,
    int Version,
    IReadOnlyList<ServiceRequestEventDto> Events,
    IReadOnlyList<ServiceRequestAttachmentDto> Attachments);

/// <summary>Queue filters: state, timing (OnTime / DueSoon / Overdue / Closed), unit (city officers), item code.</summary>
public sealed record ServiceRequestQuery(string? State = null, string? Timing = null, string? Unit = null, string? ItemCode = null, int Page = 1, int PageSize = 50);

public sealed record ServiceRequestPage(IReadOnlyList<ServiceRequestDto> Items, int Total, int Page, int PageSize);

/// <summary>
/// Online requests (一网通办): an Enterprise account submits a request for the item version in force and gets a number;
/// the request goes to the item's responsible unit. City officers see every request, district officers their unit's,
/// an enterprise its own; anything else by id is 404 with an AccessDenied audit row. Every step is audited and
/// guarded by the request's version.
/// </summary>
public interface IServiceRequests
{
    Task<ServiceRequestDto> SubmitAsync(Actor actor, SubmitServiceRequest request, CancellationToken ct = default);

    Task<ServiceRequestPage> ListAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct = default);

    /// <summary>
    /// The requests of one enterprise (the enterprise self-service page): an Enterprise account only for its own code
    /// (another code: empty list and an AccessDenied audit row); officers within their scope.
    /// </summary>
    Task<IReadOnlyList<ServiceRequestDto>> ForEnterpriseAsync(Actor actor, string enterpriseCode, CancellationToken ct = default);

    /// <summary>A request by id; <paramref name="unmask"/> (officers of the responsible unit or the city office, with a reason) shows the full contact, audited.</summary>
    Task<ServiceRequestDto> GetAsync(Actor actor, Guid id, bool unmask = false, string? reason = null, CancellationToken ct = default);

    Task<ServiceRequestDto> AcceptAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default);

    Task<ServiceRequestDto> CompleteAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default);

    Task<ServiceRequestDto> RejectAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default);

    Task<ServiceRequestDto> WithdrawAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default);

    /// <summary>Adds a file to the requester's own open request (pdf, images, docx, xlsx; checked by content).</summary>
    Task<ServiceRequestAttachmentDto> AttachAsync(Actor actor, Guid id, string fileName, Stream content, CancellationToken ct = default);

    Task<(string FileName, byte[] Content)> DownloadAsync(Actor actor, Guid id, long attachmentId, CancellationToken ct = default);

    Task<byte[]> ExportCsvAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct = default);

    Task<byte[]> ExportXlsxAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct = default);
}
