using IpCity.Protection.Credit;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Data;

/// <summary>Credit supervision (信用监管): records, measures, history, repairs, objections, catalogue, parameters, assessments.</summary>
internal sealed partial class ProtectionDbContext
{
    public DbSet<CreditRecord> CreditRecords => Set<CreditRecord>();

    public DbSet<CreditMeasure> CreditMeasures => Set<CreditMeasure>();

    public DbSet<CreditTransition> CreditTransitions => Set<CreditTransition>();

    public DbSet<CreditRepair> CreditRepairs => Set<CreditRepair>();

    public DbSet<CreditObjection> CreditObjections => Set<CreditObjection>();

    public DbSet<CreditMeasureType> CreditMeasureTypes => Set<CreditMeasureType>();

    public DbSet<CreditParameter> CreditParameters => Set<CreditParameter>();

    public DbSet<ImpactAssessment> ImpactAssessments => Set<ImpactAssessment>();

    partial void OnModelCreatingCredit(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CreditRecord>(e =>
        {
            e.ToTable("CreditRecords");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.SubjectIdHash);
            e.HasIndex(x => new { x.State, x.EndsOn });
            e.HasIndex(x => x.UnitCode);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Behaviour).HasMaxLength(64);
            e.Property(x => x.State).HasMaxLength(32);
            e.Property(x => x.SubjectKind).HasMaxLength(16);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.SubjectNameCipher).HasMaxLength(600);
            e.Property(x => x.SubjectIdCipher).HasMaxLength(200);
            e.Property(x => x.SubjectIdHash).HasMaxLength(64);
            e.Property(x => x.SubjectIdMasked).HasMaxLength(32);
            e.Property(x => x.UnitCode).HasMaxLength(32);
            e.Property(x => x.Facts).HasMaxLength(4000);
            e.Property(x => x.LegalBasis).HasMaxLength(500);
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
            e.Property(x => x.ProposedBy).HasMaxLength(100);
            e.Property(x => x.DecidedBy).HasMaxLength(100);
            e.Property(x => x.NoticeChannel).HasMaxLength(100);
            e.Property(x => x.NoticeDocumentNumber).HasMaxLength(100);
            e.HasMany(x => x.Measures).WithOne().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CreditMeasure>(e =>
        {
            e.ToTable("CreditMeasures");
            e.HasIndex(x => new { x.RecordId, x.Code }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Departments).HasMaxLength(2000);
        });
        modelBuilder.Entity<CreditTransition>(e =>
        {
            e.ToTable("CreditTransitions");
            e.HasIndex(x => x.RecordId);
            e.Property(x => x.FromState).HasMaxLength(32);
            e.Property(x => x.ToState).HasMaxLength(32);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.LegalBasis).HasMaxLength(500);
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
            e.Property(x => x.Decider).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasOne<CreditRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CreditRepair>(e =>
        {
            e.ToTable("CreditRepairs");
            e.HasIndex(x => new { x.RecordId, x.Status });
            e.Property(x => x.FiledBy).HasMaxLength(100);
            e.Property(x => x.FiledByRole).HasMaxLength(32);
            e.Property(x => x.AttachmentName).HasMaxLength(200);
            e.Property(x => x.AttachmentSha256).HasMaxLength(64);
            e.Property(x => x.Statement).HasMaxLength(4000);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.HasOne<CreditRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CreditObjection>(e =>
        {
            e.ToTable("CreditObjections");
            e.HasIndex(x => new { x.RecordId, x.Status });
            e.Property(x => x.FiledBy).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.HasOne<CreditRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CreditMeasureType>(e =>
        {
            e.ToTable("CreditMeasureTypes");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Departments).HasMaxLength(2000);
            e.HasData(CreditRules.DefaultMeasureTypes());
        });
        modelBuilder.Entity<CreditParameter>(e =>
        {
            e.ToTable("CreditParameters");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasData(CreditRules.DefaultParameters());
        });
        modelBuilder.Entity<ImpactAssessment>(e =>
        {
            e.ToTable("ImpactAssessments");
            e.HasIndex(x => x.AssessedOn);
            e.Property(x => x.Assessor).HasMaxLength(200);
            e.Property(x => x.Scope).HasMaxLength(2000);
            e.Property(x => x.Conclusion).HasMaxLength(4000);
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
    }
}
