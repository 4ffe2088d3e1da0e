using System.Text;

namespace IpCity.BuildingBlocks.Import;

/// <summary>
/// A streaming RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF. The
/// delimiter (comma, tab or semicolon) is picked from the header line by <see cref="Pick"/>.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;

    public CsvRecordReader(TextReader reader, char delimiter)
    {
        _reader = reader;
        _delimiter = delimiter;
    }

    public List<string>? Read()
    {
        if (_reader.Peek() < 0)
        {
            return null;
        }


        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atStart = true;
        while (true)
        {
            var next = _reader.Read();
            if (next < 0)
            {
                fields.Add(field.ToString());
                return fields;
            }

            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && atStart)
            {
                quoted = true;
                atStart = false;
                continue;
            }

            if (c == _delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                atStart = true;
                continue;
            }

            if (c is '\r' or '\n')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                fields.Add(field.ToString());
                return fields;
            }

            field.Append(c);
            atStart = false;
        }
    }

    public static char Pick(string header)
    {
        var commas = header.Count(c => c == ',');
        var tabs = header.Count(c => c == '\t');
        var semis = header.Count(c => c == ';');
        return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
    }
}
