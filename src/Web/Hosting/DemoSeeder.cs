using System.Globalization;
using System.Text;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Organisations.Contracts;

namespace IpCity.Web.Hosting;

public sealed record DemoAccount(string UserName, string Role, string DisplayName, string Password, string? TotpSecret, string? UnitCode);

public sealed record DemoResult(ProfileLoadResult Profile, IReadOnlyList<DemoAccount> Accounts, string AccountsFile, IpCity.IpData.Contracts.ImportResult? Patents = null);

/// <summary>
/// Demo mode: migrate every module store, load the city profile and create one demo account per role (with
/// fresh random passwords each time, printed and written to &lt;data&gt;/demo-accounts.txt with owner-only rights).
/// Uses module APIs only.
/// </summary>
public sealed class DemoSeeder
{
    private static readonly (string User, string Role, string Name, string? Unit, string? Dept)[] s_accounts =
    [
        ("demo.city", Roles.CityOfficer, "市知识产权局 演示用户", null, null),
        ("demo.district", Roles.DistrictOfficer, "东湖区 演示用户", "360102", null),
        // The department's ledger code: it receives the warnings of the indicators its department owns.
        ("demo.dept", Roles.DeptOfficer, "市场监管局 演示用户", IpCity.Monitoring.Contracts.MonitoringDepartments.MarketRegulation, "南昌市市场监督管理局"),
        ("demo.enterprise", Roles.Enterprise, "演示企业", null, null),
        ("demo.sysadmin", Roles.SysAdmin, "系统管理员 (演示)", null, null),
        ("demo.secadmin", Roles.SecAdmin, "安全管理员 (演示)", null, null),
        ("demo.auditadmin", Roles.AuditAdmin, "审计管理员 (演示)", null, null),
    ];

    /// <summary>Size and seed of the synthetic patent set the demo loads (deterministic).</summary>
    public const int DemoPatents = 3000;
    public const int DemoSeed = 2025;

    private readonly IServiceProvider _services;

    public DemoSeeder(IServiceProvider services)
    {
        _services = services;
    }

    public async Task<DemoResult> LoadAsync(Action<string>? progress = null, CancellationToken ct = default)
    {
        await _services.MigrateAllAsync(progress, ct);
        await using var scope = _services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        progress?.Invoke("load city profile");
        var profile = await sp.GetRequiredService<ICityProfileLoader>().LoadAsync(null, ct);
        var count = int.TryParse(sp.GetRequiredService<IConfiguration>()["Demo:Patents"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : DemoPatents;
        if (sp.GetRequiredService<IConfiguration>()["Demo:LoadReference"] != "false")
        {
            progress?.Invoke("reference data: IPC 2026.01 (77 242 codes), WIPO technology fields");
            await sp.GetRequiredService<IpCity.IpData.Contracts.IReferenceData>().LoadIpcAsync(null, ct);
        }

        // After the IPC table, so the starter catalogue's IPC patterns are checked against it.
        foreach (var catalogue in await sp.GetRequiredService<IpCity.IpData.Contracts.IConcordanceImporter>().LoadStarterCataloguesAsync(sp.GetRequiredService<ICityProfileLoader>().DefaultProfilePath, ct))
        {
            progress?.Invoke($"industry catalogue {catalogue.Catalogue} ({catalogue.Edition}): {catalogue.Industries} industries, {catalogue.Rules} rules{(catalogue.Created ? string.Empty : ", unchanged")}");
        }

        progress?.Invoke($"synthetic demo patents ({count}, seed {DemoSeed})");
        var demoFile = Path.Combine(sp.GetRequiredService<StorageOptions>().DataDirectory, "demo", "synthetic-demo-patents.csv");
        await sp.GetRequiredService<IpCity.IpData.Contracts.IDemoPatentGenerator>().GenerateAsync(demoFile, count, DemoSeed, ct);
        var patents = await sp.GetRequiredService<IpCity.IpData.Contracts.IPatentImporter>().ImportAsync(new IpCity.IpData.Contracts.ImportRequest([demoFile]), null, ct);
        progress?.Invoke($"imported: {patents.Inserted} new, {patents.Unchanged} unchanged, {patents.Rejected} rejected");
        var gis = Path.Combine(AppContext.BaseDirectory, "reference", "jiangxi_gi_facts.csv");
        if (File.Exists(gis))
        {
            progress?.Invoke("geographical indications (reference/jiangxi_gi_facts.csv)");
            await sp.GetRequiredService<IpCity.IpData.Contracts.IRegisterImporter>().ImportGisAsync([gis], null, ct);
        }

        // Demo trademarks (national and Madrid) for the demo firms, the pledge register over the demo pledge events,
        // the agency register and the starter service catalogue: the six headline indicators then compute from records.
        var marks = await sp.GetRequiredService<IpCity.IpData.Contracts.IDemoTrademarkGenerator>().GenerateAsync(
            Path.Combine(sp.GetRequiredService<StorageOptions>().DataDirectory, "demo", "synthetic-demo-trademarks.csv"), DemoSeed, ct);
        var markResult = await sp.GetRequiredService<IpCity.IpData.Contracts.IRegisterImporter>().ImportTrademarksAsync([marks.Path], null, ct);
        progress?.Invoke($"synthetic demo trademarks: {marks.Rows} rows, {markResult.Inserted} new, {markResult.Unchanged} unchanged");
        var pledges = await sp.GetRequiredService<IpCity.Finance.Contracts.IFinanceDemo>().LoadAsync(ct);
        progress?.Invoke($"synthetic demo pledge register: {pledges.Inserted} new, {pledges.Unchanged} unchanged; reconciled {pledges.Reconciliation.MatchedByReference} by number, {pledges.Reconciliation.EventOnly} event-only");
        progress?.Invoke("services demo: " + await sp.GetRequiredService<IpCity.Services.Contracts.IServicesDemo>().LoadAsync(ct));

        // The demo enterprise account acts for the demo firm with the most patents.
        var enterpriseCode = (await sp.GetRequiredService<IpCity.IpData.Contracts.IApplicantQueries>().ListAsync(null, "Enterprise", 500, ct))
            .Where(a => a.CreditCode is not null).OrderByDescending(a => a.Patents).ThenBy(a => a.Id).Select(a => a.CreditCode).FirstOrDefault();
        var admin = sp.GetRequiredService<IAccountAdmin>();
        var existing = (await admin.ListUsersAsync(ct)).ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        var fixedPassword = Environment.GetEnvironmentVariable("IPCITY_DEMO_PASSWORD");
        var accounts = new List<DemoAccount>();
        foreach (var (user, role, name, unit, dept) in s_accounts)
        {
            progress?.Invoke($"demo account {user}");
            if (existing.TryGetValue(user, out var dto))
            {
                if (!dto.IsDemo)
                {
                    continue;
                }

                // Existing demo accounts get a fresh password so it can be printed again.
                var password = await admin.ResetPasswordAsync(dto.Id, fixedPassword, mustChange: false, ct);
                accounts.Add(new DemoAccount(user, role, name, password, null, unit));
                continue;
            }

            var created = await admin.CreateUserAsync(new CreateUserRequest(user, name, role, fixedPassword, unit, dept, role == Roles.Enterprise ? enterpriseCode : null), isDemo: true, ct);
            accounts.Add(new DemoAccount(user, role, name, fixedPassword ?? created.GeneratedPassword!, created.TotpSecret, unit));
        }

        // The Outline task ledger starter (UNCONFIRMED structure, to be replaced by the office's ledger file).
        var ledger = await sp.GetRequiredService<IpCity.Monitoring.Contracts.ITaskLedger>().LoadStarterAsync(null, ct);
        progress?.Invoke($"task ledger starter: {ledger}");

        // Demo protection cases (fictitious parties): the closure rate of 2024 is then computed from them.
        progress?.Invoke($"protection demo cases: {await sp.GetRequiredService<IpCity.Protection.Contracts.IProtectionDemo>().LoadAsync(ct)}");

        // The monitoring indicators of the Outline years with data (population in the profile: 2021–2024).
        foreach (var year in new[] { 2021, 2022, 2023, 2024 })
        {
            var computed = await sp.GetRequiredService<IpCity.Monitoring.Contracts.IIndicatorEngine>().RecomputeAsync(year, null, null, ct);
            progress?.Invoke($"indicators {year}: {computed.Values} values ({computed.Changed} new)");
        }

        await sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry(AuditEvents.DemoLoaded, AuditOutcome.Success, "Demo", null, $"accounts={accounts.Count}"), ct);
        var file = Path.Combine(sp.GetRequiredService<StorageOptions>().DataDirectory, "demo-accounts.txt");
        await File.WriteAllTextAsync(file, Format(accounts), ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return new DemoResult(profile, accounts, file, patents);
    }

    public static string Format(IReadOnlyList<DemoAccount> accounts)
    {
        var sb = new StringBuilder();
        sb.AppendLine("IpCity 演示账户 (demo accounts) — 仅用于演示 (demo only)");
        foreach (var a in accounts)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {a.Role,-16} {a.UserName,-18} 密码/password: {a.Password}");
            if (a.TotpSecret is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  TOTP 密钥/secret: {a.TotpSecret}");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}
