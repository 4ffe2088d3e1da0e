using System.Text;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>
/// SECURITY.md spec 19 at its size: the same 1 000 rows as UTF-8, UTF-8 with BOM, GBK and GB 18030 read as the
/// same records. The UTF-8 file is imported first; every other encoding of it then reports all 1 000 unchanged
/// (the content hash of every parsed record is equal) with the same rejected rows, and the store still holds
/// exactly the UTF-8 import.
/// </summary>
public sealed class Spec19_EncodingEquivalenceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_thousand_rows_read_the_same_in_every_chinese_encoding(string provider)
    {
        const int rows = 1000;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var platform = await Platform.StartAsync(provider);
        var utf8 = await DemoPatents.WriteAsync(platform, "utf8.csv", rows, 19);
        var dir = platform.Store.Storage.DataDirectory;
        var text = await File.ReadAllTextAsync(utf8, new UTF8Encoding(false, true));
        // One bad row (a check digit that fails) so that the rejected rows are compared too.
        text = text.TrimEnd('\r', '\n') + "\r\n合成演示数据(synthetic),201910999999.0,2019-01-01\r\n";
        await File.WriteAllTextAsync(utf8, text, new UTF8Encoding(false));

        var first = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([utf8], UpdateIndex: false)));
        Assert.Equal(rows + 1, first.Read);
        Assert.Equal(rows, first.Inserted);
        var rejected = Assert.Single(first.Errors);

        (string Name, Encoding Encoding)[] others =
        [
            ("bom.csv", new UTF8Encoding(true)),
            ("gbk.csv", Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)),
            ("gb18030.csv", Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)),
        ];
        foreach (var (name, encoding) in others)
        {
            var path = Path.Combine(dir, name);
            await File.WriteAllTextAsync(path, text, encoding);
            Assert.NotEqual(await File.ReadAllBytesAsync(utf8), await File.ReadAllBytesAsync(path));
            var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([path], UpdateIndex: false)));
            Assert.True((rows + 1L, rows + 0L, 0L, 0L) == (again.Read, again.Unchanged, again.Inserted, again.Updated), $"{name}: {again}");
            var error = Assert.Single(again.Errors);
            Assert.Equal((rejected.Row, rejected.Field, rejected.Value, rejected.Code), (error.Row, error.Field, error.Value, error.Code));
        }

        Assert.Equal(rows, await platform.InScopeAsync(sp => sp.GetRequiredService<IpDataDbContext>().Patents.CountAsync()));
    }
}
