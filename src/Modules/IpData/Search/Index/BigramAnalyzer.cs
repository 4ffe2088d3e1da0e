using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IpCity.IpData.Search.Index;

/// <summary>
/// Indexes every overlapping pair of characters of a value (ASCII letters lower-cased, nothing else changed,
/// no character dropped) at consecutive positions, then the value's last character followed by
/// <see cref="End"/>. A phrase query of a term's own pairs then matches exactly where the term occurs as a
/// contiguous substring of one value — the semantics of <c>LIKE '%term%'</c>; a one-character term is a
/// prefix query on the pairs. Values of a multi-valued field are kept apart by a position gap, so no
/// phrase spans two values. See ADR 0002.
/// </summary>
internal sealed class BigramAnalyzer : Analyzer
{
    public const char End = '\uFFFF';

    public static readonly BigramAnalyzer Instance = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new BigramTokenizer(reader));

    public override int GetPositionIncrementGap(string fieldName) => 1000;

    /// <summary>The same folding as the index and as the LIKE reference (ASCII case only).</summary>
    public static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    public static string Fold(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = Fold(src[i]);
        }
    });

    /// <summary>The terms of a query value at positions 0..n-2 (n ≥ 2).</summary>
    public static IEnumerable<string> Pairs(string folded)
    {
        for (var i = 0; i + 1 < folded.Length; i++)
        {
            yield return folded.Substring(i, 2);
        }
    }

    private sealed class BigramTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _text = string.Empty;
        private int _pos;

        public BigramTokenizer(TextReader input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_pos >= _text.Length)
            {
                return false;
            }

            _term.SetEmpty();
            if (_pos + 1 < _text.Length)
            {
                _term.Append(Fold(_text[_pos])).Append(Fold(_text[_pos + 1]));
                _offset.SetOffset(CorrectOffset(_pos), CorrectOffset(_pos + 2));
            }
            else
            {
                _term.Append(Fold(_text[_pos])).Append(BigramAnalyzer.End);
                _offset.SetOffset(CorrectOffset(_pos), CorrectOffset(_pos + 1));
            }

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
