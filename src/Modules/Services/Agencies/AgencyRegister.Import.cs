using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace IpCity.Services.Agencies;

/// <summary>
/// The XLSX import: idempotent by natural keys (agency: 统一社会信用代码; person: 执业证号 or identity number;
/// engagement: person + agency + role + start date; status: agency + status + date) with content hashes, so a
/// second import of the same file reports every row unchanged. A row is applied whole or not at all; bad rows are
/// reported with sheet, row, field, value (identity numbers masked, names masked) and reason.
/// </summary>
internal sealed partial class AgencyRegister
{
    private enum Outcome
    {
        Unchanged,
        Updated,
        Inserted,
    }

    public async Task<AgencyImportResult> ImportAsync(Actor actor, string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("AGENCY_IMPORT_CITY_ONLY", "代理机构名录由市局导入。", 403);
        }

        var book = AgencyImportFile.Read(path);
        var issues = new List<AgencyImportIssue>();
        var rejected = 0;
        var agencies = await _db.Agencies.Include(a => a.StatusHistory).ToDictionaryAsync(a => a.CreditCode, StringComparer.Ordinal, ct);
        var agencyOutcomes = new Dictionary<Agency, Outcome>(ReferenceEqualityComparer.Instance);
        if (book.Agencies is { } agencyRows)
        {
            // Head offices first (saved, so their ids exist), then branches.
            foreach (var pass in new[] { false, true })
            {
                foreach (var row in agencyRows.Where(r => (r["parentCreditCode"] is not null) == pass))
                {
                    var problems = new FieldProblems();
                    ImportAgency(row, agencies, agencyOutcomes, actor.Name, problems);
                    if (problems.Any)
                    {
                        rejected++;
                        issues.AddRange(problems.Items.Select(p => new AgencyImportIssue(AgencyImportFile.AgencySheet, row.Row, p.Field, p.Value, p.Reason)));
                    }
                }

                await SaveAsync(ct);
            }
        }

        var personOutcomes = new Dictionary<Practitioner, Outcome>(ReferenceEqualityComparer.Instance);
        var engagementCounts = new int[3];
        if (book.Persons is { } personRows)
        {
            var persons = await _db.Practitioners.Include(p => p.Engagements).ToListAsync(ct);
            var byCertificate = persons.Where(p => p.CertificateNumber is not null).ToDictionary(p => p.CertificateNumber!, StringComparer.Ordinal);
            var byIdHash = persons.Where(p => p.IdHash is not null).ToDictionary(p => p.IdHash!, StringComparer.Ordinal);
            foreach (var row in personRows)
            {
                var problems = new FieldProblems();
                ImportPerson(row, agencies, byCertificate, byIdHash, personOutcomes, engagementCounts, actor.Name, problems);
                if (problems.Any)
                {
                    rejected++;
                    issues.AddRange(problems.Items.Select(p => new AgencyImportIssue(AgencyImportFile.PersonSheet, row.Row, p.Field, SafePersonValue(p.Field, p.Value), p.Reason)));
                }
            }

            await SaveAsync(ct);
        }

        var rows = (book.Agencies?.Count ?? 0) + (book.Persons?.Count ?? 0);
        var result = new AgencyImportResult(
            rows,
            Counts(agencyOutcomes.Values),
            Counts(personOutcomes.Values),
            new ImportCounts(engagementCounts[(int)Outcome.Inserted], engagementCounts[(int)Outcome.Updated], engagementCounts[(int)Outcome.Unchanged]),
            rejected,
            issues.OrderBy(i => i.Sheet == AgencyImportFile.AgencySheet ? 0 : 1).ThenBy(i => i.Row).ToList());
        await _audit.RecordAsync(new AuditEntry(AgencyAuditEvents.AgenciesImported, AuditOutcome.Success, "Agencies", null,
            string.Create(CultureInfo.InvariantCulture, $"file={Path.GetFileName(path)} rows={rows} agencies={Format(result.Agencies)} persons={Format(result.Persons)} engagements={Format(result.Engagements)} rejected={rejected}")), ct);
        return result;
    }

    private static string Format(ImportCounts c) => string.Create(CultureInfo.InvariantCulture, $"+{c.Inserted}/~{c.Updated}/={c.Unchanged}");

    private static ImportCounts Counts(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        return new ImportCounts(list.Count(o => o == Outcome.Inserted), list.Count(o => o == Outcome.Updated), list.Count(o => o == Outcome.Unchanged));
    }

    private static void Note<T>(Dictionary<T, Outcome> outcomes, T item, Outcome outcome)
        where T : class =>
        outcomes[item] = outcomes.TryGetValue(item, out var before) && before > outcome ? before : outcome;

    /// <summary>Names and identity numbers never appear in clear in an import report; addresses not at all.</summary>
    private static string? SafePersonValue(string field, string? value) => value is null ? null : field switch
    {
        "name" => AgencyRules.MaskName(value),
        "idNumber" => value.Contains('*', StringComparison.Ordinal) ? value : AgencyRules.MaskId(value),
        "address" => null,
        _ => value,
    };

    private void ImportAgency(SheetRow row, Dictionary<string, Agency> agencies, Dictionary<Agency, Outcome> outcomes, string by, FieldProblems problems)
    {
        var name = problems.Required(row["name"], 200, "name", "机构名称");
        var code = AgencyRules.Normalise(row["creditCode"] ?? string.Empty);
        if (!AgencyRules.IsCreditCode(code))
        {
            problems.Add("creditCode", row["creditCode"], "统一社会信用代码无效 (18 位, GB 32100 校验位)。");
        }

        var licence = problems.Optional(row["patentLicenceNumber"], 64, "patentLicenceNumber");
        var filing = problems.Optional(row["trademarkFilingNumber"], 64, "trademarkFilingNumber");
        if (licence is null && filing is null)
        {
            problems.Add("patentLicenceNumber", null, "须填写专利代理机构执业许可证号或商标代理机构备案号 (至少一项)。");
        }

        if (licence is not null && agencies.Values.Any(a => a.PatentLicenceNumber == licence && a.CreditCode != code))
        {
            problems.Add("patentLicenceNumber", licence, "该执业许可证号已属于另一机构。");
        }

        if (filing is not null && agencies.Values.Any(a => a.TrademarkFilingNumber == filing && a.CreditCode != code))
        {
            problems.Add("trademarkFilingNumber", filing, "该备案号已属于另一机构。");
        }

        var address = problems.Optional(row["address"], 300, "address");
        long? parentId = null;
        if (row["parentCreditCode"] is { } rawParent)
        {
            var parentCode = AgencyRules.Normalise(rawParent);
            if (!agencies.TryGetValue(parentCode, out var parent) || parentCode == code)
            {
                problems.Add("parentCreditCode", rawParent, "上级机构未登记 (须在本文件或已有名录中, 且不能是本机构)。");
            }
            else if (parent.ParentId is not null)
            {
                problems.Add("parentCreditCode", rawParent, "上级机构本身是分支机构。");
            }
            else
            {
                parentId = parent.Id;
            }
        }

        var status = AgencyRules.Status(row["status"]);
        if (status == "?")
        {
            problems.Add("status", row["status"], "状态须为 执业 / 停业 / 注销 / 撤销。");
        }

        if (!AgencyImportFile.TryDate(row["statusSince"], out var since))
        {
            problems.Add("statusSince", row["statusSince"], "日期格式应为 yyyy-MM-dd。");
        }
        else if (since > Today)
        {
            problems.Add("statusSince", row["statusSince"], "状态日期不能晚于今天。");
        }

        if (problems.Any)
        {
            return;
        }

        var hash = AgencyContentHash(name!, code, licence, filing, address, parentId?.ToString(CultureInfo.InvariantCulture));
        var outcome = Outcome.Unchanged;
        if (!agencies.TryGetValue(code, out var agency))
        {
            agency = new Agency();
            _db.Agencies.Add(agency);
            agencies[code] = agency;
            outcome = Outcome.Inserted;
        }

        if (agency.ContentHash != hash)
        {
            Apply(agency, new ValidAgency(name!, code, licence, filing, address, parentId, status, since), by);
            outcome = outcome == Outcome.Inserted ? outcome : Outcome.Updated;
        }

        if (status is not null && AddStatus(agency, status, since ?? Today, "导入", by))
        {
            outcome = outcome == Outcome.Inserted ? outcome : Outcome.Updated;
        }

        Note(outcomes, agency, outcome);
    }

    private void ImportPerson(SheetRow row, Dictionary<string, Agency> agencies, Dictionary<string, Practitioner> byCertificate, Dictionary<string, Practitioner> byIdHash,
        Dictionary<Practitioner, Outcome> outcomes, int[] engagementCounts, string by, FieldProblems problems)
    {
        DateOnly? Date(string field)
        {
            if (AgencyImportFile.TryDate(row[field], out var d))
            {
                return d;
            }

            problems.Add(field, row[field], "日期格式应为 yyyy-MM-dd。");
            return null;
        }

        var qualifiedOn = Date("qualifiedOn");
        var revokedOn = Date("qualificationRevokedOn");
        var from = Date("from");
        var to = Date("to");
        var valid = ValidatePerson(new PractitionerRequest(row["name"] ?? string.Empty, row["idNumber"], row["certificateNumber"], row["qualificationNumber"], qualifiedOn, revokedOn, row["address"]), requireId: true, problems);
        var idHash = valid.IdNumber is null ? null : _protector.Index(valid.IdNumber);
        var byCert = valid.Certificate is null ? null : byCertificate.GetValueOrDefault(valid.Certificate);
        var byId = idHash is null ? null : byIdHash.GetValueOrDefault(idHash);
        if (byCert is not null && byId is not null && !ReferenceEquals(byCert, byId))
        {
            problems.Add("certificateNumber", valid.Certificate, "执业证号与身份证号分属两名已登记人员。");
        }

        if (byCert is not null && idHash is not null && byCert.IdHash is not null && byCert.IdHash != idHash)
        {
            problems.Add("idNumber", valid.IdNumber is null ? null : AgencyRules.MaskId(valid.IdNumber), "该执业证号已登记的人员身份证号不同。");
        }

        var person = byCert ?? byId;
        Agency? agency = null;
        string? role = null;
        if (row["agencyCreditCode"] is { } agencyCode)
        {
            if (!agencies.TryGetValue(AgencyRules.Normalise(agencyCode), out agency) || agency.Id == 0)
            {
                problems.Add("agencyCreditCode", agencyCode, "所在机构未登记 (请先导入机构)。");
                agency = null;
            }

            if (from is null && row["from"] is null)
            {
                problems.Add("from", null, "填写所在机构时须填写入职日期。");
            }

            if (agency is not null && from is { } f)
            {
                role = EngagementProblems(valid.Certificate ?? person?.CertificateNumber, person?.Engagements ?? [], agency, AgencyRules.Role(row["role"]), row["role"], f, to, problems);
            }
        }
        else if (row["role"] is not null || row["from"] is not null || row["to"] is not null)
        {
            problems.Add("agencyCreditCode", null, "填写岗位或从业日期时须填写所在机构统一社会信用代码。");
        }

        if (problems.Any)
        {
            return;
        }

        var outcome = Outcome.Unchanged;
        if (person is null)
        {
            person = new Practitioner();
            _db.Practitioners.Add(person);
            outcome = Outcome.Inserted;
        }

        if (ApplyPerson(person, valid, by) && outcome != Outcome.Inserted)
        {
            outcome = Outcome.Updated;
        }

        if (person.CertificateNumber is not null)
        {
            byCertificate[person.CertificateNumber] = person;
        }

        if (person.IdHash is not null)
        {
            byIdHash[person.IdHash] = person;
        }

        Note(outcomes, person, outcome);
        if (agency is not null && role is not null && from is { } start)
        {
            var engagement = person.Engagements.FirstOrDefault(e => e.AgencyId == agency.Id && e.Role == role && e.From == start);
            if (engagement is null)
            {
                person.Engagements.Add(new Engagement { AgencyId = agency.Id, Role = role, From = start, To = to, RecordedBy = by, RecordedAt = _clock.GetUtcNow() });
                engagementCounts[(int)Outcome.Inserted]++;
            }
            else if (engagement.To != to)
            {
                engagement.To = to;
                engagementCounts[(int)Outcome.Updated]++;
            }
            else
            {
                engagementCounts[(int)Outcome.Unchanged]++;
            }
        }
    }

    public async Task<byte[]> TemplateAsync(CancellationToken ct = default)
    {
        var code = "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => "91360102MA35TPL01" + c).FirstOrDefault(AgencyRules.IsCreditCode) ?? string.Empty;
        var agencies = new List<Dictionary<string, object?>>
        {
            new()
            {
                ["机构名称*"] = "南昌示例专利商标代理有限公司", ["统一社会信用代码*"] = code, ["专利代理机构执业许可证号"] = "36101", ["商标代理机构备案号"] = "TM-360102-0001",
                ["地址"] = "江西省南昌市东湖区示例路 1 号", ["状态"] = "执业", ["状态日期"] = "2020-01-01", ["上级机构统一社会信用代码"] = null,
            },
        };
        var persons = new List<Dictionary<string, object?>>
        {
            new()
            {
                ["姓名*"] = "张小三", // No identity number in the sample: a downloadable file never carries a valid one (SECURITY.md spec 29).
                ["身份证号"] = null, ["执业证号"] = "3610100001", ["资格证号"] = "ZL2019000001", ["资格取得日期"] = "2019-12-01",
                ["资格终止日期"] = null, ["住址"] = "江西省南昌市西湖区示例街 2 号", ["所在机构统一社会信用代码"] = code, ["岗位"] = "执业专利代理师", ["入职日期"] = "2020-03-01", ["离职日期"] = null,
            },
        };
        var notes = new List<Dictionary<string, object?>>
        {
            Note("机构", "机构名称*, 统一社会信用代码*", "统一社会信用代码为自然键 (GB 32100 校验位); 再次导入相同内容记为“未变化”。"),
            Note("机构", "专利代理机构执业许可证号 / 商标代理机构备案号", "至少一项; 两项都有即同时为专利与商标代理机构。"),
            Note("机构", "状态, 状态日期", "执业 / 停业 / 注销 / 撤销; 日期 yyyy-MM-dd。注销或撤销后其从业人员不再计数。"),
            Note("机构", "上级机构统一社会信用代码", "分支机构填写总机构的代码 (总机构须在本文件或已有名录中)。"),
            Note("人员", "姓名*, 执业证号 / 身份证号", "至少一项: 人员以执业证号识别, 没有时以身份证号 (18 位, GB 11643 校验位, 末位可为 X; 加密存储, 显示脱敏)。"),
            Note("人员", "资格证号, 资格取得日期, 资格终止日期", "取得专利代理师资格的人员计入“资格”类别。"),
            Note("人员", "所在机构统一社会信用代码, 岗位, 入职日期, 离职日期", "每行一段从业经历; 一人在两家机构则两行。岗位: 执业专利代理师 / 商标代理从业人员 / 其他从业人员。"),
            Note("人员", "住址", "仅用于无所在机构的资格人员的地区归属, 加密存储, 不显示。"),
        };
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(new Dictionary<string, object> { [AgencyImportFile.AgencySheet] = agencies, [AgencyImportFile.PersonSheet] = persons, ["说明"] = notes }, cancellationToken: ct);
        return ms.ToArray();

        static Dictionary<string, object?> Note(string sheet, string columns, string text) => new() { ["工作表"] = sheet, ["列"] = columns, ["说明"] = text };
    }
}
