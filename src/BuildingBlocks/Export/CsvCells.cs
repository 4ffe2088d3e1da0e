namespace IpCity.BuildingBlocks.Export;

/// <summary>
/// Cells of Excel-bound CSV exports: formula injection escaped (SECURITY.md spec 18: text starting with
/// = + - @ TAB CR gets a leading apostrophe) and RFC 4180 quoting. A negative number written plainly (`-5`,
/// `-12.50`) is a number to Excel, not a formula, and stays one; `-2+3` or `-A1` are escaped.
/// </summary>
public static partial class CsvCells
{
    public static string Escape(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) && !NegativeNumber().IsMatch(value) ? "'" + value : value;

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
