using System.Globalization;
using IpCity.Finance.Contracts;

namespace IpCity.Web.Pages.Finance.Transfers;

/// <summary>Chinese labels of the transfer area's codes (kinds, sources, applicant types, offer modes and states).</summary>
public static class TransferText
{
    public static readonly IReadOnlyList<(string Code, string Name)> Kinds =
    [
        (TransferKinds.Assignment, "转让"), (TransferKinds.ExclusiveLicence, "独占许可"), (TransferKinds.SoleLicence, "排他许可"),
        (TransferKinds.OrdinaryLicence, "普通许可"), (TransferKinds.OpenLicence, "开放许可"), (TransferKinds.LicenceUnspecified, "许可 (未注明类型)"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> Modes =
        [(OfferModes.OpenLicence, "开放许可"), (OfferModes.Transfer, "挂牌转让"), (OfferModes.Licence, "挂牌许可"), (OfferModes.TransferOrLicence, "转让或许可")];

    public static readonly IReadOnlyList<(string Code, string Name)> States =
        [(OfferStates.Open, "开放中"), (OfferStates.Withdrawn, "已撤回"), (OfferStates.Concluded, "已成交")];

    public static string Kind(string code) => Kinds.FirstOrDefault(k => k.Code == code).Name ?? code;

    public static string Mode(string code) => Modes.FirstOrDefault(k => k.Code == code).Name ?? code;

    public static string State(string code) => States.FirstOrDefault(k => k.Code == code).Name ?? code;

    public static string Source(string code) => code switch
    {
        TransferSources.LegalEvent => "法律事件",
        TransferSources.Manual => "人工登记",
        TransferSources.Import => "导入",
        _ => code,
    };

    public static string PartyType(string code) => code switch
    {
        "Enterprise" => "企业",
        "University" => "高校",
        "ResearchInstitute" => "科研院所",
        "GovernmentBody" => "机关团体",
        "Individual" => "个人",
        _ => "其他",
    };

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Time(DateTimeOffset? t) => t?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Amount(decimal? a) => a?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
