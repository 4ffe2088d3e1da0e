using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Finance.Contracts;
using IpCity.Finance.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Products;

/// <summary>Evidence files of fund claims: under &lt;data&gt;/finance/fund-evidence/, 20 MB each (see <see cref="EvidenceFiles"/>).</summary>
internal sealed class FundEvidenceStore : EvidenceFiles
{
    public const string Codes = "FUND_EVIDENCE";

    public FundEvidenceStore(StorageOptions storage)
        : base(storage, ["finance", "fund-evidence"], Codes, 20L * 1024 * 1024)
    {
    }
}

/// <summary>
/// The risk-compensation fund (风险补偿资金池) for defaulted IP-pledge loans. An officer enters the bank's claim
/// (Submitted); a district officer of the pledgor's district reviews it (DistrictReviewed, or Rejected); a city
/// officer other than the reviewer decides (Approved / Rejected, four eyes); the city office records the payment
/// (Paid). The compensable amount = outstanding loss × share, capped by the per-loan ceiling, both taken from the
/// filing year's parameters and stored with the claim. Every step is audited; every step names the version it acts
/// on (stale → 409 FUND_CLAIM_CONCURRENCY); claims outside a district officer's district are 404 with an AccessDenied row.
/// </summary>
internal sealed class RiskCompensationFund : IRiskCompensationFund
{
    public const string NotFoundCode = "FUND_CLAIM_NOT_FOUND";
    public const string InvalidCode = "FUND_CLAIM_INVALID";
    public const string ConcurrencyCode = "FUND_CLAIM_CONCURRENCY";
    public const string StateCode = "FUND_CLAIM_STATE";
    public const string FourEyesCode = "FUND_FOUR_EYES";

    private readonly FinanceDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly ProductDistricts _districts;
    private readonly FundEvidenceStore _evidence;
    private readonly StorageOptions _storage;

    public RiskCompensationFund(FinanceDbContext db, IAuditTrail audit, TimeProvider clock, ProductDistricts districts, FundEvidenceStore evidence, StorageOptions storage)
    {
        _storage = storage;
        _db = db;
        _audit = audit;
        _clock = clock;
        _districts = districts;
        _evidence = evidence;
    }

    private DateOnly Today => ProductRules.Today(_clock);

    public async Task<FundClaimDto> FileAsync(Actor actor, FileFundClaimRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProductRules.RequireWriter(actor);
        var problems = new ProductProblems();
        var claim = new FundClaim
        {
            PublicId = Guid.NewGuid(),
            LoanContractNumber = problems.Text(request.LoanContractNumber, "loanContractNumber", "借款合同编号", 100),
            PledgorName = problems.Text(request.PledgorName, "pledgorName", "出质企业名称", 200),
            PledgorCreditCode = problems.CreditCode(request.PledgorCreditCode, "pledgorCreditCode"),
            DistrictCode = await _districts.CodeAsync(actor, request.DistrictCode, problems, "district", ct),
            Lender = problems.Text(request.Lender, "lender", "贷款银行", 200),
            PrincipalWan = problems.Amount(request.PrincipalWan, "principal", "贷款本金(万元)", positive: true),
            OutstandingLossWan = problems.Amount(request.OutstandingLossWan, "outstandingLoss", "未偿损失(万元)", positive: true),
            DefaultedOn = request.DefaultedOn,
            Note = problems.Optional(request.Note, "note", "备注", 2000),
        };
        if (!problems.Has("principal") && !problems.Has("outstandingLoss") && claim.OutstandingLossWan > claim.PrincipalWan)
        {
            problems.Add("outstandingLoss", ProductRules.Amount(claim.OutstandingLossWan), "未偿损失不能超过贷款本金。");
        }

        if (request.DefaultedOn == default || request.DefaultedOn > Today)
        {
            problems.Add("defaultedOn", ProductRules.Day(request.DefaultedOn), "请填写违约日期 (不晚于今天)。");
        }

        if (problems.Any)
        {
            throw problems.ToException(InvalidCode);
        }

        if (await _db.FundClaims.AnyAsync(c => c.LoanContractNumber == claim.LoanContractNumber && c.Lender == claim.Lender && c.State != FundClaimStates.Rejected, ct))
        {
            throw new IpCityException("FUND_CLAIM_DUPLICATE", "该笔贷款已有在办或已补偿的申请。", 409, new Dictionary<string, object?> { ["loanContractNumber"] = claim.LoanContractNumber, ["lender"] = claim.Lender });
        }

        var today = Today;
        var parameter = await ParameterAsync(today.Year, ct);
        var (amount, _) = ProductRules.Compensable(claim.OutstandingLossWan, parameter.Share, parameter.CeilingWan);
        claim.ParameterYear = parameter.Year;
        claim.Share = parameter.Share;
        claim.CeilingWan = parameter.CeilingWan;
        claim.ParameterStatus = parameter.Status;
        claim.CompensableWan = amount;
        claim.State = FundClaimStates.Submitted;
        claim.Version = 1;
        claim.FiledBy = actor.Name;
        claim.FiledAt = _clock.GetUtcNow();
        claim.FiledOn = today;
        Transition(claim, null, FundClaimStates.Submitted, "Filed", actor, $"share={ProductRules.Amount(claim.Share)} ceiling={ProductRules.Amount(claim.CeilingWan)} ({claim.ParameterStatus}) compensable={ProductRules.Amount(amount)}");
        _db.FundClaims.Add(claim);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("FundClaimFiled", claim, $"district={claim.DistrictCode} loss={ProductRules.Amount(claim.OutstandingLossWan)} compensable={ProductRules.Amount(amount)} share={ProductRules.Amount(claim.Share)}", ct);
        return await ToDtoAsync(claim, ct);
    }

    public async Task<FundClaimDto> GetAsync(Actor actor, Guid id, CancellationToken ct = default) =>
        await ToDtoAsync(await FindAsync(actor, id, tracking: false, ct), ct);

    public async Task<ProductPage<FundClaimDto>> ListAsync(Actor actor, FundClaimQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var items = new List<FundClaimDto>();
        foreach (var c in rows.Skip((page - 1) * pageSize).Take(pageSize))
        {
            items.Add(await ToDtoAsync(c, ct, withHistory: false));
        }

        return new ProductPage<FundClaimDto>(items, rows.Count, page, pageSize);
    }

    public async Task<ExportTable> ExportAsync(Actor actor, FundClaimQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var table = new List<IReadOnlyList<object?>>();
        foreach (var c in rows)
        {
            table.Add([
                c.PublicId.ToString(), c.LoanContractNumber, c.PledgorName, c.PledgorCreditCode, c.DistrictCode, await _districts.NameAsync(c.DistrictCode, ct), c.Lender,
                c.PrincipalWan, c.OutstandingLossWan, c.DefaultedOn, c.State, c.ParameterYear, c.Share, c.CeilingWan, c.ParameterStatus, c.CompensableWan,
                c.FiledOn, c.ReviewedBy, c.ReviewedOn, c.DecidedBy, c.DecidedOn, c.PaidOn, c.PaidWan]);
        }

        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "FundClaim", null, $"rows={rows.Count}"), ct);
        return new ExportTable(
            "风险补偿申请",
            ["申请编号", "借款合同编号", "出质企业", "统一社会信用代码", "区县代码", "区县", "贷款银行", "贷款本金(万元)", "未偿损失(万元)", "违约日期", "状态", "参数年度", "补偿比例", "单笔上限(万元)", "参数状态", "应补偿金额(万元)",
                "申请日期", "区县审核人", "区县审核日期", "市局决定人", "决定日期", "支付日期", "支付金额(万元)"],
            table);
    }

    public async Task<FundClaimDto> ReviewAsync(Actor actor, Guid id, FundClaimReviewRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsDistrict)
        {
            throw new IpCityException("FUND_DISTRICT_REVIEW_ONLY", "区县审核须由企业所在区县的人员办理。", 403);
        }

        var claim = await FindAsync(actor, id, tracking: true, ct);
        CheckVersion(claim, request.Version);
        RequireState(claim, FundClaimStates.Submitted, "只有已提交的申请可以进行区县审核。");
        var note = request.Approve ? Optional(request.Note) : Required(request.Note, "note", "不予通过须说明理由。");
        var to = request.Approve ? FundClaimStates.DistrictReviewed : FundClaimStates.Rejected;
        claim.ReviewedBy = actor.Name;
        claim.ReviewedOn = Today;
        return await MoveAsync(claim, to, request.Approve ? "DistrictReviewed" : "DistrictRejected", actor, note, ct);
    }

    public async Task<FundClaimDto> DecideAsync(Actor actor, Guid id, FundClaimDecisionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProductRules.RequireCity(actor);
        var claim = await FindAsync(actor, id, tracking: true, ct);
        CheckVersion(claim, request.Version);
        RequireState(claim, FundClaimStates.DistrictReviewed, "只有经区县审核的申请可以作出决定。");
        if (string.Equals(claim.ReviewedBy, actor.Name, StringComparison.Ordinal))
        {
            await _audit.RecordAsync(new AuditEntry("FundClaimFourEyesRefused", AuditOutcome.Denied, "FundClaim", claim.PublicId.ToString(), "decider is the reviewer"), ct);
            throw new IpCityException(FourEyesCode, "审批决定须由区县审核人以外的市局人员作出 (双人复核)。", 409, new Dictionary<string, object?> { ["reviewedBy"] = claim.ReviewedBy });
        }

        var note = request.Approve ? Optional(request.Note) : Required(request.Note, "note", "不予补偿须说明理由。");
        claim.DecidedBy = actor.Name;
        claim.DecidedOn = Today;
        return await MoveAsync(claim, request.Approve ? FundClaimStates.Approved : FundClaimStates.Rejected, request.Approve ? "Approved" : "Rejected", actor,
            (request.Approve ? $"compensable={ProductRules.Amount(claim.CompensableWan)}" : null) + (note is null ? null : (request.Approve ? "; " : string.Empty) + note), ct);
    }

    public async Task<FundClaimDto> PayAsync(Actor actor, Guid id, FundClaimPaymentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProductRules.RequireCity(actor);
        var claim = await FindAsync(actor, id, tracking: true, ct);
        CheckVersion(claim, request.Version);
        RequireState(claim, FundClaimStates.Approved, "只有已批准的申请可以登记支付。");
        var problems = new ProductProblems();
        var amount = problems.Amount(request.AmountWan, "amount", "支付金额(万元)", positive: true);
        if (!problems.Any && amount > claim.CompensableWan)
        {
            problems.Add("amount", ProductRules.Amount(amount), $"支付金额不能超过应补偿金额 {ProductRules.Amount(claim.CompensableWan)} 万元。");
        }

        if (request.PaidOn == default || request.PaidOn > Today || request.PaidOn < claim.DecidedOn)
        {
            problems.Add("paidOn", ProductRules.Day(request.PaidOn), "支付日期须在批准日期与今天之间。");
        }

        var reference = problems.Optional(request.Reference, "reference", "支付凭证号", 100);
        if (problems.Any)
        {
            throw problems.ToException(InvalidCode);
        }

        claim.PaidOn = request.PaidOn;
        claim.PaidWan = amount;
        claim.PaymentReference = reference;
        return await MoveAsync(claim, FundClaimStates.Paid, "Paid", actor, $"paid={ProductRules.Amount(amount)} on {ProductRules.Day(request.PaidOn)}" + (reference is null ? string.Empty : "; " + reference), ct);
    }

    public async Task<FundClaimEvidenceDto> AttachAsync(Actor actor, Guid id, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ProductRules.RequireWriter(actor);
        var claim = await FindAsync(actor, id, tracking: true, ct);
        if (claim.State is not (FundClaimStates.Submitted or FundClaimStates.DistrictReviewed))
        {
            throw new IpCityException(StateCode, "决定作出后不能再补充证据。", 409, new Dictionary<string, object?> { ["state"] = claim.State });
        }

        if (claim.Evidence.Count >= 30)
        {
            throw new IpCityException("FUND_EVIDENCE_LIMIT", "每笔申请最多 30 个证据文件。", 409);
        }

        var (name, _) = _evidence.CheckName(fileName, null);
        var (key, size, sha) = await _evidence.SaveAsync(name, content, ct);
        var evidence = new FundClaimEvidence { FileName = name, StorageKey = key, Size = size, Sha256 = sha, UploadedBy = actor.Name, UploadedAt = _clock.GetUtcNow() };
        claim.Evidence.Add(evidence);
        Transition(claim, claim.State, claim.State, "EvidenceAdded", actor, name + " sha256=" + sha);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch
        {
            File.Delete(Path.Combine(_storage.DataDirectory, key));
            throw;
        }

        await AuditAsync("FundClaimEvidenceAdded", claim, $"{name} size={size.ToString(CultureInfo.InvariantCulture)} sha256={sha}", ct);
        return ToDto(evidence);
    }

    public async Task<(FundClaimEvidenceDto Evidence, byte[] Content)> OpenEvidenceAsync(Actor actor, Guid id, long evidenceId, CancellationToken ct = default)
    {
        var claim = await FindAsync(actor, id, tracking: false, ct);
        var evidence = claim.Evidence.FirstOrDefault(e => e.Id == evidenceId)
            ?? throw new IpCityException("FUND_EVIDENCE_NOT_FOUND", "未找到该证据文件。", 404);
        var bytes = await _evidence.ReadVerifiedAsync(evidence.StorageKey, evidence.Sha256, ct);
        await _audit.RecordAsync(new AuditEntry("FundClaimEvidenceDownloaded", AuditOutcome.Success, "FundClaim", claim.PublicId.ToString(), evidence.FileName), ct);
        return (ToDto(evidence), bytes);
    }

    public async Task<IReadOnlyList<FundParameterDto>> ListParametersAsync(CancellationToken ct = default)
    {
        var stored = await _db.FundParameters.AsNoTracking().ToListAsync(ct);
        var current = Today.Year;
        var list = stored.Select(ToDto).ToList();
        if (list.All(p => p.Year != current))
        {
            list.Add(Default(current));
        }

        return list.OrderByDescending(p => p.Year).ToList();
    }

    public async Task<FundParameterDto> ParameterAsync(int year, CancellationToken ct = default)
    {
        var stored = await _db.FundParameters.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        return stored is null ? Default(year) : ToDto(stored);
    }

    public async Task<FundParameterDto> SetParameterAsync(Actor actor, int year, SetFundParameterRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProductRules.RequireCity(actor);
        var problems = new ProductProblems();
        if (year is < 2000 or > 2100)
        {
            problems.Add("year", year.ToString(CultureInfo.InvariantCulture), "年度须在 2000–2100 之间。");
        }

        if (request.Share is <= 0 or > 1 || request.Share != Math.Round(request.Share, 6))
        {
            problems.Add("share", ProductRules.Amount(request.Share), "补偿比例须大于 0 且不超过 1 (最多 6 位小数)。");
        }

        var ceiling = problems.Amount(request.CeilingWan, "ceiling", "单笔补偿上限(万元)", positive: true);
        if (request.Status is not (ParameterStatuses.Confirmed or ParameterStatuses.Unconfirmed))
        {
            problems.Add("status", request.Status, "参数状态须为 CONFIRMED 或 UNCONFIRMED。");
        }

        var source = problems.Optional(request.Source, "source", "依据", 1000);
        var note = problems.Optional(request.Note, "note", "备注", 2000);
        if (request.Status == ParameterStatuses.Confirmed && source is null)
        {
            problems.Add("source", null, "确认的参数须写明依据 (文件名称、文号)。");
        }

        if (problems.Any)
        {
            throw problems.ToException("FUND_PARAMETER_INVALID");
        }

        var parameter = await _db.FundParameters.FirstOrDefaultAsync(p => p.Year == year, ct);
        var before = parameter is null ? "default" : $"{ProductRules.Amount(parameter.Share)}/{ProductRules.Amount(parameter.CeilingWan)}/{parameter.Status}";
        if (parameter is null)
        {
            parameter = new FundParameter { Year = year };
            _db.FundParameters.Add(parameter);
        }

        parameter.Share = request.Share;
        parameter.CeilingWan = ceiling;
        parameter.Status = request.Status;
        parameter.Source = source;
        parameter.Note = note;
        parameter.UpdatedBy = actor.Name;
        parameter.UpdatedAt = _clock.GetUtcNow();
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("FundParameterSet", AuditOutcome.Success, "FundParameter", year.ToString(CultureInfo.InvariantCulture),
            $"{before} -> {ProductRules.Amount(parameter.Share)}/{ProductRules.Amount(parameter.CeilingWan)}/{parameter.Status}"), ct);
        return ToDto(parameter);
    }

    public async Task<IReadOnlyList<FundYearPosition>> PositionAsync(Actor actor, CancellationToken ct = default)
    {
        var claims = await Visible(actor).ToListAsync(ct);
        var years = claims.Select(c => c.FiledOn.Year)
            .Concat(claims.Where(c => c.DecidedOn is not null).Select(c => c.DecidedOn!.Value.Year))
            .Concat(claims.Where(c => c.PaidOn is not null).Select(c => c.PaidOn!.Value.Year))
            .Append(Today.Year).Distinct().Order().ToList();
        var list = new List<FundYearPosition>();
        foreach (var year in years)
        {
            var p = await ParameterAsync(year, ct);
            var filed = claims.Where(c => c.FiledOn.Year == year).ToList();
            var approved = claims.Where(c => c.DecidedOn?.Year == year && c.State is FundClaimStates.Approved or FundClaimStates.Paid).ToList();
            var rejected = claims.Count(c => c.DecidedOn?.Year == year && c.State == FundClaimStates.Rejected);
            var paid = claims.Where(c => c.PaidOn?.Year == year).ToList();
            var awaiting = claims.Where(c => c.State == FundClaimStates.Approved && c.DecidedOn?.Year <= year).ToList();
            list.Add(new FundYearPosition(year, p.Share, p.CeilingWan, p.Status, filed.Count, filed.Sum(c => c.OutstandingLossWan), approved.Count, approved.Sum(c => c.CompensableWan),
                rejected, paid.Count, paid.Sum(c => c.PaidWan ?? 0), awaiting.Count, awaiting.Sum(c => c.CompensableWan)));
        }

        return list;
    }

    public async Task<ExportTable> ExportPositionAsync(Actor actor, CancellationToken ct = default)
    {
        var rows = await PositionAsync(actor, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "FundPosition", null, $"rows={rows.Count}"), ct);
        return new ExportTable(
            "资金池年度情况",
            ["年度", "补偿比例", "单笔上限(万元)", "参数状态", "受理申请数", "申请损失(万元)", "批准数", "批准补偿(万元)", "不予补偿数", "支付笔数", "支付金额(万元)", "待支付数", "待支付金额(万元)"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Year, r.Share, r.CeilingWan, r.ParameterStatus, r.ClaimsFiled, r.ClaimedLossWan, r.Approved, r.ApprovedWan, r.Rejected, r.Paid, r.PaidWan, r.AwaitingPayment, r.AwaitingPaymentWan]).ToList());
    }

    private async Task<FundClaimDto> MoveAsync(FundClaim claim, string to, string action, Actor actor, string? note, CancellationToken ct)
    {
        var from = claim.State;
        claim.State = to;
        claim.Version++;
        Transition(claim, from, to, action, actor, note);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(null);
        }

        await AuditAsync("FundClaim" + action, claim, $"{from} -> {to}" + (note is null ? string.Empty : "; " + note), ct);
        return await ToDtoAsync(claim, ct);
    }

    private void Transition(FundClaim claim, string? from, string to, string action, Actor actor, string? note) =>
        claim.Transitions.Add(new FundClaimTransition { FromState = from, ToState = to, Action = action, Actor = actor.Name, At = _clock.GetUtcNow(), Note = note is { Length: > 2000 } ? note[..2000] : note });

    private Task AuditAsync(string type, FundClaim claim, string detail, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEntry(type, AuditOutcome.Success, "FundClaim", claim.PublicId.ToString(), detail), ct);

    private static void CheckVersion(FundClaim claim, int version)
    {
        if (claim.Version != version)
        {
            throw Stale(claim.Version);
        }
    }

    private static IpCityException Stale(int? current) =>
        new(ConcurrencyCode, "该申请已被他人更新, 请刷新后重试。", 409, current is null ? null : new Dictionary<string, object?> { ["version"] = current });

    private static void RequireState(FundClaim claim, string state, string message)
    {
        if (claim.State != state)
        {
            throw new IpCityException(StateCode, message, 409, new Dictionary<string, object?> { ["state"] = claim.State });
        }
    }

    private static string? Optional(string? note)
    {
        var v = note?.Trim();
        return string.IsNullOrEmpty(v) ? null : v.Length > 2000 ? throw new IpCityException(InvalidCode, "意见超过 2000 字。", 400, new Dictionary<string, object?> { ["field"] = "note" }) : v;
    }

    private static string Required(string? note, string field, string message) =>
        Optional(note) ?? throw new IpCityException(InvalidCode, message, 400, new Dictionary<string, object?> { ["field"] = field });

    private IQueryable<FundClaim> Visible(Actor actor)
    {
        ProductRules.RequireOfficer(actor);
        var q = _db.FundClaims.AsNoTracking();
        if (actor.IsDistrict)
        {
            var unit = actor.UnitCode ?? "-";
            return q.Where(c => c.DistrictCode == unit);
        }

        return q;
    }

    /// <summary>The claim if the actor may see it; otherwise 404 (never 403) and an AccessDenied audit row.</summary>
    private async Task<FundClaim> FindAsync(Actor actor, Guid id, bool tracking, CancellationToken ct)
    {
        if (!await Visible(actor).AnyAsync(c => c.PublicId == id, ct))
        {
            await _audit.RecordAsync(ProductRules.Denied(actor, "FundClaim", id.ToString()), ct);
            throw new IpCityException(NotFoundCode, "未找到该补偿申请。", 404);
        }

        var q = _db.FundClaims.Include(c => c.Evidence).Include(c => c.Transitions).AsSplitQuery().Where(c => c.PublicId == id);
        return await (tracking ? q : q.AsNoTracking()).FirstAsync(ct);
    }

    private async Task<List<FundClaim>> FilterAsync(Actor actor, FundClaimQuery query, CancellationToken ct)
    {
        var q = Visible(actor);
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            q = q.Where(c => c.State == query.State);
        }

        if (await _districts.FilterAsync(query.District, ct) is { } district)
        {
            q = q.Where(c => c.DistrictCode == district);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            q = q.Where(c => c.FiledOn >= from && c.FiledOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Lender))
        {
            var lender = query.Lender.Trim();
            q = q.Where(c => c.Lender == lender);
        }

        return await q.OrderByDescending(c => c.Id).ToListAsync(ct);
    }

    private static FundParameterDto Default(int year) =>
        new(year, ProductRules.DefaultShare, ProductRules.DefaultCeilingWan, ParameterStatuses.Unconfirmed, null, "默认值 (待确认)", true, null, null);

    private static FundParameterDto ToDto(FundParameter p) => new(p.Year, p.Share, p.CeilingWan, p.Status, p.Source, p.Note, false, p.UpdatedBy, p.UpdatedAt);

    private static FundClaimEvidenceDto ToDto(FundClaimEvidence e) => new(e.Id, e.FileName, e.Size, e.Sha256, e.UploadedBy, e.UploadedAt);

    private async Task<FundClaimDto> ToDtoAsync(FundClaim c, CancellationToken ct, bool withHistory = true) => new(
        c.PublicId,
        c.LoanContractNumber,
        c.PledgorName,
        c.PledgorCreditCode,
        c.DistrictCode,
        await _districts.NameAsync(c.DistrictCode, ct),
        c.Lender,
        c.PrincipalWan,
        c.OutstandingLossWan,
        c.DefaultedOn,
        c.State,
        c.Version,
        c.ParameterYear,
        c.Share,
        c.CeilingWan,
        c.ParameterStatus,
        c.CompensableWan,
        ProductRules.Compensable(c.OutstandingLossWan, c.Share, c.CeilingWan).Capped,
        c.FiledBy,
        c.FiledAt,
        c.ReviewedBy,
        c.ReviewedOn,
        c.DecidedBy,
        c.DecidedOn,
        c.PaidOn,
        c.PaidWan,
        c.PaymentReference,
        c.Note,
        withHistory ? c.Evidence.OrderBy(e => e.Id).Select(ToDto).ToList() : [],
        withHistory ? c.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new FundClaimTransitionDto(t.FromState, t.ToState, t.Action, t.Actor, t.At, t.Note)).ToList() : [],
        withHistory ? await RegisterCheckAsync(c, ct) : null);

    /// <summary>The claim against the pledge register's loan of the same contract number (see <see cref="FundClaimRegisterCheck"/>).</summary>
    private async Task<FundClaimRegisterCheck> RegisterCheckAsync(FundClaim c, CancellationToken ct)
    {
        var key = Pledges.PledgeRegister.KeyOf(Pledges.PledgeFile.ContractNumber(c.LoanContractNumber), string.Empty);
        var loan = await _db.PledgeLoans.AsNoTracking().FirstOrDefaultAsync(l => l.Key == key, ct);
        if (loan is null)
        {
            return new FundClaimRegisterCheck(false, null, null, null, null, null, null, null,
                ["质押登记簿中没有借款合同编号为 " + c.LoanContractNumber + " 的融资, 请核实是否已办理知识产权质押登记。"]);
        }

        var findings = new List<string>();
        if (loan.PledgorCreditCode is { Length: > 0 } code && !string.Equals(code, c.PledgorCreditCode, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add($"出质人统一社会信用代码与登记不一致 (登记: {code})。");
        }
        else if (loan.PledgorCreditCode is null && !string.Equals(loan.Pledgor.Trim(), c.PledgorName.Trim(), StringComparison.Ordinal))
        {
            findings.Add($"出质企业名称与登记不一致 (登记: {loan.Pledgor})。");
        }

        if (loan.AmountWan is { } amount && c.PrincipalWan > amount)
        {
            findings.Add($"贷款本金 {ProductRules.Amount(c.PrincipalWan)} 万元超过登记的主债权数额 {ProductRules.Amount(amount)} 万元。");
        }

        if (loan.Pledgee is { Length: > 0 } pledgee && !pledgee.Contains(c.Lender.Trim(), StringComparison.Ordinal) && !c.Lender.Contains(pledgee.Trim(), StringComparison.Ordinal))
        {
            findings.Add($"贷款银行与登记的质权人不一致 (登记: {pledgee})。");
        }

        if (c.DefaultedOn < loan.RegisteredOn)
        {
            findings.Add($"违约日期早于质押登记日 {ProductRules.Day(loan.RegisteredOn)}。");
        }

        if (loan.CancelledOn is { } cancelled && cancelled < c.DefaultedOn)
        {
            findings.Add($"质押已于 {ProductRules.Day(cancelled)} 注销, 早于违约日期。");
        }

        return new FundClaimRegisterCheck(true, loan.Id, loan.Pledgor, loan.PledgorCreditCode, loan.Pledgee, loan.AmountWan, loan.RegisteredOn, loan.CancelledOn, findings);
    }
}
