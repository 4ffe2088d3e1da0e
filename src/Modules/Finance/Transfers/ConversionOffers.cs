using System.Globalization;
using System.Text.Json;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.Finance.Data;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.Finance.Transfers;

/// <summary>
/// Conversion offers (开放许可 and listings for transfer or licence) and their explainable matching to the city's
/// enterprise applicants (issue 6 §2.2-2.4). Officers enter offers (district officers for their unit); an
/// Enterprise account may offer patents it owns. A matched firm sees only its own matches and records interest;
/// the offering side and the officers see the interests. Another firm's match by id → 404 + AccessDenied.
/// </summary>
internal sealed class ConversionOffers : IConversionOffers, ITransferMatches
{
    private const string OfferNotFound = "OFFER_NOT_FOUND";
    private const string MatchNotFound = "OFFER_MATCH_NOT_FOUND";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly FinanceDbContext _db;
    private readonly IUtilisationEvents _events;
    private readonly IFirmProfiles _firms;
    private readonly IOrgUnitDirectory _units;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly IOptions<TransferMatchingOptions> _options;

    public ConversionOffers(FinanceDbContext db, IUtilisationEvents events, IFirmProfiles firms, IOrgUnitDirectory units, IAuditTrail audit, TimeProvider clock, IOptions<TransferMatchingOptions> options)
    {
        _db = db;
        _events = events;
        _firms = firms;
        _units = units;
        _audit = audit;
        _clock = clock;
        _options = options;
    }

    public MatchingWeights Weights => _options.Value.ToWeights();

    public async Task<OfferDetail> CreateAsync(Actor actor, CreateOfferRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsCity && !(actor.IsDistrict && actor.UnitCode is { Length: > 0 }) && !(actor.IsEnterprise && actor.EnterpriseCode is { Length: > 0 }))
        {
            throw new IpCityException("OFFER_ROLE", "转化项目由市局、区局人员或权利人 (企业/高校院所账户) 登记。", 403);
        }

        var number = string.IsNullOrWhiteSpace(request.PatentNumber) || request.PatentNumber.Trim().Length > 64
            ? throw Invalid("OFFER_PATENT_REQUIRED", "请填写专利申请号或专利号。")
            : request.PatentNumber.Trim();
        var mode = request.Mode?.Trim() ?? string.Empty;
        if (!OfferModes.All.Contains(mode))
        {
            throw Invalid("OFFER_MODE_UNKNOWN", "方式须为开放许可、转让、许可或转让/许可。", new Dictionary<string, object?> { ["mode"] = request.Mode, ["allowed"] = OfferModes.All });
        }

        var fee = Clean(request.FeeTerms, 2000);
        if (mode == OfferModes.OpenLicence && fee is null)
        {
            throw Invalid("OFFER_FEE_TERMS_REQUIRED", "开放许可须写明许可使用费标准及支付方式。");
        }

        if (request.AskingPriceWan is { } price && (price < 0 || price > 10_000_000m))
        {
            throw Invalid("OFFER_AMOUNT_INVALID", "价格 (万元) 须为 0 至 10 000 000 之间的数。");
        }

        var keywords = (request.Keywords ?? []).Select(k => k?.Trim() ?? string.Empty).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (keywords.Count > 20 || keywords.Any(k => k.Length > 20 || k.Contains('|', StringComparison.Ordinal)))
        {
            throw Invalid("OFFER_KEYWORDS", "关键词最多 20 个, 每个不超过 20 字且不含 '|'。");
        }

        var found = (await _events.FindPatentsAsync([number], ct)).GetValueOrDefault(number)
            ?? throw Invalid("OFFER_PATENT_UNKNOWN", "知识产权数据中心中没有该专利。", new Dictionary<string, object?> { ["patentNumber"] = number });
        var weights = Weights;
        var patent = await _firms.PatentAsync(found.Id, weights.IndustryCatalogue, ct) ?? throw Invalid("OFFER_PATENT_UNKNOWN", "知识产权数据中心中没有该专利。");
        if (actor.IsEnterprise && !string.Equals(patent.OwnerCreditCode, actor.EnterpriseCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new IpCityException("OFFER_NOT_OWN_PATENT", "只能登记本单位为权利人的专利 (按统一社会信用代码核对)。", 403);
        }

        string? industryCode = null, industryName = null;
        if (Clean(request.IndustryCode, 64) is { } code)
        {
            var industry = (await _firms.IndustriesAsync(weights.IndustryCatalogue, ct)).FirstOrDefault(i => i.Code == code || i.Name == code)
                ?? throw Invalid("OFFER_INDUSTRY_UNKNOWN", "行业不在产业目录中。", new Dictionary<string, object?> { ["industryCode"] = code });
            (industryCode, industryName) = (industry.Code, industry.Name);
        }

        var unit = Clean(request.UnitCode, 32);
        if (actor.IsDistrict)
        {
            if (unit is not null && unit != actor.UnitCode)
            {
                throw Invalid("OFFER_UNIT", "区级用户只能登记本单位的转化项目。");
            }

            unit = actor.UnitCode;
        }
        else if (actor.IsEnterprise || unit is null)
        {
            unit = patent.CountyCode;
        }
        else if (await _units.GetUnitAsync(unit, ct) is null)
        {
            throw Invalid("OFFER_UNIT_UNKNOWN", "未知的区县代码。");
        }

        if (await _db.Offers.AnyAsync(o => o.PatentId == patent.PatentId && o.State == OfferStates.Open, ct))
        {
            throw new IpCityException("OFFER_DUPLICATE", "该专利已有开放中的转化项目。", 409, new Dictionary<string, object?> { ["patentNumber"] = patent.ApplicationNumber });
        }

        var offer = new ConversionOffer
        {
            PatentId = patent.PatentId,
            ApplicationNumber = patent.ApplicationNumber,
            PatentTitle = Cut(patent.Title, 500),
            MainIpc = Cut(patent.MainIpc, 32),
            OfferingParty = Cut(patent.OwnerName, 200) ?? TransferRegister.Unknown,
            OfferingPartyType = patent.OwnerType,
            OfferingCreditCode = patent.OwnerCreditCode,
            OfferingApplicantId = patent.OwnerApplicantId,
            UnitCode = unit,
            Mode = mode,
            FeeTerms = fee,
            AskingPriceWan = request.AskingPriceWan,
            Keywords = keywords.Count == 0 ? null : string.Join('|', keywords),
            IndustryCode = industryCode,
            IndustryName = industryName,
            State = OfferStates.Open,
            CreatedBy = actor.Name,
            CreatedByRole = actor.Role,
            CreatedAt = _clock.GetUtcNow(),
        };
        _db.Offers.Add(offer);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(TransferAuditEvents.OfferCreated, AuditOutcome.Success, "ConversionOffer", Id(offer.Id), $"mode={mode} patent={offer.ApplicationNumber}"), ct);
        await RunMatchingAsync(offer, patent, ct);
        return await DetailAsync(offer, ct);
    }

    public async Task<OfferPage> ListAsync(Actor actor, OfferQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var q = Filtered(actor, query);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new OfferPage(await ToDtosAsync(rows, ct), total, page, pageSize);
    }

    public async Task<ExportFile> ExportAsync(Actor actor, OfferQuery query, string format, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kind = TransferFiles.Format(format);
        var rows = await ToDtosAsync(await Filtered(actor, query).OrderByDescending(o => o.Id).ToListAsync(ct), ct);
        var file = await TransferFiles.WriteAsync(kind, "conversion-offers", "转化项目", s_offerHeader, rows.Select(OfferCells).ToList(), ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ConversionOffers", null, $"{kind} rows={rows.Count}"), ct);
        return file;
    }

    public async Task<OfferDetail> GetAsync(Actor actor, long id, CancellationToken ct = default) => await DetailAsync(await FindAsync(actor, id, ct), ct);

    public async Task<OfferDetail> ChangeStateAsync(Actor actor, long id, ChangeOfferStateRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireManager(actor);
        var offer = await FindAsync(actor, id, ct);
        var state = request.State?.Trim() ?? string.Empty;
        if (state is not (OfferStates.Withdrawn or OfferStates.Concluded))
        {
            throw Invalid("OFFER_STATE_UNKNOWN", "状态须为 Withdrawn (撤回) 或 Concluded (已成交)。", new Dictionary<string, object?> { ["state"] = request.State });
        }

        if (offer.State != OfferStates.Open)
        {
            throw new IpCityException("OFFER_STATE", "只有开放中的转化项目可以撤回或登记成交。", 409, new Dictionary<string, object?> { ["state"] = offer.State });
        }

        if (request.TransferId is { } transferId)
        {
            if (state != OfferStates.Concluded)
            {
                throw Invalid("OFFER_TRANSFER_STATE", "只有成交时才能关联转让/许可记录。");
            }

            var transfer = await _db.Transfers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == transferId, ct)
                ?? throw Invalid("OFFER_TRANSFER_UNKNOWN", "未找到该转让/许可记录。");
            if (transfer.PatentId != offer.PatentId)
            {
                throw Invalid("OFFER_TRANSFER_PATENT", "关联的转让/许可记录不是该专利的。");
            }
        }

        var from = offer.State;
        offer.State = state;
        offer.StateNote = Clean(request.Note, 2000);
        offer.TransferId = request.TransferId;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(TransferAuditEvents.OfferStateChanged, AuditOutcome.Success, "ConversionOffer", Id(offer.Id), $"{from}->{state}"), ct);
        return await DetailAsync(offer, ct);
    }

    public async Task<OfferDetail> MatchAsync(Actor actor, long id, CancellationToken ct = default)
    {
        RequireManager(actor);
        var offer = await FindAsync(actor, id, ct);
        if (offer.State != OfferStates.Open)
        {
            throw new IpCityException("OFFER_STATE", "只有开放中的转化项目可以重新匹配。", 409, new Dictionary<string, object?> { ["state"] = offer.State });
        }

        var patent = await _firms.PatentAsync(offer.PatentId, Weights.IndustryCatalogue, ct) ?? throw new IpCityException("OFFER_PATENT_UNKNOWN", "知识产权数据中心中已没有该专利。", 409);
        await RunMatchingAsync(offer, patent, ct);
        return await DetailAsync(offer, ct);
    }

    public async Task<ExportFile> ExportMatchesAsync(Actor actor, long id, string format, CancellationToken ct = default)
    {
        var kind = TransferFiles.Format(format);
        var offer = await FindAsync(actor, id, ct);
        var detail = await DetailAsync(offer, ct);
        var file = await TransferFiles.WriteAsync(kind, "offer-" + Id(id) + "-matches", "匹配企业", s_matchHeader, detail.Matches.Select(m => MatchCells(m, offer.ApplicationNumber)).ToList(), ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "OfferMatches", Id(id), $"{kind} rows={detail.Matches.Count}"), ct);
        return file;
    }

    public async Task<IReadOnlyList<OfferInterestDto>> ListInterestsAsync(Actor actor, long? offerId = null, CancellationToken ct = default)
    {
        var visible = Visible(actor).Select(o => o.Id);
        var q = _db.OfferInterests.AsNoTracking().Where(i => visible.Contains(i.OfferId));
        if (offerId is { } oid)
        {
            q = q.Where(i => i.OfferId == oid);
        }

        return (await q.OrderByDescending(i => i.Id).ToListAsync(ct)).Select(ToDto).ToList();
    }

    public async Task<ExportFile> ExportInterestsAsync(Actor actor, string format, CancellationToken ct = default)
    {
        var kind = TransferFiles.Format(format);
        var rows = await ListInterestsAsync(actor, null, ct);
        var file = await TransferFiles.WriteAsync(kind, "offer-interests", "意向", s_interestHeader, rows.Select(InterestCells).ToList(), ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "OfferInterests", null, $"{kind} rows={rows.Count}"), ct);
        return file;
    }

    public Task<EnterpriseTransferView> MineAsync(Actor actor, CancellationToken ct = default) => ForEnterpriseAsync(RequireEnterprise(actor), ct);

    public async Task<EnterpriseTransferView> ForEnterpriseAsync(string enterpriseCode, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(enterpriseCode);
        var code = enterpriseCode.Trim().ToUpperInvariant();
        var matches = await _db.OfferMatches.AsNoTracking().Where(m => m.FirmCreditCode == code).OrderBy(m => m.OfferId).ThenBy(m => m.Id).ToListAsync(ct);
        var offerIds = matches.Select(m => m.OfferId).Distinct().ToList();
        var offers = (await ToDtosAsync(await _db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToListAsync(ct), ct)).ToDictionary(o => o.Id);
        var interests = (await _db.OfferInterests.AsNoTracking().Where(i => i.FirmCreditCode == code).OrderBy(i => i.Id).ToListAsync(ct)).Select(ToDto).ToList();
        var counts = await InterestCountsAsync(matches.Select(m => m.Id).ToList(), ct);
        var mine = matches.Select(m => new EnterpriseMatchDto(ToDto(m, counts), offers[m.OfferId], interests.Where(i => i.MatchId == m.Id).ToList()))
            .OrderByDescending(m => m.Offer.State == OfferStates.Open).ThenByDescending(m => m.Match.Score).ToList();
        var own = new List<OfferDetail>();
        foreach (var offer in await _db.Offers.AsNoTracking().Where(o => o.OfferingCreditCode == code).OrderByDescending(o => o.Id).ToListAsync(ct))
        {
            own.Add(await DetailAsync(offer, ct));
        }

        return new EnterpriseTransferView(code, mine, own);
    }

    public async Task<ExportFile> ExportMineAsync(Actor actor, string format, CancellationToken ct = default)
    {
        var kind = TransferFiles.Format(format);
        var view = await MineAsync(actor, ct);
        var file = await TransferFiles.WriteAsync(kind, "my-offer-matches", "匹配项目", s_matchHeader, view.Matches.Select(m => MatchCells(m.Match, m.Offer.ApplicationNumber)).ToList(), ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "OfferMatches", null, $"{kind} mine rows={view.Matches.Count}"), ct);
        return file;
    }

    public async Task<EnterpriseMatchDto> GetMineAsync(Actor actor, long matchId, CancellationToken ct = default)
    {
        var match = await FindMineAsync(actor, matchId, ct);
        var offer = await _db.Offers.AsNoTracking().FirstAsync(o => o.Id == match.OfferId, ct);
        var interests = (await _db.OfferInterests.AsNoTracking().Where(i => i.MatchId == match.Id).OrderBy(i => i.Id).ToListAsync(ct)).Select(ToDto).ToList();
        var counts = await InterestCountsAsync([match.Id], ct);
        return new EnterpriseMatchDto(ToDto(match, counts), (await ToDtosAsync([offer], ct))[0], interests);
    }

    public async Task<OfferInterestDto> ExpressInterestAsync(Actor actor, long matchId, ExpressInterestRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = await FindMineAsync(actor, matchId, ct);
        var note = Clean(request.Note, 2000);
        var offer = await _db.Offers.AsNoTracking().FirstAsync(o => o.Id == match.OfferId, ct);
        if (offer.State != OfferStates.Open)
        {
            throw new IpCityException("OFFER_NOT_OPEN", "该转化项目已撤回或已成交。", 409, new Dictionary<string, object?> { ["state"] = offer.State });
        }

        if (await _db.OfferInterests.AnyAsync(i => i.MatchId == match.Id, ct))
        {
            throw new IpCityException("OFFER_INTEREST_EXISTS", "已对该项目表达过意向。", 409);
        }

        var interest = new OfferInterest
        {
            OfferId = match.OfferId,
            MatchId = match.Id,
            FirmName = match.FirmName,
            FirmCreditCode = match.FirmCreditCode!,
            Note = note,
            ExpressedBy = actor.Name,
            ExpressedAt = _clock.GetUtcNow(),
        };
        _db.OfferInterests.Add(interest);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(TransferAuditEvents.InterestExpressed, AuditOutcome.Success, "ConversionOffer", Id(match.OfferId), $"match={Id(match.Id)}"), ct);
        return ToDto(interest);
    }

    /// <summary>Scores the city's firms for the offer and stores the best as its matches (same firm → same row; firms no longer matched are dropped unless they expressed interest).</summary>
    private async Task RunMatchingAsync(ConversionOffer offer, PatentProfile patent, CancellationToken ct)
    {
        var weights = Weights;
        var city = (await _units.GetProfileAsync(ct))?.CityCode ?? throw new IpCityException("TRANSFER_CITY_PROFILE", "尚未加载城市配置 (区划), 无法确定本地企业。", 409);
        var firms = (await _firms.LocalEnterprisesAsync(city, weights.IndustryCatalogue, ct))
            .Where(f => f.ApplicantId != patent.OwnerApplicantId && (offer.OfferingCreditCode is null || !string.Equals(f.CreditCode, offer.OfferingCreditCode, StringComparison.OrdinalIgnoreCase)));
        IReadOnlyList<IndustryRef> industries = offer.IndustryCode is { } code
            ? (await _firms.IndustriesAsync(weights.IndustryCatalogue, ct)).Where(i => i.Code == code).ToList()
            : patent.Industries;
        var scored = OfferMatcher.Score(patent, Split(offer.Keywords), industries, firms, weights);
        var now = _clock.GetUtcNow();
        var existing = await _db.OfferMatches.Where(m => m.OfferId == offer.Id).ToListAsync(ct);
        var withInterest = (await _db.OfferInterests.Where(i => i.OfferId == offer.Id).Select(i => i.MatchId).ToListAsync(ct)).ToHashSet();
        var rank = 0;
        foreach (var s in scored)
        {
            var row = existing.FirstOrDefault(m => m.FirmApplicantId == s.Firm.ApplicantId);
            if (row is null)
            {
                row = new OfferMatch { OfferId = offer.Id, FirmApplicantId = s.Firm.ApplicantId, FirmName = s.Firm.Name, Breakdown = "[]" };
                _db.OfferMatches.Add(row);
            }

            row.Rank = ++rank;
            row.FirmName = Cut(s.Firm.Name, 200)!;
            row.FirmCreditCode = s.Firm.CreditCode?.ToUpperInvariant();
            row.FirmCountyCode = s.Firm.CountyCode;
            row.Score = s.Score;
            row.Breakdown = JsonSerializer.Serialize(s.Reasons, s_json);
            row.Stale = false;
            row.ComputedAt = now;
        }

        foreach (var gone in existing.Where(m => scored.All(s => s.Firm.ApplicantId != m.FirmApplicantId)))
        {
            if (withInterest.Contains(gone.Id))
            {
                gone.Stale = true;
                gone.Rank = 0;
            }
            else
            {
                _db.OfferMatches.Remove(gone);
            }
        }

        offer.MatchedAt = now;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(TransferAuditEvents.OfferMatched, AuditOutcome.Success, "ConversionOffer", Id(offer.Id), $"matches={scored.Count} firms considered; weights ipc={weights.IpcMainGroup}/{weights.IpcSubclass}/{weights.IpcClass} kw={weights.Keyword}/{weights.Bigram} cap={weights.KeywordCap} industry={weights.Industry}"), ct);
    }

    private IQueryable<ConversionOffer> Visible(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = _db.Offers.AsNoTracking();
        if (actor.IsCity || actor.IsDept)
        {
            return q;
        }

        if (actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit)
        {
            var matched = _db.OfferMatches.Where(m => m.FirmCountyCode == unit).Select(m => m.OfferId);
            return q.Where(o => o.UnitCode == unit || matched.Contains(o.Id));
        }

        return q.Where(o => false);
    }

    private IQueryable<ConversionOffer> Filtered(Actor actor, OfferQuery query)
    {
        var q = Visible(actor);
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            var state = query.State.Trim();
            q = q.Where(o => o.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Mode))
        {
            var mode = query.Mode.Trim();
            q = q.Where(o => o.Mode == mode);
        }

        return q;
    }

    /// <summary>The offer if the officer may see it; otherwise 404 (never 403) and an AccessDenied audit row.</summary>
    private async Task<ConversionOffer> FindAsync(Actor actor, long id, CancellationToken ct)
    {
        if (!await Visible(actor).AnyAsync(o => o.Id == id, ct))
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "ConversionOffer", Id(id), $"role={actor.Role} unit={actor.UnitCode ?? "-"}: outside the actor's view or does not exist"), ct);
            throw new IpCityException(OfferNotFound, "未找到该转化项目。", 404);
        }

        return await _db.Offers.FirstAsync(o => o.Id == id, ct);
    }

    /// <summary>One of the enterprise's own matches; another firm's (or none) → 404 and an AccessDenied audit row.</summary>
    private async Task<OfferMatch> FindMineAsync(Actor actor, long matchId, CancellationToken ct)
    {
        var code = RequireEnterprise(actor);
        var match = await _db.OfferMatches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId && m.FirmCreditCode == code, ct);
        if (match is null)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "OfferMatch", Id(matchId), $"role={actor.Role}: not a match of the account's enterprise or does not exist"), ct);
            throw new IpCityException(MatchNotFound, "未找到该匹配项目。", 404);
        }

        return match;
    }

    private async Task<OfferDetail> DetailAsync(ConversionOffer offer, CancellationToken ct)
    {
        var matches = await _db.OfferMatches.AsNoTracking().Where(m => m.OfferId == offer.Id).ToListAsync(ct);
        var interests = (await _db.OfferInterests.AsNoTracking().Where(i => i.OfferId == offer.Id).OrderBy(i => i.Id).ToListAsync(ct)).Select(ToDto).ToList();
        var counts = interests.GroupBy(i => i.MatchId).ToDictionary(g => g.Key, g => g.Count());
        var dto = (await ToDtosAsync([offer], ct))[0];
        return new OfferDetail(dto, matches.OrderBy(m => m.Stale).ThenBy(m => m.Rank).ThenBy(m => m.Id).Select(m => ToDto(m, counts)).ToList(), interests, Weights);
    }

    private async Task<List<OfferDto>> ToDtosAsync(List<ConversionOffer> offers, CancellationToken ct)
    {
        var ids = offers.Select(o => o.Id).ToList();
        var matches = (await _db.OfferMatches.AsNoTracking().Where(m => ids.Contains(m.OfferId) && !m.Stale).Select(m => m.OfferId).ToListAsync(ct)).CountBy(x => x).ToDictionary();
        var interests = (await _db.OfferInterests.AsNoTracking().Where(i => ids.Contains(i.OfferId)).Select(i => i.OfferId).ToListAsync(ct)).CountBy(x => x).ToDictionary();
        return offers.Select(o => new OfferDto(
            o.Id, o.PatentId, o.ApplicationNumber, o.PatentTitle, o.MainIpc, o.OfferingParty, o.OfferingPartyType, o.OfferingCreditCode, o.UnitCode, o.Mode, o.FeeTerms, o.AskingPriceWan,
            Split(o.Keywords), o.IndustryCode, o.IndustryName, o.State, o.StateNote, o.TransferId, o.CreatedBy, o.CreatedAt, o.MatchedAt,
            matches.GetValueOrDefault(o.Id), interests.GetValueOrDefault(o.Id))).ToList();
    }

    private async Task<Dictionary<long, int>> InterestCountsAsync(List<long> matchIds, CancellationToken ct) =>
        (await _db.OfferInterests.AsNoTracking().Where(i => matchIds.Contains(i.MatchId)).Select(i => i.MatchId).ToListAsync(ct)).CountBy(x => x).ToDictionary();

    private static OfferMatchDto ToDto(OfferMatch m, IReadOnlyDictionary<long, int> interests)
    {
        var reasons = JsonSerializer.Deserialize<List<MatchReason>>(m.Breakdown, s_json) ?? [];
        return new OfferMatchDto(m.Id, m.OfferId, m.Rank, m.FirmApplicantId, m.FirmName, m.FirmCreditCode, m.FirmCountyCode, m.Score, reasons, OfferMatcher.Explain(reasons), m.Stale, m.ComputedAt, interests.GetValueOrDefault(m.Id));
    }

    private static OfferInterestDto ToDto(OfferInterest i) => new(i.Id, i.OfferId, i.MatchId, i.FirmName, i.FirmCreditCode, i.Note, i.ExpressedBy, i.ExpressedAt);

    private static readonly string[] s_offerHeader = ["编号", "申请号", "专利名称", "主分类号", "权利人", "权利人类型", "区县", "方式", "许可使用费/条件", "价格(万元)", "关键词", "行业", "状态", "匹配企业数", "意向数", "登记人", "登记时间"];

    private static object?[] OfferCells(OfferDto o) =>
    [
        o.Id, o.ApplicationNumber, o.PatentTitle, o.MainIpc, o.OfferingParty, o.OfferingPartyType, o.UnitCode, o.Mode, o.FeeTerms, o.AskingPriceWan, string.Join("、", o.Keywords),
        o.IndustryName, o.State, o.Matches, o.Interests, o.CreatedBy, o.CreatedAt,
    ];

    private static readonly string[] s_matchHeader = ["匹配编号", "项目编号", "申请号", "排名", "企业", "统一社会信用代码", "区县", "得分", "得分构成", "已失效", "意向数", "计算时间"];

    private static object?[] MatchCells(OfferMatchDto m, string applicationNumber) =>
        [m.Id, m.OfferId, applicationNumber, m.Rank, m.FirmName, m.FirmCreditCode, m.FirmCountyCode, m.Score, m.Explanation, m.Stale, m.Interests, m.ComputedAt];

    private static readonly string[] s_interestHeader = ["编号", "项目编号", "匹配编号", "企业", "统一社会信用代码", "说明", "表达人", "时间"];

    private static object?[] InterestCells(OfferInterestDto i) => [i.Id, i.OfferId, i.MatchId, i.FirmName, i.FirmCreditCode, i.Note, i.ExpressedBy, i.ExpressedAt];

    private static IReadOnlyList<string> Split(string? keywords) => string.IsNullOrEmpty(keywords) ? [] : keywords.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static string RequireEnterprise(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsEnterprise && actor.EnterpriseCode is { Length: > 0 } code
            ? code.Trim().ToUpperInvariant()
            : throw new IpCityException("OFFER_ENTERPRISE_ONLY", "此功能供企业账户使用。", 403);
    }

    private static void RequireManager(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity && !(actor.IsDistrict && actor.UnitCode is { Length: > 0 }))
        {
            throw new IpCityException("OFFER_OFFICER_ROLE", "转化项目由市局或区局人员管理。", 403);
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static IpCityException Invalid(string code, string message, IReadOnlyDictionary<string, object?>? details = null) => new(code, message, 400, details);

    private static string? Clean(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length > max ? throw Invalid("OFFER_FIELD_TOO_LONG", $"字段超过 {max} 字。") : value.Trim();

    private static string? Cut(string? value, int max) => value is null ? null : value.Length > max ? value[..max] : value;
}
