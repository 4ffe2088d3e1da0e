using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using Microsoft.Extensions.Options;

namespace IpCity.IpData.Industries;

/// <summary>
/// The industry contract of the search engine: the industries of a catalogue's active version, and the
/// resolution of <c>industry:</c> query values ("电子信息", "electronics" or "sei-ipc-2021/1.1").
/// </summary>
internal sealed class IndustryCatalogs
{
    private readonly IpDataDbContext _db;
    private readonly IOptions<IpDataOptions> _options;

    public IndustryCatalogs(IpDataDbContext db, IOptions<IpDataOptions> options)
    {
        _db = db;
        _options = options;
    }

    public string DefaultCatalogue => _options.Value.DefaultIndustryCatalogue;

    /// <summary>Every industry of the active version of the catalogue (null = IpData:DefaultIndustryCatalogue); empty when there is none.</summary>
    public async Task<IReadOnlyList<IndustryDefinition>> ListAsync(string? catalogueCode, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(catalogueCode) ? DefaultCatalogue : catalogueCode.Trim();
        var catalogue = await _db.FindCatalogueAsync(code, null, tracking: false, ct);
        return catalogue is null ? [] : Define(catalogue.Code, await _db.NodesAsync(catalogue.Id, ct));
    }

    /// <summary>An industry by code or name in the default catalogue, or "catalogue/code" (or "catalogue/name"); null when unknown.</summary>
    public async Task<IndustryDefinition?> FindAsync(string value, CancellationToken ct)
    {
        var v = value.Trim();
        string? catalogue = null;
        var slash = v.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            catalogue = v[..slash];
            v = v[(slash + 1)..].Trim();
        }

        if (v.Length == 0)
        {
            return null;
        }

        var all = await ListAsync(catalogue, ct);
        return all.FirstOrDefault(d => d.Code == v)
            ?? all.FirstOrDefault(d => string.Equals(d.Code, v, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(d => d.Name == v);
    }

    /// <summary>One definition per node; a node carries its own rules and those of every descendant.</summary>
    internal static List<IndustryDefinition> Define(string catalogue, IReadOnlyList<IndustryNode> nodes)
    {
        var children = nodes.Where(n => n.ParentCode is not null).ToLookup(n => n.ParentCode!, StringComparer.Ordinal);
        var result = new List<IndustryDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            var prefixes = new SortedSet<string>(StringComparer.Ordinal);
            var keywords = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<IndustryNode>([node]);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (!seen.Add(n.Code))
                {
                    continue;
                }

                foreach (var r in n.Rules)
                {
                    if (r.IpcPattern is not null)
                    {
                        prefixes.Add(r.IpcPattern);
                    }

                    if (r.Keyword is not null && !keywords.Contains(r.Keyword, StringComparer.Ordinal))
                    {
                        keywords.Add(r.Keyword);
                    }
                }

                foreach (var c in children[n.Code])
                {
                    stack.Push(c);
                }
            }

            result.Add(new IndustryDefinition(catalogue, node.Code, node.Name, [.. prefixes], keywords));
        }

        return result;
    }
}
