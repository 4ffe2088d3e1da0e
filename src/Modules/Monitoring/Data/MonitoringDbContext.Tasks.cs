using IpCity.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Monitoring.Data;

/// <summary>The task ledger (任务台账): Outline tasks, responsible units, work points, reports, evaluations.</summary>
internal sealed partial class MonitoringDbContext
{
    public DbSet<OutlineTask> OutlineTasks => Set<OutlineTask>();

    public DbSet<TaskDepartment> TaskDepartments => Set<TaskDepartment>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<TaskIndicatorLink> TaskIndicatorLinks => Set<TaskIndicatorLink>();

    public DbSet<WorkPoint> WorkPoints => Set<WorkPoint>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<EvidenceAttachment> EvidenceAttachments => Set<EvidenceAttachment>();

    public DbSet<SelfEvaluation> SelfEvaluations => Set<SelfEvaluation>();

    public DbSet<EvaluationReview> EvaluationReviews => Set<EvaluationReview>();

    public DbSet<TaskLedgerEdition> TaskLedgerEditions => Set<TaskLedgerEdition>();

    partial void OnModelCreatingTasks(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TaskDepartment>(e =>
        {
            e.ToTable("TaskDepartments");
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<OutlineTask>(e =>
        {
            e.ToTable("OutlineTasks");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.ParentId);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Chapter).HasMaxLength(16);
            e.Property(x => x.Section).HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Text).HasMaxLength(8000);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.Confirmation).HasMaxLength(16);
            e.Property(x => x.SourceEdition).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasOne<OutlineTask>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<TaskAssignment>(e =>
        {
            e.ToTable("TaskAssignments");
            e.HasIndex(x => new { x.TaskId, x.DepartmentId }).IsUnique();
            e.HasIndex(x => x.DepartmentId);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            e.HasOne<OutlineTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<TaskDepartment>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<TaskIndicatorLink>(e =>
        {
            e.ToTable("TaskIndicatorLinks");
            e.HasIndex(x => new { x.TaskId, x.IndicatorCode }).IsUnique();
            e.HasIndex(x => x.IndicatorCode);
            e.Property(x => x.IndicatorCode).HasMaxLength(64);
            e.Property(x => x.Sentence).HasMaxLength(1000);
            e.HasOne<OutlineTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WorkPoint>(e =>
        {
            e.ToTable("TaskWorkPoints");
            e.HasIndex(x => new { x.TaskId, x.Year });
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasOne<OutlineTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<TaskDepartment>().WithMany().HasForeignKey(x => x.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.WorkPointId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Milestone>(e =>
        {
            e.ToTable("TaskMilestones");
            e.HasIndex(x => x.DueOn);
            e.Property(x => x.Title).HasMaxLength(500);
        });
        modelBuilder.Entity<ProgressReport>(e =>
        {
            e.ToTable("TaskProgressReports");
            e.HasIndex(x => x.TaskId);
            e.Property(x => x.Period).HasMaxLength(32);
            e.Property(x => x.Text).HasMaxLength(8000);
            e.Property(x => x.ReportedBy).HasMaxLength(100);
            e.HasOne<OutlineTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<WorkPoint>().WithMany().HasForeignKey(x => x.WorkPointId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<TaskDepartment>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<EvidenceAttachment>(e =>
        {
            e.ToTable("TaskEvidenceAttachments");
            e.HasIndex(x => x.ReportId);
            e.HasIndex(x => x.StorageKey).IsUnique();
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.StorageKey).HasMaxLength(200);
            e.Property(x => x.UploadedBy).HasMaxLength(100);
            e.HasOne<ProgressReport>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SelfEvaluation>(e =>
        {
            e.ToTable("TaskSelfEvaluations");
            e.HasIndex(x => new { x.TaskId, x.DepartmentId, x.Year }).IsUnique();
            e.Property(x => x.Score).HasPrecision(5, 2);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.SubmittedBy).HasMaxLength(100);
            e.HasOne<OutlineTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<TaskDepartment>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<EvaluationReview>(e =>
        {
            e.ToTable("TaskEvaluationReviews");
            e.HasIndex(x => x.SelfEvaluationId).IsUnique();
            e.Property(x => x.FinalScore).HasPrecision(5, 2);
            e.Property(x => x.Comment).HasMaxLength(4000);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.HasOne<SelfEvaluation>().WithMany().HasForeignKey(x => x.SelfEvaluationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<TaskLedgerEdition>(e =>
        {
            e.ToTable("TaskLedgerEditions");
            e.HasIndex(x => x.Edition).IsUnique();
            e.Property(x => x.Edition).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.SourceNote).HasMaxLength(1000);
            e.Property(x => x.ImportedBy).HasMaxLength(100);
        });
    }
}
