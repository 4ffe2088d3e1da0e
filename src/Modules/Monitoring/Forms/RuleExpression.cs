using System.Globalization;
using IpCity.BuildingBlocks.Errors;

namespace IpCity.Monitoring.Forms;

/// <summary>
/// A consistency rule: two sums of element codes and numbers joined by one comparison, e.g.
/// "EnforcementCasesClosed &lt;= EnforcementCasesFiled + EnforcementCasesCarriedOver". A tiny hand-written
/// parser (identifiers, decimal numbers, + and −, one of &lt; &lt;= &gt; &gt;= = == !=); nothing is ever evaluated as code.
/// </summary>
internal sealed class RuleExpression
{
    private RuleExpression(IReadOnlyList<Term> left, string op, IReadOnlyList<Term> right)
    {
        Left = left;
        Operator = op;
        Right = right;
    }

    internal readonly record struct Term(int Sign, string? Element, decimal Number);

    public IReadOnlyList<Term> Left { get; }

    public string Operator { get; }

    public IReadOnlyList<Term> Right { get; }

    public IEnumerable<string> Elements => Left.Concat(Right).Where(t => t.Element is not null).Select(t => t.Element!).Distinct(StringComparer.Ordinal);

    public static RuleExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 400)
        {
            throw Invalid(text, "too long");
        }

        var tokens = Tokenize(text);
        var ops = tokens.Where(t => t.Kind == TokenKind.Compare).ToList();
        if (ops.Count != 1)
        {
            throw Invalid(text, "exactly one comparison is needed");
        }

        var at = tokens.IndexOf(ops[0]);
        return new RuleExpression(ParseSum(text, tokens.Take(at).ToList()), ops[0].Text == "==" ? "=" : ops[0].Text, ParseSum(text, tokens.Skip(at + 1).ToList()));
    }

    /// <summary>Null when an element the rule needs has no value (the rule does not apply yet).</summary>
    public bool? Holds(Func<string, decimal?> value)
    {
        var left = Sum(Left, value);
        var right = Sum(Right, value);
        if (left is null || right is null)
        {
            return null;
        }

        return Operator switch
        {
            "<" => left < right,
            "<=" => left <= right,
            ">" => left > right,
            ">=" => left >= right,
            "=" => left == right,
            "!=" => left != right,
            _ => throw new InvalidOperationException(Operator),
        };
    }

    private static decimal? Sum(IReadOnlyList<Term> terms, Func<string, decimal?> value)
    {
        decimal sum = 0;
        foreach (var t in terms)
        {
            var v = t.Element is null ? t.Number : value(t.Element);
            if (v is null)
            {
                return null;
            }

            sum += t.Sign * v.Value;
        }

        return sum;
    }

    private static List<Term> ParseSum(string text, List<Token> tokens)
    {
        var terms = new List<Term>();
        var sign = 1;
        var expectOperand = true;
        foreach (var token in tokens)
        {
            if (expectOperand)
            {
                switch (token.Kind)
                {
                    case TokenKind.Sign when terms.Count == 0 && sign == 1:
                        sign = token.Text == "-" ? -1 : 1;
                        continue;
                    case TokenKind.Identifier:
                        terms.Add(new Term(sign, token.Text, 0));
                        break;
                    case TokenKind.Number:
                        terms.Add(new Term(sign, null, decimal.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
                        break;
                    default:
                        throw Invalid(text, $"operand expected at '{token.Text}'");
                }

                expectOperand = false;
            }
            else
            {
                if (token.Kind != TokenKind.Sign)
                {
                    throw Invalid(text, $"+ or - expected at '{token.Text}'");
                }

                sign = token.Text == "-" ? -1 : 1;
                expectOperand = true;
            }
        }

        if (expectOperand)
        {
            throw Invalid(text, "a side of the comparison is empty or ends with an operator");
        }

        return terms;
    }

    private enum TokenKind
    {
        Identifier,
        Number,
        Sign,
        Compare,
    }

    private sealed record Token(TokenKind Kind, string Text);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i]));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                var number = text[start..i];
                if (number.Count(ch => ch == '.') > 1 || number.EndsWith('.'))
                {
                    throw Invalid(text, $"bad number '{number}'");
                }

                tokens.Add(new Token(TokenKind.Number, number));
            }
            else if (c is '+' or '-')
            {
                tokens.Add(new Token(TokenKind.Sign, c.ToString()));
                i++;
            }
            else if (c is '<' or '>' or '=' or '!')
            {
                var two = i + 1 < text.Length && text[i + 1] == '=';
                var op = two ? text.Substring(i, 2) : c.ToString();
                if (op == "!")
                {
                    throw Invalid(text, "'!' must be followed by '='");
                }

                tokens.Add(new Token(TokenKind.Compare, op));
                i += op.Length;
            }
            else
            {
                throw Invalid(text, $"unexpected character '{c}'");
            }
        }

        return tokens;
    }

    private static IpCityException Invalid(string text, string why) =>
        new("FORM_RULE_INVALID", $"校验规则表达式无效: {why}", 400, new Dictionary<string, object?> { ["expression"] = text });
}
