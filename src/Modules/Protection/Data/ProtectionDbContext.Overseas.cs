using IpCity.Protection.Overseas;
using IpCity.Protection.Registers;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Data;

/// <summary>The overseas rights-aid database (issue 5 §7) and the resolution-body register (§3).</summary>
internal sealed partial class ProtectionDbContext
{
    public DbSet<ResolutionBody> ResolutionBodies => Set<ResolutionBody>();

    public DbSet<OverseasDispute> OverseasDisputes => Set<OverseasDispute>();

    public DbSet<CountryGuide> CountryGuides => Set<CountryGuide>();

    public DbSet<ServiceBody> ServiceBodies => Set<ServiceBody>();

    partial void OnModelCreatingOverseas(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ResolutionBody>(e =>
        {
            e.ToTable("ResolutionBodies");
            e.HasIndex(x => new { x.Name, x.Kind }).IsUnique();
            e.HasIndex(x => new { x.DistrictCode, x.Kind });
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.DistrictCode).HasMaxLength(16);
            e.Property(x => x.Address).HasMaxLength(500);
            e.Property(x => x.Contact).HasMaxLength(100);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Fields).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<OverseasDispute>(e =>
        {
            e.ToTable("OverseasDisputes");
            e.HasIndex(x => x.DistrictCode);
            e.HasIndex(x => new { x.CountryCode, x.StartedOn });
            e.HasIndex(x => x.FirmCreditCode);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.FirmCreditCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(16);
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.Property(x => x.Type).HasMaxLength(32);
            e.Property(x => x.Forum).HasMaxLength(200);
            e.Property(x => x.Opponent).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Outcome).HasMaxLength(2000);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.PatentNumbers).HasMaxLength(1000);
            e.Property(x => x.TrademarkNumbers).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<CountryGuide>(e =>
        {
            e.ToTable("CountryGuides");
            e.HasIndex(x => new { x.CountryCode, x.Kind });
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Summary).HasMaxLength(4000);
            e.Property(x => x.Link).HasMaxLength(1000);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.Fields).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<ServiceBody>(e =>
        {
            e.ToTable("ServiceBodies");
            e.HasIndex(x => new { x.Name, x.Kind }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Organisation).HasMaxLength(200);
            e.Property(x => x.Countries).HasMaxLength(500);
            e.Property(x => x.Fields).HasMaxLength(200);
            e.Property(x => x.Contact).HasMaxLength(100);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Email).HasMaxLength(200);
            e.Property(x => x.Introduction).HasMaxLength(4000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
    }
}
