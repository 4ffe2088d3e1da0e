using IpCity.Services.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Data;

/// <summary>The public-service catalogue (versioned items and the change log), service outlets and online requests.</summary>
internal sealed partial class ServicesDbContext
{
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();

    public DbSet<ServiceItemVersion> ServiceItemVersions => Set<ServiceItemVersion>();

    public DbSet<CatalogueChange> CatalogueChanges => Set<CatalogueChange>();

    public DbSet<ServiceOutlet> ServiceOutlets => Set<ServiceOutlet>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    public DbSet<ServiceRequestEvent> ServiceRequestEvents => Set<ServiceRequestEvent>();

    public DbSet<ServiceRequestAttachment> ServiceRequestAttachments => Set<ServiceRequestAttachment>();

    partial void OnModelCreatingCatalogue(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ServiceItem>(e =>
        {
            e.ToTable("ServiceItems");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.LatestVersion).IsConcurrencyToken();
            e.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ServiceItemVersion>(e =>
        {
            e.ToTable("ServiceItemVersions");
            e.HasIndex(x => new { x.ItemId, x.VersionNo }).IsUnique();
            e.HasIndex(x => new { x.ItemId, x.EffectiveFrom });
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Category).HasMaxLength(50);
            e.Property(x => x.LegalBasis).HasMaxLength(2000);
            e.Property(x => x.Conditions).HasMaxLength(4000);
            e.Property(x => x.Materials).HasMaxLength(4000);
            e.Property(x => x.TimeLimitUnit).HasMaxLength(16);
            e.Property(x => x.Fee).HasMaxLength(500);
            e.Property(x => x.Channels).HasMaxLength(64);
            e.Property(x => x.ResponsibleUnitCode).HasMaxLength(32);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(16);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<CatalogueChange>(e =>
        {
            e.ToTable("CatalogueChanges");
            e.HasIndex(x => x.ItemCode);
            e.HasIndex(x => x.RecordedAtUtc);
            e.Property(x => x.ItemCode).HasMaxLength(32);
            e.Property(x => x.ItemName).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Changes).HasMaxLength(8000);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<ServiceOutlet>(e =>
        {
            e.ToTable("ServiceOutlets");
            e.HasIndex(x => new { x.Name, x.DistrictCode }).IsUnique();
            e.HasIndex(x => x.DistrictCode);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(500);
            e.Property(x => x.DistrictCode).HasMaxLength(32);
            e.Property(x => x.Phone).HasMaxLength(50);
            e.Property(x => x.Hours).HasMaxLength(200);
            e.Property(x => x.Services).HasMaxLength(2000);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<ServiceRequest>(e =>
        {
            e.ToTable("ServiceRequests");
            e.HasIndex(x => x.PublicId).IsUnique();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.UnitCode, x.State });
            e.HasIndex(x => x.EnterpriseCode);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.ItemCode).HasMaxLength(32);
            e.Property(x => x.ItemName).HasMaxLength(200);
            e.Property(x => x.TimeLimitUnit).HasMaxLength(16);
            e.Property(x => x.UnitCode).HasMaxLength(32);
            e.Property(x => x.EnterpriseCode).HasMaxLength(32);
            e.Property(x => x.RequesterAccount).HasMaxLength(100);
            e.Property(x => x.Subject).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.ContactNameCipher).HasMaxLength(400);
            e.Property(x => x.ContactNameMasked).HasMaxLength(100);
            e.Property(x => x.ContactPhoneCipher).HasMaxLength(200);
            e.Property(x => x.ContactPhoneMasked).HasMaxLength(32);
            e.Property(x => x.State).HasMaxLength(16);
            e.Property(x => x.DueTrail).HasMaxLength(4000);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<ServiceItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ServiceRequestEvent>(e =>
        {
            e.ToTable("ServiceRequestEvents");
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.FromState).HasMaxLength(16);
            e.Property(x => x.ToState).HasMaxLength(16);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
        });
        modelBuilder.Entity<ServiceRequestAttachment>(e =>
        {
            e.ToTable("ServiceRequestAttachments");
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.StoredName).HasMaxLength(200);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(100);
        });
    }
}
