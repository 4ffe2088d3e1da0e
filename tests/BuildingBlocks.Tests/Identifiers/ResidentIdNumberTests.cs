using IpCity.BuildingBlocks.Identifiers;

namespace IpCity.BuildingBlocks.Tests.Identifiers;

/// <summary>GB 11643 resident ID numbers, the one check behind credit subjects and practitioners.</summary>
public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("110105194912310021", false)] // wrong check character
    [InlineData("01010519491231002X", false)] // leading 0
    [InlineData("11010519491231002x", false)] // not normalised
    [InlineData("1101051949123100", false)]
    [InlineData(null, false)]
    public void Valid_numbers_have_a_birth_date_and_the_check_character(string? value, bool valid) =>
        Assert.Equal(valid, ResidentIdNumber.IsValid(value));

    [Fact]
    public void The_check_character_completes_a_valid_number()
    {
        Assert.Equal('X', ResidentIdNumber.CheckCharacter("11010519491231002"));
        const string Body = "36010219800101123";
        Assert.True(ResidentIdNumber.IsValid(Body + ResidentIdNumber.CheckCharacter(Body)));

        // Month 13 with a correct check character: refused for the date alone.
        const string NoDate = "11010519491331002";
        Assert.False(ResidentIdNumber.IsValid(NoDate + ResidentIdNumber.CheckCharacter(NoDate)));
    }
}
