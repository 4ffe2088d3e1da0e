using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.IpData.Importing.ImportPatents;

/// <summary>
/// Web upload of patent files (CityOfficer, DistrictOfficer). The file is stored under a server-generated
/// name outside the web root, imported, and deleted; the answer is the import's counts and error list.
/// Size, type and name are checked before anything is read (SECURITY.md specs 13-14).
/// </summary>
internal static class UploadEndpoints
{
    private static readonly string[] s_extensions = [".xml", ".csv", ".xlsx"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/ipdata/imports/patents", async (HttpContext http, IPatentImporter importer, StorageOptions storage, CancellationToken ct) =>
            Results.Ok(await UploadStaging.WithUploadAsync(http, storage, s_extensions, "只接受 .xml (USPTO / EPO)、.csv 或 .xlsx (中文专利导出) 文件。",
                (path, _) => importer.ImportAsync(new ImportRequest([path]), null, ct), ct)))
            .RequireAuthorization(Policies.DataImporter).WithTags("Import").WithName("UploadPatentFile").DisableRequestTimeout();
    }
}
