using System.Globalization;
using IpCity.Finance.Contracts;

namespace IpCity.Web.Pages.Finance.Products;

/// <summary>zh-CN labels and number/date formatting for the finance product pages.</summary>
public static class ProductText
{
    public static IReadOnlyList<(string Code, string Name)> ClaimStates { get; } =
    [
        (FundClaimStates.Submitted, "已提交"), (FundClaimStates.DistrictReviewed, "区县已审核"), (FundClaimStates.Approved, "已批准"),
        (FundClaimStates.Rejected, "不予补偿"), (FundClaimStates.Paid, "已支付"),
    ];

    public static string State(string code) => ClaimStates.FirstOrDefault(s => s.Code == code).Name ?? code;

    /// <summary>A claim transition's action in Chinese (the code is kept in the data-action attribute and the API).</summary>
    public static string Action(string code) => code switch
    {
        "Filed" => "登记申请",
        "DistrictReviewed" => "区县审核通过",
        "DistrictRejected" => "区县审核不通过",
        "Approved" => "批准补偿",
        "Rejected" => "不予补偿",
        "Paid" => "登记支付",
        "EvidenceAdded" => "上传证据",
        _ => code,
    };

    public static string Wan(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Wan(decimal? value) => value is { } v ? Wan(v) : string.Empty;

    public static string Share(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Time(DateTimeOffset? at) => at?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The set filters as a query string (without '?').</summary>
    public static string Query(params (string Name, string? Value)[] filters) =>
        QueryString.Create(filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value))).ToUriComponent().TrimStart('?');

    /// <summary>Numbers typed into a text area: split on commas, 、, semicolons and line breaks.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([',', '，', '、', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
