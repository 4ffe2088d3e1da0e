using IpCity.Access.Data;
using IpCity.BuildingBlocks.Storage;
using IpCity.Finance.Data;
using IpCity.IpData.Data;
using IpCity.Monitoring.Data;
using IpCity.Organisations.Data;
using IpCity.Protection.Data;
using IpCity.Reporting.Data;
using IpCity.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IpCity.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build each module's model for PostgreSQL (tools/add-migration.sh).</summary>
internal static class DesignTime
{
    public static readonly StorageOptions Storage = new() { DataDirectory = Path.GetTempPath(), PostgresConnectionString = "Host=127.0.0.1;Database=ipcity_design;Username=postgres" };

    public static DbContextOptions<T> Options<T>(string module)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        ModuleDb.Configure(builder, Storage, module);
        return builder.Options;
    }
}

internal sealed class OrganisationsFactory : IDesignTimeDbContextFactory<OrganisationsDbContext>
{
    public OrganisationsDbContext CreateDbContext(string[] args) => new(DesignTime.Options<OrganisationsDbContext>(OrganisationsDbContext.Module));
}

internal sealed class AccessFactory : IDesignTimeDbContextFactory<AccessDbContext>
{
    public AccessDbContext CreateDbContext(string[] args) => new(DesignTime.Options<AccessDbContext>(AccessDbContext.Module));
}

internal sealed class IpDataFactory : IDesignTimeDbContextFactory<IpDataDbContext>
{
    public IpDataDbContext CreateDbContext(string[] args) => new(DesignTime.Options<IpDataDbContext>(IpDataDbContext.Module));
}

internal sealed class MonitoringFactory : IDesignTimeDbContextFactory<MonitoringDbContext>
{
    public MonitoringDbContext CreateDbContext(string[] args) => new(DesignTime.Options<MonitoringDbContext>(MonitoringDbContext.Module));
}

internal sealed class ReportingFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => new(DesignTime.Options<ReportingDbContext>(ReportingDbContext.Module));
}

internal sealed class ProtectionFactory : IDesignTimeDbContextFactory<ProtectionDbContext>
{
    public ProtectionDbContext CreateDbContext(string[] args) => new(DesignTime.Options<ProtectionDbContext>(ProtectionDbContext.Module));
}

internal sealed class FinanceFactory : IDesignTimeDbContextFactory<FinanceDbContext>
{
    public FinanceDbContext CreateDbContext(string[] args) => new(DesignTime.Options<FinanceDbContext>(FinanceDbContext.Module));
}

internal sealed class ServicesFactory : IDesignTimeDbContextFactory<ServicesDbContext>
{
    public ServicesDbContext CreateDbContext(string[] args) => new(DesignTime.Options<ServicesDbContext>(ServicesDbContext.Module));
}
