using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Storage;

namespace IpCity.Protection.Cases;

/// <summary>Evidence and documents of cases: under &lt;data&gt;/protection/evidence/ (see <see cref="EvidenceFiles"/>), 20 MB each.</summary>
internal sealed class CaseEvidenceStore : EvidenceFiles
{
    public const string Codes = "CASE_ATTACHMENT";

    public CaseEvidenceStore(StorageOptions storage)
        : base(storage, ["protection", "evidence"], Codes, 20L * 1024 * 1024)
    {
    }
}
