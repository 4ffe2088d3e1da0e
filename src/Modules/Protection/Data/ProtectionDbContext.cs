using IpCity.BuildingBlocks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Protection.Data;

/// <summary>
/// The protection store. Partial: each feature area declares its sets and model in its own file
/// (ProtectionDbContext.Cases.cs, .Deadlines.cs, .Credit.cs, .Overseas.cs) through the hooks below.
/// </summary>
internal sealed partial class ProtectionDbContext : DbContext
{
    public const string Module = "protection";

    public ProtectionDbContext(DbContextOptions<ProtectionDbContext> options)
        : base(options)
    {
    }

    partial void OnModelCreatingDeadlines(ModelBuilder modelBuilder);

    partial void OnModelCreatingCases(ModelBuilder modelBuilder);

    partial void OnModelCreatingCredit(ModelBuilder modelBuilder);

    partial void OnModelCreatingOverseas(ModelBuilder modelBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        OnModelCreatingDeadlines(modelBuilder);
        OnModelCreatingCases(modelBuilder);
        OnModelCreatingCredit(modelBuilder);
        OnModelCreatingOverseas(modelBuilder);
        ModuleDb.ApplyNaming(modelBuilder, Module, this.IsPostgres());
    }
}

internal sealed class ProtectionDatabase : ModuleDatabase<ProtectionDbContext>
{
    public ProtectionDatabase(IServiceScopeFactory scopes)
        : base(ProtectionDbContext.Module, scopes)
    {
    }
}
