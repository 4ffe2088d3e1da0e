using System.Reflection;
using IpCity.Access;
using IpCity.Organisations;
using NetArchTest.Rules;

namespace IpCity.Architecture.Tests;

/// <summary>
/// Module boundaries (STYLE.md §3, habit 6): a module, a host or the CLI may use another module only through
/// its Contracts namespace and its module class; Domain types carry no EF Core or web framework types;
/// the CLI never touches a DbContext.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public static readonly Assembly[] Modules = [typeof(OrganisationsModule).Assembly, typeof(AccessModule).Assembly, typeof(IpCity.IpData.IpDataModule).Assembly, typeof(IpCity.Monitoring.MonitoringModule).Assembly, typeof(IpCity.Reporting.ReportingModule).Assembly, typeof(IpCity.Protection.ProtectionModule).Assembly, typeof(IpCity.Finance.FinanceModule).Assembly, typeof(IpCity.Services.ServicesModule).Assembly];

    private static readonly Assembly s_web = typeof(IpCity.Web.WebApp).Assembly;
    private static readonly Assembly s_cli = typeof(IpCity.Cli.IpCityCli).Assembly;
    private static readonly Assembly s_kernel = typeof(IpCity.BuildingBlocks.Errors.IpCityException).Assembly;

    public static TheoryData<string> ModuleNames => new(Modules.Select(m => m.GetName().Name!));

    /// <summary>Every namespace of a module other than its root (module class, options) and its Contracts.</summary>
    internal static string[] InternalNamespaces(Assembly module)
    {
        var root = module.GetName().Name!;
        return module.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith(root + ".", StringComparison.Ordinal) && !n.StartsWith(root + ".Contracts", StringComparison.Ordinal))
            .Distinct()
            .Cast<string>()
            .ToArray();
    }

    [Fact]
    public void Modules_expose_only_contracts_their_module_class_and_options()
    {
        foreach (var module in Modules)
        {
            var root = module.GetName().Name!;
            var leaks = module.GetExportedTypes()
                .Where(t => t.Namespace != root && !(t.Namespace ?? string.Empty).StartsWith(root + ".Contracts", StringComparison.Ordinal))
                .Where(t => !IsEndpointDto(t))
                .Select(t => t.FullName)
                .ToList();
            Assert.True(leaks.Count == 0, $"{root} exposes non-contract types: {string.Join(", ", leaks)}");
        }
    }

    // Request/response records bound by minimal-API handlers must be public for the OpenAPI generator.
    private static bool IsEndpointDto(Type t) => t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Response", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void No_other_module_or_host_uses_a_module_internals(string moduleName)
    {
        var module = Modules.Single(m => m.GetName().Name == moduleName);
        var forbidden = InternalNamespaces(module);
        Assert.NotEmpty(forbidden);
        var others = Modules.Where(m => m != module).Concat([s_web, s_cli, s_kernel]).ToArray();
        var result = Types.InAssemblies(others).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"uses {moduleName} internals: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Domain_types_have_no_ef_core_or_http_dependencies(string moduleName)
    {
        var module = Modules.Single(m => m.GetName().Name == moduleName);
        var result = Types.InAssembly(module).That().ResideInNamespace(moduleName + ".Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing", "Npgsql", "Microsoft.Data.Sqlite")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_cli_never_touches_a_database_context_directly()
    {
        var result = Types.InAssembly(s_cli).ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_shared_kernel_holds_no_module_types()
    {
        var result = Types.InAssembly(s_kernel).ShouldNot().HaveDependencyOnAny("IpCity.Access", "IpCity.Organisations", "IpCity.Web").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Forbidden_xml_apis_are_not_used_outside_a_safe_reader_factory()
    {
        // SECURITY.md §5 / spec 16 (d): static scan of src/.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IpCity.slnx")))
        {
            dir = dir.Parent;
        }

        var src = Path.Combine(dir!.FullName, "src");
        Assert.True(Directory.Exists(src), src);
        string[] forbidden = ["XmlUrlResolver", "DtdProcessing.Parse", "XmlDocument.Load", "XDocument.Load", "XDocument.Parse", ".LoadXml("];
        var hits = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.EndsWith("SafeXmlReaderFactory.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => forbidden.Any(p => x.line.Contains(p, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}")
            .ToList();
        Assert.Empty(hits);
    }
}
