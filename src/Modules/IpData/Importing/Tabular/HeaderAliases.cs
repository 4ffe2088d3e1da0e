using System.Reflection;
using System.Text;
using System.Text.Json;

namespace IpCity.IpData.Importing.Tabular;

/// <summary>
/// The editable header → field table for Chinese tabular exports. Headers compare after NFKC (full-width →
/// half-width), with brackets unified and spaces removed, so "公开（公告）号", "公开(公告)号" and "公开 (公告) 号" are one.
/// </summary>
internal sealed class HeaderAliases
{
    private readonly Dictionary<string, string> _byHeader;

    private HeaderAliases(Dictionary<string, string> byHeader, IReadOnlyList<string> required, Dictionary<string, string> display)
    {
        _byHeader = byHeader;
        Required = required;
        Display = display;
    }

    public IReadOnlyList<string> Required { get; }

    /// <summary>Field → the header a user would recognise (the first alias).</summary>
    public IReadOnlyDictionary<string, string> Display { get; }

    public static HeaderAliases Load(string? overrideFile, string resource = "cn-patent-headers.json")
    {
        using var stream = overrideFile is not null && File.Exists(overrideFile)
            ? File.OpenRead(overrideFile)
            : Assembly.GetExecutingAssembly().GetManifestResourceStream("IpCity.IpData." + resource)!;
        using var doc = JsonDocument.Parse(stream);
        var byHeader = new Dictionary<string, string>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in doc.RootElement.GetProperty("fields").EnumerateObject())
        {
            foreach (var alias in field.Value.EnumerateArray())
            {
                var header = alias.GetString()!;
                byHeader.TryAdd(Key(header), field.Name);
                display.TryAdd(field.Name, header);
            }
        }

        var required = doc.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
        return new HeaderAliases(byHeader, required, display);
    }

    public string? FieldOf(string header) => _byHeader.GetValueOrDefault(Key(header));

    internal static string Key(string header)
    {
        var s = header.Normalize(NormalizationForm.FormKC).Trim().TrimStart('\uFEFF');
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '[' or ']' or '【' or '】' or '〔' or '〕')
            {
                continue;
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
