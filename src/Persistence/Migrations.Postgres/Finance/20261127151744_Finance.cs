using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IpCity.Migrations.Postgres.Finance
{
    /// <inheritdoc />
    public partial class Finance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "finance");

            migrationBuilder.CreateTable(
                name: "FundClaims",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoanContractNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PledgorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Lender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PrincipalWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    OutstandingLossWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    DefaultedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ParameterYear = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ParameterStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CompensableWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundParameters",
                schema: "finance",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundParameters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "InsuranceKinds",
                schema: "finance",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsuranceKinds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Parameters",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PledgeImports",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Read = table.Column<int>(type: "integer", nullable: false),
                    Inserted = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false),
                    ErrorsJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PledgeLoans",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ContractNumber = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Pledgor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PledgorAddress = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Pledgee = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PledgeeIsBank = table.Column<bool>(type: "boolean", nullable: false),
                    AmountWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CopyrightOnly = table.Column<bool>(type: "boolean", nullable: false),
                    RegionCityCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    RegionCountyCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RegionRule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeLoans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecuritisationDeals",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Exchange = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountYi = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    UnderlyingIpCount = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecuritisationDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Transfers",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: true),
                    ApplicationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PatentTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromPartyType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ToPartyType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ToCountyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToIsLocal = table.Column<bool>(type: "boolean", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AmountWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceEventId = table.Column<long>(type: "bigint", nullable: true),
                    EndEventId = table.Column<long>(type: "bigint", nullable: true),
                    UniversityToLocalFirm = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundClaimEvidence",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClaimId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundClaimEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundClaimEvidence_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "finance",
                        principalTable: "FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundClaimTransitions",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClaimId = table.Column<long>(type: "bigint", nullable: false),
                    FromState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundClaimTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundClaimTransitions_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "finance",
                        principalTable: "FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InsurancePolicies",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KindCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Insurer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PolicyNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InsuredName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InsuredCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SumInsuredWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    PremiumWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    SubsidyWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UnknownItems = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsurancePolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsurancePolicies_InsuranceKinds_KindCode",
                        column: x => x.KindCode,
                        principalSchema: "finance",
                        principalTable: "InsuranceKinds",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PledgeRegistrations",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoanId = table.Column<long>(type: "bigint", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ContractNumber = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Pledgor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PledgorAddress = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Pledgee = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    TermFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangeNote = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EventId = table.Column<long>(type: "bigint", nullable: true),
                    MatchRule = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    BatchId = table.Column<long>(type: "bigint", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgeRegistrations_PledgeLoans_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "finance",
                        principalTable: "PledgeLoans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SecuritisationFirms",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DealId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AmountWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecuritisationFirms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecuritisationFirms_SecuritisationDeals_DealId",
                        column: x => x.DealId,
                        principalSchema: "finance",
                        principalTable: "SecuritisationDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversionOffers",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PatentTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MainIpc = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OfferingParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OfferingPartyType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OfferingCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    OfferingApplicantId = table.Column<long>(type: "bigint", nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FeeTerms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AskingPriceWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Keywords = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IndustryName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StateNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TransferId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionOffers_Transfers_TransferId",
                        column: x => x.TransferId,
                        principalSchema: "finance",
                        principalTable: "Transfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InsuredItems",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    ItemType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CanonicalNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Found = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsuredItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsuredItems_InsurancePolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalSchema: "finance",
                        principalTable: "InsurancePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgedItems",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PatentId = table.Column<long>(type: "bigint", nullable: true),
                    TrademarkId = table.Column<long>(type: "bigint", nullable: true),
                    Title = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    EventId = table.Column<long>(type: "bigint", nullable: true),
                    MatchRule = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgedItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgedItems_PledgeRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalSchema: "finance",
                        principalTable: "PledgeRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferMatches",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    FirmApplicantId = table.Column<long>(type: "bigint", nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmCountyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Breakdown = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Stale = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferMatches_ConversionOffers_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "finance",
                        principalTable: "ConversionOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferInterests",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    MatchId = table.Column<long>(type: "bigint", nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExpressedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ExpressedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferInterests_ConversionOffers_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "finance",
                        principalTable: "ConversionOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfferInterests_OfferMatches_MatchId",
                        column: x => x.MatchId,
                        principalSchema: "finance",
                        principalTable: "OfferMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "finance",
                table: "InsuranceKinds",
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
                name: "IX_ConversionOffers_OfferingCreditCode",
                schema: "finance",
                table: "ConversionOffers",
                column: "OfferingCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_PatentId",
                schema: "finance",
                table: "ConversionOffers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_State_Id",
                schema: "finance",
                table: "ConversionOffers",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_TransferId",
                schema: "finance",
                table: "ConversionOffers",
                column: "TransferId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_UnitCode",
                schema: "finance",
                table: "ConversionOffers",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_FundClaimEvidence_ClaimId",
                schema: "finance",
                table: "FundClaimEvidence",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_FundClaims_DistrictCode_State",
                schema: "finance",
                table: "FundClaims",
                columns: new[] { "DistrictCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FundClaims_LoanContractNumber_Lender",
                schema: "finance",
                table: "FundClaims",
                columns: new[] { "LoanContractNumber", "Lender" });

            migrationBuilder.CreateIndex(
                name: "IX_FundClaims_PublicId",
                schema: "finance",
                table: "FundClaims",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundClaimTransitions_ClaimId",
                schema: "finance",
                table: "FundClaimTransitions",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_DistrictCode",
                schema: "finance",
                table: "InsurancePolicies",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_InsuredCreditCode",
                schema: "finance",
                table: "InsurancePolicies",
                column: "InsuredCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_Insurer_PolicyNumber",
                schema: "finance",
                table: "InsurancePolicies",
                columns: new[] { "Insurer", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_KindCode",
                schema: "finance",
                table: "InsurancePolicies",
                column: "KindCode");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_Year_KindCode",
                schema: "finance",
                table: "InsurancePolicies",
                columns: new[] { "Year", "KindCode" });

            migrationBuilder.CreateIndex(
                name: "IX_InsuredItems_PolicyId",
                schema: "finance",
                table: "InsuredItems",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferInterests_MatchId",
                schema: "finance",
                table: "OfferInterests",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferInterests_OfferId_FirmCreditCode",
                schema: "finance",
                table: "OfferInterests",
                columns: new[] { "OfferId", "FirmCreditCode" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferMatches_FirmCreditCode",
                schema: "finance",
                table: "OfferMatches",
                column: "FirmCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_OfferMatches_OfferId_FirmApplicantId",
                schema: "finance",
                table: "OfferMatches",
                columns: new[] { "OfferId", "FirmApplicantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parameters_Name_FromYear",
                schema: "finance",
                table: "Parameters",
                columns: new[] { "Name", "FromYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PledgedItems_EventId",
                schema: "finance",
                table: "PledgedItems",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgedItems_PatentId",
                schema: "finance",
                table: "PledgedItems",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgedItems_RegistrationId",
                schema: "finance",
                table: "PledgedItems",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeLoans_Key",
                schema: "finance",
                table: "PledgeLoans",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PledgeLoans_PledgorCreditCode",
                schema: "finance",
                table: "PledgeLoans",
                column: "PledgorCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeLoans_RegisteredOn",
                schema: "finance",
                table: "PledgeLoans",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeRegistrations_EventId",
                schema: "finance",
                table: "PledgeRegistrations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeRegistrations_LoanId",
                schema: "finance",
                table: "PledgeRegistrations",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeRegistrations_RegistrationNumber",
                schema: "finance",
                table: "PledgeRegistrations",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationDeals_Name",
                schema: "finance",
                table: "SecuritisationDeals",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationDeals_Year",
                schema: "finance",
                table: "SecuritisationDeals",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationFirms_DealId_CreditCode",
                schema: "finance",
                table: "SecuritisationFirms",
                columns: new[] { "DealId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationFirms_DistrictCode",
                schema: "finance",
                table: "SecuritisationFirms",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_EndEventId",
                schema: "finance",
                table: "Transfers",
                column: "EndEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_PatentId",
                schema: "finance",
                table: "Transfers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_SourceEventId",
                schema: "finance",
                table: "Transfers",
                column: "SourceEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToCountyCode",
                schema: "finance",
                table: "Transfers",
                column: "ToCountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_Year_Kind",
                schema: "finance",
                table: "Transfers",
                columns: new[] { "Year", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FundClaimEvidence",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FundClaimTransitions",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FundParameters",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "InsuredItems",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "OfferInterests",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "Parameters",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PledgedItems",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PledgeImports",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "SecuritisationFirms",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FundClaims",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "InsurancePolicies",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "OfferMatches",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PledgeRegistrations",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "SecuritisationDeals",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "InsuranceKinds",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "ConversionOffers",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PledgeLoans",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "Transfers",
                schema: "finance");
        }
    }
}
