using IpCity.TestKit;
using MiniExcelLibs;
using static IpCity.Monitoring.Tests.Forms.FormTestKit;

namespace IpCity.Monitoring.Tests.Forms;

/// <summary>XLSX template download → fill → upload gives drafts; bad rows named, good rows kept; a repeat changes nothing.</summary>
public sealed class FormTemplateTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    internal static List<Dictionary<string, object?>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return stream.Query(useHeaderRow: true, sheetName: "填报").Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
    }

    internal static byte[] Write(List<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "填报");
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Template_round_trip_creates_the_same_drafts_and_reports_bad_rows(string provider)
    {
        await using var platform = await StartAsync(provider);
        var set = await platform.DataSetAsync(Enforcement);
        var template = Read(await platform.FormsAsync(r => r.TemplateAsync(City, set.Id, 2025)));
        Assert.Equal(set.Units.Select(u => u.Code), template.Select(r => Convert.ToString(r["单位代码"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["单位代码", "单位名称", "年度", "本年立案数（件）", "上年结转未结案件数（件）", "本年结案数（件）", "本年应结案数 (法定期限届满)（件）", "法定期限内结案数（件）"], template[0].Keys);

        // Fill three units; the third breaks rule C1, a fourth row has text in a number cell, a fifth names a unit not in the form.
        var headers = template[0].Keys.Skip(3).ToList();
        void Fill(int row, params int[] v)
        {
            for (var i = 0; i < v.Length; i++)
            {
                template[row][headers[i]] = v[i];
            }
        }

        Fill(0, 40, 10, 45, 30, 20);
        Fill(1, 12, 0, 12, 12, 12);
        Fill(2, 1, 1, 5, 1, 1);
        template[3][headers[0]] = "很多";
        template.Add(new Dictionary<string, object?>(template[4]) { ["单位代码"] = "999999", [headers[0]] = 3 });
        var upload = await platform.FormsAsync(r => r.UploadAsync(City, set.Id, 2025, new MemoryStream(Write(template))));
        Assert.Equal(2, upload.Created);
        Assert.Contains(upload.Errors, e => e.Row == 4 && e.RuleCode == "C1" && e.Field == "本年结案数（件）");
        Assert.Contains(upload.Errors, e => e.Row == 5 && e.Field == "本年立案数（件）" && e.Reason.Contains("不是数字", StringComparison.Ordinal));
        Assert.Contains(upload.Errors, e => e.Row == template.Count + 1 && e.UnitCode == "999999");
        Assert.Equal(3, upload.Errors.Count);

        var drafts = await platform.FormsAsync(r => r.ListSubmissionsAsync(City, set.Id, 2025, "Draft", null));
        Assert.Equal(2, drafts.Count);
        var first = drafts.Single(d => d.UnitCode == set.Units[0].Code);
        Assert.Equal([40m, 10m, 45m, 30m, 20m], first.Values.Values.Select(v => v!.Value));

        // Download again: the drafts come back filled in; uploading that file again changes nothing.
        var again = await platform.FormsAsync(r => r.TemplateAsync(City, set.Id, 2025));
        var reread = Read(again);
        Assert.Equal(45m, Convert.ToDecimal(reread[0][headers[2]], System.Globalization.CultureInfo.InvariantCulture));
        var repeat = await platform.FormsAsync(r => r.UploadAsync(City, set.Id, 2025, new MemoryStream(again)));
        Assert.Equal(0, repeat.Created);
        Assert.Equal(0, repeat.Updated);
        Assert.Equal(2, repeat.Unchanged);
        Assert.Empty(repeat.Errors);

        // A district officer's template holds only their own unit; rows for other units are refused.
        var own = Read(await platform.FormsAsync(r => r.TemplateAsync(Donghu, set.Id, 2025)));
        Assert.Equal("360102", Convert.ToString(Assert.Single(own)["单位代码"], System.Globalization.CultureInfo.InvariantCulture));
        own.Add(new Dictionary<string, object?>(own[0]) { ["单位代码"] = "360103" });
        var mixed = await platform.FormsAsync(r => r.UploadAsync(Donghu, set.Id, 2025, new MemoryStream(Write(own))));
        Assert.Equal(1, mixed.Unchanged);
        Assert.Equal("360103", Assert.Single(mixed.Errors).UnitCode);
    }
}
