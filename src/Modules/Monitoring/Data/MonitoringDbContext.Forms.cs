using IpCity.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Monitoring.Data;

/// <summary>Data reporting (数据填报): data sets with their elements, units and rules; submissions with values and history.</summary>
internal sealed partial class MonitoringDbContext
{
    public DbSet<DataSet> DataSets => Set<DataSet>();

    public DbSet<DataSetElement> DataSetElements => Set<DataSetElement>();

    public DbSet<DataSetUnit> DataSetUnits => Set<DataSetUnit>();

    public DbSet<ValidationRule> ValidationRules => Set<ValidationRule>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionValue> SubmissionValues => Set<SubmissionValue>();

    public DbSet<SubmissionComment> SubmissionComments => Set<SubmissionComment>();

    partial void OnModelCreatingForms(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataSet>(e =>
        {
            e.ToTable("DataSets");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.PeriodType).HasConversion<string>().HasMaxLength(16);
            e.HasMany(x => x.Elements).WithOne().HasForeignKey(x => x.DataSetId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.DataSetId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Rules).WithOne().HasForeignKey(x => x.DataSetId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DataSetElement>(e =>
        {
            e.ToTable("DataSetElements");
            e.HasIndex(x => new { x.DataSetId, x.ElementCode }).IsUnique();
            e.Property(x => x.ElementCode).HasMaxLength(64);
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(16);
        });
        modelBuilder.Entity<DataSetUnit>(e =>
        {
            e.ToTable("DataSetUnits");
            e.HasIndex(x => new { x.DataSetId, x.UnitCode }).IsUnique();
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.UnitName).HasMaxLength(200);
        });
        modelBuilder.Entity<ValidationRule>(e =>
        {
            e.ToTable("ValidationRules");
            e.HasIndex(x => new { x.DataSetId, x.Code }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ElementCode).HasMaxLength(64);
            e.Property(x => x.Min).HasPrecision(20, 4);
            e.Property(x => x.Max).HasPrecision(20, 4);
            e.Property(x => x.MaxChangePercent).HasPrecision(10, 2);
            e.Property(x => x.Expression).HasMaxLength(400);
            e.Property(x => x.Text).HasMaxLength(400);
        });
        modelBuilder.Entity<Submission>(e =>
        {
            e.ToTable("Submissions");
            e.HasIndex(x => new { x.DataSetId, x.UnitCode, x.Year, x.Revision }).IsUnique();
            e.HasIndex(x => new { x.DataSetId, x.Year, x.State });
            e.HasOne<DataSet>().WithMany().HasForeignKey(x => x.DataSetId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.Property(x => x.SubmittedBy).HasMaxLength(100);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Values).WithOne().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Comments).WithOne().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SubmissionValue>(e =>
        {
            e.ToTable("SubmissionValues");
            e.HasIndex(x => new { x.SubmissionId, x.ElementCode }).IsUnique();
            e.Property(x => x.ElementCode).HasMaxLength(64);
            e.Property(x => x.Value).HasPrecision(20, 4);
        });
        modelBuilder.Entity<SubmissionComment>(e =>
        {
            e.ToTable("SubmissionComments");
            e.HasIndex(x => x.SubmissionId);
            e.Property(x => x.Action).HasMaxLength(16);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.Property(x => x.Author).HasMaxLength(100);
        });
    }
}
