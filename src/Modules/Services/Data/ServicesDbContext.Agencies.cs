using IpCity.Services.Agencies;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Data;

/// <summary>Agencies and practitioners: agencies with status history, persons, engagements, supervision records.</summary>
internal sealed partial class ServicesDbContext
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencyStatusChange> AgencyStatusChanges => Set<AgencyStatusChange>();

    public DbSet<Practitioner> Practitioners => Set<Practitioner>();

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<SupervisionRecord> SupervisionRecords => Set<SupervisionRecord>();

    partial void OnModelCreatingAgencies(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Agency>(e =>
        {
            e.ToTable("Agencies");
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.HasIndex(x => x.PatentLicenceNumber).IsUnique();
            e.HasIndex(x => x.TrademarkFilingNumber).IsUnique();
            e.HasIndex(x => x.CountyCode);
            e.HasIndex(x => x.ParentId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.PatentLicenceNumber).HasMaxLength(64);
            e.Property(x => x.TrademarkFilingNumber).HasMaxLength(64);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.CityCode).HasMaxLength(16);
            e.Property(x => x.CountyCode).HasMaxLength(16);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.RegionRule).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.StatusHistory).WithOne().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AgencyStatusChange>(e =>
        {
            e.ToTable("AgencyStatusChanges");
            e.HasIndex(x => new { x.AgencyId, x.EffectiveOn, x.Status }).IsUnique();
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<Practitioner>(e =>
        {
            e.ToTable("Practitioners");
            e.Ignore(x => x.Key);
            e.HasIndex(x => x.CertificateNumber).IsUnique();
            e.HasIndex(x => x.IdHash).IsUnique();
            e.HasIndex(x => x.QualificationNumber);
            e.Property(x => x.NameCipher).HasMaxLength(400);
            e.Property(x => x.NameMasked).HasMaxLength(100);
            e.Property(x => x.IdCipher).HasMaxLength(200);
            e.Property(x => x.IdHash).HasMaxLength(64);
            e.Property(x => x.IdMasked).HasMaxLength(32);
            e.Property(x => x.CertificateNumber).HasMaxLength(64);
            e.Property(x => x.QualificationNumber).HasMaxLength(64);
            e.Property(x => x.AddressCipher).HasMaxLength(1000);
            e.Property(x => x.CityCode).HasMaxLength(16);
            e.Property(x => x.CountyCode).HasMaxLength(16);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasMany(x => x.Engagements).WithOne().HasForeignKey(x => x.PractitionerId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Engagement>(e =>
        {
            e.ToTable("Engagements");
            e.HasIndex(x => new { x.PractitionerId, x.AgencyId, x.Role, x.From }).IsUnique();
            e.HasIndex(x => x.AgencyId);
            e.Property(x => x.Role).HasMaxLength(32);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SupervisionRecord>(e =>
        {
            e.ToTable("SupervisionRecords");
            e.HasIndex(x => x.AgencyId);
            e.HasIndex(x => x.PractitionerId);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Unit).HasMaxLength(200);
            e.Property(x => x.Result).HasMaxLength(2000);
            e.Property(x => x.CaseNumber).HasMaxLength(64);
            e.Property(x => x.CaseType).HasMaxLength(64);
            e.Property(x => x.CreditState).HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Practitioner>().WithMany().HasForeignKey(x => x.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
