using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IpCity.Migrations.Postgres.Protection
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "protection");

            migrationBuilder.CreateTable(
                name: "CaseAttachments",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseReferrals",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BodyId = table.Column<long>(type: "bigint", nullable: true),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    JudicialConfirmation = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SuspendedFrom = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Confidential = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TrackingHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ClosedLate = table.Column<bool>(type: "boolean", nullable: true),
                    DueOnAtClose = table.Column<DateOnly>(type: "date", nullable: true),
                    AmountInvolved = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Fine = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CountryGuides",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Link = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Fields = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountryGuides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditMeasureTypes",
                schema: "protection",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Departments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditMeasureTypes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "CreditParameters",
                schema: "protection",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditParameters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "CreditRecords",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Behaviour = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectNameCipher = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    SubjectIdCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectIdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectIdMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CaseId = table.Column<long>(type: "bigint", nullable: true),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeChannel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NoticeDocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HolidayCalendars",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayCalendars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImpactAssessments",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Assessor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeTemplates",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OverseasDisputes",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Forum = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Opponent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PatentNumbers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TrademarkNumbers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverseasDisputes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResolutionBodies",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Fields = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResolutionBodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceBodies",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Countries = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Fields = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Introduction = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceBodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimeLimitRules",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeLimitRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TypicalCases",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Significance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    NominatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NominatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TypicalCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ToState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "protection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseExtensions",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExtensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "protection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseHandlers",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseHandlers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseHandlers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "protection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordId = table.Column<long>(type: "bigint", nullable: true),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseLinks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "protection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseParties",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NameCipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    NameMasked = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ContactCipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AddressCipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseParties_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "protection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSuspensions",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSuspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSuspensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "protection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditMeasures",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Departments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditMeasures_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditObjections",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditObjections_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditRepairs",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PenaltyFulfilled = table.Column<bool>(type: "boolean", nullable: false),
                    HarmRemoved = table.Column<bool>(type: "boolean", nullable: false),
                    CommitmentLetter = table.Column<bool>(type: "boolean", nullable: false),
                    AttachmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AttachmentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Statement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRepairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRepairs_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditTransitions",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Decider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditTransitions_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HolidayDays",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CalendarId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HolidayDays_HolidayCalendars_CalendarId",
                        column: x => x.CalendarId,
                        principalSchema: "protection",
                        principalTable: "HolidayCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "protection",
                table: "CreditMeasureTypes",
                columns: new[] { "Code", "Active", "Departments", "Name", "SortOrder" },
                values: new object[,]
                {
                    { "FeeReliefStrictReview", true, "市市场监督管理局(知识产权局)", "专利/商标费用减缴、优先审查等优惠和便利从严审批", 2 },
                    { "FiscalFundingStrictReview", true, "市财政局|市科学技术局|市市场监督管理局(知识产权局)", "财政性资金项目申请从严审批", 1 },
                    { "KeySupervision", true, "市市场监督管理局(知识产权局)", "列为重点监管对象,提高检查频次", 5 },
                    { "NoCreditCommitment", true, "市发展和改革委员会|市市场监督管理局(知识产权局)", "不适用信用承诺制", 6 },
                    { "NoDemonstrationOrAwardEligibility", true, "市市场监督管理局(知识产权局)|市工业和信息化局", "取消国家知识产权示范和优势企业申报资格、中国专利奖等奖项申报资格", 4 },
                    { "NoHonoursEligibility", true, "市市场监督管理局(知识产权局)", "取消国家知识产权局评优评先参评资格", 3 },
                    { "OtherMeasures", true, "", "法律法规和政策规定的其他措施", 7 }
                });

            migrationBuilder.InsertData(
                schema: "protection",
                table: "CreditParameters",
                columns: new[] { "Name", "Amount", "Label", "Note", "Source", "Status", "Unit", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { "Credit.Cnipa.MeasureDuration", 12, "CNIPA 失信管理措施期限 (新失信行为重新起算)", null, "南宁 2022 地方规定 (DOMAIN.md §8.1)", "UNCONFIRMED", "Months", null, null },
                    { "Credit.Cnipa.RepairWait", 6, "CNIPA 失信记录满此期限后可申请信用修复", null, "南宁 2022 地方规定 (DOMAIN.md §8.1)", "UNCONFIRMED", "Months", null, null },
                    { "Credit.JointPunishment2019.Duration", 3, "2019 联合惩戒期限 (仅旧记录)", null, "国知发保字〔2019〕52号 (DOMAIN.md §8.5)", "CONFIRMED", "Years", null, null },
                    { "Credit.PenaltyInfo.PublicationLong", 3, "其他行政处罚信息公示期", null, "DOMAIN.md §8.4", "UNCONFIRMED", "Years", null, null },
                    { "Credit.PenaltyInfo.PublicationShort", 3, "警告/通报批评/较低数额罚款信息公示期", null, "DOMAIN.md §8.4", "UNCONFIRMED", "Months", null, null },
                    { "Credit.PenaltyInfo.RepairWait", 6, "行政处罚信息公示满此期限可申请修复", null, "国市监信规〔2021〕3号 (DOMAIN.md §8.3)", "CONFIRMED", "Months", null, null },
                    { "Credit.PenaltyInfo.RepairWaitSpecialSectors", 1, "食品、药品、特种设备领域的修复等待期", null, "国市监信规〔2021〕3号 (DOMAIN.md §8.3)", "CONFIRMED", "Years", null, null },
                    { "Credit.SamrSerious.EarlyRemovalWait", 1, "列入满此期限后可申请提前移出", null, "广州信用修复指南 (DOMAIN.md §8.2)", "CONFIRMED", "Years", null, null },
                    { "Credit.SamrSerious.ListingPeriod", 3, "严重违法失信名单列入期限", null, "市场监督管理严重违法失信名单管理办法 (DOMAIN.md §8.2)", "CONFIRMED", "Years", null, null },
                    { "Credit.SamrSerious.RepairCooldown", 1, "上次信用修复后此期限内不再予以修复", null, "广州信用修复指南 (DOMAIN.md §8.2)", "CONFIRMED", "Years", null, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_CaseId",
                schema: "protection",
                table: "CaseAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId",
                schema: "protection",
                table: "CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseExtensions_CaseId",
                schema: "protection",
                table: "CaseExtensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseHandlers_CaseId_UserName",
                schema: "protection",
                table: "CaseHandlers",
                columns: new[] { "CaseId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_CaseId",
                schema: "protection",
                table: "CaseLinks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParties_CaseId",
                schema: "protection",
                table: "CaseParties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParties_IdHash",
                schema: "protection",
                table: "CaseParties",
                column: "IdHash");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_CaseId",
                schema: "protection",
                table: "CaseReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                schema: "protection",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PublicId",
                schema: "protection",
                table: "Cases",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TrackingHash",
                schema: "protection",
                table: "Cases",
                column: "TrackingHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitCode_State",
                schema: "protection",
                table: "Cases",
                columns: new[] { "UnitCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSuspensions_CaseId",
                schema: "protection",
                table: "CaseSuspensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CountryGuides_CountryCode_Kind",
                schema: "protection",
                table: "CountryGuides",
                columns: new[] { "CountryCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditMeasures_RecordId_Code",
                schema: "protection",
                table: "CreditMeasures",
                columns: new[] { "RecordId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditObjections_RecordId_Status",
                schema: "protection",
                table: "CreditObjections",
                columns: new[] { "RecordId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_CaseId",
                schema: "protection",
                table: "CreditRecords",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_State_EndsOn",
                schema: "protection",
                table: "CreditRecords",
                columns: new[] { "State", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_SubjectIdHash",
                schema: "protection",
                table: "CreditRecords",
                column: "SubjectIdHash");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_UnitCode",
                schema: "protection",
                table: "CreditRecords",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRepairs_RecordId_Status",
                schema: "protection",
                table: "CreditRepairs",
                columns: new[] { "RecordId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditTransitions_RecordId",
                schema: "protection",
                table: "CreditTransitions",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_HolidayCalendars_Year_Version",
                schema: "protection",
                table: "HolidayCalendars",
                columns: new[] { "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HolidayDays_CalendarId_Date",
                schema: "protection",
                table: "HolidayDays",
                columns: new[] { "CalendarId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessments_AssessedOn",
                schema: "protection",
                table: "ImpactAssessments",
                column: "AssessedOn");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeTemplates_Code_Version",
                schema: "protection",
                table: "NoticeTemplates",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OverseasDisputes_CountryCode_StartedOn",
                schema: "protection",
                table: "OverseasDisputes",
                columns: new[] { "CountryCode", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OverseasDisputes_DistrictCode",
                schema: "protection",
                table: "OverseasDisputes",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_OverseasDisputes_FirmCreditCode",
                schema: "protection",
                table: "OverseasDisputes",
                column: "FirmCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionBodies_DistrictCode_Kind",
                schema: "protection",
                table: "ResolutionBodies",
                columns: new[] { "DistrictCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionBodies_Name_Kind",
                schema: "protection",
                table: "ResolutionBodies",
                columns: new[] { "Name", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceBodies_Name_Kind",
                schema: "protection",
                table: "ServiceBodies",
                columns: new[] { "Name", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeLimitRules_Name_EffectiveFrom",
                schema: "protection",
                table: "TimeLimitRules",
                columns: new[] { "Name", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TypicalCases_CaseId",
                schema: "protection",
                table: "TypicalCases",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TypicalCases_Year_State",
                schema: "protection",
                table: "TypicalCases",
                columns: new[] { "Year", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAttachments",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CaseEvents",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CaseExtensions",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CaseHandlers",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CaseLinks",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CaseParties",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CaseReferrals",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CaseSuspensions",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CountryGuides",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditMeasures",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditMeasureTypes",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditObjections",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditParameters",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditRepairs",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditTransitions",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "HolidayDays",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "ImpactAssessments",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "NoticeTemplates",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "OverseasDisputes",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "ResolutionBodies",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "ServiceBodies",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "TimeLimitRules",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "TypicalCases",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditRecords",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "HolidayCalendars",
                schema: "protection");
        }
    }
}
