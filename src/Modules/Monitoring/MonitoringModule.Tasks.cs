using System.Globalization;
using IpCity.BuildingBlocks.Files;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Tasks;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Monitoring;

/// <summary>The task ledger (任务台账, issue 4 §6): services and /api/tasks.</summary>
public static partial class MonitoringModule
{
    static partial void AddTasks(IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var configured = sp.GetService<IConfiguration>()?["Monitoring:Tasks:MaxAttachmentBytes"];
            return long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0
                ? new TaskLedgerOptions { MaxAttachmentBytes = max }
                : new TaskLedgerOptions();
        });
        services.TryAddSingleton<TaskEvidenceStore>();
        services.AddAttachmentCatalog<Data.MonitoringDbContext, TaskEvidenceStore>(db => db.EvidenceAttachments.AsNoTracking().Select(a => new StoredFile(a.StorageKey, a.Sha256)));
        services.TryAddScoped<ITaskLedger, TaskLedgerService>();
    }

    static partial void MapTasks(IEndpointRouteBuilder endpoints) => TaskEndpoints.Map(endpoints);
}
