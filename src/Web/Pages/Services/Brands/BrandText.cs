using System.Globalization;
using IpCity.Services.Contracts;

namespace IpCity.Web.Pages.Services.Brands;

/// <summary>Display names and formats of the Brands pages.</summary>
public static class BrandText
{
    public static readonly IReadOnlyList<(string Code, string Name)> States = MarkStates.All.Select(s => (s, MarkStates.Name(s))).ToList();

    public static readonly IReadOnlyList<(string Code, string Name)> Results = GiCheckResults.All.Select(r => (r, GiCheckResults.Name(r))).ToList();

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The filters that are set, as a query string without the leading '?'.</summary>
    public static string Query(params (string Name, string? Value)[] filters) =>
        Microsoft.AspNetCore.Http.QueryString.Create(filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value))).ToUriComponent().TrimStart('?');
}
