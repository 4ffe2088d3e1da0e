using IpCity.BuildingBlocks.Storage;
using IpCity.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Organisations.Data;

internal sealed class OrganisationsDbContext : DbContext
{
    public const string Module = "org";

    public OrganisationsDbContext(DbContextOptions<OrganisationsDbContext> options)
        : base(options)
    {
    }

    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<OrgUnitSuccession> Successions => Set<OrgUnitSuccession>();

    public DbSet<ZoneMembership> ZoneMemberships => Set<ZoneMembership>();

    public DbSet<PopulationFigure> Population => Set<PopulationFigure>();

    public DbSet<GdpFigure> Gdp => Set<GdpFigure>();

    public DbSet<OutlineTarget> Targets => Set<OutlineTarget>();

    public DbSet<ProfileInfo> Profiles => Set<ProfileInfo>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrgUnit>(e =>
        {
            e.ToTable("OrgUnits");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.ShortName).HasMaxLength(50);
            e.Property(x => x.ParentCode).HasMaxLength(16);
            e.Property(x => x.StatisticalCode).HasMaxLength(16);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.Source).HasMaxLength(500);
            e.HasIndex(x => x.ParentCode);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ParentCode).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OrgUnitSuccession>(e =>
        {
            e.ToTable("OrgUnitSuccessions");
            e.Property(x => x.PredecessorCode).HasMaxLength(16);
            e.Property(x => x.SuccessorCode).HasMaxLength(16);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Weight).HasPrecision(9, 6);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasIndex(x => new { x.PredecessorCode, x.SuccessorCode, x.Effective }).IsUnique();
        });
        modelBuilder.Entity<ZoneMembership>(e =>
        {
            e.ToTable("ZoneMemberships");
            e.HasKey(x => new { x.ZoneCode, x.StreetCode });
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.StreetCode).HasMaxLength(16);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(500);
        });
        modelBuilder.Entity<PopulationFigure>(e =>
        {
            e.ToTable("PopulationFigures");
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.Vintage).HasMaxLength(200);
            e.HasIndex(x => new { x.UnitCode, x.Year, x.Kind, x.Vintage }).IsUnique();
        });
        modelBuilder.Entity<GdpFigure>(e =>
        {
            e.ToTable("GdpFigures");
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Value100mYuan).HasPrecision(18, 4);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.Vintage).HasMaxLength(200);
            e.HasIndex(x => new { x.UnitCode, x.Year, x.Vintage }).IsUnique();
        });
        modelBuilder.Entity<OutlineTarget>(e =>
        {
            e.ToTable("OutlineTargets");
            e.HasKey(x => x.IndicatorCode);
            e.Property(x => x.IndicatorCode).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Comparator).HasMaxLength(4);
            e.Property(x => x.Baseline2020).HasPrecision(18, 4);
            e.Property(x => x.Target2025).HasPrecision(18, 4);
            e.Property(x => x.Target2035).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(500);
        });
        modelBuilder.Entity<ProfileInfo>(e =>
        {
            e.ToTable("Profiles");
            e.Property(x => x.CityCode).HasMaxLength(16);
            e.Property(x => x.CityName).HasMaxLength(50);
            e.Property(x => x.ShortName).HasMaxLength(50);
            e.Property(x => x.Province).HasMaxLength(50);
            e.Property(x => x.ProfileVersion).HasMaxLength(50);
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.DivisionEdition).HasMaxLength(200);
            e.Property(x => x.OutlineTitle).HasMaxLength(200);
            e.Property(x => x.OutlineSource).HasMaxLength(500);
            e.Property(x => x.Goal2035).HasMaxLength(500);
        });
        ModuleDb.ApplyNaming(modelBuilder, Module, this.IsPostgres());
    }
}

internal sealed class OrganisationsDatabase : ModuleDatabase<OrganisationsDbContext>
{
    public OrganisationsDatabase(Microsoft.Extensions.DependencyInjection.IServiceScopeFactory scopes)
        : base(OrganisationsDbContext.Module, scopes)
    {
    }
}
