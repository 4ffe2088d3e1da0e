using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IpCity.Cli.Commands;

public sealed class ImportSettings : GlobalSettings
{
    [CommandArgument(0, "<KIND>")]
    [Description("patents (USPTO XML, EPO XML, Chinese CSV/XLSX exports) | trademarks (incl. Madrid, CSV/XLSX) | gis (CSV/XLSX)")]
    public string Kind { get; init; } = string.Empty;

    [CommandArgument(1, "<PATHS>")]
    [Description("files or folders (folders are searched recursively)")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("auto | uspto-xml | epo-xml")]
    public string Format { get; init; } = "auto";

    [CommandOption("--json")]
    [Description("print the counts as one JSON object")]
    public bool Json { get; init; }

    [CommandOption("--strict")]
    [Description("stop at the first bad record instead of reporting it and going on")]
    public bool Strict { get; init; }

    [CommandOption("--errors <FILE>")]
    [Description("write the rejected records (file, row, field, value, reason) to a CSV file")]
    public string? ErrorsFile { get; init; }

    [CommandOption("--progress-file <FILE>")]
    [Description("also append progress to FILE, one line per report (stage, done, total; tab-separated, flushed), for scripts that watch an import")]
    public string? ProgressFile { get; init; }

    public override ValidationResult Validate()
    {
        if (Kind is not ("patents" or "trademarks" or "gis"))
        {
            return ValidationResult.Error($"unknown import kind '{Kind}' (supported: patents, trademarks, gis)");
        }

        if (Paths.Length == 0)
        {
            return ValidationResult.Error("name at least one file or folder");
        }

        return Format is "auto" or "uspto-xml" or "epo-xml" ? ValidationResult.Success() : ValidationResult.Error($"unknown --format '{Format}'");
    }
}

/// <summary>`ipcity import patents …`: read / inserted / updated / unchanged / skipped / rejected.</summary>
internal sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        await using var sp = CliHost.Build(settings);
        await sp.MigrateAllAsync(null, cancellationToken);

        var format = settings.Format switch
        {
            "uspto-xml" => ImportFormat.UsptoXml,
            "epo-xml" => ImportFormat.EpoXml,
            _ => ImportFormat.Auto,
        };
        ImportResult? result = null;
        await using var scope = sp.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IPatentImporter>();
        var registers = scope.ServiceProvider.GetRequiredService<IRegisterImporter>();
        Task<ImportResult> Run(IpCity.BuildingBlocks.Progress.IProgressSink? progress) => settings.Kind switch
        {
            "trademarks" => registers.ImportTrademarksAsync(settings.Paths, progress, cancellationToken),
            "gis" => registers.ImportGisAsync(settings.Paths, progress, cancellationToken),
            _ => importer.ImportAsync(new ImportRequest(settings.Paths, format, settings.Strict), progress, cancellationToken),
        };
        using var progressFile = settings.ProgressFile is null ? null : new FileProgress(settings.ProgressFile);
        if (settings.Json)
        {
            result = await Run(progressFile);
        }
        else
        {
            await CliProgress.RunAsync(AnsiConsole.Console, "import " + settings.Kind,
                async progress => result = await Run(progressFile is null ? progress : new TeeProgress(progress, progressFile)));
        }

        if (settings.ErrorsFile is not null)
        {
            await WriteErrorsAsync(settings.ErrorsFile, result!.Errors, cancellationToken);
        }

        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                read = result!.Read,
                inserted = result.Inserted,
                updated = result.Updated,
                unchanged = result.Unchanged,
                skipped = result.Skipped,
                rejected = result.Rejected,
                indexed = result.Indexed,
                errors = result.Errors,
            }, s_json));
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read {result!.Read}, inserted {result.Inserted}, updated {result.Updated}, unchanged {result.Unchanged}, skipped {result.Skipped}, rejected {result.Rejected}"));
            if (result.Indexed > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search index: {result.Indexed} patents indexed in {result.IndexSeconds:F1} s"));
            }
            foreach (var e in result.Errors.Take(20))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.Code} {e.File}:{e.Row} {e.Reason}"));
            }
        }

        return result.Rejected > 0 ? 4 : 0;
    }

    private static async Task WriteErrorsAsync(string path, IReadOnlyList<ImportError> errors, CancellationToken ct)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("文件,行,字段,值,原因,代码");
        foreach (var e in errors)
        {
            string[] cells = [e.File, e.Row.ToString(CultureInfo.InvariantCulture), e.Field ?? string.Empty, e.Value ?? string.Empty, e.Reason, e.Code];
            await writer.WriteLineAsync(string.Join(',', cells.Select(IpCity.BuildingBlocks.Export.CsvCells.Cell)));
        }

    }
}
