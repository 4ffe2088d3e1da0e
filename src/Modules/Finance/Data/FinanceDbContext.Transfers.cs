using IpCity.Finance.Transfers;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Data;

/// <summary>Transfers and licences, conversion offers, their matches and the firms' interests.</summary>
internal sealed partial class FinanceDbContext
{
    public DbSet<TransferRecord> Transfers => Set<TransferRecord>();

    public DbSet<ConversionOffer> Offers => Set<ConversionOffer>();

    public DbSet<OfferMatch> OfferMatches => Set<OfferMatch>();

    public DbSet<OfferInterest> OfferInterests => Set<OfferInterest>();

    partial void OnModelCreatingTransfers(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TransferRecord>(e =>
        {
            e.ToTable("Transfers");
            e.HasIndex(x => x.SourceEventId).IsUnique();
            e.HasIndex(x => x.EndEventId).IsUnique();
            e.HasIndex(x => new { x.Year, x.Kind });
            e.HasIndex(x => x.ToCountyCode);
            e.HasIndex(x => x.PatentId);
            e.Property(x => x.ApplicationNumber).HasMaxLength(32);
            e.Property(x => x.PatentTitle).HasMaxLength(500);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.FromParty).HasMaxLength(200);
            e.Property(x => x.FromPartyType).HasMaxLength(32);
            e.Property(x => x.ToParty).HasMaxLength(200);
            e.Property(x => x.ToPartyType).HasMaxLength(32);
            e.Property(x => x.ToCreditCode).HasMaxLength(18);
            e.Property(x => x.ToCountyCode).HasMaxLength(32);
            e.Property(x => x.Reference).HasMaxLength(100);
            e.Property(x => x.AmountWan).HasPrecision(18, 4);
            e.Property(x => x.Source).HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<ConversionOffer>(e =>
        {
            e.ToTable("ConversionOffers");
            e.HasIndex(x => new { x.State, x.Id });
            e.HasIndex(x => x.PatentId);
            e.HasIndex(x => x.OfferingCreditCode);
            e.HasIndex(x => x.UnitCode);
            e.Property(x => x.ApplicationNumber).HasMaxLength(32);
            e.Property(x => x.PatentTitle).HasMaxLength(500);
            e.Property(x => x.MainIpc).HasMaxLength(32);
            e.Property(x => x.OfferingParty).HasMaxLength(200);
            e.Property(x => x.OfferingPartyType).HasMaxLength(32);
            e.Property(x => x.OfferingCreditCode).HasMaxLength(18);
            e.Property(x => x.UnitCode).HasMaxLength(32);
            e.Property(x => x.Mode).HasMaxLength(32);
            e.Property(x => x.FeeTerms).HasMaxLength(2000);
            e.Property(x => x.AskingPriceWan).HasPrecision(18, 4);
            e.Property(x => x.Keywords).HasMaxLength(1000);
            e.Property(x => x.IndustryCode).HasMaxLength(64);
            e.Property(x => x.IndustryName).HasMaxLength(200);
            e.Property(x => x.State).HasMaxLength(16);
            e.Property(x => x.StateNote).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.CreatedByRole).HasMaxLength(32);
            e.HasOne<TransferRecord>().WithMany().HasForeignKey(x => x.TransferId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OfferMatch>(e =>
        {
            e.ToTable("OfferMatches");
            e.HasIndex(x => new { x.OfferId, x.FirmApplicantId }).IsUnique();
            e.HasIndex(x => x.FirmCreditCode);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.FirmCreditCode).HasMaxLength(18);
            e.Property(x => x.FirmCountyCode).HasMaxLength(32);
            e.Property(x => x.Breakdown).HasMaxLength(8000);
            e.HasOne<ConversionOffer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OfferInterest>(e =>
        {
            e.ToTable("OfferInterests");
            e.HasIndex(x => new { x.OfferId, x.FirmCreditCode });
            e.HasIndex(x => x.MatchId);
            e.Property(x => x.FirmName).HasMaxLength(200);
            e.Property(x => x.FirmCreditCode).HasMaxLength(18);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.ExpressedBy).HasMaxLength(100);
            e.HasOne<ConversionOffer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OfferMatch>().WithMany().HasForeignKey(x => x.MatchId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
