using IpCity.BuildingBlocks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Finance.Data;

/// <summary>
/// The finance store (schema "finance" / tables "finance_*"). Partial: each feature area declares its sets and model in
/// its own file (FinanceDbContext.&lt;Area&gt;.cs) through the hooks below.
/// </summary>
internal sealed partial class FinanceDbContext : DbContext
{
    public const string Module = "finance";

    public FinanceDbContext(DbContextOptions<FinanceDbContext> options)
        : base(options)
    {
    }

    partial void OnModelCreatingPledges(ModelBuilder modelBuilder);

    partial void OnModelCreatingProducts(ModelBuilder modelBuilder);

    partial void OnModelCreatingTransfers(ModelBuilder modelBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        OnModelCreatingPledges(modelBuilder);
        OnModelCreatingProducts(modelBuilder);
        OnModelCreatingTransfers(modelBuilder);
        ModuleDb.ApplyNaming(modelBuilder, Module, this.IsPostgres());
    }
}

internal sealed class FinanceDatabase : ModuleDatabase<FinanceDbContext>
{
    public FinanceDatabase(IServiceScopeFactory scopes)
        : base(FinanceDbContext.Module, scopes)
    {
    }
}
