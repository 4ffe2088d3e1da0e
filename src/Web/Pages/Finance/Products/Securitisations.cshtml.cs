using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Products;

/// <summary>知识产权证券化: deals with their local firms, statistics by issue year, entry by the city office.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class SecuritisationsModel : PageModel
{
    private readonly ISecuritisationRegister _register;

    public SecuritisationsModel(ISecuritisationRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public ProductPage<SecuritisationDto>? Deals { get; private set; }

    public IReadOnlyList<SecuritisationYearRow> Years { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public string Query => ProductText.Query(("year", Year?.ToString(CultureInfo.InvariantCulture)), ("q", Q));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        Deals = await _register.ListAsync(actor, new SecuritisationQuery(Year, null, null, string.IsNullOrWhiteSpace(Q) ? null : Q, 1, 200), ct);
        Years = await _register.StatisticsAsync(actor, ct);
    }

    /// <summary>Firms are typed one per line: 名称, 统一社会信用代码, 区县, 金额(万元).</summary>
    public async Task<IActionResult> OnPostCreateAsync(string? name, string? issuer, string? exchange, DateOnly? issuedOn, decimal? amount, int? underlyingIpCount, string? firms, string? source, CancellationToken ct)
    {
        try
        {
            var list = new List<SecuritisationFirmInput>();
            foreach (var line in (firms ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = line.Split([',', '，', '\t'], StringSplitOptions.TrimEntries);
                if (parts.Length != 4 || !decimal.TryParse(parts[3], NumberStyles.Number, CultureInfo.InvariantCulture, out var wan))
                {
                    throw new IpCityException("SECURITISATION_INVALID", $"参与企业行格式应为: 名称, 信用代码, 区县, 金额(万元): “{line}”", 400);
                }

                list.Add(new SecuritisationFirmInput(parts[0], parts[1], parts[2], wan));
            }

            await _register.CreateAsync(Actor.From(User), new SecuritisationRequest(name ?? string.Empty, issuer ?? string.Empty, exchange ?? string.Empty, issuedOn ?? default, amount ?? 0, underlyingIpCount ?? 0, list, source), ct);
            return RedirectToPage();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }
}
