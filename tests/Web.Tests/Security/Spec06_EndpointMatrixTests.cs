using System.Net;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Web.Tests.Security;

/// <summary>
/// SECURITY.md spec 6: every endpoint of the running host is called as every role and compared with the
/// checked-in allow-matrix. An endpoint missing from the matrix, or a matrix row with no endpoint, fails.
/// </summary>
public sealed class Spec06_EndpointMatrixTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string[] s_roles = [.. Roles.All];

    internal sealed record Row(string Method, string Route, IReadOnlySet<string> Allowed);

    internal static List<Row> ReadMatrix()
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Security", "endpoint-matrix.txt")))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, parts.Length);
            var allowed = parts[2] switch
            {
                "*" => s_roles.ToHashSet(),
                "SignedIn" => Roles.AccountRoles.ToHashSet(),
                var list => list.Split(',').ToHashSet(),
            };
            Assert.All(allowed, r => Assert.Contains(r, s_roles));
            rows.Add(new Row(parts[0], parts[1], allowed));
        }

        return rows;
    }

    internal static List<(string Method, string Route)> DiscoverEndpoints(IServiceProvider services)
    {
        var found = new List<(string, string)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                found.Add((method, route));
            }
        }

        return found.Distinct().ToList();
    }

    [Fact]
    public async Task Every_endpoint_is_in_the_matrix_and_every_row_is_an_endpoint()
    {
        await using var factory = await IpCityWebFactory.StartAsync(TestDatabases.Sqlite);
        var endpoints = DiscoverEndpoints(factory.Services).Select(e => $"{e.Method} {e.Route}").ToHashSet();
        var matrix = ReadMatrix().Select(r => $"{r.Method} {r.Route}").ToHashSet();
        Assert.Empty(endpoints.Except(matrix).Order());
        Assert.Empty(matrix.Except(endpoints).Order());
    }

    /// <summary>
    /// Spec 6, and spec 29 on the same walk: persons are on record first (<see cref="Spec29_MaskingCrawl"/>), every
    /// response — every route of the matrix and the seeded records' own detail routes, as each role — is scanned for a full
    /// resident ID number or mobile number.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_endpoint_answers_every_role_as_the_matrix_says_and_no_answer_shows_a_person_unmasked(string provider)
    {
        await using var factory = await IpCityWebFactory.StartAsync(provider);
        var seeded = await Spec29_MaskingCrawl.SeedPersonsAsync(factory);
        var rows = ReadMatrix();
        var details = Spec29_MaskingCrawl.DetailUrls(rows, seeded, factory);
        var differences = new List<string>();
        var unmasked = new List<string>();
        var calls = 0;
        var masked = 0;
        foreach (var role in s_roles)
        {
            using var client = await factory.LoginAsync(role);
            foreach (var url in details)
            {
                using var response = await client.GetAsync(url);
                var (hits, shown) = await Spec29_MaskingCrawl.ScanAsync(role, url, response);
                unmasked.AddRange(hits);
                masked += shown ? 1 : 0;
            }

            // Sign-out endpoints go last so the session stays valid for the rest.
            foreach (var row in rows.OrderBy(r => r.Route == "/api/auth/logout" ? 2 : r.Route.Contains("logout", StringComparison.OrdinalIgnoreCase) ? 1 : 0))
            {
                var url = Instantiate(row.Route, factory);
                var body = row.Method is "POST" or "PUT" or "PATCH" ? "{}" : null;
                using var response = await client.SendAsync(new HttpMethod(row.Method), url, body);
                calls++;
                var (hits, shown) = await Spec29_MaskingCrawl.ScanAsync(role, url, response);
                unmasked.AddRange(hits);
                masked += shown ? 1 : 0;
                var denied = await IsDeniedAsync(response);
                var expectedAllowed = row.Allowed.Contains(role);
                if (denied == expectedAllowed)
                {
                    differences.Add($"{role,-16} {row.Method} {row.Route}: expected {(expectedAllowed ? "allowed" : "denied")}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Assert.Equal(rows.Count * s_roles.Length, calls);
        Assert.True(unmasked.Count == 0, string.Join(Environment.NewLine, unmasked.Distinct().Take(40)));
        Assert.True(masked > 50, $"{masked} responses with masked values");
        await Spec29_MaskingCrawl.AssertControlsAsync(factory, seeded);
    }

    internal static async Task<bool> IsDeniedAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var body = await response.Content.ReadAsStringAsync();
            return body.Contains("\"code\":\"UNAUTHENTICATED\"", StringComparison.Ordinal)
                || body.Contains("\"code\":\"FORBIDDEN\"", StringComparison.Ordinal)
                || !body.Contains("\"code\"", StringComparison.Ordinal);
        }

        var location = response.Headers.Location?.ToString() ?? string.Empty;
        return response.StatusCode == HttpStatusCode.Redirect
            && (location.Contains("/Account/Login", StringComparison.Ordinal) || location.Contains("/Account/Denied", StringComparison.Ordinal));
    }

    internal static string Instantiate(string route, IpCityWebFactory factory) => Remaining(route
        .Replace("{id:guid}", factory.TargetUserId.ToString(), StringComparison.Ordinal)
        .Replace("{code}", "360102", StringComparison.Ordinal)
        .Replace("{country}", "US", StringComparison.Ordinal)
        .Replace("{number}", "11147202", StringComparison.Ordinal)
        .Replace("{kind}", "B2", StringComparison.Ordinal)
        .Replace("{symbol}", "H01M", StringComparison.Ordinal)
        .Replace("{id:long}", "999999", StringComparison.Ordinal)
        .Replace("{year:int}", "2025", StringComparison.Ordinal)
        .Replace("{role}", "DeptOfficer", StringComparison.Ordinal)
        .Replace("{catalogue}", "no-such-catalogue", StringComparison.Ordinal)
        .Replace("{industry}", "no-such-industry", StringComparison.Ordinal)
        .Replace("{ruleId:long}", "999999", StringComparison.Ordinal)
        .Replace("{name}", "site.css", StringComparison.Ordinal)
        .Replace("{unit}", "360102", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal)
        .Replace("{year:int}", "2025", StringComparison.Ordinal));

    /// <summary>Any other parameter: a numeric id that does not exist, or a word.</summary>
    private static string Remaining(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, "\\{[A-Za-z]+(:(long|int))?\\}", m => m.Groups[2].Success ? "999999" : "unknown");
}
