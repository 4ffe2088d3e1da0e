using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Authorization;

namespace IpCity.Web.Pages.Monitoring;

/// <summary>The dashboard for one county-level unit or functional zone (<c>?unit=360102</c>): the same cards, trends, map position, warnings and reporting state.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class UnitModel : IndexModel
{
    public UnitModel(IIndicatorService indicators, IOrgUnitDirectory directory, IDataReporting forms, IpCity.Reporting.Contracts.IAnnualReport report, IpCity.BuildingBlocks.Storage.StorageOptions storage)
        : base(indicators, directory, forms, report, storage)
    {
    }
}
