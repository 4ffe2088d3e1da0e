using System.Globalization;
using System.Text.Json;
using IpCity.Monitoring.Contracts;
using IpCity.Reporting.Contracts;
using ScottPlot;

namespace IpCity.Reporting.Annual;

/// <summary>The report's PNG charts and the district map (ScottPlot with the CJK font; STACK.md §2).</summary>
internal static class ReportCharts
{
    public const int Width = 900;
    public const int Height = 480;
    public const int MapWidth = 900;
    public const int MapHeight = 760;
    private static readonly Lock s_gate = new();
    private static bool s_fontAdded;

    public static ReportImages Draw(ReportData data, ReportOptions options)
    {
        lock (s_gate)
        {
            if (!s_fontAdded)
            {
                Fonts.AddFontFile(CjkFont.Family, options.FontPath);
                s_fontAdded = true;
            }

            // The high-value indicator per 10 000 residents; its count where no district has a population figure.
            IReadOnlyDictionary<string, decimal?> ByCounty(IndicatorDefinitionDto d) => data.Counties.ToDictionary(
                u => u.Code,
                u => AnnualReportService.Used(data.Views[u.Code].First(r => r.Definition.Code == d.Code))?.Value,
                StringComparer.Ordinal);
            var candidates = new[] { IndicatorCodes.HighValueInventionPatentsPer10k, IndicatorCodes.HighValueInventionPatents }
                .Select(c => data.Definitions.FirstOrDefault(d => d.Code == c)).OfType<IndicatorDefinitionDto>().DefaultIfEmpty(data.Definitions.First(d => d.Headline)).ToList();
            var mapDefinition = candidates.FirstOrDefault(d => ByCounty(d).Values.Any(v => v is not null)) ?? candidates[0];
            var mapName = $"{mapDefinition.Name}（{mapDefinition.Unit}）";
            var byCounty = ByCounty(mapDefinition);
            return new ReportImages(Progress(data), Districts(data, byCounty, mapDefinition), Map(data, byCounty, mapDefinition, options), mapName);
        }
    }

    private static byte[] Progress(ReportData data)
    {
        var plot = NewPlot();
        var rows = data.Views[data.City.Code].Where(r => r.Definition.Headline).ToList();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var value = AnnualReportService.Used(r)?.Value;
            var path = r.View.Target?.PathValue;
            var position = rows.Count - 1 - i;
            ticks.Add(new Tick(position, Wrap(r.Definition.Name, 12)));
            if (value is { } v && path is { } p && p != 0)
            {
                var percent = (double)Math.Round(v / p * 100m, 1);
                bars.Add(new Bar { Position = position, Value = percent, FillColor = percent >= 100 ? Colors.SeaGreen : Colors.DarkOrange, Label = percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" });
            }
            else
            {
                plot.Add.Text(AnnualReportService.NoData, 2, position).LabelFontSize = 13;
            }
        }

        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontName = CjkFont.Family;
        var line = plot.Add.VerticalLine(100);
        line.LinePattern = LinePattern.Dashed;
        line.Color = Colors.Gray;
        plot.Axes.Left.SetTicks(ticks.Select(t => t.Position).ToArray(), ticks.Select(t => t.Label).ToArray());
        plot.Axes.SetLimitsX(0, Math.Max(120, bars.Count == 0 ? 0 : bars.Max(b => b.Value) * 1.15));
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.4);
        plot.Axes.Bottom.Label.Text = "实际值 / 年度路径值（%）";
        plot.Title("主要指标进度");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static byte[] Districts(ReportData data, IReadOnlyDictionary<string, decimal?> values, IndicatorDefinitionDto definition)
    {
        var plot = NewPlot();
        var bars = new List<Bar>();
        for (var i = 0; i < data.Counties.Count; i++)
        {
            if (values[data.Counties[i].Code] is { } v)
            {
                bars.Add(new Bar { Position = i, Value = (double)v, FillColor = Colors.SteelBlue, Label = AnnualReportService.Num(v, definition.Decimals) });
            }
            else
            {
                plot.Add.Text(AnnualReportService.NoData, i - 0.3, 0).LabelFontSize = 11;
            }
        }

        plot.Add.Bars(bars).ValueLabelStyle.FontName = CjkFont.Family;
        if (bars.Count == 0)
        {
            plot.Axes.SetLimitsY(0, 1);
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, data.Counties.Count).Select(i => (double)i).ToArray(), data.Counties.Select(u => u.ShortName ?? u.Name).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Axes.Left.Label.Text = definition.Unit;
        plot.Title(definition.Name);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static byte[] Map(ReportData data, IReadOnlyDictionary<string, decimal?> values, IndicatorDefinitionDto definition, ReportOptions options)
    {
        var plot = NewPlot();
        var path = Path.IsPathRooted(options.MapPath) ? options.MapPath : Path.Combine(AppContext.BaseDirectory, options.MapPath);
        var names = data.Counties.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var present = values.Values.OfType<decimal>().ToList();
        var (min, max) = present.Count == 0 ? (0m, 0m) : (present.Min(), present.Max());
        if (!File.Exists(path))
        {
            plot.Add.Text($"缺少边界文件：{options.MapPath}", 0, 0);
            return plot.GetImageBytes(MapWidth, MapHeight, ImageFormat.Png);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var labels = new List<(double X, double Y, string Text)>();
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray().OrderBy(f => Code(f), StringComparer.Ordinal))
        {
            var code = Code(feature);
            var properties = feature.GetProperty("properties");
            var name = names.GetValueOrDefault(code) ?? (properties.TryGetProperty("name", out var n) ? n.GetString() : code) ?? code;
            decimal? value = values.TryGetValue(code, out var v) ? v : null;
            var fill = value is { } x ? Shade(max == min ? 1 : (double)((x - min) / (max - min))) : Colors.LightGray;
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates")]
                : geometry.GetProperty("coordinates").EnumerateArray().ToList();
            foreach (var polygon in polygons)
            {
                var ring = polygon.EnumerateArray().First();
                var points = ring.EnumerateArray().Select(p => new Coordinates(p[0].GetDouble(), p[1].GetDouble())).ToArray();
                var shape = plot.Add.Polygon(points);
                shape.FillColor = fill;
                shape.LineColor = Colors.White;
                shape.LineWidth = 1.5f;
            }

            var centre = properties.TryGetProperty("centroid", out var c) || properties.TryGetProperty("center", out c)
                ? (c[0].GetDouble(), c[1].GetDouble())
                : (0d, 0d);
            labels.Add((centre.Item1, centre.Item2, $"{name}\n{(value is { } y ? AnnualReportService.Num(y, definition.Decimals) : AnnualReportService.NoData)}"));
        }

        foreach (var (x, y, text) in labels)
        {
            var label = plot.Add.Text(text, x, y);
            label.LabelFontSize = 13;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelFontName = CjkFont.Family;
            label.LabelFontColor = Colors.Black;
        }

        plot.Axes.SquareUnits();
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Title($"{definition.Name}（{definition.Unit}）：颜色越深数值越高，灰色为{AnnualReportService.NoData}");
        return plot.GetImageBytes(MapWidth, MapHeight, ImageFormat.Png);
    }

    private static string Code(JsonElement feature)
    {
        var properties = feature.GetProperty("properties");
        if (properties.TryGetProperty("adcode", out var a))
        {
            return a.ValueKind == JsonValueKind.Number ? a.GetInt64().ToString(CultureInfo.InvariantCulture) : a.GetString() ?? string.Empty;
        }

        return feature.TryGetProperty("id", out var id) ? id.ToString() : string.Empty;
    }

    private static Color Shade(double t)
    {
        var low = new Color(222, 235, 247);
        var high = new Color(33, 113, 181);
        return new Color(
            (byte)(low.R + ((high.R - low.R) * t)),
            (byte)(low.G + ((high.G - low.G) * t)),
            (byte)(low.B + ((high.B - low.B) * t)));
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(CjkFont.Family);
        return plot;
    }

    private static string Wrap(string text, int width) =>
        text.Length <= width ? text : string.Join('\n', text.Chunk(width).Select(c => new string(c)));
}
