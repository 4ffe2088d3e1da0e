using IpCity.BuildingBlocks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Services.Data;

/// <summary>
/// The services store (schema "services" / tables "services_*"). Partial: each feature area declares its sets and model in
/// its own file (ServicesDbContext.&lt;Area&gt;.cs) through the hooks below.
/// </summary>
internal sealed partial class ServicesDbContext : DbContext
{
    public const string Module = "services";

    public ServicesDbContext(DbContextOptions<ServicesDbContext> options)
        : base(options)
    {
    }

    partial void OnModelCreatingAgencies(ModelBuilder modelBuilder);

    partial void OnModelCreatingCatalogue(ModelBuilder modelBuilder);

    partial void OnModelCreatingBrands(ModelBuilder modelBuilder);

    partial void OnModelCreatingSelfService(ModelBuilder modelBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        OnModelCreatingAgencies(modelBuilder);
        OnModelCreatingCatalogue(modelBuilder);
        OnModelCreatingBrands(modelBuilder);
        OnModelCreatingSelfService(modelBuilder);
        ModuleDb.ApplyNaming(modelBuilder, Module, this.IsPostgres());
    }
}

internal sealed class ServicesDatabase : ModuleDatabase<ServicesDbContext>
{
    public ServicesDatabase(IServiceScopeFactory scopes)
        : base(ServicesDbContext.Module, scopes)
    {
    }
}
