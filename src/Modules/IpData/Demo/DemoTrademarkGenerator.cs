using System.Globalization;
using System.Text;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Demo;

/// <summary>Demo trademarks for up to 40 local enterprise applicants: 1–3 national marks each, about a third with a Madrid IR.</summary>
internal sealed class DemoTrademarkGenerator : IDemoTrademarkGenerator
{
    private static readonly string[] s_designations = ["US", "EP", "JP", "KR", "VN", "TH", "RU", "AU", "GB", "SG", "MY", "ID"];
    private readonly IpDataDbContext _db;

    public DemoTrademarkGenerator(IpDataDbContext db)
    {
        _db = db;
    }

    public async Task<(string Path, int Rows)> GenerateAsync(string path, int seed, CancellationToken ct = default)
    {
        var firms = await _db.Applicants.AsNoTracking().Where(a => a.Type == ApplicantType.Enterprise && a.CreditCode != null && a.MergedIntoId == null)
            .OrderBy(a => a.Id).Take(40).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var addresses = (await _db.Parties.AsNoTracking().Where(p => p.ApplicantId != null && p.Address != null && p.Role == PartyRole.Applicant)
                .Select(p => new { ApplicantId = p.ApplicantId!.Value, p.Address }).ToListAsync(ct))
            .GroupBy(p => p.ApplicantId).ToDictionary(g => g.Key, g => g.First().Address!);
        var random = new Random(seed);
        var sb = new StringBuilder("注册号,申请日,商标名称,国际分类,注册人,地址,商标状态,专用期限,国际注册号,指定国家\r\n");
        var rows = 0;
        var number = 50_000_000;
        var ir = 1_500_000;
        foreach (var firm in firms)
        {
            var address = addresses.GetValueOrDefault(firm.Id, "江西省南昌市东湖区八一大道 1 号");
            for (var k = 0; k < 1 + random.Next(3); k++)
            {
                var filed = new DateOnly(2008 + random.Next(16), 1 + random.Next(12), 1 + random.Next(28));
                var from = filed.AddMonths(9 + random.Next(6));
                var to = from.AddYears(10).AddDays(-1);
                var madrid = random.NextDouble() < 0.35;
                var mark = (firm.Name.Length > 4 ? firm.Name.Substring(2, 2) : firm.Name) + (k == 0 ? string.Empty : k == 1 ? "图形" : "科技");
                var status = to < new DateOnly(2026, 1, 1) && random.NextDouble() < 0.5 ? "注册商标专用权期满未续展" : "注册";
                var designations = madrid ? string.Join(';', s_designations.OrderBy(_ => random.Next()).Take(1 + random.Next(5))) : string.Empty;
                string[] cells =
                [
                    (number++).ToString(CultureInfo.InvariantCulture), D(filed), mark + "(演示)", (1 + random.Next(45)).ToString(CultureInfo.InvariantCulture), firm.Name, address, status,
                    $"{D(from)}至{D(to)}", madrid ? (ir++).ToString(CultureInfo.InvariantCulture) : string.Empty, designations,
                ];
                sb.Append(string.Join(',', cells.Select(c => c.Contains(',', StringComparison.Ordinal) ? "\"" + c + "\"" : c))).Append("\r\n");
                rows++;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, sb.ToString(), new UTF8Encoding(true), ct);
        return (Path.GetFullPath(path), rows);

        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
