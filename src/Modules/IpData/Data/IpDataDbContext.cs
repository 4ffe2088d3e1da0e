using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Data;

internal sealed class IpDataDbContext : DbContext
{
    public const string Module = "ipdata";

    public IpDataDbContext(DbContextOptions<IpDataDbContext> options)
        : base(options)
    {
    }

    public DbSet<Patent> Patents => Set<Patent>();

    public DbSet<PatentDocument> Documents => Set<PatentDocument>();

    public DbSet<PatentParty> Parties => Set<PatentParty>();

    public DbSet<PatentClassification> Classifications => Set<PatentClassification>();

    public DbSet<ImportBatch> Batches => Set<ImportBatch>();

    public DbSet<Trademark> Trademarks => Set<Trademark>();

    public DbSet<IpcCode> IpcCodes => Set<IpcCode>();

    public DbSet<Applicant> Applicants => Set<Applicant>();

    public DbSet<ApplicantVariant> ApplicantVariants => Set<ApplicantVariant>();

    public DbSet<TechnologyField> TechnologyFields => Set<TechnologyField>();

    public DbSet<GeographicalIndication> Gis => Set<GeographicalIndication>();

    public DbSet<IndustryCatalogue> IndustryCatalogues => Set<IndustryCatalogue>();

    public DbSet<IndustryNode> IndustryNodes => Set<IndustryNode>();

    public DbSet<IndustryRule> IndustryRules => Set<IndustryRule>();

    public DbSet<ThematicDatabase> ThematicDatabases => Set<ThematicDatabase>();

    public DbSet<ThematicMember> ThematicMembers => Set<ThematicMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ThematicDatabase>(e =>
        {
            e.ToTable("ThematicDatabases");
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.Query).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<ThematicMember>(e =>
        {
            e.ToTable("ThematicMembers");
            e.HasKey(x => new { x.ThematicDatabaseId, x.PatentId });
            e.HasOne<ThematicDatabase>().WithMany().HasForeignKey(x => x.ThematicDatabaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Patent>().WithMany().HasForeignKey(x => x.PatentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.PatentId);
        });
        modelBuilder.Entity<Patent>(e =>
        {
            e.ToTable("Patents");
            e.Property(x => x.ApplicationCountry).HasMaxLength(2);
            e.Property(x => x.ApplicationNumber).HasMaxLength(32);
            // Number first: imports look a batch of application numbers up across countries through the same index.
            e.HasIndex(x => new { x.ApplicationNumber, x.ApplicationCountry }).IsUnique();
            // The search index catches up batch by batch.
            e.HasIndex(x => new { x.LastBatchId, x.Id });
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Title).HasMaxLength(2000);
            e.Property(x => x.TitleLanguage).HasMaxLength(8);
            e.Property(x => x.MainIpc).HasMaxLength(32);
            e.Property(x => x.PrimaryDocument).HasMaxLength(48);
            e.Property(x => x.LegalStatus).HasMaxLength(64);
            e.Property(x => x.RegionProvinceCode).HasMaxLength(2);
            e.Property(x => x.RegionCityCode).HasMaxLength(16);
            e.Property(x => x.RegionCountyCode).HasMaxLength(16);
            e.Property(x => x.RegionStreetCode).HasMaxLength(16);
            e.Property(x => x.RegionZoneCode).HasMaxLength(16);
            e.Property(x => x.RegionRule).HasMaxLength(200);
            e.Property(x => x.RegionAddress).HasMaxLength(1000);
            e.HasIndex(x => x.RegionCountyCode);
            e.HasIndex(x => x.RegionZoneCode);
            e.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.PatentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Parties).WithOne().HasForeignKey(d => d.PatentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Classifications).WithOne().HasForeignKey(d => d.PatentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Priorities).WithOne().HasForeignKey(d => d.PatentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Family).WithOne().HasForeignKey(d => d.PatentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(d => d.PatentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PatentDocument>(e =>
        {
            e.ToTable("PatentDocuments");
            e.Property(x => x.Country).HasMaxLength(2);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Kind).HasMaxLength(4);
            e.Property(x => x.SourceFormat).HasMaxLength(64);
            e.Property(x => x.SourceFile).HasMaxLength(260);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            // Number first: imports look documents up by number alone through the same index.
            e.HasIndex(x => new { x.Number, x.Country, x.Kind }).IsUnique();
            e.HasIndex(x => x.BatchId);
        });
        modelBuilder.Entity<PatentParty>(e =>
        {
            e.ToTable("PatentParties");
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.Country).HasMaxLength(8);
            e.Property(x => x.Address).HasMaxLength(1000);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.HasOne(x => x.ApplicantEntity).WithMany().HasForeignKey(x => x.ApplicantId).OnDelete(DeleteBehavior.SetNull);
            // No index on Name: names are matched by substring (search index) or through the applicant entity.
        });
        modelBuilder.Entity<PatentClassification>(e =>
        {
            e.ToTable("PatentClassifications");
            e.Property(x => x.Scheme).HasMaxLength(12);
            e.Property(x => x.Symbol).HasMaxLength(32);
            e.HasIndex(x => new { x.Scheme, x.Symbol });
        });
        modelBuilder.Entity<PatentPriority>(e =>
        {
            e.ToTable("PatentPriorities");
            e.Property(x => x.Country).HasMaxLength(8);
            e.Property(x => x.Number).HasMaxLength(48);
        });
        modelBuilder.Entity<PatentFamilyMember>(e =>
        {
            e.ToTable("PatentFamilyMembers");
            e.Property(x => x.Country).HasMaxLength(8);
            e.Property(x => x.Number).HasMaxLength(48);
            e.Property(x => x.Kind).HasMaxLength(4);
        });
        modelBuilder.Entity<PatentEvent>(e =>
        {
            e.ToTable("PatentEvents");
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Description).HasMaxLength(1000);
        });
        modelBuilder.Entity<ImportBatch>(e =>
        {
            e.ToTable("ImportBatches");
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.StartedBy).HasMaxLength(256);
            e.HasIndex(x => x.Sha256);
        });
        modelBuilder.Entity<Trademark>(e =>
        {
            e.ToTable("Trademarks");
            e.Property(x => x.RegistrationNumber).HasMaxLength(32);
            e.HasIndex(x => x.RegistrationNumber).IsUnique();
            e.Property(x => x.MarkText).HasMaxLength(500);
            e.Property(x => x.NiceClasses).HasMaxLength(200);
            e.Property(x => x.Holder).HasMaxLength(500);
            e.Property(x => x.HolderAddress).HasMaxLength(1000);
            e.Property(x => x.Status).HasMaxLength(64);
            e.Property(x => x.MadridIrNumber).HasMaxLength(32);
            e.HasIndex(x => x.MadridIrNumber);
            e.Property(x => x.Designations).HasMaxLength(1000);
            e.Property(x => x.RegionCityCode).HasMaxLength(16);
            e.Property(x => x.RegionCountyCode).HasMaxLength(16);
            e.Property(x => x.RegionZoneCode).HasMaxLength(16);
            e.Property(x => x.SourceFile).HasMaxLength(260);
            e.Property(x => x.ContentHash).HasMaxLength(64);
        });
        modelBuilder.Entity<GeographicalIndication>(e =>
        {
            e.ToTable("GeographicalIndications");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.TypeText).HasMaxLength(200);
            e.HasIndex(x => new { x.Name, x.TypeText }).IsUnique();
            e.Property(x => x.Area).HasMaxLength(200);
            e.Property(x => x.AreaCode).HasMaxLength(16);
            e.Property(x => x.Authority).HasMaxLength(200);
            e.Property(x => x.Number).HasMaxLength(200);
            e.Property(x => x.EffectiveText).HasMaxLength(32);
            e.Property(x => x.ProtectedArea).HasMaxLength(2000);
            e.Property(x => x.AuthorisedUsers).HasMaxLength(4000);
            e.Property(x => x.SourceUrl).HasMaxLength(1000);
            e.Property(x => x.SourceFile).HasMaxLength(260);
            e.Property(x => x.ContentHash).HasMaxLength(64);
        });
        modelBuilder.Entity<Applicant>(e =>
        {
            e.ToTable("Applicants");
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.NameKey).HasMaxLength(500);
            e.HasIndex(x => x.NameKey);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.HasIndex(x => x.CreditCode);
            e.Property(x => x.Country).HasMaxLength(8);
            e.HasMany(x => x.Variants).WithOne().HasForeignKey(v => v.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApplicantVariant>(e =>
        {
            e.ToTable("ApplicantVariants");
            e.Property(x => x.RawName).HasMaxLength(500);
            e.HasIndex(x => x.RawName).IsUnique();
        });
        modelBuilder.Entity<IpcCode>(e =>
        {
            e.ToTable("IpcCodes");
            e.HasKey(x => new { x.Edition, x.Symbol });
            e.Property(x => x.Symbol).HasMaxLength(32);
            e.Property(x => x.Level).HasMaxLength(16);
            e.Property(x => x.Parent).HasMaxLength(32);
            e.Property(x => x.TitleZh).HasMaxLength(2000);
            e.Property(x => x.TitleEn).HasMaxLength(2000);
            e.Property(x => x.Edition).HasMaxLength(16);
            e.HasIndex(x => x.Parent);
            e.HasIndex(x => x.Symbol);
        });
        modelBuilder.Entity<TechnologyField>(e =>
        {
            e.ToTable("TechnologyFields");
            e.Property(x => x.Sector).HasMaxLength(100);
            e.Property(x => x.Field).HasMaxLength(200);
            e.Property(x => x.IpcPattern).HasMaxLength(32);
        });
        modelBuilder.Entity<IndustryCatalogue>(e =>
        {
            e.ToTable("IndustryCatalogues");
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ConcordanceType).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Edition).HasMaxLength(64);
            e.Property(x => x.SourceNote).HasMaxLength(2000);
            e.Property(x => x.SourceFile).HasMaxLength(260);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.Code, x.Edition }).IsUnique();
            e.HasMany(x => x.Nodes).WithOne().HasForeignKey(n => n.CatalogueId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IndustryNode>(e =>
        {
            e.ToTable("IndustryNodes");
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.ParentCode).HasMaxLength(64);
            e.HasIndex(x => new { x.CatalogueId, x.Code }).IsUnique();
            e.HasMany(x => x.Rules).WithOne().HasForeignKey(r => r.NodeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IndustryRule>(e =>
        {
            e.ToTable("IndustryRules");
            e.Property(x => x.IpcPattern).HasMaxLength(32);
            e.Property(x => x.Keyword).HasMaxLength(100);
            e.Property(x => x.NationalIndustryCode).HasMaxLength(8);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasIndex(x => x.NodeId);
            e.HasIndex(x => x.IpcPattern);
        });
        ModuleDb.ApplyNaming(modelBuilder, Module, this.IsPostgres());
    }
}

internal sealed class IpDataDatabase : ModuleDatabase<IpDataDbContext>
{
    public IpDataDatabase(IServiceScopeFactory scopes)
        : base(IpDataDbContext.Module, scopes)
    {
    }
}
