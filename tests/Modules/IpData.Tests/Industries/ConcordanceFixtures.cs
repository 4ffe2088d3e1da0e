using System.Text;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.IpData.Tests.Industries;

/// <summary>
/// Small files in the published concordance layouts. Every row is FABRICATED TEST DATA (codes and names
/// chosen to exercise the importer), not an extract of any official table.
/// </summary>
internal static class ConcordanceFixtures
{
    /// <summary>The IPC symbols the fixtures use; the tests load only these instead of all 77 242.</summary>
    public static readonly string[] IpcSymbols = ["H01M", "H01M 10/00", "H01M 10/0525", "B60L", "B60L 53/00", "G06F", "G06F 3/00", "A61K", "A61K 36/00", "C22C", "B64C", "A01B", "A23L", "D06M", "B25J", "G06V", "H10D", "A61L"];

    public static async Task SeedIpcAsync(Platform platform) => await platform.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<IpDataDbContext>();
        db.IpcCodes.AddRange(IpcSymbols.Select(s => new IpcCode { Symbol = s, Level = s.Contains('/', StringComparison.Ordinal) ? "group" : "subclass", TitleZh = "测试 " + s, Edition = "2026.01" }));
        await db.SaveChangesAsync();
    });

    /// <summary>战略性新兴产业 ↔ IPC layout: merged code cells (blank below), * partial marks, two bad values.</summary>
    public const string StrategicEmergingCsv =
        "战略性新兴产业分类代码,战略性新兴产业分类名称,国民经济行业代码,国民经济行业名称,国际专利分类号,备注\r\n" +
        "1,测试新一代信息技术产业,,,,TEST ROW 虚构\r\n" +
        "1.1,测试电子核心产业,C3971,测试电子元件制造,\"G06F 3/00、H10D\",\r\n" +
        ",,,,G06V,\r\n" +
        "5,测试新能源汽车产业,,,,\r\n" +
        "5.1,测试新能源汽车整车制造,3612,测试新能源车整车制造,\"H01M10/0525, B60L 53/00\",*\r\n" +
        "5.2,测试新能源汽车装置,A3612,测试错误门类,B60L,\r\n" +
        "5.3,测试未知分类号,,,\"H01M 99/00、锂电池\",\r\n";

    /// <summary>国民经济行业 ↔ IPC layout (2018): the industry is the four-digit class.</summary>
    public const string IpcNationalCsv =
        "国民经济行业代码,国民经济行业名称,国际专利分类号\r\n" +
        "C3841,测试锂离子电池制造,H01M 10/0525\r\n" +
        "C3841,测试锂离子电池制造,H01M\r\n" +
        "2710,测试化学药品原料药制造,A61K\r\n" +
        "271,测试三位代码,A61L\r\n";

    public static string Write(Platform platform, string name, string text)
    {
        var path = Path.Combine(platform.Store.Storage.DataDirectory, name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    /// <summary>专利密集型产业统计分类 layout as XLSX: 大类 / 中类 rows, then 小类 rows with the code cell left blank.</summary>
    public static string WritePatentIntensiveXlsx(Platform platform, string name, bool withCoefficient = false)
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Row("01", "测试信息通信技术制造业", null, null, "TEST ROW 虚构"),
            Row("0101", "测试通信设备制造", "3921", "测试通信系统设备制造", null),
            Row(null, null, "3922", "测试通信终端设备制造", "*"),
            Row("02", "测试新材料制造业", null, null, null),
            Row("0201", "测试先进钢铁材料制造", "C3130", "测试钢压延加工", "*"),
            Row(null, null, "31X0", "测试坏代码", null),
        };
        if (withCoefficient)
        {
            rows[2]["系数"] = "0.4";
        }

        var path = Path.Combine(platform.Store.Storage.DataDirectory, name);
        MiniExcel.SaveAs(path, rows, sheetName: "专利密集型产业");
        return path;

        Dictionary<string, object?> Row(string? code, string? title, string? national, string? nationalName, string? note)
        {
            var row = new Dictionary<string, object?> { ["代码"] = code, ["名称"] = title, ["国民经济行业代码"] = national, ["国民经济行业名称"] = nationalName, ["备注"] = note };
            if (withCoefficient)
            {
                row["系数"] = null;
            }

            return row;
        }
    }
}
