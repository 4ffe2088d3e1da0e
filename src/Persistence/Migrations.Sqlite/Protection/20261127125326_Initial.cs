using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IpCity.Migrations.Sqlite.Protection
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "protection_CaseAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_CaseReferrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BodyId = table.Column<long>(type: "INTEGER", nullable: true),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JudicialConfirmation = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SuspendedFrom = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TrackingHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ClosedLate = table.Column<bool>(type: "INTEGER", nullable: true),
                    DueOnAtClose = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AmountInvolved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Fine = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_CountryGuides",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CountryGuides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_CreditMeasureTypes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Departments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CreditMeasureTypes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "protection_CreditParameters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CreditParameters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "protection_CreditRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Behaviour = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectNameCipher = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    SubjectIdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectIdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectIdMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ActOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeChannel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NoticeDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CreditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_HolidayCalendars",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_HolidayCalendars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_ImpactAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Assessor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_ImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_NoticeTemplates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_NoticeTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_OverseasDisputes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Forum = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Opponent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PatentNumbers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TrademarkNumbers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_OverseasDisputes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_ResolutionBodies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_ResolutionBodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_ServiceBodies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Countries = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_ServiceBodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_TimeLimitRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_TimeLimitRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_TypicalCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Significance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    NominatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NominatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_TypicalCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protection_CaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CaseEvents_protection_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "protection_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection_CaseExtensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CaseExtensions_protection_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "protection_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection_CaseHandlers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseHandlers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CaseHandlers_protection_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "protection_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection_CaseLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CaseLinks_protection_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "protection_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection_CaseParties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NameCipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    NameMasked = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdCipher = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    IdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ContactCipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AddressCipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CaseParties_protection_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "protection_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection_CaseSuspensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CaseSuspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CaseSuspensions_protection_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "protection_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection_CreditMeasures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Departments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CreditMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CreditMeasures_protection_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "protection_CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protection_CreditObjections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CreditObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CreditObjections_protection_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "protection_CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "protection_CreditRepairs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledByRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PenaltyFulfilled = table.Column<bool>(type: "INTEGER", nullable: false),
                    HarmRemoved = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommitmentLetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttachmentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CreditRepairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CreditRepairs_protection_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "protection_CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "protection_CreditTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Decider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_CreditTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_CreditTransitions_protection_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "protection_CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "protection_HolidayDays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CalendarId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_HolidayDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_protection_HolidayDays_protection_HolidayCalendars_CalendarId",
                        column: x => x.CalendarId,
                        principalTable: "protection_HolidayCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "protection_CreditMeasureTypes",
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
                table: "protection_CreditParameters",
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
                name: "IX_protection_CaseAttachments_CaseId",
                table: "protection_CaseAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseEvents_CaseId",
                table: "protection_CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseExtensions_CaseId",
                table: "protection_CaseExtensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseHandlers_CaseId_UserName",
                table: "protection_CaseHandlers",
                columns: new[] { "CaseId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseLinks_CaseId",
                table: "protection_CaseLinks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseParties_CaseId",
                table: "protection_CaseParties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseParties_IdHash",
                table: "protection_CaseParties",
                column: "IdHash");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseReferrals_CaseId",
                table: "protection_CaseReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_Cases_Number",
                table: "protection_Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_Cases_PublicId",
                table: "protection_Cases",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_Cases_TrackingHash",
                table: "protection_Cases",
                column: "TrackingHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_Cases_UnitCode_State",
                table: "protection_Cases",
                columns: new[] { "UnitCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_protection_CaseSuspensions_CaseId",
                table: "protection_CaseSuspensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CountryGuides_CountryCode_Kind",
                table: "protection_CountryGuides",
                columns: new[] { "CountryCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditMeasures_RecordId_Code",
                table: "protection_CreditMeasures",
                columns: new[] { "RecordId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditObjections_RecordId_Status",
                table: "protection_CreditObjections",
                columns: new[] { "RecordId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditRecords_CaseId",
                table: "protection_CreditRecords",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditRecords_State_EndsOn",
                table: "protection_CreditRecords",
                columns: new[] { "State", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditRecords_SubjectIdHash",
                table: "protection_CreditRecords",
                column: "SubjectIdHash");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditRecords_UnitCode",
                table: "protection_CreditRecords",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditRepairs_RecordId_Status",
                table: "protection_CreditRepairs",
                columns: new[] { "RecordId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_protection_CreditTransitions_RecordId",
                table: "protection_CreditTransitions",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_protection_HolidayCalendars_Year_Version",
                table: "protection_HolidayCalendars",
                columns: new[] { "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_HolidayDays_CalendarId_Date",
                table: "protection_HolidayDays",
                columns: new[] { "CalendarId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_ImpactAssessments_AssessedOn",
                table: "protection_ImpactAssessments",
                column: "AssessedOn");

            migrationBuilder.CreateIndex(
                name: "IX_protection_NoticeTemplates_Code_Version",
                table: "protection_NoticeTemplates",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_OverseasDisputes_CountryCode_StartedOn",
                table: "protection_OverseasDisputes",
                columns: new[] { "CountryCode", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_protection_OverseasDisputes_DistrictCode",
                table: "protection_OverseasDisputes",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_protection_OverseasDisputes_FirmCreditCode",
                table: "protection_OverseasDisputes",
                column: "FirmCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_protection_ResolutionBodies_DistrictCode_Kind",
                table: "protection_ResolutionBodies",
                columns: new[] { "DistrictCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_protection_ResolutionBodies_Name_Kind",
                table: "protection_ResolutionBodies",
                columns: new[] { "Name", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_ServiceBodies_Name_Kind",
                table: "protection_ServiceBodies",
                columns: new[] { "Name", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_TimeLimitRules_Name_EffectiveFrom",
                table: "protection_TimeLimitRules",
                columns: new[] { "Name", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_TypicalCases_CaseId",
                table: "protection_TypicalCases",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_TypicalCases_Year_State",
                table: "protection_TypicalCases",
                columns: new[] { "Year", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "protection_CaseAttachments");

            migrationBuilder.DropTable(
                name: "protection_CaseEvents");

            migrationBuilder.DropTable(
                name: "protection_CaseExtensions");

            migrationBuilder.DropTable(
                name: "protection_CaseHandlers");

            migrationBuilder.DropTable(
                name: "protection_CaseLinks");

            migrationBuilder.DropTable(
                name: "protection_CaseParties");

            migrationBuilder.DropTable(
                name: "protection_CaseReferrals");

            migrationBuilder.DropTable(
                name: "protection_CaseSuspensions");

            migrationBuilder.DropTable(
                name: "protection_CountryGuides");

            migrationBuilder.DropTable(
                name: "protection_CreditMeasures");

            migrationBuilder.DropTable(
                name: "protection_CreditMeasureTypes");

            migrationBuilder.DropTable(
                name: "protection_CreditObjections");

            migrationBuilder.DropTable(
                name: "protection_CreditParameters");

            migrationBuilder.DropTable(
                name: "protection_CreditRepairs");

            migrationBuilder.DropTable(
                name: "protection_CreditTransitions");

            migrationBuilder.DropTable(
                name: "protection_HolidayDays");

            migrationBuilder.DropTable(
                name: "protection_ImpactAssessments");

            migrationBuilder.DropTable(
                name: "protection_NoticeTemplates");

            migrationBuilder.DropTable(
                name: "protection_OverseasDisputes");

            migrationBuilder.DropTable(
                name: "protection_ResolutionBodies");

            migrationBuilder.DropTable(
                name: "protection_ServiceBodies");

            migrationBuilder.DropTable(
                name: "protection_TimeLimitRules");

            migrationBuilder.DropTable(
                name: "protection_TypicalCases");

            migrationBuilder.DropTable(
                name: "protection_Cases");

            migrationBuilder.DropTable(
                name: "protection_CreditRecords");

            migrationBuilder.DropTable(
                name: "protection_HolidayCalendars");
        }
    }
}
