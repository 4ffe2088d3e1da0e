using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;

namespace IpCity.BuildingBlocks.Tests.Properties;

/// <summary>
/// SECURITY.md spec 38, the property suite (FsCheck, at least 200 cases each): SM4-GCM round trips and refuses
/// any altered byte; the personal-data mask is idempotent, keeps the length (in characters, never splitting one) and
/// reveals at most 7 characters of a person's identifier; the GB 11643 and GB 32100 check characters agree with the standards' formulas written out
/// here independently, and any other check character is refused.
/// </summary>
public sealed class Spec38_PropertyTests
{
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly Sm4Gcm s_cipher = new(Enumerable.Range(1, 16).Select(i => (byte)(i * 7)).ToArray());

    /// <summary>Strings of any Unicode scalar values (CJK, Extension B such as 𠀀, emoji, controls), never a lone surrogate.</summary>
    private static Arbitrary<string> Text() =>
        Gen.OneOf(
                Gen.Choose(0x20, 0x7E),
                Gen.Choose(0x4E00, 0x9FFF),
                Gen.Choose(0x20000, 0x2A6DF),
                Gen.Choose(0x1F300, 0x1F64F),
                Gen.Choose(0x3000, 0x303F),
                Gen.Elements(0x0A, 0x0D, 0x09, 0x22, 0x2C, 0xFF0C, 0x3007))
            .Select(char.ConvertFromUtf32)
            .ArrayOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    private static Arbitrary<string> Digits17() =>
        Gen.Choose(1, 9).Select(d => (char)('0' + d)).Zip(Gen.Choose(0, 9).Select(d => (char)('0' + d)).ArrayOf(16))
            .Select(t => t.Item1 + new string(t.Item2))
            .ToArbitrary();

    private static Arbitrary<string> Uscc17() =>
        Gen.Elements(UsccAlphabet.ToCharArray()).ArrayOf(17).Select(c => new string(c)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Sm4_gcm_round_trips_any_text() =>
        Prop.ForAll(Text(), text => s_cipher.Decrypt(s_cipher.Encrypt(text)) == text);

    [Property(MaxTest = 200)]
    public Property Sm4_gcm_refuses_any_altered_byte() =>
        Prop.ForAll(Text(), Gen.Choose(0, 1_000_000).ToArbitrary(), (text, where) =>
        {
            var sealed_ = s_cipher.Encrypt(text);
            var prefix = Sm4Gcm.AlgorithmId + ":";
            var bytes = Convert.FromBase64String(sealed_[prefix.Length..]);
            bytes[where % bytes.Length] ^= 0x01;
            var altered = prefix + Convert.ToBase64String(bytes);
            try
            {
                s_cipher.Decrypt(altered);
                return false;
            }
            catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or Org.BouncyCastle.Crypto.InvalidCipherTextException or InvalidOperationException)
            {
                return true;
            }
        });

    [Property(MaxTest = 300)]
    public Property The_mask_is_idempotent_keeps_the_length_and_reveals_at_most_7_characters_of_a_person() =>
        Prop.ForAll(Text(), Gen.Elements(true, false).ToArbitrary(), (raw, person) =>
        {
            var value = raw.Replace("*", string.Empty, StringComparison.Ordinal).Trim();
            var masked = PersonalDataMask.Identifier(value, person);
            var revealed = masked.EnumerateRunes().Count(r => r.Value != '*');
            return PersonalDataMask.Identifier(masked, person) == masked
                && masked.EnumerateRunes().Count() == value.EnumerateRunes().Count()
                && (!person || revealed <= 7)
                && !masked.EnumerateRunes().Any(r => r == Rune.ReplacementChar);
        });

    [Property(MaxTest = 300)]
    public Property A_valid_resident_id_masks_as_3_plus_11_stars_plus_4() =>
        Prop.ForAll(Digits17(), body =>
        {
            var id = body + ResidentIdNumber.CheckCharacter(body);
            var masked = PersonalDataMask.Identifier(id, person: true);
            return masked == id[..3] + new string('*', 11) + id[14..];
        });

    [Property(MaxTest = 500)]
    public Property The_resident_id_check_character_is_gb_11643_mod_11_2() =>
        Prop.ForAll(Digits17(), body =>
        {
            // ISO 7064 MOD 11-2 as the standard writes it: weights 2^(i) mod 11 from the right, check = (12 - S mod 11) mod 11.
            var s = 0;
            for (var i = 0; i < 17; i++)
            {
                s += (body[i] - '0') * (int)(BigPow2(17 - i) % 11);
            }

            var c = (12 - (s % 11)) % 11;
            var expected = c == 10 ? 'X' : (char)('0' + c);
            var check = ResidentIdNumber.CheckCharacter(body);
            var birthOk = DateOnly.TryParseExact(body.AsSpan(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
            var others = "0123456789X".Where(x => x != expected).All(x => !ResidentIdNumber.IsValid(body + x));
            return check == expected && ResidentIdNumber.IsValid(body + expected) == birthOk && others;
        });

    [Property(MaxTest = 500)]
    public Property The_credit_code_check_character_is_gb_32100_mod_31() =>
        Prop.ForAll(Uscc17(), body =>
        {
            // GB 32100-2015: weights 3^i mod 31, C18 = 31 - (sum mod 31), 31 written as 0.
            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                sum += UsccAlphabet.IndexOf(body[i], StringComparison.Ordinal) * (int)(System.Numerics.BigInteger.ModPow(3, i, 31));
            }

            var c = 31 - (sum % 31);
            var expected = UsccAlphabet[c == 31 ? 0 : c];
            var others = UsccAlphabet.Where(x => x != expected).All(x => !UnifiedSocialCreditCode.IsValid(body + x));
            return UnifiedSocialCreditCode.CheckCharacter(body) == expected && UnifiedSocialCreditCode.IsValid(body + expected) && UnifiedSocialCreditCode.IsValid((body + expected).ToLowerInvariant()) && others;
        });

    [Property(MaxTest = 200)]
    public Property Sm3_of_a_stream_equals_sm3_of_its_bytes() =>
        Prop.ForAll(Text(), text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            using var stream = new MemoryStream(bytes);
            return Sm3.HashAsync(stream).GetAwaiter().GetResult().AsSpan().SequenceEqual(Sm3.Hash(bytes));
        });

    /// <summary>
    /// Spec 19: any Unicode (𠀀, 〇, full-width, emoji, quotes, commas, line breaks, leading = + - @) written by the CSV
    /// export and read back by the sheet reader every tabular import uses gives the same cells (the reader trims, and
    /// a blank cell reads as absent).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property A_csv_export_reads_back_through_the_sheet_reader_cell_for_cell() =>
        Prop.ForAll(Text().Generator.Zip(Text().Generator).ArrayOf().ToArbitrary(), pairs =>
        {
            var path = Path.Combine(Path.GetTempPath(), "ipcity-roundtrip-" + Guid.NewGuid().ToString("N") + ".csv");
            try
            {
                var rows = pairs.Select(p => new[] { "r", p.Item1, p.Item2 }).ToList();
                using (var file = File.Create(path))
                {
                    IpCity.BuildingBlocks.Export.TableExport.WriteCsvAsync(file, ["键", "甲", "乙"], rows.ToAsyncEnumerable()).GetAwaiter().GetResult();
                }

                var read = IpCity.BuildingBlocks.Import.SheetReader.Read(path, new Dictionary<string, string[]> { ["k"] = ["键"], ["a"] = ["甲"], ["b"] = ["乙"] }, ["k"],
                    new IpCity.BuildingBlocks.Import.SheetOptions("ROUNDTRIP", 10_000, AllowCsv: true));
                static string? Expected(string v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
                static string Show(string? v) => v is null ? "<null>" : string.Concat(v.EnumerateRunes().Select(r => r.Value < 0x7F && r.Value >= 0x20 ? r.ToString() : $"\\u{r.Value:X4}"));
                Assert.Equal(rows.Select(r => Show(Expected(r[1])) + "|" + Show(Expected(r[2]))), read.Select(r => Show(r["a"]) + "|" + Show(r["b"])));
                return true;
            }
            finally
            {
                File.Delete(path);
            }
        });

    private static long BigPow2(int exponent) => 1L << exponent;
}
