namespace IpCity.BuildingBlocks.Export;

/// <summary>
/// Cells of Excel-bound CSV exports: formula injection escaped (SECURITY.md spec 18: text starting with
/// = + - @ TAB CR gets a leading apostrophe) and RFC 4180 quoting. A negative number written plainly (`-5`,
/// `-12.50`) is a number to Excel, not a formula, and stays one; `-2+3` or `-A1` are escaped. Text that itself
/// begins with an apostrophe and one of those characters (or a second apostrophe) gets one more, so that the
/// escape stays reversible: importers (SheetReader) remove exactly one leading apostrophe in front of
/// = + - @ TAB CR or an apostrophe, and every exported cell reads back as it was.
/// </summary>
public static partial class CsvCells
{
    public const string Specials = "=+-@\t\r";

    public static string Escape(string value) =>
        (value.Length > 0 && Specials.Contains(value[0], StringComparison.Ordinal) && !NegativeNumber().IsMatch(value))
        || (value.Length > 1 && value[0] == '\'' && (Specials.Contains(value[1], StringComparison.Ordinal) || value[1] == '\''))
            ? "'" + value
            : value;

    /// <summary>The inverse of <see cref="Escape"/> for a cell read back.</summary>
    public static string? Unescape(string? value) =>
        value is { Length: > 1 } && value[0] == '\'' && (Specials.Contains(value[1], StringComparison.Ordinal) || value[1] == '\'') ? value[1..] : value;

    [System.Text.RegularExpressions.GeneratedRegex(@"\A-[0-9]+(\.[0-9]+)?\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NegativeNumber();

    public static string Cell(string value)
    {
        value = Escape(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith('\'')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
