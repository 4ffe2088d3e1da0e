using IpCity.Protection.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Data;

/// <summary>Cases: the case, its parties (encrypted), handlers, history, clock stops, extensions, links, documents and referrals.</summary>
internal sealed partial class ProtectionDbContext
{
    public DbSet<ProtectionCase> Cases => Set<ProtectionCase>();

    public DbSet<CaseParty> CaseParties => Set<CaseParty>();

    public DbSet<CaseHandler> CaseHandlers => Set<CaseHandler>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    public DbSet<CaseSuspension> CaseSuspensions => Set<CaseSuspension>();

    public DbSet<CaseExtension> CaseExtensions => Set<CaseExtension>();

    public DbSet<CaseLink> CaseLinks => Set<CaseLink>();

    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();

    public DbSet<CaseReferral> CaseReferrals => Set<CaseReferral>();

    public DbSet<TypicalCase> TypicalCases => Set<TypicalCase>();

    public DbSet<NoticeTemplate> NoticeTemplates => Set<NoticeTemplate>();

    partial void OnModelCreatingCases(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProtectionCase>(e =>
        {
            e.ToTable("Cases");
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.PublicId).IsUnique();
            e.HasIndex(x => x.TrackingHash).IsUnique();
            e.HasIndex(x => new { x.UnitCode, x.State });
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.Type).HasMaxLength(40);
            e.Property(x => x.State).HasMaxLength(20);
            e.Property(x => x.SuspendedFrom).HasMaxLength(20);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Source).HasMaxLength(16);
            e.Property(x => x.TrackingHash).HasMaxLength(64);
            e.Property(x => x.ClosureMode).HasMaxLength(16);
            e.Property(x => x.AmountInvolved).HasPrecision(18, 2);
            e.Property(x => x.Fine).HasPrecision(18, 2);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Handlers).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Suspensions).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Extensions).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Links).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CaseParty>(e =>
        {
            e.ToTable("CaseParties");
            e.HasIndex(x => x.IdHash);
            e.Property(x => x.Role).HasMaxLength(16);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.NameCipher).HasMaxLength(1000);
            e.Property(x => x.NameMasked).HasMaxLength(200);
            e.Property(x => x.IdCipher).HasMaxLength(400);
            e.Property(x => x.IdHash).HasMaxLength(64);
            e.Property(x => x.ContactCipher).HasMaxLength(1000);
            e.Property(x => x.AddressCipher).HasMaxLength(1000);
        });
        modelBuilder.Entity<CaseHandler>(e =>
        {
            e.ToTable("CaseHandlers");
            e.HasIndex(x => new { x.CaseId, x.UserName }).IsUnique();
            e.Property(x => x.UserName).HasMaxLength(100);
        });
        modelBuilder.Entity<CaseEvent>(e =>
        {
            e.ToTable("CaseEvents");
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.FromState).HasMaxLength(20);
            e.Property(x => x.ToState).HasMaxLength(20);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
        });
        modelBuilder.Entity<CaseSuspension>(e =>
        {
            e.ToTable("CaseSuspensions");
            e.Property(x => x.Reason).HasMaxLength(100);
        });
        modelBuilder.Entity<CaseExtension>(e =>
        {
            e.ToTable("CaseExtensions");
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.ApprovedBy).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(400);
        });
        modelBuilder.Entity<CaseLink>(e =>
        {
            e.ToTable("CaseLinks");
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Number).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(400);
        });
        modelBuilder.Entity<CaseAttachment>(e =>
        {
            e.ToTable("CaseAttachments");
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.StoredName).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.UploadedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<NoticeTemplate>(e =>
        {
            e.ToTable("NoticeTemplates");
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Body).HasMaxLength(8000);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<TypicalCase>(e =>
        {
            e.ToTable("TypicalCases");
            e.HasIndex(x => x.CaseId).IsUnique();
            e.HasIndex(x => new { x.Year, x.State });
            e.Property(x => x.State).HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(4000);
            e.Property(x => x.Significance).HasMaxLength(2000);
            e.Property(x => x.NominatedBy).HasMaxLength(100);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.ReviewNote).HasMaxLength(1000);
        });
        modelBuilder.Entity<CaseReferral>(e =>
        {
            e.ToTable("CaseReferrals");
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.Channel).HasMaxLength(16);
            e.Property(x => x.BodyName).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(1000);
        });
    }
}
