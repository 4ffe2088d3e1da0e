using IpCity.BuildingBlocks.Errors;
using IpCity.Services.Contracts;
using IpCity.TestKit;

namespace IpCity.Services.Tests.Catalogue;

/// <summary>
/// Catalogue versions: an edit adds a version in force from its date; the public view shows the version in force on
/// the day asked (and moves on with the clock); officers see the history; the change log says what changed; stale
/// edits, backdated versions and non-city editors are refused; the STARTER list loads once on first use.
/// </summary>
public sealed class CatalogueVersioningTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_edit_adds_a_version_and_the_public_sees_the_one_in_force(string provider)
    {
        await using var platform = await CatalogueKit.StartAsync(provider);
        var created = await platform.Catalogue(c => c.CreateAsync(CatalogueKit.City, new CreateServiceItemRequest("T-CJ-001", CatalogueKit.Content("专利侵权纠纷行政裁决请求受理", "360102", 10), new DateOnly(2026, 3, 1))));
        Assert.Equal((1, "10 个工作日", "东湖区", true), (created.Version, created.TimeLimitText, created.ResponsibleUnitName, created.InForce));

        var revised = await platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "T-CJ-001",
            new ReviseServiceItemRequest(1, CatalogueKit.Content("专利侵权纠纷行政裁决请求受理", "360102", 5) with { Fee = "不收费 (依法免收)" }, new DateOnly(2026, 4, 1), "压缩办理时限")));
        Assert.Equal((2, false, 2), (revised.Version, revised.InForce, revised.LatestVersion));

        // Today (2026-03-02) the public still sees version 1; from 2026-04-01 version 2.
        var today = await platform.Catalogue(c => c.GetAsync(CatalogueKit.Visitor, "T-CJ-001"));
        Assert.Equal((1, "10 个工作日", (string?)null), (today.Version, today.TimeLimitText, today.RecordedBy));
        var april = await platform.Catalogue(c => c.GetAsync(CatalogueKit.Visitor, "T-CJ-001", new DateOnly(2026, 4, 1)));
        Assert.Equal((2, "5 个工作日", "不收费 (依法免收)"), (april.Version, april.TimeLimitText, april.Fee));
        var before = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.GetAsync(CatalogueKit.Visitor, "T-CJ-001", new DateOnly(2026, 2, 28))));
        Assert.Equal((404, "CATALOGUE_ITEM_NOT_FOUND"), (before.Status, before.Code));
        var list = await platform.Catalogue(c => c.ListAsync(CatalogueKit.Visitor, new ServiceItemQuery()));
        Assert.Equal("10 个工作日", Assert.Single(list.Items).TimeLimitText);

        // Officers see both versions, the one in force marked; the public may not.
        var history = await platform.Catalogue(c => c.HistoryAsync(CatalogueKit.Donghu, "T-CJ-001"));
        Assert.Equal([(2, false, "t.city"), (1, true, "t.city")], history.Select(h => (h.Version, h.InForce, h.RecordedBy)).ToList());
        var hidden = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.HistoryAsync(CatalogueKit.Enterprise1, "T-CJ-001")));
        Assert.Equal(403, hidden.Status);

        // The change log: what changed, from when.
        var changes = await platform.Catalogue(c => c.ChangesAsync(CatalogueKit.Visitor, "T-CJ-001"));
        Assert.Equal([CatalogueChangeKinds.Revised, CatalogueChangeKinds.Added], changes.Select(x => x.Kind).ToList());
        Assert.Equal(new DateOnly(2026, 4, 1), changes[0].EffectiveFrom);
        Assert.Contains("办理时限: 10 个工作日 → 5 个工作日", changes[0].Changes);
        Assert.Contains(changes[0].Changes, x => x.StartsWith("收费标准: 不收费 → 不收费 (依法免收)", StringComparison.Ordinal));
        Assert.Equal(2, changes[0].Changes.Count);
        Assert.Null(changes[0].RecordedBy);

        // A stale edit, a version starting before the latest, an unchanged edit and a district editor are refused.
        var stale = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "T-CJ-001", new ReviseServiceItemRequest(1, CatalogueKit.Content("x", "360102", 3)))));
        Assert.Equal((409, "CATALOGUE_CONCURRENCY"), (stale.Status, stale.Code));
        var backdated = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "T-CJ-001", new ReviseServiceItemRequest(2, CatalogueKit.Content("x", "360102", 3), new DateOnly(2026, 3, 15)))));
        Assert.Equal((400, "CATALOGUE_ITEM_INVALID", "effectiveFrom"), (backdated.Status, backdated.Code, backdated.Details["field"]));
        var same = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "T-CJ-001",
            new ReviseServiceItemRequest(2, CatalogueKit.Content("专利侵权纠纷行政裁决请求受理", "360102", 5) with { Fee = "不收费 (依法免收)" }, new DateOnly(2026, 4, 2)))));
        Assert.Equal((409, "CATALOGUE_NO_CHANGE"), (same.Status, same.Code));
        var district = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.ReviseAsync(CatalogueKit.Donghu, "T-CJ-001", new ReviseServiceItemRequest(2, CatalogueKit.Content("x", "360102", 3)))));
        Assert.Equal(403, district.Status);
        var unknownUnit = await Assert.ThrowsAsync<IpCityException>(() => platform.Catalogue(c => c.CreateAsync(CatalogueKit.City, new CreateServiceItemRequest("T-X", CatalogueKit.Content("x", "999999")))));
        Assert.Equal((400, "unit"), (unknownUnit.Status, unknownUnit.Details["field"]));
        Assert.Equal(2, await platform.AuditsAsync("ServiceItemRevised") + await platform.AuditsAsync("ServiceItemCreated"));

        // The clock moves on: the list shows version 2 from its date without any further write.
        platform.Clock.Advance(TimeSpan.FromDays(31));
        var later = await platform.Catalogue(c => c.ListAsync(CatalogueKit.Visitor, new ServiceItemQuery()));
        Assert.Equal((2, "5 个工作日"), (later.Items[0].Version, later.Items[0].TimeLimitText));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Suspending_and_abolishing_are_versions_and_leave_the_public_list(string provider)
    {
        await using var platform = await CatalogueKit.StartAsync(provider);
        await platform.Catalogue(c => c.CreateAsync(CatalogueKit.City, new CreateServiceItemRequest("T-A", CatalogueKit.Content("甲", "360100"), new DateOnly(2026, 3, 1))));
        await platform.Catalogue(c => c.CreateAsync(CatalogueKit.City, new CreateServiceItemRequest("T-B", CatalogueKit.Content("乙", "360100"), new DateOnly(2026, 3, 1))));
        await platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "T-A", new ReviseServiceItemRequest(1, CatalogueKit.Content("甲", "360100", status: ServiceItemStatuses.Abolished))));
        await platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "T-B", new ReviseServiceItemRequest(1, CatalogueKit.Content("乙", "360100", status: ServiceItemStatuses.Suspended))));

        var list = await platform.Catalogue(c => c.ListAsync(CatalogueKit.Visitor, new ServiceItemQuery()));
        Assert.Equal([("T-B", "暂停办理")], list.Items.Select(i => (i.Code, i.StatusName)).ToList());
        var abolished = await platform.Catalogue(c => c.ListAsync(CatalogueKit.City, new ServiceItemQuery(Status: "已取消")));
        Assert.Equal("T-A", Assert.Single(abolished.Items).Code);
        var kinds = (await platform.Catalogue(c => c.ChangesAsync(CatalogueKit.Visitor))).Select(x => (x.Code, x.Kind)).ToList();
        Assert.Contains(("T-A", CatalogueChangeKinds.Abolished), kinds);
        Assert.Contains(("T-B", CatalogueChangeKinds.Suspended), kinds);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_starter_list_loads_once_on_first_use_and_never_overwrites(string provider)
    {
        await using var platform = await CatalogueKit.StartAsync(provider, starter: true);
        var list = await platform.Catalogue(c => c.ListAsync(CatalogueKit.Visitor, new ServiceItemQuery()));
        Assert.Equal(10, list.Total);
        Assert.All(list.Items, i => Assert.Equal("STARTER", i.Source));
        var adjudication = list.Items.Single(i => i.Code == "ZL-CJ-001");
        Assert.Equal(("专利侵权纠纷行政裁决请求受理", "5 个工作日", "南昌市"), (adjudication.Name, adjudication.TimeLimitText, adjudication.ResponsibleUnitName));
        Assert.Equal("即时办结", list.Items.Single(i => i.Code == "SB-SL-001").TimeLimitText);

        await platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "ZL-CJ-001", new ReviseServiceItemRequest(1, CatalogueKit.Content("专利侵权纠纷行政裁决请求受理", "360100", 3))));
        var again = await platform.Catalogue(c => c.LoadStarterAsync());
        Assert.Equal((10, 0, 0, 10, 0), (again.Read, again.Created, again.Revised, again.Unchanged, again.Rejected));
        Assert.Equal("3 个工作日", (await platform.Catalogue(c => c.GetAsync(CatalogueKit.Visitor, "ZL-CJ-001"))).TimeLimitText);
    }
}
