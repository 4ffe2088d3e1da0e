using IpCity.BuildingBlocks.Storage;
using IpCity.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Monitoring.Data;

/// <summary>
/// The monitoring store. Partial: each feature area (indicators here; data reporting in Forms/, the task
/// ledger in Tasks/) declares its sets and model in its own file through the partial hooks below.
/// </summary>
internal sealed partial class MonitoringDbContext : DbContext
{
    public const string Module = "monitoring";

    public MonitoringDbContext(DbContextOptions<MonitoringDbContext> options)
        : base(options)
    {
    }

    public DbSet<IndicatorDefinition> Definitions => Set<IndicatorDefinition>();

    public DbSet<IndicatorParameter> Parameters => Set<IndicatorParameter>();

    public DbSet<DataElementValue> ElementValues => Set<DataElementValue>();

    public DbSet<IndicatorValue> Values => Set<IndicatorValue>();

    public DbSet<IndicatorTarget> Targets => Set<IndicatorTarget>();

    public DbSet<IndicatorWarning> Warnings => Set<IndicatorWarning>();

    partial void OnModelCreatingForms(ModelBuilder modelBuilder);

    partial void OnModelCreatingTasks(ModelBuilder modelBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IndicatorDefinition>(e =>
        {
            e.ToTable("IndicatorDefinitions");
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Numerator).HasMaxLength(64);
            e.Property(x => x.Denominator).HasMaxLength(64);
            e.Property(x => x.OutlineRef).HasMaxLength(64);
            e.Property(x => x.Owner).HasMaxLength(100);
            e.Property(x => x.Factor).HasPrecision(18, 6);
        });
        modelBuilder.Entity<IndicatorParameter>(e =>
        {
            e.ToTable("IndicatorParameters");
            e.HasIndex(x => new { x.Name, x.FromYear }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Value).HasMaxLength(400);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.SetBy).HasMaxLength(100);
        });
        modelBuilder.Entity<DataElementValue>(e =>
        {
            e.ToTable("DataElementValues");
            e.HasIndex(x => new { x.ElementCode, x.UnitCode, x.Year, x.Vintage }).IsUnique();
            e.Property(x => x.ElementCode).HasMaxLength(64);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Value).HasPrecision(20, 4);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Vintage).HasMaxLength(100);
            e.Property(x => x.Origin).HasMaxLength(400);
            e.Property(x => x.EnteredBy).HasMaxLength(100);
        });
        modelBuilder.Entity<IndicatorValue>(e =>
        {
            e.ToTable("IndicatorValues");
            e.HasIndex(x => new { x.IndicatorCode, x.UnitCode, x.Year, x.ReferenceDate });
            e.Property(x => x.IndicatorCode).HasMaxLength(64);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Numerator).HasPrecision(20, 4);
            e.Property(x => x.Denominator).HasPrecision(20, 4);
            e.Property(x => x.Value).HasPrecision(20, 6);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.InputHash).HasMaxLength(64);
            e.Property(x => x.ComputedBy).HasMaxLength(100);
            e.Property(x => x.PublishedBy).HasMaxLength(100);
            e.Property(x => x.RecordKind).HasMaxLength(16);
        });
        modelBuilder.Entity<IndicatorWarning>(e =>
        {
            e.ToTable("IndicatorWarnings");
            e.HasIndex(x => new { x.IndicatorCode, x.UnitCode, x.Year }).IsUnique();
            e.HasIndex(x => new { x.DepartmentCode, x.State });
            e.Property(x => x.IndicatorCode).HasMaxLength(64);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Value).HasPrecision(20, 6);
            e.Property(x => x.PathValue).HasPrecision(20, 6);
            e.Property(x => x.DepartmentCode).HasMaxLength(64);
            e.Property(x => x.DepartmentName).HasMaxLength(100);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.AcknowledgedBy).HasMaxLength(100);
            e.Property(x => x.Response).HasMaxLength(1000);
        });
        modelBuilder.Entity<IndicatorTarget>(e =>
        {
            e.ToTable("IndicatorTargets");
            e.HasIndex(x => new { x.IndicatorCode, x.UnitCode, x.Year }).IsUnique();
            e.Property(x => x.IndicatorCode).HasMaxLength(64);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Value).HasPrecision(20, 6);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(400);
        });

        OnModelCreatingForms(modelBuilder);
        OnModelCreatingTasks(modelBuilder);
        ModuleDb.ApplyNaming(modelBuilder, Module, this.IsPostgres());
    }
}

internal sealed class MonitoringDatabase : ModuleDatabase<MonitoringDbContext>
{
    public MonitoringDatabase(IServiceScopeFactory scopes)
        : base(MonitoringDbContext.Module, scopes)
    {
    }
}
