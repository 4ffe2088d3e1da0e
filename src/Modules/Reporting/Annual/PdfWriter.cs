using System.Globalization;
using IpCity.BuildingBlocks.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IpCity.Reporting.Annual;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as PDF with PDFsharp (the CJK face from <see cref="CjkFont"/> is
/// embedded as a subset, so pdftotext gives the Chinese back). A small flow layout: wrapped paragraphs,
/// tables with wrapped cells and repeated headers, images scaled to the text width, page numbers.
/// </summary>
internal sealed class PdfWriter : IDisposable
{
    private const double Margin = 56;
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double Bottom = PageHeight - Margin;
    private static readonly XPdfFontOptions s_options = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _pdf = new();
    private readonly Dictionary<(double, bool, char), double> _widths = [];
    private XGraphics? _gfx;
    private double _y;

    private PdfWriter(ReportDocument document)
    {
        _pdf.Info.Title = document.Title;
        _pdf.Info.Subject = document.Subject;
        _pdf.Info.Creator = "IpCity";
    }

    public static void Write(ReportDocument document, string path)
    {
        using var writer = new PdfWriter(document);
        writer.NewPage();
        foreach (var block in document.Blocks)
        {
            writer.Render(block);
        }

        writer.Finish(path);
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _pdf.Dispose();
    }

    private static XFont Font(double size, bool bold) => new(CjkFont.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, s_options);

    private void Render(DocBlock block)
    {
        switch (block)
        {
            case DocCoverLine c:
                _y += c.Size > 20 ? 160 : 14;
                Text(c.Text, Font(c.Size, c.Bold), Margin, ContentWidth, center: true);
                break;
            case DocHeading h:
                Ensure(h.Level == 1 ? 60 : 40);
                _y += h.Level == 1 ? 10 : 6;
                Text(h.Text, Font(h.Level == 1 ? 15 : 13, true), Margin, ContentWidth);
                _y += 4;
                break;
            case DocParagraph p:
                Text(p.Small ? p.Text : "　　" + p.Text, Font(p.Small ? 9 : 11, false), Margin, ContentWidth);
                _y += 4;
                break;
            case DocTable t:
                Table(t);
                _y += 8;
                break;
            case DocImage i:
                Image(i);
                break;
            case DocPageBreak:
                NewPage();
                break;
            default:
                break;
        }
    }

    private void Text(string text, XFont font, double x, double width, bool center = false)
    {
        var lineHeight = font.Size * 1.5;
        foreach (var line in Wrap(text, font, width))
        {
            Ensure(lineHeight);
            var w = Measure(line, font);
            _gfx!.DrawString(line, font, XBrushes.Black, center ? x + ((width - w) / 2) : x, _y + font.Size, XStringFormats.Default);
            _y += lineHeight;
        }
    }

    private void Table(DocTable t)
    {
        var font = Font(8, false);
        var bold = Font(8, true);
        var total = t.Widths.Sum();
        var widths = t.Widths.Select(w => ContentWidth * w / total).ToArray();
        const double Pad = 3;
        var lineHeight = font.Size * 1.35;
        List<string>[] Cells(IReadOnlyList<string> row, XFont f) =>
            [.. row.Select((c, i) => Wrap(c, f, widths[Math.Min(i, widths.Length - 1)] - (2 * Pad)))];
        double Height(List<string>[] cells) => (cells.Max(c => c.Count) * lineHeight) + (2 * Pad);

        var header = Cells(t.Headers, bold);
        var headerHeight = Height(header);
        void DrawRow(List<string>[] cells, double height, XFont f, XBrush? fill)
        {
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var w = widths[Math.Min(i, widths.Length - 1)];
                if (fill is not null)
                {
                    _gfx!.DrawRectangle(fill, x, _y, w, height);
                }

                _gfx!.DrawRectangle(new XPen(XColors.Black, 0.5), x, _y, w, height);
                var y = _y + Pad;
                foreach (var line in cells[i])
                {
                    _gfx.DrawString(line, f, XBrushes.Black, x + Pad, y + f.Size, XStringFormats.Default);
                    y += lineHeight;
                }

                x += w;
            }

            _y += height;
        }

        Ensure(headerHeight + lineHeight + (2 * Pad));
        DrawRow(header, headerHeight, bold, new XSolidBrush(XColor.FromArgb(217, 226, 243)));
        foreach (var row in t.Rows)
        {
            var cells = Cells(row, font);
            var height = Height(cells);
            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(header, headerHeight, bold, new XSolidBrush(XColor.FromArgb(217, 226, 243)));
            }

            DrawRow(cells, height, font, null);
        }
    }

    private void Image(DocImage image)
    {
        var width = Math.Min(ContentWidth, image.WidthPx * 0.6);
        var height = width * image.HeightPx / image.WidthPx;
        Ensure(height + 30);
        using (var stream = new MemoryStream(image.Png))
        using (var x = XImage.FromStream(stream))
        {
            _gfx!.DrawImage(x, Margin + ((ContentWidth - width) / 2), _y, width, height);
        }

        _y += height + 4;
        Text(image.Caption, Font(9, false), Margin, ContentWidth, center: true);
        _y += 6;
    }

    private void Ensure(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _pdf.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void Finish(string path)
    {
        _gfx?.Dispose();
        _gfx = null;
        var font = Font(9, false);
        for (var i = 1; i < _pdf.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"— {i} —");
            gfx.DrawString(text, font, XBrushes.Gray, (PageWidth - Measure(text, font)) / 2, PageHeight - (Margin / 2), XStringFormats.Default);
        }

        _pdf.Save(path);
    }

    private double Measure(string text, XFont font)
    {
        var sum = 0d;
        var bold = font.Bold;
        foreach (var c in text)
        {
            if (!_widths.TryGetValue((font.Size, bold, c), out var w))
            {
                w = _gfx?.MeasureString(c.ToString(), font).Width ?? XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards).MeasureString(c.ToString(), font).Width;
                _widths[(font.Size, bold, c)] = w;
            }

            sum += w;
        }

        return sum;
    }

    /// <summary>Greedy wrap by character (Chinese has no spaces); explicit newlines are kept.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var start = 0;
            var used = 0d;
            for (var i = 0; i < paragraph.Length; i++)
            {
                var w = Measure(paragraph[i].ToString(), font);
                if (used + w > width && i > start + 1 && "，。；：、）》”！？,.;:)".Contains(paragraph[i], StringComparison.Ordinal))
                {
                    // Keep closing punctuation on the line it closes: move the previous character down with it.
                    lines.Add(paragraph[start..(i - 1)]);
                    start = i - 1;
                    used = Measure(paragraph[start].ToString(), font);
                }
                else if (used + w > width && i > start)
                {
                    lines.Add(paragraph[start..i]);
                    start = i;
                    used = 0;
                }

                used += w;
            }

            lines.Add(paragraph[start..]);
        }

        return lines;
    }
}
