namespace IpCity.IpData.Domain;

/// <summary>A thematic database (专题数据库): a saved search whose members are kept up to date on every import.</summary>
internal sealed class ThematicDatabase
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The search in the query language of /api/patents (terms ANDed, field syntax, industry:).</summary>
    public required string Query { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? RefreshedAtUtc { get; set; }

    public long PatentCount { get; set; }

    /// <summary>Members added by the last refresh (new matches from the latest imports).</summary>
    public long LastAdded { get; set; }

    public long LastRemoved { get; set; }
}

/// <summary>A patent in a thematic database, with when it joined.</summary>
internal sealed class ThematicMember
{
    public long ThematicDatabaseId { get; set; }

    public long PatentId { get; set; }

    public DateTime AddedAtUtc { get; set; }
}
