using IpCity.BuildingBlocks.Storage;
using IpCity.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Reporting.Data;

/// <summary>The reporting store: the editable text blocks of the yearly reports.</summary>
internal sealed class ReportingDbContext : DbContext
{
    public const string Module = "reporting";

    public ReportingDbContext(DbContextOptions<ReportingDbContext> options)
        : base(options)
    {
    }

    public DbSet<ReportTextBlock> TextBlocks => Set<ReportTextBlock>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportTextBlock>(e =>
        {
            e.ToTable("ReportTextBlocks");
            e.HasIndex(x => new { x.Year, x.Key }).IsUnique();
            e.Property(x => x.Key).HasMaxLength(32);
            e.Property(x => x.Text).HasMaxLength(20000);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        ModuleDb.ApplyNaming(modelBuilder, Module, this.IsPostgres());
    }
}

internal sealed class ReportingDatabase : ModuleDatabase<ReportingDbContext>
{
    public ReportingDatabase(IServiceScopeFactory scopes)
        : base(ReportingDbContext.Module, scopes)
    {
    }
}
