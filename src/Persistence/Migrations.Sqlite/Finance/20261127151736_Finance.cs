using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IpCity.Migrations.Sqlite.Finance
{
    /// <inheritdoc />
    public partial class Finance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finance_FundClaims",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanContractNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PledgorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Lender = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrincipalWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    OutstandingLossWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    DefaultedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ParameterYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ParameterStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CompensableWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_FundParameters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundParameters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "finance_InsuranceKinds",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_InsuranceKinds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "finance_Parameters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_Parameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgeImports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Read = table.Column<int>(type: "INTEGER", nullable: false),
                    Inserted = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgeImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgeLoans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Pledgor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PledgorAddress = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Pledgee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PledgeeIsBank = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CopyrightOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegionCityCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RegionCountyCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RegionRule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgeLoans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_SecuritisationDeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Exchange = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountYi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    UnderlyingIpCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_SecuritisationDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_Transfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PatentTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromParty = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromPartyType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToParty = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ToPartyType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ToCountyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToIsLocal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceEventId = table.Column<long>(type: "INTEGER", nullable: true),
                    EndEventId = table.Column<long>(type: "INTEGER", nullable: true),
                    UniversityToLocalFirm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_Transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_FundClaimEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundClaimEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_FundClaimEvidence_finance_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "finance_FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_FundClaimTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundClaimTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_FundClaimTransitions_finance_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "finance_FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_InsurancePolicies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KindCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Insurer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PolicyNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InsuredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InsuredCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SumInsuredWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    PremiumWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    SubsidyWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UnknownItems = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_InsurancePolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_InsurancePolicies_finance_InsuranceKinds_KindCode",
                        column: x => x.KindCode,
                        principalTable: "finance_InsuranceKinds",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgeRegistrations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Pledgor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PledgorAddress = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Pledgee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchRule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgeRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_PledgeRegistrations_finance_PledgeLoans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "finance_PledgeLoans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_SecuritisationFirms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_SecuritisationFirms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_SecuritisationFirms_finance_SecuritisationDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "finance_SecuritisationDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_ConversionOffers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PatentTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MainIpc = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OfferingParty = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfferingPartyType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OfferingCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    OfferingApplicantId = table.Column<long>(type: "INTEGER", nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FeeTerms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AskingPriceWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndustryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StateNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TransferId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedByRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    MatchedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_ConversionOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_ConversionOffers_finance_Transfers_TransferId",
                        column: x => x.TransferId,
                        principalTable: "finance_Transfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_InsuredItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CanonicalNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Found = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_InsuredItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_InsuredItems_finance_InsurancePolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "finance_InsurancePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgedItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegistrationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: true),
                    TrademarkId = table.Column<long>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchRule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgedItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_PledgedItems_finance_PledgeRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "finance_PledgeRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_OfferMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfferId = table.Column<long>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    FirmApplicantId = table.Column<long>(type: "INTEGER", nullable: false),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    FirmCountyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Breakdown = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Stale = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_OfferMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_OfferMatches_finance_ConversionOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "finance_ConversionOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_OfferInterests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfferId = table.Column<long>(type: "INTEGER", nullable: false),
                    MatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExpressedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExpressedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_OfferInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_OfferInterests_finance_ConversionOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "finance_ConversionOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_OfferInterests_finance_OfferMatches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "finance_OfferMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "finance_InsuranceKinds",
                columns: new[] { "Code", "Active", "Name", "SortOrder" },
                values: new object[,]
                {
                    { "InfringementLiability", true, "侵权责任保险", 30 },
                    { "OverseasInfringementLiability", true, "海外侵权责任险", 50 },
                    { "PatentEnforcement", true, "专利执行保险", 10 },
                    { "PatentInfringementLoss", true, "专利被侵权损失保险", 20 },
                    { "PledgeFinancingGuarantee", true, "知识产权质押融资保证保险", 40 },
                    { "TrademarkInfringementLoss", true, "商标被侵权损失保险", 60 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_finance_ConversionOffers_OfferingCreditCode",
                table: "finance_ConversionOffers",
                column: "OfferingCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_ConversionOffers_PatentId",
                table: "finance_ConversionOffers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_ConversionOffers_State_Id",
                table: "finance_ConversionOffers",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_ConversionOffers_TransferId",
                table: "finance_ConversionOffers",
                column: "TransferId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_ConversionOffers_UnitCode",
                table: "finance_ConversionOffers",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaimEvidence_ClaimId",
                table: "finance_FundClaimEvidence",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaims_DistrictCode_State",
                table: "finance_FundClaims",
                columns: new[] { "DistrictCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaims_LoanContractNumber_Lender",
                table: "finance_FundClaims",
                columns: new[] { "LoanContractNumber", "Lender" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaims_PublicId",
                table: "finance_FundClaims",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaimTransitions_ClaimId",
                table: "finance_FundClaimTransitions",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_DistrictCode",
                table: "finance_InsurancePolicies",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_InsuredCreditCode",
                table: "finance_InsurancePolicies",
                column: "InsuredCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_Insurer_PolicyNumber",
                table: "finance_InsurancePolicies",
                columns: new[] { "Insurer", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_KindCode",
                table: "finance_InsurancePolicies",
                column: "KindCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_Year_KindCode",
                table: "finance_InsurancePolicies",
                columns: new[] { "Year", "KindCode" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsuredItems_PolicyId",
                table: "finance_InsuredItems",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_OfferInterests_MatchId",
                table: "finance_OfferInterests",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_OfferInterests_OfferId_FirmCreditCode",
                table: "finance_OfferInterests",
                columns: new[] { "OfferId", "FirmCreditCode" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_OfferMatches_FirmCreditCode",
                table: "finance_OfferMatches",
                column: "FirmCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_OfferMatches_OfferId_FirmApplicantId",
                table: "finance_OfferMatches",
                columns: new[] { "OfferId", "FirmApplicantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_Parameters_Name_FromYear",
                table: "finance_Parameters",
                columns: new[] { "Name", "FromYear" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgedItems_EventId",
                table: "finance_PledgedItems",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgedItems_PatentId",
                table: "finance_PledgedItems",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgedItems_RegistrationId",
                table: "finance_PledgedItems",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeLoans_Key",
                table: "finance_PledgeLoans",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeLoans_PledgorCreditCode",
                table: "finance_PledgeLoans",
                column: "PledgorCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeLoans_RegisteredOn",
                table: "finance_PledgeLoans",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeRegistrations_EventId",
                table: "finance_PledgeRegistrations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeRegistrations_LoanId",
                table: "finance_PledgeRegistrations",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeRegistrations_RegistrationNumber",
                table: "finance_PledgeRegistrations",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationDeals_Name",
                table: "finance_SecuritisationDeals",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationDeals_Year",
                table: "finance_SecuritisationDeals",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationFirms_DealId_CreditCode",
                table: "finance_SecuritisationFirms",
                columns: new[] { "DealId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationFirms_DistrictCode",
                table: "finance_SecuritisationFirms",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Transfers_EndEventId",
                table: "finance_Transfers",
                column: "EndEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_Transfers_PatentId",
                table: "finance_Transfers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Transfers_SourceEventId",
                table: "finance_Transfers",
                column: "SourceEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_Transfers_ToCountyCode",
                table: "finance_Transfers",
                column: "ToCountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Transfers_Year_Kind",
                table: "finance_Transfers",
                columns: new[] { "Year", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finance_FundClaimEvidence");

            migrationBuilder.DropTable(
                name: "finance_FundClaimTransitions");

            migrationBuilder.DropTable(
                name: "finance_FundParameters");

            migrationBuilder.DropTable(
                name: "finance_InsuredItems");

            migrationBuilder.DropTable(
                name: "finance_OfferInterests");

            migrationBuilder.DropTable(
                name: "finance_Parameters");

            migrationBuilder.DropTable(
                name: "finance_PledgedItems");

            migrationBuilder.DropTable(
                name: "finance_PledgeImports");

            migrationBuilder.DropTable(
                name: "finance_SecuritisationFirms");

            migrationBuilder.DropTable(
                name: "finance_FundClaims");

            migrationBuilder.DropTable(
                name: "finance_InsurancePolicies");

            migrationBuilder.DropTable(
                name: "finance_OfferMatches");

            migrationBuilder.DropTable(
                name: "finance_PledgeRegistrations");

            migrationBuilder.DropTable(
                name: "finance_SecuritisationDeals");

            migrationBuilder.DropTable(
                name: "finance_InsuranceKinds");

            migrationBuilder.DropTable(
                name: "finance_ConversionOffers");

            migrationBuilder.DropTable(
                name: "finance_PledgeLoans");

            migrationBuilder.DropTable(
                name: "finance_Transfers");
        }
    }
}
