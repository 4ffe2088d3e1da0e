using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Agencies;
using IpCity.Services.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Brands;

/// <summary>
/// Import of GI authorised users from an .xlsx workbook (first sheet, header row; a trailing * on a header is ignored).
/// Idempotent by GI + 统一社会信用代码 with a content hash (inserted / updated / unchanged); good rows are kept, bad rows
/// come back with row, field, value and reason. The city office imports.
/// </summary>
internal sealed partial class GiRegister
{
    public const string ImportInvalid = "GI_IMPORT_INVALID";
    public const int MaxImportRows = 20_000;

    public static readonly IReadOnlyDictionary<string, string[]> ImportHeaders = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["giName"] = ["地理标志名称", "地理标志", "产品名称"],
        ["giType"] = ["地理标志类型", "类型"],
        ["firmName"] = ["企业名称", "授权使用人", "使用人名称"],
        ["creditCode"] = ["统一社会信用代码", "信用代码"],
        ["approvalNumber"] = ["核准编号", "核准文号", "批准号"],
        ["approvedOn"] = ["核准日期", "批准日期"],
        ["address"] = ["地址", "企业地址"],
        ["status"] = ["状态"],
        ["revokedOn"] = ["撤销日期"],
    };

    private static readonly string[] s_required = ["giName", "firmName", "creditCode"];

    public async Task<GiImportResult> ImportUsersAsync(Actor actor, string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("GI_IMPORT_ROLE", "授权使用人由市局导入。", 403);
        }

        var rows = ReadRows(path);
        var gis = await CityGisAsync(ct);
        var today = AgencyRules.Today(_clock);
        var issues = new List<GiImportIssue>();
        int inserted = 0, updated = 0, unchanged = 0;
        var seen = new HashSet<(string, string)>();
        var existing = await _db.GiUsers.ToDictionaryAsync(u => (u.GiKey, u.CreditCode), ct);
        foreach (var (row, cells) in rows)
        {
            string? Cell(string f) => cells.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            var problems = new FieldProblems();

            // The GI: by name among the city's GIs, narrowed by the type when the name has several.
            var name = Cell("giName");
            var type = Cell("giType");
            var candidates = gis.Where(g => g.Gi.Name == name).ToList();
            if (type is not null)
            {
                candidates = candidates.Where(g => g.Gi.TypeText == type || g.Gi.Type.Equals(type, StringComparison.OrdinalIgnoreCase) || g.Gi.TypeText.Contains(type, StringComparison.Ordinal)).ToList();
            }

            if (candidates.Count == 0)
            {
                problems.Add("giName", name, "未找到本市该地理标志 (名称与类型须与地理标志清单一致)。");
            }
            else if (candidates.Count > 1)
            {
                problems.Add("giType", type, "该名称有多个地理标志, 请填写地理标志类型。");
            }

            var valid = ValidateUser(Cell("firmName"), Cell("creditCode"), Cell("approvalNumber"), Cell("address"), problems);
            if (!AgencyImportFile.TryDate(Cell("approvedOn"), out var approvedOn) || approvedOn > today)
            {
                problems.Add("approvedOn", Cell("approvedOn"), "核准日期无效或晚于今天。");
            }

            var status = Cell("status") switch
            {
                null or "有效" or "Active" or "正常" => GiUserStatuses.Active,
                "撤销" or "已撤销" or "Revoked" => GiUserStatuses.Revoked,
                var other => null,
            };
            if (status is null)
            {
                problems.Add("status", Cell("status"), "状态须为 有效 / 已撤销。");
            }

            if (!AgencyImportFile.TryDate(Cell("revokedOn"), out var revokedOn) || revokedOn > today)
            {
                problems.Add("revokedOn", Cell("revokedOn"), "撤销日期无效或晚于今天。");
            }
            else if (status == GiUserStatuses.Revoked && revokedOn is null)
            {
                problems.Add("revokedOn", null, "已撤销的授权须填写撤销日期。");
            }

            if (!problems.Any && candidates.Count == 1 && !seen.Add((candidates[0].Key, valid.CreditCode)))
            {
                problems.Add("creditCode", valid.CreditCode, "文件中该地理标志与统一社会信用代码重复。");
            }

            if (problems.Any)
            {
                issues.AddRange(problems.Items.Select(i => new GiImportIssue(row, i.Field, i.Value, i.Reason)));
                continue;
            }

            var gi = candidates[0];
            var region = _addresses.Resolve(valid.Address);
            var user = existing.GetValueOrDefault((gi.Key, valid.CreditCode));
            var created = user is null;
            user ??= new GiUser { GiKey = gi.Key, GiName = gi.Gi.Name, CreditCode = valid.CreditCode };
            var before = user.ContentHash;
            user.Status = status!;
            user.RevokedOn = status == GiUserStatuses.Revoked ? revokedOn : null;
            if (status == GiUserStatuses.Active)
            {
                user.RevokeReason = null;
            }

            var previous = (user.FirmName, user.ApprovalNumber, user.ApprovedOn, user.Address, user.CityCode, user.CountyCode, user.ZoneCode, user.UpdatedBy, user.UpdatedAt);
            Apply(user, valid with { ApprovedOn = approvedOn }, region, actor.Name);
            if (created)
            {
                _db.GiUsers.Add(user);
                existing[(gi.Key, valid.CreditCode)] = user;
                inserted++;
            }
            else if (user.ContentHash == before)
            {
                (user.FirmName, user.ApprovalNumber, user.ApprovedOn, user.Address, user.CityCode, user.CountyCode, user.ZoneCode, user.UpdatedBy, user.UpdatedAt) = previous;
                unchanged++;
            }
            else
            {
                updated++;
            }
        }

        await SaveAsync(ct);
        var rejected = issues.Select(i => i.Row).Distinct().Count();
        await _audit.RecordAsync(new AuditEntry(BrandAuditEvents.GiUsersImported, AuditOutcome.Success, "GiUsers", Path.GetFileName(path),
            $"rows={rows.Count.ToString(CultureInfo.InvariantCulture)} inserted={inserted.ToString(CultureInfo.InvariantCulture)} updated={updated.ToString(CultureInfo.InvariantCulture)} unchanged={unchanged.ToString(CultureInfo.InvariantCulture)} rejected={rejected.ToString(CultureInfo.InvariantCulture)}"), ct);
        return new GiImportResult(rows.Count, inserted, updated, unchanged, rejected, issues);
    }

    /// <summary>The first sheet's data rows (spreadsheet row number, header = 1) with cells by field; empty rows skipped.</summary>
    private static IReadOnlyList<SheetRow> ReadRows(string path) =>
        SheetReader.Read(path, ImportHeaders, s_required, new SheetOptions(ImportInvalid, MaxImportRows, "导入文件"));
}
