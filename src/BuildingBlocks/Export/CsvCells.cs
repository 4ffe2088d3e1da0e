namespace IpCity.BuildingBlocks.Export;

/// <summary>
/// Cells of Excel-bound CSV exports: formula injection escaped (SECURITY.md spec 18: text starting with
/// = + - @ TAB CR gets a leading apostrophe) and RFC 4180 quoting.
/// </summary>
public static class CsvCells
{
    public static string Escape(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    public static string Cell(string value)
    {
        value = Escape(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith('\'')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
