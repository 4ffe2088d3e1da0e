namespace IpCity.IpData.Industries;

/// <summary>
/// An industry as the search engine sees it (the contract for <c>industry:</c> queries). IpcPrefixes are in
/// the stored canonical form ("H01M", "H01M 10/", "H01M 10/0525"): a symbol belongs when
/// <c>symbol.StartsWith(prefix, StringComparison.Ordinal)</c>. A parent industry carries the prefixes and
/// keywords of all its descendants.
/// </summary>
internal sealed record IndustryDefinition(string Catalogue, string Code, string Name, IReadOnlyList<string> IpcPrefixes, IReadOnlyList<string> Keywords)
{
    /// <summary>
    /// A patent belongs to the industry when any of its IPC symbols starts with a prefix, or (keywords given)
    /// a keyword occurs in the title or abstract (substring; Latin letters compare case-insensitively).
    /// </summary>
    public bool Matches(IEnumerable<string> ipcSymbols, string? title, string? abstractText)
    {
        foreach (var symbol in ipcSymbols)
        {
            foreach (var prefix in IpcPrefixes)
            {
                if (symbol.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        foreach (var keyword in Keywords)
        {
            if ((title?.Contains(keyword, StringComparison.OrdinalIgnoreCase) ?? false) || (abstractText?.Contains(keyword, StringComparison.OrdinalIgnoreCase) ?? false))
            {
                return true;
            }
        }

        return false;
    }
}
