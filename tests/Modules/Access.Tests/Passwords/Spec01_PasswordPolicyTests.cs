using IpCity.Access.Contracts;
using IpCity.Access.Domain;
using IpCity.Access.Passwords;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.TestKit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IpCity.Access.Tests.Passwords;

/// <summary>SECURITY.md spec 1: 等保 profile plus the ASVS checks.</summary>
public sealed class Spec01_PasswordPolicyTests
{
    private static readonly PasswordPolicy s_policy = new(Options.Create(new AccessOptions()), new PasswordHasher<AppUser>());
    private static readonly AppUser s_user = new() { UserName = "liu.yang", PhoneNumber = "13812345678", DisplayName = "刘洋" };

    [Theory]
    [InlineData("Ab1!x", ErrorCodes.PasswordTooShort)]
    [InlineData("abcdefgh12", ErrorCodes.PasswordClasses)]
    [InlineData("ABCDEFGHIJ", ErrorCodes.PasswordClasses)]
    [InlineData("Password123", ErrorCodes.PasswordCommon)]
    [InlineData("Aa123456!", ErrorCodes.PasswordCommon)]
    [InlineData("Liu.Yang#2026", ErrorCodes.PasswordContext)]
    [InlineData("X13812345678y!", ErrorCodes.PasswordContext)]
    [InlineData("Nanchang#2026", ErrorCodes.PasswordContext)]
    [InlineData("Zscq@Office9", ErrorCodes.PasswordContext)]
    [InlineData("知识产权Aa1!x", ErrorCodes.PasswordContext)]
    public void Weak_passwords_get_named_rejections(string password, string code)
    {
        var error = Assert.Throws<IpCityException>(() => s_policy.Validate(password, s_user, isAdmin: false, []));
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("Qz7#Lantern-Orbit")]
    [InlineData("correct horse battery staple on the ganjiang river at dusk, 2026!")]
    [InlineData("滕王阁序落霞与孤鹜齐飞Aa1")]
    [InlineData("Trailing space ok1 ")]
    public void Strong_passwords_pass_unchanged(string password)
    {
        s_policy.Validate(password, s_user, isAdmin: false, []);
        var hasher = new PasswordHasher<AppUser>();
        var hash = hasher.HashPassword(s_user, password);
        Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(s_user, hash, password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(s_user, hash, password[..^1]));
    }

    [Fact]
    public void A_64_character_passphrase_is_accepted_and_not_truncated()
    {
        var passphrase = new string('a', 30) + "B7#" + new string('c', 31);
        Assert.Equal(64, passphrase.Length);
        s_policy.Validate(passphrase, s_user, isAdmin: true, []);
        var hasher = new PasswordHasher<AppUser>();
        var hash = hasher.HashPassword(s_user, passphrase);
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(s_user, hash, passphrase[..63] + "d"));
    }

    [Fact]
    public void Administrators_need_twelve_characters()
    {
        s_policy.Validate("Qz7#Lanterns", s_user, isAdmin: false, []);
        var error = Assert.Throws<IpCityException>(() => s_policy.Validate("Qz7#Lantern", s_user, isAdmin: true, []));
        Assert.Equal(ErrorCodes.PasswordTooShort, error.Code);
        s_policy.Validate("Qz7#Lanterns", s_user, isAdmin: true, []);
    }

    [Fact]
    public void Passwords_expire_after_90_days()
    {
        var user = new AppUser { PasswordChangedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        Assert.False(s_policy.IsExpired(user, new DateTime(2026, 3, 31, 23, 59, 0, DateTimeKind.Utc)));
        Assert.True(s_policy.IsExpired(user, new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_last_five_passwords_cannot_be_reused(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<IAccountAdmin>().CreateUserAsync(new CreateUserRequest("chen.jing", "陈静", Roles.CityOfficer, "Start#Pass2026"));
            var signIn = sp.GetRequiredService<ISignInService>();
            var current = "Start#Pass2026";
            string[] next = ["Blue#River01", "Blue#River02", "Blue#River03", "Blue#River04", "Blue#River05"];
            foreach (var p in next)
            {
                await signIn.ChangePasswordAsync(created.User.Id, current, p);
                current = p;
            }

            var reused = await Assert.ThrowsAsync<IpCityException>(() => signIn.ChangePasswordAsync(created.User.Id, current, "Blue#River02"));
            Assert.Equal(ErrorCodes.PasswordReused, reused.Code);
            var same = await Assert.ThrowsAsync<IpCityException>(() => signIn.ChangePasswordAsync(created.User.Id, current, current));
            Assert.Equal(ErrorCodes.PasswordReused, same.Code);

            // Six changes ago is outside the history of five.
            await signIn.ChangePasswordAsync(created.User.Id, current, "Start#Pass2026");
        });
    }

    public static TheoryData<string> Providers => TestDatabases.Providers;
}
