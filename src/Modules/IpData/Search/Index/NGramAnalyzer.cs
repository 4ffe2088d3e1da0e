using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IpCity.IpData.Search.Index;

/// <summary>
/// Character n-grams for exact substring search. Every text field is indexed three times: "field.2", "field.3"
/// and "field.4" hold every run of 2, 3 and 4 consecutive characters of a value (ASCII letters lower-cased,
/// nothing else changed, no character dropped); "field.2" also holds each value's last character followed by
/// <see cref="End"/>, and "field.4" keeps positions. So a term of 2–4 characters is one exact term lookup, a
/// one-character term a prefix lookup, and a longer term the phrase of its 4-grams — each matching exactly where
/// the term occurs as a contiguous substring of one value, the semantics of <c>LIKE '%term%'</c>. Values of a
/// multi-valued field are tokenized apart and separated by a position gap, so nothing spans two values.
/// See ADR 0002.
/// </summary>
internal sealed class NGramAnalyzer : Analyzer
{
    public const char End = '\uFFFF';

    public static readonly NGramAnalyzer Instance = new();

    // Per field: the components (and so the gram size) of "ti.2" must never be reused for "ti.3".
    private NGramAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new NGramTokenizer(reader, GramSize(fieldName)));

    public override int GetPositionIncrementGap(string fieldName) => 1000;

    public static int GramSize(string fieldName) => fieldName[^1] switch
    {
        '3' => 3,
        '4' => 4,
        _ => 2,
    };

    /// <summary>The same folding as the index and as the LIKE reference (ASCII case only).</summary>
    public static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    public static string Fold(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = Fold(src[i]);
        }
    });

    private sealed class NGramTokenizer : Tokenizer
    {
        private readonly int _size;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _text = string.Empty;
        private int _pos;

        public NGramTokenizer(TextReader input, int size)
            : base(input)
        {
            _size = size;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            var full = _pos + _size <= _text.Length;
            if (!full && (_size != 2 || _pos >= _text.Length))
            {
                return false;
            }

            _term.SetEmpty();
            var length = full ? _size : _text.Length - _pos;
            for (var i = 0; i < length; i++)
            {
                _term.Append(Fold(_text[_pos + i]));
            }

            if (!full)
            {
                _term.Append(NGramAnalyzer.End);
            }

            _offset.SetOffset(CorrectOffset(_pos), CorrectOffset(_pos + length));
            _pos++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _text = m_input.ReadToEnd();
            _pos = 0;
        }

        public override void End()
        {
            base.End();
            var final = CorrectOffset(_text.Length);
            _offset.SetOffset(final, final);
        }
    }
}
