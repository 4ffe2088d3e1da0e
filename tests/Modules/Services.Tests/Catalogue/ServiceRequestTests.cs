using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Services.Tests.Catalogue;

/// <summary>
/// Online requests: routed to the item's responsible unit (360102's queue, not 360103's: 404 by id with an
/// AccessDenied row); the due date counts working days over a weekend and a holiday of a calendar loaded through the
/// Protection contract; moving the clock turns the request DueSoon then Overdue; the on-time flag at completion;
/// versions guard every step; the contact phone is stored encrypted and shown masked; enterprises see only their own.
/// </summary>
public sealed class ServiceRequestTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    /// <summary>Monday 2026-03-02, 09:00 in Nanchang.</summary>
    private static readonly DateTimeOffset s_monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static async Task<Platform> StartAsync(string provider)
    {
        var platform = await CatalogueKit.StartAsync(provider, s_monday);

        // A small 2026 calendar: Thursday 2026-03-05 is a holiday (replaces the starter calendar as a new version).
        var calendar = new HolidayCalendarInput(2026, "测试日历 (test)", "UNCONFIRMED", null, [new HolidayDayInput("2026-03-05", HolidayDayKinds.Holiday, "测试假日")]);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadAsync(2026, calendar));
        await platform.Catalogue(c => c.CreateAsync(CatalogueKit.City, new CreateServiceItemRequest("T-REQ", CatalogueKit.Content("知识产权维权援助申请", "360102", 4), new DateOnly(2026, 3, 1))));
        return platform;
    }

    private static SubmitServiceRequest Request(string subject = "商标被仿冒, 申请维权援助") => new("T-REQ", subject, "在电商平台发现仿冒商品。", "张三", "13812345678");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_request_goes_to_the_responsible_units_queue_and_its_timing_follows_the_clock(string provider)
    {
        await using var platform = await StartAsync(provider);
        var submitted = await platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise1, Request()));

        // 4 working days after Monday 03-02: Tue 1, Wed 2, (Thu holiday), Fri 3, (weekend), Mon 03-09 = 4.
        Assert.Equal((ServiceRequestStates.Submitted, new DateOnly(2026, 3, 9), 7, ServiceRequestTimings.OnTime), (submitted.State, submitted.DueOn, submitted.DaysLeft, submitted.Timing));
        Assert.Equal(("360102", "东湖区", "4 个工作日", 1), (submitted.UnitCode, submitted.UnitName, submitted.TimeLimitText, submitted.ItemVersion));
        Assert.Matches("^FW20260302[0-9]{4}$", submitted.Number);
        Assert.False(submitted.CalendarMissing);
        Assert.Contains(submitted.DueTrail, t => t.Contains("2026-03-09", StringComparison.Ordinal));
        Assert.Equal(("张*", "138****5678", false), (submitted.ContactName, submitted.ContactPhone, submitted.Unmasked));

        // In 360102's queue, not in 360103's; by id the other district gets 404 and an AccessDenied row.
        Assert.Equal(submitted.Id, Assert.Single((await platform.Requests(r => r.ListAsync(CatalogueKit.Donghu, new ServiceRequestQuery()))).Items).Id);
        Assert.Empty((await platform.Requests(r => r.ListAsync(CatalogueKit.Xihu, new ServiceRequestQuery()))).Items);
        Assert.Single((await platform.Requests(r => r.ListAsync(CatalogueKit.City, new ServiceRequestQuery()))).Items);
        var denied = await platform.DenialsAsync();
        var other = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.GetAsync(CatalogueKit.Xihu, submitted.Id)));
        Assert.Equal((404, "SERVICE_REQUEST_NOT_FOUND"), (other.Status, other.Code));
        var otherAct = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.AcceptAsync(CatalogueKit.Xihu, submitted.Id, new ServiceRequestActionRequest(1))));
        Assert.Equal(404, otherAct.Status);
        var otherFirm = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.GetAsync(CatalogueKit.Enterprise2, submitted.Id)));
        Assert.Equal(404, otherFirm.Status);
        Assert.Equal(denied + 3, await platform.DenialsAsync());
        Assert.Equal(submitted.Number, (await platform.Requests(r => r.GetAsync(CatalogueKit.Donghu, submitted.Id))).Number);

        // The clock moves: Sunday 03-08 is one day before the due date (DueSoon), Tuesday 03-10 is past it (Overdue).
        platform.Clock.Advance(TimeSpan.FromDays(6));
        var soon = await platform.Requests(r => r.GetAsync(CatalogueKit.Donghu, submitted.Id));
        Assert.Equal((1, ServiceRequestTimings.DueSoon), (soon.DaysLeft, soon.Timing));
        platform.Clock.Advance(TimeSpan.FromDays(2));
        var late = await platform.Requests(r => r.GetAsync(CatalogueKit.Donghu, submitted.Id));
        Assert.Equal((-1, ServiceRequestTimings.Overdue), (late.DaysLeft, late.Timing));
        Assert.Single((await platform.Requests(r => r.ListAsync(CatalogueKit.Donghu, new ServiceRequestQuery(Timing: "Overdue")))).Items);
        Assert.Empty((await platform.Requests(r => r.ListAsync(CatalogueKit.Donghu, new ServiceRequestQuery(Timing: "OnTime")))).Items);

        // Accept (a stale version is refused), then complete after the due date: not on time.
        var accepted = await platform.Requests(r => r.AcceptAsync(CatalogueKit.Donghu, submitted.Id, new ServiceRequestActionRequest(1, "材料齐全")));
        Assert.Equal((ServiceRequestStates.Accepted, new DateOnly(2026, 3, 10), 2), (accepted.State, accepted.AcceptedOn, accepted.Version));
        var stale = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.CompleteAsync(CatalogueKit.Donghu, submitted.Id, new ServiceRequestActionRequest(1))));
        Assert.Equal((409, "SERVICE_REQUEST_CONCURRENCY"), (stale.Status, stale.Code));
        var done = await platform.Requests(r => r.CompleteAsync(CatalogueKit.Donghu, submitted.Id, new ServiceRequestActionRequest(2, "已提供援助")));
        Assert.Equal((ServiceRequestStates.Completed, false, ServiceRequestTimings.Closed, (int?)null), (done.State, done.FinishedOnTime, done.Timing, done.DaysLeft));
        Assert.Equal(["Submit", "Accept", "Complete"], done.Events.Select(e => e.Action).ToList());
        var again = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.WithdrawAsync(CatalogueKit.Enterprise1, submitted.Id, new ServiceRequestActionRequest(3))));
        Assert.Equal((409, "SERVICE_REQUEST_STATE"), (again.Status, again.Code));
        Assert.Equal(1, await platform.AuditsAsync("ServiceRequestComplete", submitted.Number));
        Assert.Equal(1, await platform.AuditsAsync("ServiceRequestAccept", submitted.Number));
        Assert.Equal(1, await platform.AuditsAsync("ServiceRequestSubmitted", submitted.Number));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Completion_in_time_is_recorded_and_requesters_see_and_withdraw_only_their_own(string provider)
    {
        await using var platform = await StartAsync(provider);
        var first = await platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise1, Request()));
        var second = await platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise1, Request("第二件")));
        var foreign = await platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise2, Request("他企业")));
        Assert.NotEqual(first.Number, second.Number);

        platform.Clock.Advance(TimeSpan.FromDays(1));
        await platform.Requests(r => r.AcceptAsync(CatalogueKit.City, first.Id, new ServiceRequestActionRequest(1)));
        var done = await platform.Requests(r => r.CompleteAsync(CatalogueKit.Donghu, first.Id, new ServiceRequestActionRequest(2)));
        Assert.Equal((true, new DateOnly(2026, 3, 3)), (done.FinishedOnTime, done.ClosedOn));

        var noReason = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.RejectAsync(CatalogueKit.Donghu, foreign.Id, new ServiceRequestActionRequest(1))));
        Assert.Equal((400, "SERVICE_REQUEST_INVALID"), (noReason.Status, noReason.Code));
        var rejected = await platform.Requests(r => r.RejectAsync(CatalogueKit.Donghu, foreign.Id, new ServiceRequestActionRequest(1, "不属于援助范围")));
        Assert.Equal((ServiceRequestStates.Rejected, "不属于援助范围", true), (rejected.State, rejected.Reason, rejected.FinishedOnTime));

        var withdrawn = await platform.Requests(r => r.WithdrawAsync(CatalogueKit.Enterprise1, second.Id, new ServiceRequestActionRequest(1, "已自行解决")));
        Assert.Equal((ServiceRequestStates.Withdrawn, (bool?)null), (withdrawn.State, withdrawn.FinishedOnTime));
        var officerWithdraw = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.WithdrawAsync(CatalogueKit.Donghu, foreign.Id, new ServiceRequestActionRequest(2))));
        Assert.Equal(403, officerWithdraw.Status);
        var firmAccept = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.AcceptAsync(CatalogueKit.Enterprise1, second.Id, new ServiceRequestActionRequest(2))));
        Assert.Equal(403, firmAccept.Status);

        // Each enterprise sees its own; the self-service contract refuses another enterprise's code.
        Assert.Equal([second.Number, first.Number], (await platform.Requests(r => r.ListAsync(CatalogueKit.Enterprise1, new ServiceRequestQuery()))).Items.Select(i => i.Number).ToList());
        Assert.Equal([second.Number, first.Number], (await platform.Requests(r => r.ForEnterpriseAsync(CatalogueKit.Enterprise1, CatalogueKit.E1))).Select(i => i.Number).ToList());
        var denied = await platform.DenialsAsync();
        Assert.Empty(await platform.Requests(r => r.ForEnterpriseAsync(CatalogueKit.Enterprise2, CatalogueKit.E1)));
        Assert.Equal(denied + 1, await platform.DenialsAsync());
        Assert.Single(await platform.Requests(r => r.ForEnterpriseAsync(CatalogueKit.Donghu, CatalogueKit.E2)));
        Assert.Empty((await platform.Requests(r => r.ListAsync(CatalogueKit.Dept, new ServiceRequestQuery()))).Items);

        // Export = the list, contacts masked.
        var csv = System.Text.Encoding.UTF8.GetString(await platform.Requests(r => r.ExportCsvAsync(CatalogueKit.Donghu, new ServiceRequestQuery())));
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("13812345678", csv, StringComparison.Ordinal);
        Assert.Contains("138****5678", csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_contact_is_stored_encrypted_and_unmasked_only_with_a_reason(string provider)
    {
        await using var platform = await StartAsync(provider);
        var submitted = await platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise1, Request()));
        var stored = await platform.InScopeAsync(async sp => await sp.GetRequiredService<ServicesDbContext>().ServiceRequests.AsNoTracking().SingleAsync());
        Assert.DoesNotContain("13812345678", stored.ContactPhoneCipher, StringComparison.Ordinal);
        Assert.StartsWith("SM4-GCM:v1:", stored.ContactPhoneCipher, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", stored.ContactNameCipher, StringComparison.Ordinal);

        var noReason = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.GetAsync(CatalogueKit.Donghu, submitted.Id, unmask: true)));
        Assert.Equal(400, noReason.Status);
        var firm = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.GetAsync(CatalogueKit.Enterprise1, submitted.Id, unmask: true, reason: "x")));
        Assert.Equal(403, firm.Status);
        var viewed = await platform.AuditsAsync("PersonalDataViewed");
        var full = await platform.Requests(r => r.GetAsync(CatalogueKit.Donghu, submitted.Id, unmask: true, reason: "电话联系补充材料"));
        Assert.Equal(("张三", "13812345678", true), (full.ContactName, full.ContactPhone, full.Unmasked));
        Assert.Equal(viewed + 1, await platform.AuditsAsync("PersonalDataViewed"));

        // Bad input, a suspended item and a non-enterprise requester are refused.
        var bad = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise1, Request() with { ContactPhone = "12345" })));
        Assert.Equal((400, "contactPhone"), (bad.Status, bad.Details["field"]));
        var officer = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.SubmitAsync(CatalogueKit.Donghu, Request())));
        Assert.Equal(403, officer.Status);
        await platform.Catalogue(c => c.ReviseAsync(CatalogueKit.City, "T-REQ", new ReviseServiceItemRequest(1, CatalogueKit.Content("知识产权维权援助申请", "360102", 4, status: ServiceItemStatuses.Suspended))));
        var suspended = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise1, Request())));
        Assert.Equal((409, "SERVICE_ITEM_NOT_ONLINE"), (suspended.Status, suspended.Code));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Requesters_attach_checked_files_that_the_unit_downloads_verified(string provider)
    {
        await using var platform = await StartAsync(provider);
        var submitted = await platform.Requests(r => r.SubmitAsync(CatalogueKit.Enterprise1, Request()));
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% test evidence\n%%EOF\n");
        var attached = await platform.Requests(r => r.AttachAsync(CatalogueKit.Enterprise1, submitted.Id, "证据.pdf", new MemoryStream(pdf)));
        Assert.Equal(("证据.pdf", (long)pdf.Length), (attached.FileName, attached.Size));
        var (name, bytes) = await platform.Requests(r => r.DownloadAsync(CatalogueKit.Donghu, submitted.Id, attached.Id));
        Assert.Equal("证据.pdf", name);
        Assert.Equal(pdf, bytes);
        Assert.Single((await platform.Requests(r => r.GetAsync(CatalogueKit.Enterprise1, submitted.Id))).Attachments);

        var fake = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.AttachAsync(CatalogueKit.Enterprise1, submitted.Id, "伪装.pdf", new MemoryStream("MZ not a pdf"u8.ToArray()))));
        Assert.Equal((415, "SERVICE_REQUEST_ATTACHMENT_TYPE_NOT_ALLOWED"), (fake.Status, fake.Code));
        var exe = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.AttachAsync(CatalogueKit.Enterprise1, submitted.Id, "run.exe", new MemoryStream(pdf))));
        Assert.Equal(415, exe.Status);
        var foreign = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.AttachAsync(CatalogueKit.Enterprise2, submitted.Id, "x.pdf", new MemoryStream(pdf))));
        Assert.Equal(404, foreign.Status);
        var otherUnit = await Assert.ThrowsAsync<IpCityException>(() => platform.Requests(r => r.DownloadAsync(CatalogueKit.Xihu, submitted.Id, attached.Id)));
        Assert.Equal(404, otherUnit.Status);
        Assert.Single(Directory.GetFiles(Path.Combine(platform.Store.Storage.DataDirectory, "services", "requests"), "*.bin", SearchOption.AllDirectories));
    }
}
