using IpCity.BuildingBlocks.Errors;
using IpCity.Monitoring.Forms;

namespace IpCity.Monitoring.Tests.Forms;

public sealed class RuleExpressionTests
{
    [Theory]
    [InlineData("A <= B + C", 5, 2, 3, true)]
    [InlineData("A <= B + C", 6, 2, 3, false)]
    [InlineData("A - B >= 0", 1, 2, 0, false)]
    [InlineData("A = B+C", 5, 2, 3, true)]
    [InlineData("A != 2 * 0", 5, 2, 3, null)]
    [InlineData("-A + 10 > B", 5, 4, 0, true)]
    [InlineData("A < 1.5", 1, 0, 0, true)]
    public void Evaluates_sums_and_one_comparison(string expression, int a, int b, int c, bool? expected)
    {
        if (expected is null)
        {
            Assert.Equal("FORM_RULE_INVALID", Assert.Throws<IpCityException>(() => RuleExpression.Parse(expression)).Code);
            return;
        }

        var values = new Dictionary<string, decimal?> { ["A"] = a, ["B"] = b, ["C"] = c };
        Assert.Equal(expected, RuleExpression.Parse(expression).Holds(k => values.GetValueOrDefault(k)));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("A <= B <= C")]
    [InlineData("A <= ")]
    [InlineData("A + <= B")]
    [InlineData("A B <= C")]
    [InlineData("A <= B; DROP TABLE x")]
    [InlineData("System.IO.File.Delete(\"x\") == 0")]
    [InlineData("A ! B")]
    [InlineData("1.2.3 < A")]
    public void Refuses_anything_else(string expression) =>
        Assert.Equal("FORM_RULE_INVALID", Assert.Throws<IpCityException>(() => RuleExpression.Parse(expression)).Code);

    [Fact]
    public void A_missing_value_means_the_rule_does_not_apply_yet()
    {
        var rule = RuleExpression.Parse("A <= B + C");
        Assert.Null(rule.Holds(k => k == "A" ? 5 : null));
        Assert.Equal(["A", "B", "C"], rule.Elements);
    }
}
