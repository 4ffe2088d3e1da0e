using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

public sealed class ConcordanceImportSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("the concordance in its published spreadsheet layout (.xlsx or .csv)")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--type <TYPE>")]
    [Description("IpcToNationalIndustry2018 | StrategicEmergingIpc2021 | PatentIntensiveIndustry2019")]
    public string Type { get; init; } = string.Empty;

    [CommandOption("--edition <TEXT>")]
    [Description("edition/version the indicator values will cite, e.g. \"2021试行\"")]
    public string Edition { get; init; } = string.Empty;

    [CommandOption("--source <TEXT>")]
    [Description("source note (publisher, URL, date); default names the type, edition and file")]
    public string? Source { get; init; }

    [CommandOption("--json")]
    [Description("print the result as one JSON object")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<ConcordanceType>(Type, out var t) || !Enum.IsDefined(t))
        {
            return ValidationResult.Error($"--type must be one of: {string.Join(", ", Enum.GetNames<ConcordanceType>())}");
        }

        return string.IsNullOrWhiteSpace(Edition) ? ValidationResult.Error("--edition is required") : ValidationResult.Success();
    }
}

/// <summary>`ipcity reference import concordance --type T --edition E FILE`: one validated, versioned concordance edition.</summary>
internal sealed class ConcordanceImportCommand : AsyncCommand<ConcordanceImportSettings>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override async Task<int> ExecuteAsync(CommandContext context, ConcordanceImportSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);

        await using var scope = sp.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IConcordanceImporter>().ImportAsync(
            Enum.Parse<ConcordanceType>(settings.Type), settings.Edition, Path.GetFullPath(settings.File), settings.Source, cancellationToken);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(result, s_json));
        }
        else
        {
            var state = result.Unchanged ? "unchanged (same file and edition)" : result.Created ? "created, now active" : "nothing imported";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Catalogue} {result.Edition}: {state}; read {result.Read}, industries {result.Industries}, rules {result.Rules}, rejected {result.Rejected}"));
            foreach (var e in result.Errors.Take(20))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.File}:{e.Row} {e.Field}={e.Value}: {e.Reason}"));
            }
        }

        return result.Rejected > 0 ? 4 : result.Created || result.Unchanged ? 0 : 1;
    }
}
