using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Storage;

namespace IpCity.Monitoring.Tasks;

/// <summary>Limits of the task ledger. <c>Monitoring:Tasks:MaxAttachmentBytes</c> overrides the size limit.</summary>
internal sealed class TaskLedgerOptions
{
    public const long DefaultMaxAttachmentBytes = 20L * 1024 * 1024;

    public long MaxAttachmentBytes { get; init; } = DefaultMaxAttachmentBytes;
}

/// <summary>Evidence of task progress reports: under &lt;data&gt;/monitoring/evidence/ (see <see cref="EvidenceFiles"/>).</summary>
internal sealed class TaskEvidenceStore : EvidenceFiles
{
    public const string Codes = "TASK_ATTACHMENT";

    public TaskEvidenceStore(StorageOptions storage, TaskLedgerOptions options)
        : base(storage, ["monitoring", "evidence"], Codes, options.MaxAttachmentBytes)
    {
    }
}
