namespace IpCity.Web.Pages.Protection;

/// <summary>Query strings of the register pages' filters (for export and paging links).</summary>
internal static class PageQuery
{
    /// <summary>The filters that are set, as a query string without the leading '?'.</summary>
    public static string Of(IEnumerable<KeyValuePair<string, string?>> filters) =>
        QueryString.Create(filters.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent().TrimStart('?');
}
