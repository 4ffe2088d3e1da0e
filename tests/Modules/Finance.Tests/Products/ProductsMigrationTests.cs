using IpCity.BuildingBlocks.Storage;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Finance.Tests.Products;

/// <summary>The finance store migrates on both providers with no model change left without a migration (SECURITY.md spec 33, this module).</summary>
public sealed class ProductsMigrationTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_finance_store_is_fully_migrated_and_seeds_the_insurance_kinds(string provider)
    {
        await using var platform = await ProductsTestKit.StartAsync(provider);
        var finance = platform.Services.GetServices<IModuleDatabase>().Single(d => d.Module == "finance");
        Assert.False(finance.HasPendingModelChanges(), "finance has model changes without a migration: run tools/add-migration.sh");
        Assert.Empty(finance.PendingMigrations());
        var kinds = await platform.With<IReadOnlyList<IpCity.Finance.Contracts.InsuranceKindDto>, IpCity.Finance.Contracts.IIpInsuranceRegister>(r => r.ListKindsAsync());
        Assert.Equal(
            new[] { "专利执行保险", "专利被侵权损失保险", "侵权责任保险", "知识产权质押融资保证保险", "海外侵权责任险", "商标被侵权损失保险" },
            kinds.Select(k => k.Name));
    }
}
