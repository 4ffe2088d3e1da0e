using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace IpCity.Web.Pages.Protection;

/// <summary>
/// Reads a module's JSON API in process for a page whose service has no public contract (the overseas registers
/// and the resolution-body search are internal to the Protection module): the named GET endpoint's handler runs
/// with the page's user and request services, and its JSON answer is read into the contract DTO. Authorization is
/// the page's own; the service still applies its own view (district scope, masking). Errors surface as the
/// <see cref="IpCityException"/> the service threw.
/// </summary>
internal static class ModuleApi
{
    public static async Task<T> GetAsync<T>(HttpContext http, string endpointName, IEnumerable<KeyValuePair<string, string?>> query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var endpoint = http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .FirstOrDefault(e => string.Equals(e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, endpointName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no endpoint named {endpointName}");
        var call = new DefaultHttpContext { RequestServices = http.RequestServices, User = http.User, RequestAborted = ct };
        call.Request.Method = HttpMethods.Get;
        call.Request.QueryString = QueryString.Create(query.Where(p => !string.IsNullOrEmpty(p.Value)));
        await using var body = new MemoryStream();
        call.Response.Body = body;
        await endpoint.RequestDelegate!(call);
        if (call.Response.StatusCode is < 200 or > 299)
        {
            throw new IpCityException("PROTECTION_API_FAILED", "数据读取失败。", call.Response.StatusCode);
        }

        body.Position = 0;
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return await JsonSerializer.DeserializeAsync<T>(body, options, ct) ?? throw new InvalidOperationException($"{endpointName} answered no content");
    }

    /// <summary>The register code lists (countries, fields, kinds, dispute types and statuses) with their zh-CN labels.</summary>
    public static Task<OverseasReferenceDto> ReferenceAsync(HttpContext http, CancellationToken ct) =>
        GetAsync<OverseasReferenceDto>(http, "GetOverseasReference", [], ct);

    /// <summary>The filters that are set, as a query string without the leading '?' (for export and paging links).</summary>
    public static string Query(IEnumerable<KeyValuePair<string, string?>> filters) =>
        QueryString.Create(filters.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent().TrimStart('?');

    /// <summary>The page (at least 1) and page size parameters of a register search.</summary>
    public static KeyValuePair<string, string?>[] Paging(int page, int pageSize) =>
        [new("page", Math.Max(1, page).ToString(CultureInfo.InvariantCulture)), new("pageSize", pageSize.ToString(CultureInfo.InvariantCulture))];
}
