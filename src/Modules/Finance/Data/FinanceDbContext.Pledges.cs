using IpCity.Finance.Pledges;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Data;

internal sealed partial class FinanceDbContext
{
    public DbSet<PledgeLoan> PledgeLoans => Set<PledgeLoan>();

    public DbSet<PledgeRegistration> PledgeRegistrations => Set<PledgeRegistration>();

    public DbSet<PledgedItem> PledgedItems => Set<PledgedItem>();

    public DbSet<PledgeImportBatch> PledgeImports => Set<PledgeImportBatch>();

    public DbSet<FinanceParameter> Parameters => Set<FinanceParameter>();

    partial void OnModelCreatingPledges(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PledgeLoan>(e =>
        {
            e.ToTable("PledgeLoans");
            e.HasIndex(x => x.Key).IsUnique();
            e.HasIndex(x => x.RegisteredOn);
            e.HasIndex(x => x.PledgorCreditCode);
            e.Property(x => x.Key).HasMaxLength(128);
            e.Property(x => x.ContractNumber).HasMaxLength(128);
            e.Property(x => x.Pledgor).HasMaxLength(256);
            e.Property(x => x.PledgorCreditCode).HasMaxLength(18);
            e.Property(x => x.PledgorAddress).HasMaxLength(512);
            e.Property(x => x.Pledgee).HasMaxLength(256);
            e.Property(x => x.AmountWan).HasPrecision(18, 4);
            e.Property(x => x.RegionCityCode).HasMaxLength(12);
            e.Property(x => x.RegionCountyCode).HasMaxLength(12);
            e.Property(x => x.RegionZoneCode).HasMaxLength(32);
            e.Property(x => x.RegionRule).HasMaxLength(64);
            e.HasMany(x => x.Registrations).WithOne().HasForeignKey(r => r.LoanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PledgeRegistration>(e =>
        {
            e.ToTable("PledgeRegistrations");
            e.HasIndex(x => x.RegistrationNumber).IsUnique();
            e.HasIndex(x => x.EventId);
            e.HasIndex(x => x.LoanId);
            e.Property(x => x.RegistrationNumber).HasMaxLength(64);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.AmountWan).HasPrecision(18, 4);
            e.Property(x => x.ContractNumber).HasMaxLength(128);
            e.Property(x => x.Pledgor).HasMaxLength(256);
            e.Property(x => x.PledgorCreditCode).HasMaxLength(18);
            e.Property(x => x.PledgorAddress).HasMaxLength(512);
            e.Property(x => x.Pledgee).HasMaxLength(256);
            e.Property(x => x.ChangeNote).HasMaxLength(512);
            e.Property(x => x.MatchRule).HasMaxLength(16);
            e.Property(x => x.SourceFile).HasMaxLength(256);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PledgedItem>(e =>
        {
            e.ToTable("PledgedItems");
            e.HasIndex(x => x.RegistrationId);
            e.HasIndex(x => x.PatentId);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Number).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(512);
            e.Property(x => x.MatchRule).HasMaxLength(16);
            e.HasIndex(x => x.EventId);
        });
        modelBuilder.Entity<PledgeImportBatch>(e =>
        {
            e.ToTable("PledgeImports");
            e.Property(x => x.FileName).HasMaxLength(256);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.StartedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<FinanceParameter>(e =>
        {
            e.ToTable("Parameters");
            e.HasIndex(x => new { x.Name, x.FromYear });
            e.Property(x => x.Name).HasMaxLength(128);
            e.Property(x => x.Value).HasMaxLength(256);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(512);
            e.Property(x => x.SetBy).HasMaxLength(128);
        });
    }
}
