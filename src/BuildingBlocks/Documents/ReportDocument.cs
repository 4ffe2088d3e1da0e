namespace IpCity.BuildingBlocks.Documents;

/// <summary>
/// The report's content, independent of the file format: the .docx and the .pdf are both rendered from one
/// list of blocks, so they carry the same text, tables and images.
/// </summary>
public abstract record DocBlock;

/// <summary>A centred cover line.</summary>
public sealed record DocCoverLine(string Text, double Size, bool Bold) : DocBlock;

public sealed record DocHeading(int Level, string Text) : DocBlock;

public sealed record DocParagraph(string Text, bool Small = false) : DocBlock;

/// <summary>A table; <paramref name="Widths"/> are relative column widths.</summary>
public sealed record DocTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> Widths) : DocBlock;

public sealed record DocImage(byte[] Png, int WidthPx, int HeightPx, string Caption) : DocBlock;

public sealed record DocPageBreak : DocBlock;

public sealed record ReportDocument(string Title, string Subject, IReadOnlyList<DocBlock> Blocks)
{
    /// <summary>The document's text in order (headings, paragraphs, table cells, captions): what "same content" compares.</summary>
    public IEnumerable<string> Text()
    {
        foreach (var block in Blocks)
        {
            switch (block)
            {
                case DocCoverLine c: yield return c.Text; break;
                case DocHeading h: yield return h.Text; break;
                case DocParagraph p: yield return p.Text; break;
                case DocTable t:
                    yield return string.Join(" | ", t.Headers);
                    foreach (var row in t.Rows)
                    {
                        yield return string.Join(" | ", row);
                    }

                    break;
                case DocImage i: yield return i.Caption; break;
                default: break;
            }
        }
    }
}
