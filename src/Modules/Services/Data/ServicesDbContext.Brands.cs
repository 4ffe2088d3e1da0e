using IpCity.Services.Brands;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Data;

/// <summary>Brands: authorised users of the city's GIs and GI use supervision records (the Madrid portfolio is read from the IP data center).</summary>
internal sealed partial class ServicesDbContext
{
    public DbSet<GiUser> GiUsers => Set<GiUser>();

    public DbSet<GiSupervision> GiSupervisions => Set<GiSupervision>();

    partial void OnModelCreatingBrands(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GiUser>(e =>
        {
            e.ToTable("GiUsers");
            e.HasIndex(x => new { x.GiKey, x.CreditCode }).IsUnique();
            e.HasIndex(x => x.CountyCode);
            e.Property(x => x.GiKey).HasMaxLength(16);
            e.Property(x => x.GiName).HasMaxLength(200);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.ApprovalNumber).HasMaxLength(64);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.RevokeReason).HasMaxLength(1000);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.CityCode).HasMaxLength(16);
            e.Property(x => x.CountyCode).HasMaxLength(16);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<GiSupervision>(e =>
        {
            e.ToTable("GiSupervisions");
            e.HasIndex(x => x.GiKey);
            e.HasIndex(x => x.CountyCode);
            e.Property(x => x.GiKey).HasMaxLength(16);
            e.Property(x => x.GiName).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(200);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.CountyCode).HasMaxLength(16);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.Finding).HasMaxLength(2000);
            e.Property(x => x.Result).HasMaxLength(16);
            e.Property(x => x.FollowUp).HasMaxLength(2000);
            e.Property(x => x.CaseNumber).HasMaxLength(64);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<GiUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
