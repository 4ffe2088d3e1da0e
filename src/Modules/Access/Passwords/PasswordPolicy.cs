using System.Reflection;
using IpCity.Access.Domain;
using IpCity.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IpCity.Access.Passwords;

/// <summary>
/// Password rules (SECURITY.md P1, spec 1). 等保 profile: length ≥ 8 (≥ 12 for administrators), at least 3 of
/// 4 character classes, no reuse of the last 5. Both profiles: blocklist of common passwords, context words,
/// the user name or phone number, at least 64 characters allowed, nothing truncated.
/// </summary>
internal sealed class PasswordPolicy
{
    private static readonly Lazy<HashSet<string>> s_common = new(LoadCommon);
    private readonly PasswordPolicyOptions _options;
    private readonly IPasswordHasher<AppUser> _hasher;

    public PasswordPolicy(IOptions<AccessOptions> options, IPasswordHasher<AppUser> hasher)
    {
        _options = options.Value.Password;
        _hasher = hasher;
    }

    public void Validate(string password, AppUser user, bool isAdmin, IEnumerable<string> previousHashes)
    {
        ArgumentNullException.ThrowIfNull(password);
        var min = isAdmin ? Math.Max(_options.AdminMinLength, _options.MinLength) : _options.MinLength;
        if (password.Length < min)
        {
            throw new IpCityException(ErrorCodes.PasswordTooShort, $"密码至少需要 {min} 个字符。Password must have at least {min} characters.");
        }

        if (password.Length > _options.MaxLength)
        {
            throw new IpCityException(ErrorCodes.PasswordTooLong, $"密码不能超过 {_options.MaxLength} 个字符。");
        }

        if (_options.Profile == PasswordProfile.Dengbao && CountClasses(password) < _options.RequiredClasses)
        {
            throw new IpCityException(ErrorCodes.PasswordClasses, $"密码须包含大写字母、小写字母、数字、符号中的至少 {_options.RequiredClasses} 类。");
        }

        var lower = password.ToLowerInvariant();
        if (s_common.Value.Contains(lower) || s_common.Value.Contains(lower.TrimEnd('!', '.', '@', '#')))
        {
            throw new IpCityException(ErrorCodes.PasswordCommon, "该密码过于常见，请换一个。This password is too common.");
        }

        var context = _options.ContextWords
            .Concat([user.UserName ?? string.Empty, user.PhoneNumber ?? string.Empty, user.DisplayName])
            .Where(w => w.Length >= 3)
            .Select(w => w.ToLowerInvariant());
        if (context.Any(lower.Contains))
        {
            throw new IpCityException(ErrorCodes.PasswordContext, "密码不能包含用户名、电话号码或与本系统相关的词。");
        }

        if (_options.Profile == PasswordProfile.Dengbao)
        {
            foreach (var hash in previousHashes.Take(_options.History))
            {
                if (_hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed)
                {
                    throw new IpCityException(ErrorCodes.PasswordReused, $"不能使用最近 {_options.History} 次用过的密码。");
                }
            }
        }
    }

    public bool IsExpired(AppUser user, DateTime nowUtc) =>
        _options.Profile == PasswordProfile.Dengbao && user.PasswordChangedAtUtc.AddDays(_options.MaxAgeDays) <= nowUtc;

    internal static int CountClasses(string password)
    {
        var classes = 0;
        classes += password.Any(char.IsAsciiLetterUpper) ? 1 : 0;
        classes += password.Any(char.IsAsciiLetterLower) ? 1 : 0;
        classes += password.Any(char.IsAsciiDigit) ? 1 : 0;
        classes += password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0;
        return classes;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("IpCity.Access.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt missing");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
