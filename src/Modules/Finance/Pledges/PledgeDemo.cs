using System.Globalization;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;
using MiniExcelLibs;

namespace IpCity.Finance.Pledges;

/// <summary>
/// Demo pledge register: for three in four of the data center's pledge events a register row with a synthetic contract
/// and amount (the others stay event-only, amount unknown), every fourth loan also pledging a trademark of the pledgor
/// (one loan, two registrations). Written as the office's XLSX and imported through the register. Deterministic.
/// </summary>
internal sealed class PledgeDemo : IFinanceDemo
{
    private static readonly string[] s_banks = ["中国银行南昌分行(演示)", "南昌农商银行(演示)", "九江银行南昌分行(演示)", "江西银行(演示)", "交通银行江西省分行(演示)", "江西省融资担保集团(演示)"];

    private readonly IPledgeRegister _register;
    private readonly IUtilisationEvents _events;
    private readonly IOwnerPortfolio _owners;
    private readonly StorageOptions _storage;

    public PledgeDemo(IPledgeRegister register, IUtilisationEvents events, IOwnerPortfolio owners, StorageOptions storage)
    {
        _register = register;
        _events = events;
        _owners = owners;
        _storage = storage;
    }

    public async Task<PledgeImportResult> LoadAsync(CancellationToken ct = default)
    {
        var random = new Random(2025);
        var rows = new List<Dictionary<string, object?>>();
        var n = 0;
        await foreach (var e in _events.EventsAsync([UtilisationEventKind.PledgeRegistered], null, null, ct))
        {
            if (e.Reference is null || random.NextDouble() < 0.25)
            {
                continue;
            }

            n++;
            var contract = string.Create(CultureInfo.InvariantCulture, $"DEMO-HT-{e.Date.Year}-{n:D4}");
            var amount = (50 + random.Next(300)) * 10m;
            var bank = s_banks[random.Next(s_banks.Length)];
            rows.Add(Row(e.Reference, e.OwnerName ?? "(未知)", e.OwnerCreditCode, e.OwnerAddress, bank, "专利", e.ApplicationNumber, contract, amount, e.Date));
            if (n % 4 == 0 && e.OwnerCreditCode is { } code && (await _owners.TrademarksAsync(code, e.Date, ct)).FirstOrDefault(t => t.InForce) is { } mark)
            {
                rows.Add(Row("SBZY" + e.Reference[1..], e.OwnerName ?? "(未知)", code, e.OwnerAddress, bank, "商标", mark.RegistrationNumber, contract, amount, e.Date.AddDays(3)));
            }
        }

        var folder = Path.Combine(_storage.DataDirectory, "demo");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "synthetic-demo-pledges.xlsx");
        await MiniExcel.SaveAsAsync(path, rows, overwriteFile: true, cancellationToken: ct);
        return await _register.ImportAsync(Actor.System("demo"), path, "synthetic-demo-pledges.xlsx", false, null, ct);
    }

    private static Dictionary<string, object?> Row(string registration, string pledgor, string? code, string? address, string bank, string kind, string number, string contract, decimal amount, DateOnly on) => new()
    {
        ["质押登记号"] = registration,
        ["登记类型"] = "设立",
        ["出质人"] = pledgor,
        ["出质人统一社会信用代码"] = code,
        ["出质人地址"] = address,
        ["质权人"] = bank,
        ["质押物类型"] = kind,
        ["专利号/注册号"] = number,
        ["主合同编号"] = contract,
        ["被担保主债权数额（万元）"] = amount.ToString(CultureInfo.InvariantCulture),
        ["登记日"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["质押期限止"] = on.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
