using IpCity.BuildingBlocks.Identifiers;
using IpCity.IpData.Normalisation;

namespace IpCity.IpData.Tests.Normalisation;

/// <summary>申请号 and 统一社会信用代码 validation (issue 3, part 4; SECURITY.md spec 38 validators).</summary>
public sealed class CnNumbersTests
{
    [Theory]
    [InlineData("200310102344.5", "200310102344.5")]
    [InlineData("CN200310102344.5", "200310102344.5")]
    [InlineData("ZL 2003 1 0102344.5", "200310102344.5")]
    [InlineData("2003101023445", "200310102344.5")]
    [InlineData("200310102344", "200310102344.5")]
    [InlineData("ＣＮ２００３１０１０２３４４．５", "200310102344.5")]
    [InlineData("201920123456.5", "201920123456.5")]
    [InlineData("02144686.5", "02144686.5")]
    [InlineData("CN 02144686", "02144686.5")]
    [InlineData("98123456.9", "98123456.9")]
    public void Historic_forms_are_canonicalised(string input, string expected)
    {
        Assert.True(CnApplicationNumber.TryCanonicalise(input, out var canonical, out var problem), problem);
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("200310102344.6")]
    [InlineData("20031010234.5")]
    [InlineData("199910102344.5")]
    [InlineData("200370102344.8")]
    [InlineData("ABC")]
    [InlineData("")]
    public void Invalid_numbers_are_refused_with_a_reason(string input)
    {
        Assert.False(CnApplicationNumber.TryCanonicalise(input, out _, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void Check_digits_follow_the_cnipa_weights()
    {
        // The widely cited example 02144686.5: 0·2+2·3+1·4+4·5+4·6+6·7+8·8+6·9 = 214, 214 mod 11 = 5.
        Assert.Equal('5', CnApplicationNumber.CheckCharacter("02144686"));
        static char Reference(string d)
        {
            int[] w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
            var sum = d.Select((c, i) => (c - '0') * w[i]).Sum();
            return sum % 11 == 10 ? 'X' : (char)('0' + (sum % 11));
        }

        foreach (var d in new[] { "200310102344", "201920123456", "202210987654", "201330000001" })
        {
            Assert.Equal(Reference(d), CnApplicationNumber.CheckCharacter(d));
        }

        Assert.Equal("1", CnApplicationNumber.TypeDigit("200310102344.5"));
        Assert.Equal("2", CnApplicationNumber.TypeDigit("201920123456.5"));
        Assert.Equal("1", CnApplicationNumber.TypeDigit("02144686.5"));
    }

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91110000802100433B", true)]
    [InlineData("91440300708461136T", true)]
    [InlineData("9144030071526726XG", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M000100Y4", false)]
    [InlineData("91350100I000100Y43", false)]
    public void Credit_codes_are_checked_by_their_gb32100_check_character(string code, bool valid) =>
        Assert.Equal(valid, UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void A_generated_credit_code_validates_and_any_single_change_is_caught()
    {
        const string first17 = "91360100MA35TX9G6";
        var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.True(UnifiedSocialCreditCode.IsValid(code.ToLowerInvariant()));
        for (var i = 0; i < 18; i++)
        {
            var changed = code.ToCharArray();
            changed[i] = changed[i] == '1' ? '2' : '1';
            Assert.False(UnifiedSocialCreditCode.IsValid(new string(changed)), $"change at {i} not caught");
        }

        Assert.False(UnifiedSocialCreditCode.IsValid("91360100MA35TX9GIP"));
    }
}
