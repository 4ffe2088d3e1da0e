namespace IpCity.Finance.Pledges;

/// <summary>What a pledge registration secures with: CNIPA registers patent and trademark pledges separately; copyright pledges are registered by the copyright centre.</summary>
internal enum PledgeItemKind
{
    Patent,
    Trademark,
    Copyright,
}

internal enum PledgeSource
{
    /// <summary>From a registration list (XLSX) the office receives.</summary>
    Register,

    /// <summary>Only seen as a pledge event in the IP data center (amount unknown until a register row arrives).</summary>
    LegalEvent,
}

/// <summary>
/// One financing (主债权 contract) secured by one or more pledge registrations (DOMAIN.md §1.4: "one loan secured by
/// both patents and trademarks counts once"). Key: the main contract number when the registrations state one, else
/// the registration number. Year: the first 设立 registration's 登记日.
/// </summary>
internal sealed class PledgeLoan
{
    public long Id { get; set; }

    /// <summary>"C:" + normalised contract number, or "R:" + registration number.</summary>
    public required string Key { get; set; }

    public string? ContractNumber { get; set; }

    public required string Pledgor { get; set; }

    public string? PledgorCreditCode { get; set; }

    public string? PledgorAddress { get; set; }

    public string? Pledgee { get; set; }

    public bool PledgeeIsBank { get; set; }

    /// <summary>被担保的主债权数额 (万元); null when only legal events are known.</summary>
    public decimal? AmountWan { get; set; }

    /// <summary>The 登记日 of the loan's first registration.</summary>
    public DateOnly RegisteredOn { get; set; }

    public DateOnly? TermFrom { get; set; }

    public DateOnly? TermTo { get; set; }

    public DateOnly? CancelledOn { get; set; }

    public bool CopyrightOnly { get; set; }

    public string? RegionCityCode { get; set; }

    public string? RegionCountyCode { get; set; }

    public string? RegionZoneCode { get; set; }

    public string? RegionRule { get; set; }

    /// <summary>Notes written when the loan was assembled (e.g. differing amounts between its registrations).</summary>
    public string? Notes { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<PledgeRegistration> Registrations { get; set; } = [];
}

/// <summary>One pledge registration (质押登记) with the items it pledges, its changes and its cancellation.</summary>
internal sealed class PledgeRegistration
{
    public long Id { get; set; }

    public long LoanId { get; set; }

    /// <summary>质押登记号 (natural key); event-only registrations use the event's reference or "EVT-{event id}".</summary>
    public required string RegistrationNumber { get; set; }

    public PledgeItemKind Kind { get; set; }

    public PledgeSource Source { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public decimal? AmountWan { get; set; }

    public string? ContractNumber { get; set; }

    public required string Pledgor { get; set; }

    public string? PledgorCreditCode { get; set; }

    public string? PledgorAddress { get; set; }

    public string? Pledgee { get; set; }

    public DateOnly? TermFrom { get; set; }

    public DateOnly? TermTo { get; set; }

    /// <summary>The last 变更登记 (a change is not new financing).</summary>
    public DateOnly? ChangedOn { get; set; }

    public string? ChangeNote { get; set; }

    /// <summary>注销登记 (does not reduce the year's registered amount).</summary>
    public DateOnly? CancelledOn { get; set; }

    /// <summary>For an event-only registration: the IP data center event it was created from.</summary>
    public long? EventId { get; set; }

    /// <summary>"event-only" for registrations created from an event; register rows carry their event links on their items.</summary>
    public string? MatchRule { get; set; }

    public string? SourceFile { get; set; }

    public long? BatchId { get; set; }

    /// <summary>SHA-256 over the normalised rows of this registration in its file (re-importing the same rows changes nothing).</summary>
    public string? ContentHash { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<PledgedItem> Items { get; set; } = [];
}

/// <summary>A patent, trademark or copyright pledged by a registration, linked to the IP data center when found there.</summary>
internal sealed class PledgedItem
{
    public long Id { get; set; }

    public long RegistrationId { get; set; }

    public PledgeItemKind Kind { get; set; }

    /// <summary>As canonicalised by the IP data center when found (CN application number), else as written.</summary>
    public required string Number { get; set; }

    public long? PatentId { get; set; }

    public long? TrademarkId { get; set; }

    public string? Title { get; set; }

    /// <summary>The IP data center pledge event of this patent reconciled with this registration.</summary>
    public long? EventId { get; set; }

    /// <summary>"reference" (the registration number written in the event) or "patent+date".</summary>
    public string? MatchRule { get; set; }
}

/// <summary>One pledge-register import (file, hash, counts).</summary>
internal sealed class PledgeImportBatch
{
    public long Id { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public required string StartedBy { get; set; }

    public int Read { get; set; }

    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    /// <summary>JSON list of rejected rows (row, field, value, reason).</summary>
    public string? ErrorsJson { get; set; }
}

/// <summary>A per-year finance parameter (versioned from a year on), e.g. the 普惠 loan ceiling.</summary>
internal sealed class FinanceParameter
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public int FromYear { get; set; }

    public required string Value { get; set; }

    public required string Status { get; set; }

    public string? Note { get; set; }

    public DateTime SetAtUtc { get; set; }

    public required string SetBy { get; set; }
}
