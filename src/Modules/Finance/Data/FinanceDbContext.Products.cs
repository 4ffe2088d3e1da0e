using IpCity.Finance.Products;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Data;

/// <summary>Products: IP insurance policies, securitisation deals, the risk-compensation fund (claims, evidence, history, parameters).</summary>
internal sealed partial class FinanceDbContext
{
    public DbSet<InsuranceKind> InsuranceKinds => Set<InsuranceKind>();

    public DbSet<InsurancePolicy> InsurancePolicies => Set<InsurancePolicy>();

    public DbSet<InsuredItem> InsuredItems => Set<InsuredItem>();

    public DbSet<SecuritisationDeal> SecuritisationDeals => Set<SecuritisationDeal>();

    public DbSet<SecuritisationFirm> SecuritisationFirms => Set<SecuritisationFirm>();

    public DbSet<FundParameter> FundParameters => Set<FundParameter>();

    public DbSet<FundClaim> FundClaims => Set<FundClaim>();

    public DbSet<FundClaimEvidence> FundClaimEvidence => Set<FundClaimEvidence>();

    public DbSet<FundClaimTransition> FundClaimTransitions => Set<FundClaimTransition>();

    partial void OnModelCreatingProducts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InsuranceKind>(e =>
        {
            e.ToTable("InsuranceKinds");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasData(ProductRules.DefaultInsuranceKinds());
        });
        modelBuilder.Entity<InsurancePolicy>(e =>
        {
            e.ToTable("InsurancePolicies");
            e.HasIndex(x => new { x.Insurer, x.PolicyNumber }).IsUnique();
            e.HasIndex(x => new { x.Year, x.KindCode });
            e.HasIndex(x => x.DistrictCode);
            e.HasIndex(x => x.InsuredCreditCode);
            e.Property(x => x.KindCode).HasMaxLength(64);
            e.Property(x => x.Insurer).HasMaxLength(200);
            e.Property(x => x.PolicyNumber).HasMaxLength(100);
            e.Property(x => x.InsuredName).HasMaxLength(200);
            e.Property(x => x.InsuredCreditCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(32);
            e.Property(x => x.SumInsuredWan).HasPrecision(18, 4);
            e.Property(x => x.PremiumWan).HasPrecision(18, 4);
            e.Property(x => x.SubsidyWan).HasPrecision(18, 4);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasOne<InsuranceKind>().WithMany().HasForeignKey(x => x.KindCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<InsuredItem>(e =>
        {
            e.ToTable("InsuredItems");
            e.HasIndex(x => x.PolicyId);
            e.Property(x => x.ItemType).HasMaxLength(16);
            e.Property(x => x.Number).HasMaxLength(64);
            e.Property(x => x.CanonicalNumber).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(500);
        });
        modelBuilder.Entity<SecuritisationDeal>(e =>
        {
            e.ToTable("SecuritisationDeals");
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.Year);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.Issuer).HasMaxLength(300);
            e.Property(x => x.Exchange).HasMaxLength(100);
            e.Property(x => x.AmountYi).HasPrecision(18, 4);
            e.Property(x => x.Source).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
            e.HasMany(x => x.Firms).WithOne().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SecuritisationFirm>(e =>
        {
            e.ToTable("SecuritisationFirms");
            e.HasIndex(x => new { x.DealId, x.CreditCode }).IsUnique();
            e.HasIndex(x => x.DistrictCode);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(32);
            e.Property(x => x.AmountWan).HasPrecision(18, 4);
        });
        modelBuilder.Entity<FundParameter>(e =>
        {
            e.ToTable("FundParameters");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Share).HasPrecision(9, 6);
            e.Property(x => x.CeilingWan).HasPrecision(18, 4);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<FundClaim>(e =>
        {
            e.ToTable("FundClaims");
            e.HasIndex(x => x.PublicId).IsUnique();
            e.HasIndex(x => new { x.LoanContractNumber, x.Lender });
            e.HasIndex(x => new { x.DistrictCode, x.State });
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.LoanContractNumber).HasMaxLength(100);
            e.Property(x => x.PledgorName).HasMaxLength(200);
            e.Property(x => x.PledgorCreditCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(32);
            e.Property(x => x.Lender).HasMaxLength(200);
            e.Property(x => x.PrincipalWan).HasPrecision(18, 4);
            e.Property(x => x.OutstandingLossWan).HasPrecision(18, 4);
            e.Property(x => x.State).HasMaxLength(32);
            e.Property(x => x.Share).HasPrecision(9, 6);
            e.Property(x => x.CeilingWan).HasPrecision(18, 4);
            e.Property(x => x.ParameterStatus).HasMaxLength(16);
            e.Property(x => x.CompensableWan).HasPrecision(18, 4);
            e.Property(x => x.PaidWan).HasPrecision(18, 4);
            e.Property(x => x.PaymentReference).HasMaxLength(100);
            e.Property(x => x.FiledBy).HasMaxLength(100);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.DecidedBy).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Transitions).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FundClaimEvidence>(e =>
        {
            e.ToTable("FundClaimEvidence");
            e.HasIndex(x => x.ClaimId);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.StorageKey).HasMaxLength(300);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<FundClaimTransition>(e =>
        {
            e.ToTable("FundClaimTransitions");
            e.HasIndex(x => x.ClaimId);
            e.Property(x => x.FromState).HasMaxLength(32);
            e.Property(x => x.ToState).HasMaxLength(32);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
        });
    }
}
