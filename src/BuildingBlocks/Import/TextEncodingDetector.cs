using System.Text;

namespace IpCity.BuildingBlocks.Import;

/// <summary>
/// Detects the encoding of a text export: a BOM wins (UTF-8/UTF-16); otherwise strict UTF-8 over the whole
/// file; otherwise GB18030 (a superset of GBK and GB2312, what CNIPA's tools and Excel on Chinese Windows
/// write). A file that is neither is refused with CSV_ENCODING and the first bad row.
/// </summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>
    /// The file's encoding, always with exception fallback: open readers with detectEncodingFromByteOrderMarks
    /// false (see <see cref="OpenXml"/> for XML).
    /// </summary>
    public static (Encoding Encoding, string Name) Detect(string path)
    {
        using var stream = File.OpenRead(path);
        var bom = new byte[3];
        var n = stream.Read(bom, 0, 3);
        if (n >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
        {
            // With its BOM as preamble, so a reader opened without BOM detection skips it and keeps the strict decoder
            // (BOM detection would swap in a lenient UTF-8 that turns invalid bytes into U+FFFD silently).
            return (new UTF8Encoding(true, true), "UTF-8 (BOM)");
        }

        if (n >= 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
        {
            return (bom[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true), "UTF-16");
        }

        stream.Position = 0;
        if (IsValidUtf8(stream))
        {
            return (new UTF8Encoding(false, true), "UTF-8");
        }

        return (Gb18030, "GB18030/GBK");
    }

    private static bool IsValidUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var buffer = new byte[1 << 16];
        var chars = new char[(1 << 16) + 8];
        int read;
        try
        {
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// Where the first byte sequence that is not UTF-8 starts: 1-based line and column (in characters) and the
    /// byte offset; null when the whole stream is valid UTF-8. Streams in 64 KB blocks (for error reports).
    /// </summary>
    public static (long Line, long Column, long Offset)? FindInvalidUtf8(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[1 << 16];
        var carry = 0;
        long offset = 0, line = 1, column = 1;
        while (true)
        {
            var read = stream.Read(buffer, carry, buffer.Length - carry);
            var length = carry + read;
            var final = read == 0;
            var i = 0;
            while (i < length)
            {
                var status = System.Text.Rune.DecodeFromUtf8(buffer.AsSpan(i, length - i), out var rune, out var consumed);
                if (status == System.Buffers.OperationStatus.NeedMoreData && !final)
                {
                    break;
                }

                if (status != System.Buffers.OperationStatus.Done)
                {
                    return (line, column, offset + i);
                }

                if (rune.Value == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                i += consumed;
            }

            if (final)
            {
                return null;
            }

            carry = length - i;
            Buffer.BlockCopy(buffer, i, buffer, 0, carry);
            offset += i;
        }
    }

    /// <summary>
    /// A strict reader for an XML file: UTF-16 by its BOM, UTF-8 otherwise (a UTF-8 BOM is skipped); invalid
    /// bytes throw instead of becoming U+FFFD.
    /// </summary>
    public static StreamReader OpenXml(Stream stream)
    {
        var bom = new byte[2];
        var n = stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        Encoding encoding = n == 2 && bom[0] == 0xFF && bom[1] == 0xFE ? new UnicodeEncoding(false, true, true)
            : n == 2 && bom[0] == 0xFE && bom[1] == 0xFF ? new UnicodeEncoding(true, true, true)
            : new UTF8Encoding(true, true);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
    }
}
