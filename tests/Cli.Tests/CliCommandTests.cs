using System.Diagnostics;
using System.Text;
using System.Text.Json;
using IpCity.TestKit;
using Spectre.Console;
using Spectre.Console.Testing;

namespace IpCity.Cli.Tests;

/// <summary>The ipcity commands, in process and as a real process, on SQLite and PostgreSQL.</summary>
[Collection("console")]
public sealed class CliCommandTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<(int Code, string Output)> RunAsync(TestStore store, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var previous = AnsiConsole.Console;
        var previousOut = Console.Out;
        var plain = new StringWriter();
        AnsiConsole.Console = console;
        Console.SetOut(plain);
        try
        {
            var all = args.Concat(["--data", store.Storage.DataDirectory]);
            if (store.Storage.PostgresConnectionString is { } pg)
            {
                all = all.Concat(["--database", pg]);
            }

            var code = await IpCityCli.RunAsync([.. all], console);
            return (code, console.Output + plain);
        }
        finally
        {
            AnsiConsole.Console = previous;
            Console.SetOut(previousOut);
        }
    }

    /// <summary>Every command's help renders (descriptions are Spectre markup: a stray [ once broke `import --help`).</summary>
    [Theory]
    [InlineData("")]
    [InlineData("serve")]
    [InlineData("db migrate")]
    [InlineData("db backup")]
    [InlineData("db restore")]
    [InlineData("demo load")]
    [InlineData("demo generate")]
    [InlineData("admin create")]
    [InlineData("audit verify")]
    [InlineData("reference import ipc")]
    [InlineData("reference import concordance")]
    [InlineData("import")]
    [InlineData("bench")]
    [InlineData("index rebuild")]
    [InlineData("indicators recompute")]
    [InlineData("report annual")]
    [InlineData("profile show")]
    [InlineData("profile load")]
    public async Task Every_command_prints_its_help(string command)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var previous = AnsiConsole.Console;
        AnsiConsole.Console = console;
        try
        {
            var code = await IpCityCli.RunAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"], console);
            Assert.True(code == 0, console.Output);
            Assert.Contains("--help", console.Output, StringComparison.Ordinal);
        }
        finally
        {
            AnsiConsole.Console = previous;
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Demo_load_then_audit_verify_detects_an_edited_row(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var (code, output) = await RunAsync(store, "demo", "load");
        Assert.True(code == 0, output);
        Assert.Contains("demo.city", output, StringComparison.Ordinal);
        Assert.Contains("CityOfficer", output, StringComparison.Ordinal);
        Assert.Contains("TOTP", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(store.Storage.DataDirectory, "demo-accounts.txt")));

        var again = await RunAsync(store, "demo", "load");
        Assert.True(again.Code == 0, again.Output);
        Assert.Contains("无变化", again.Output, StringComparison.Ordinal);

        var ok = await RunAsync(store, "audit", "verify");
        Assert.True(ok.Code == 0, ok.Output);
        Assert.Contains("校验通过", ok.Output, StringComparison.Ordinal);

        await store.ExecuteRawAsync($"UPDATE {store.Table("access", "AuditEvents")} SET \"Detail\" = 'edited' WHERE \"Seq\" = 2");
        var broken = await RunAsync(store, "audit", "verify");
        Assert.NotEqual(0, broken.Code);
        Assert.Contains("AUDIT_CHAIN_BROKEN", broken.Output, StringComparison.Ordinal);
        Assert.Contains("第 2 条", broken.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Profile_show_admin_create_and_migrate(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var migrate = await RunAsync(store, "db", "migrate");
        Assert.True(migrate.Code == 0, migrate.Output);
        Assert.Contains("access", migrate.Output, StringComparison.Ordinal);

        var empty = await RunAsync(store, "profile", "show");
        Assert.Equal(1, empty.Code);
        Assert.Contains("PROFILE_INVALID", empty.Output, StringComparison.Ordinal);

        var load = await RunAsync(store, "profile", "load");
        Assert.True(load.Code == 0, load.Output);
        var show = await RunAsync(store, "profile", "show");
        Assert.True(show.Code == 0, show.Output);
        foreach (var name in new[] { "南昌市", "东湖区", "红谷滩区", "南昌经济技术开发区", "湾里区", "每万人高价值发明专利拥有量" })
        {
            Assert.Contains(name, show.Output, StringComparison.Ordinal);
        }

        var reserved = await RunAsync(store, "admin", "create", "--user", "root", "--role", "SysAdmin");
        Assert.Equal(1, reserved.Code);
        Assert.Contains("USERNAME_RESERVED", reserved.Output, StringComparison.Ordinal);

        var created = await RunAsync(store, "admin", "create", "--user", "wu.security", "--role", "SecAdmin");
        Assert.True(created.Code == 0, created.Output);
        Assert.Contains("otpauth://totp/", created.Output, StringComparison.Ordinal);
        Assert.Contains("初始密码", created.Output, StringComparison.Ordinal);

        var second = await RunAsync(store, "admin", "create", "--user", "wu.security", "--role", "AuditAdmin");
        Assert.Equal(1, second.Code);
        Assert.Contains("USERNAME_TAKEN", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_patents_prints_json_counts_and_a_second_run_changes_nothing(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var ep = Fixtures.Path("patents", "ep-xml");
        var us = Fixtures.Path("patents", "us-grant-xml", "ipg060103.small.xml");
        var first = await RunAsync(store, "import", "patents", ep, us, "--json");
        Assert.True(first.Code == 0, first.Output);
        using (var doc = System.Text.Json.JsonDocument.Parse(first.Output.Trim()))
        {
            var r = doc.RootElement;
            Assert.Equal(33 + 27, r.GetProperty("read").GetInt32());
            Assert.Equal(33 + 25, r.GetProperty("inserted").GetInt32());
            Assert.Equal(0, r.GetProperty("updated").GetInt32());
            Assert.Equal(0, r.GetProperty("unchanged").GetInt32());
            Assert.Equal(2, r.GetProperty("skipped").GetInt32());
            Assert.Equal(0, r.GetProperty("rejected").GetInt32());
            Assert.Equal(33 + 25, r.GetProperty("indexed").GetInt32());
        }

        var second = await RunAsync(store, "import", "patents", ep, us, "--json");
        using (var doc = System.Text.Json.JsonDocument.Parse(second.Output.Trim()))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("inserted").GetInt32());
            Assert.Equal(58, doc.RootElement.GetProperty("unchanged").GetInt32());
        }

        var plain = await RunAsync(store, "import", "patents", ep);
        Assert.Contains("read 33, inserted 0, updated 0, unchanged 33, skipped 0, rejected 0", plain.Output, StringComparison.Ordinal);

        var rebuild = await RunAsync(store, "index", "rebuild");
        Assert.True(rebuild.Code == 0, rebuild.Output);
        Assert.Contains("search index rebuilt: 58 patents", rebuild.Output, StringComparison.Ordinal);

        var missing = await RunAsync(store, "import", "patents", "/no/such/file.xml");
        Assert.Equal(1, missing.Code);
        Assert.Contains("IMPORT_FILE_NOT_FOUND", missing.Output, StringComparison.Ordinal);
        var kind = await RunAsync(store, "import", "widgets", ep);
        Assert.NotEqual(0, kind.Code);
    }

    /// <summary>db backup and db restore as an operator runs them: JSON results, exit codes, named refusals.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Db_backup_then_restore_into_an_empty_store_and_refuse_a_live_one(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var imported = await RunAsync(store, "import", "patents", Fixtures.Path("patents", "ep-xml"), "--json");
        Assert.True(imported.Code == 0, imported.Output);
        var outDir = Path.Combine(store.Storage.DataDirectory, "backups");
        var backup = await RunAsync(store, "db", "backup", "--out", outDir, "--json");
        Assert.True(backup.Code == 0, backup.Output);
        string folder;
        using (var doc = System.Text.Json.JsonDocument.Parse(backup.Output.Trim()))
        {
            folder = doc.RootElement.GetProperty("folder").GetString()!;
            Assert.StartsWith(outDir, folder, StringComparison.Ordinal);
            Assert.True(doc.RootElement.GetProperty("bytes").GetInt64() > 0);
        }

        await using var target = await TestDatabases.CreateAsync(provider);
        var restore = await RunAsync(target, "db", "restore", folder, "--keys", store.Storage.KeysDirectory, "--json");
        Assert.True(restore.Code == 0, restore.Output);
        using (var doc = System.Text.Json.JsonDocument.Parse(restore.Output.Trim()))
        {
            Assert.Equal(33, doc.RootElement.GetProperty("indexedPatents").GetInt64());
            Assert.False(doc.RootElement.GetProperty("drill").GetBoolean());
        }

        Assert.Single(await target.QueryAsync($"SELECT \"Seq\" FROM {target.Table("access", "AuditEvents")} WHERE \"EventType\" = 'RestoreCompleted'"));
        var search = await RunAsync(target, "index", "rebuild");
        Assert.Contains("search index rebuilt: 33 patents", search.Output, StringComparison.Ordinal);

        var again = await RunAsync(target, "db", "restore", folder, "--keys", store.Storage.KeysDirectory);
        Assert.Equal(1, again.Code);
        Assert.Contains("RESTORE_TARGET_NOT_EMPTY", again.Output, StringComparison.Ordinal);
        var nothing = await RunAsync(target, "db", "restore", Path.Combine(outDir, "no-such-backup"));
        Assert.Equal(1, nothing.Code);
        Assert.Contains("BACKUP_NOT_FOUND", nothing.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_of_an_xlsx_zip_bomb_exits_with_IMPORT_ARCHIVE_LIMIT(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var dir = Path.Combine(store.Storage.DataDirectory, "bombs");
        Directory.CreateDirectory(dir);
        var ratio = Path.Combine(dir, "ratio.xlsx");
        ZipBombs.WriteWorkbook(ratio, 20L * 1024 * 1024);
        var lying = Path.Combine(dir, "lying.xlsx");
        ZipBombs.WriteLyingWorkbook(lying, 1000);
        foreach (var path in new[] { ratio, lying })
        {
            var (code, output) = await RunAsync(store, "import", "patents", path);
            Assert.True(code == 1, output);
            Assert.Contains("IMPORT_ARCHIVE_LIMIT", output, StringComparison.Ordinal);
        }

        var json = await RunAsync(store, "import", "patents", Fixtures.Path("patents", "ep-xml", "application_v1-3-A1.xml"), "--json");
        using var doc = System.Text.Json.JsonDocument.Parse(json.Output.Trim());
        Assert.Equal(1, doc.RootElement.GetProperty("inserted").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bench_audit_appends_and_verifies_the_chain(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var (code, output) = await RunAsync(store, "bench", "audit", "--rows", "40");
        Assert.True(code == 0, output);
        Assert.Contains("rows=40", output, StringComparison.Ordinal);
        Assert.Contains("ok=True verified=40", output, StringComparison.Ordinal);
        var bad = await RunAsync(store, "bench", "audit", "--rows", "0");
        Assert.NotEqual(0, bad.Code);
    }

    [Fact]
    public async Task Bench_patents_reports_every_phase_and_import_only_stops_after_the_import()
    {
        await using var store = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var (code, output) = await RunAsync(store, "bench", "patents", "--patents", "300", "--reps", "2", "--import-only");
        Assert.True(code == 0, output);
        Assert.Contains("| import (no index) | 300 read, 300 stored in", output, StringComparison.Ordinal);
        Assert.Contains("× parse |", output, StringComparison.Ordinal);
        Assert.DoesNotContain("| index build |", output, StringComparison.Ordinal);

        await using var full = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        (code, output) = await RunAsync(full, "bench", "patents", "--patents", "300", "--reps", "2");
        Assert.True(code == 0, output);
        Assert.Contains("| index build | 300 patents in", output, StringComparison.Ordinal);
        Assert.Contains("hit counts identical to the LIKE scan; export complete", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_arguments_exit_non_zero_with_a_message(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var unknown = await RunAsync(store, "frobnicate");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("frobnicate", unknown.Output, StringComparison.Ordinal);
        var missing = await RunAsync(store, "admin", "create");
        Assert.NotEqual(0, missing.Code);
        Assert.Contains("--user", missing.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concordance_import_names_a_missing_column_and_reimports_idempotently(string provider)
    {
        await using var store = await TestDatabases.CreateAsync(provider);
        var bad = Path.Combine(store.Storage.DataDirectory, "bad-header.csv");
        await File.WriteAllTextAsync(bad, "代码,名称,备注\r\n01,测试,\r\n", new UTF8Encoding(true));
        var refused = await RunAsync(store, "reference", "import", "concordance", "--type", "PatentIntensiveIndustry2019", "--edition", "2019-test", bad);
        Assert.Equal(1, refused.Code);
        Assert.Contains("CONCORDANCE_INVALID_HEADER", refused.Output, StringComparison.Ordinal);
        Assert.Contains("国民经济行业代码", refused.Output, StringComparison.Ordinal);

        var badType = await RunAsync(store, "reference", "import", "concordance", "--type", "Nope", "--edition", "x", bad);
        Assert.NotEqual(0, badType.Code);
        Assert.Contains("--type", badType.Output, StringComparison.Ordinal);

        // FABRICATED TEST ROWS in the published layout; row 4 has a bad class code.
        var good = Path.Combine(store.Storage.DataDirectory, "pi.csv");
        await File.WriteAllTextAsync(good, "代码,名称,国民经济行业代码,备注\r\n01,测试大类,,\r\n0101,测试中类,3921,\r\n,,39X1,\r\n", new UTF8Encoding(true));
        var first = await RunAsync(store, "reference", "import", "concordance", "--type", "PatentIntensiveIndustry2019", "--edition", "2019-test", good, "--json");
        Assert.Equal(4, first.Code);
        Assert.Contains("\"created\":true", first.Output, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"39X1\"", first.Output, StringComparison.Ordinal);
        var again = await RunAsync(store, "reference", "import", "concordance", "--type", "PatentIntensiveIndustry2019", "--edition", "2019-test", good);
        Assert.True(again.Code == 0, again.Output);
        Assert.Contains("patent-intensive-2019 2019-test: unchanged", again.Output, StringComparison.Ordinal);

        var profile = await RunAsync(store, "profile", "load");
        Assert.True(profile.Code == 0, profile.Output);
        Assert.Contains("产业目录 nanchang-4+4+x", profile.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_executable_exits_non_zero_after_a_direct_database_edit()
    {
        await using var store = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var dll = Path.Combine(AppContext.BaseDirectory, "ipcity.dll");
        var load = await RunProcessAsync(dll, "demo", "load", "--data", store.Storage.DataDirectory);
        Assert.True(load.Code == 0, load.Output);
        Assert.Contains("demo.city", load.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunProcessAsync(dll, "audit", "verify", "--data", store.Storage.DataDirectory)).Code);

        // A retention purge on a new store has nothing to delete (dry run or not); the run is recorded and the chain holds.
        var dry = await RunProcessAsync(dll, "audit", "purge", "--dry-run", "--data", store.Storage.DataDirectory);
        Assert.True(dry.Code == 0 && dry.Output.Contains("没有早于", StringComparison.Ordinal), dry.Output);
        Assert.Equal(0, (await RunProcessAsync(dll, "audit", "purge", "--data", store.Storage.DataDirectory)).Code);
        Assert.Equal(["AuditPurged"], await store.QueryAsync($"SELECT \"EventType\" FROM {store.Table("access", "AuditEvents")} WHERE \"EventType\" = 'AuditPurged'"));
        Assert.Equal(0, (await RunProcessAsync(dll, "audit", "verify", "--data", store.Storage.DataDirectory)).Code);

        // Every sealed field of the demo store opens (SECURITY.md spec 27); a flipped byte in one TOTP seed is named by
        // record and field, never by value, and the command exits 3.
        var sealedFields = await RunProcessAsync(dll, "pii", "verify", "--json", "--data", store.Storage.DataDirectory);
        Assert.True(sealedFields.Code == 0, sealedFields.Output);
        using (var clean = JsonDocument.Parse(sealedFields.Output[sealedFields.Output.IndexOf('{', StringComparison.Ordinal)..]))
        {
            Assert.True(clean.RootElement.GetProperty("values").GetInt64() > 0, sealedFields.Output);
            Assert.Equal(0, clean.RootElement.GetProperty("problems").GetArrayLength());
        }

        var users = store.Table("access", "Users");
        var seed = (await store.QueryAsync($"SELECT \"Id\" || '|' || \"TotpSecretCipher\" FROM {users} WHERE \"TotpSecretCipher\" IS NOT NULL")).First()!.Split('|');
        var raw = Convert.FromBase64String(seed[1][(IpCity.BuildingBlocks.Crypto.Sm4Gcm.AlgorithmId.Length + 1)..]);
        raw[^1] ^= 0x80;
        await store.ExecuteRawAsync($"UPDATE {users} SET \"TotpSecretCipher\" = '{IpCity.BuildingBlocks.Crypto.Sm4Gcm.AlgorithmId}:{Convert.ToBase64String(raw)}' WHERE \"Id\" = '{seed[0]}'");
        var tampered = await RunProcessAsync(dll, "pii", "verify", "--json", "--data", store.Storage.DataDirectory);
        Assert.True(tampered.Code == 3, tampered.Output);
        using (var found = JsonDocument.Parse(tampered.Output[tampered.Output.IndexOf('{', StringComparison.Ordinal)..]))
        {
            var problem = Assert.Single(found.RootElement.GetProperty("problems").EnumerateArray());
            Assert.Equal(("access.users", Guid.Parse(seed[0]), "TotpSecretCipher"),
                (problem.GetProperty("area").GetString(), Guid.Parse(problem.GetProperty("key").GetString()!), problem.GetProperty("field").GetString()));
            Assert.DoesNotContain(seed[1], tampered.Output, StringComparison.Ordinal);
        }

        // The annual report is signed (SM2 over the SM3 digests of its files): 'report verify' passes with the platform's
        // key (printed by 'report key'), fails with another key and after a file changes.
        var reports = Path.Combine(store.Storage.DataDirectory, "signed");
        var annual = await RunProcessAsync(dll, "report", "annual", "--year", "2024", "--out", reports, "--data", store.Storage.DataDirectory);
        Assert.True(annual.Code == 0, annual.Output);
        var sig = Assert.Single(Directory.GetFiles(reports, "*.sig"));
        var keyOutput = await RunProcessAsync(dll, "report", "key", "--data", store.Storage.DataDirectory);
        var publicKey = System.Text.RegularExpressions.Regex.Match(keyOutput.Output, "public key: (04[0-9a-f]{128})").Groups[1].Value;
        Assert.True(publicKey.Length == 130, keyOutput.Output);
        var good = await RunProcessAsync(dll, "report", "verify", sig, "--public-key", publicKey, "--json");
        Assert.True(good.Code == 0, good.Output);
        Assert.Contains("\"signatureValid\":true", good.Output, StringComparison.Ordinal);
        var stranger = await RunProcessAsync(dll, "report", "verify", sig, "--public-key", IpCity.BuildingBlocks.Crypto.Sm2.Generate().PublicKeyHex, "--json");
        Assert.True(stranger.Code == 3 && stranger.Output.Contains("\"keyTrusted\":false", StringComparison.Ordinal), stranger.Output);
        await File.AppendAllTextAsync(Assert.Single(Directory.GetFiles(reports, "*.pdf")), " ");
        var altered = await RunProcessAsync(dll, "report", "verify", sig, "--data", store.Storage.DataDirectory);
        Assert.True(altered.Code == 3 && altered.Output.Contains("MANIFEST_VERIFY_FAILED", StringComparison.Ordinal) && altered.Output.Contains("altered", StringComparison.Ordinal), altered.Output);

        await store.ExecuteRawAsync($"UPDATE {store.Table("access", "AuditEvents")} SET \"ActorName\" = 'someone-else' WHERE \"Seq\" = 1");
        var verify = await RunProcessAsync(dll, "audit", "verify", "--data", store.Storage.DataDirectory);
        Assert.NotEqual(0, verify.Code);
        Assert.Contains("AUDIT_CHAIN_BROKEN", verify.Output, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Output)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
