using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace IpCity.BuildingBlocks.Documents;

/// <summary>Writes a <see cref="ReportDocument"/> as .docx (OpenXml SDK; East-Asian font hint on every run).</summary>
public static class DocxWriter
{
    private const string BodyFont = "仿宋";
    private const string HeadingFont = "黑体";
    private const long EmuPerPixel = 9525;
    private const int ContentWidthTwips = 9000;

    public static void Write(ReportDocument document, string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        Write(document, doc);
    }

    /// <summary>The document as .docx bytes (for a download).</summary>
    public static byte[] ToBytes(ReportDocument document)
    {
        using var memory = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            Write(document, doc);
        }

        return memory.ToArray();
    }

    private static void Write(ReportDocument document, WordprocessingDocument doc)
    {
        ArgumentNullException.ThrowIfNull(document);
        doc.PackageProperties.Title = document.Title;
        doc.PackageProperties.Subject = document.Subject;
        doc.PackageProperties.Language = "zh-CN";
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        var imageNo = 0u;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case DocCoverLine c:
                    body.Append(Para(c.Text, HeadingFont, c.Size, c.Bold, JustificationValues.Center, spaceBefore: c.Size > 20 ? 2400 : 240));
                    break;
                case DocHeading h:
                    body.Append(Para(h.Text, HeadingFont, h.Level == 1 ? 16 : 14, true, JustificationValues.Left, spaceBefore: 240, outline: h.Level - 1));
                    break;
                case DocParagraph p:
                    body.Append(Para(p.Text, BodyFont, p.Small ? 10.5 : 12, false, JustificationValues.Both, firstLine: !p.Small));
                    break;
                case DocTable t:
                    body.Append(Table(t));
                    body.Append(new Paragraph());
                    break;
                case DocImage i:
                    body.Append(Image(main, i, ++imageNo));
                    body.Append(Para(i.Caption, BodyFont, 10.5, false, JustificationValues.Center));
                    break;
                case DocPageBreak:
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
                default:
                    break;
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 }));
        main.Document.Save();
    }

    private static Paragraph Para(string text, string font, double size, bool bold, JustificationValues justify, int spaceBefore = 0, int? outline = null, bool firstLine = false)
    {
        var props = new ParagraphProperties(
            new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = justify });
        if (firstLine)
        {
            props.Append(new Indentation { FirstLineChars = 200 });
        }

        if (outline is { } level)
        {
            props.Append(new OutlineLevel { Val = level });
            props.Append(new KeepNext());
        }

        return new Paragraph(props, TextRun(text, font, size, bold));
    }

    private static Run TextRun(string text, string font, double size, bool bold)
    {
        var halfPoints = ((int)Math.Round(size * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var props = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia },
            new FontSize { Val = halfPoints },
            new FontSizeComplexScript { Val = halfPoints },
            new Languages { EastAsia = "zh-CN" });
        if (bold)
        {
            props.Append(new Bold());
        }

        var run = new Run(props);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Table Table(DocTable t)
    {
        var total = t.Widths.Sum();
        var widths = t.Widths.Select(w => (int)(ContentWidthTwips * w / total)).ToList();
        var table = new Table(new TableProperties(
            new TableWidth { Width = ContentWidthTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(t.Headers, widths, header: true));
        foreach (var row in t.Rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new TableCell(new TableCellProperties(
                new TableCellWidth { Width = widths[Math.Min(i, widths.Count - 1)].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                header ? new Shading { Val = ShadingPatternValues.Clear, Fill = "D9E2F3" } : new Shading { Val = ShadingPatternValues.Clear, Fill = "FFFFFF" }));
            cell.Append(new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }),
                TextRun(cells[i], header ? HeadingFont : BodyFont, 9, header)));
            row.Append(cell);
        }

        return row;
    }

    private static Paragraph Image(MainDocumentPart main, DocImage image, uint id)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(image.Png))
        {
            part.FeedData(stream);
        }

        var relationship = main.GetIdOfPart(part);
        var maxWidthEmu = ContentWidthTwips * 635L;
        var cx = Math.Min(image.WidthPx * EmuPerPixel, maxWidthEmu);
        var cy = cx * image.HeightPx / image.WidthPx;
        var name = "图" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = image.Caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        });
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(drawing));
    }
}
