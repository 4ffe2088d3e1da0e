using IpCity.BuildingBlocks.Crypto;

namespace IpCity.BuildingBlocks.Tests.Crypto;

/// <summary>
/// The one protector behind case parties, credit subjects and practitioners: one normalisation of identifiers,
/// a blind index per module key, SM4-GCM sealing.
/// </summary>
public sealed class IdentifierProtectorTests : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "ipcity-idp-" + Guid.NewGuid().ToString("N"));

    private sealed class Protector(Sm4Gcm cipher, KeyRing keys, string name) : IdentifierProtector(cipher, keys, name);

    private Protector Make(string keyName)
    {
        var ring = new KeyRing(_keys);
        return new Protector(new Sm4Gcm(ring.Get("field-sm4", 16)), ring, keyName);
    }

    [Theory]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData(" 1101 0519 4912 3100 2X ", "11010519491231002X")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X")]
    [InlineData("91360100\u3000MA35XXXX0N", "91360100MA35XXXX0N")]
    public void Identifiers_are_normalised_one_way_and_index_alike(string written, string canonical)
    {
        var cases = Make("cases-index");
        Assert.Equal(canonical, IdentifierProtector.Normalise(written));
        Assert.Equal(cases.Index(canonical), cases.Index(written));
        Assert.Equal(64, cases.Index(written).Length);
    }

    [Fact]
    public void Each_module_key_gives_its_own_index_and_sealing_round_trips()
    {
        var cases = Make("cases-index");
        var credit = Make("credit-index");
        Assert.NotEqual(cases.Index("11010519491231002X"), credit.Index("11010519491231002X"));
        Assert.Equal(cases.Index("11010519491231002X"), Make("cases-index").Index("11010519491231002X"));

        Assert.Null(cases.IndexOrNull("  "));
        Assert.Null(cases.EncryptOrNull(null));
        Assert.Null(cases.DecryptOrNull(null));
        var sealedValue = cases.EncryptOrNull("  张三  ")!;
        Assert.StartsWith(Sm4Gcm.AlgorithmId, sealedValue, StringComparison.Ordinal);
        Assert.Equal("张三", credit.Decrypt(sealedValue));
        Assert.NotEqual(sealedValue, cases.Encrypt("张三"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }
}
