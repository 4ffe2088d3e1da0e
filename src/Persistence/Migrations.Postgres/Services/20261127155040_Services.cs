using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Services
{
    /// <inheritdoc />
    public partial class Services : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "services");

            migrationBuilder.CreateTable(
                name: "Agencies",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PatentLicenceNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TrademarkFilingNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CityCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RegionRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueChanges",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VersionNo = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Changes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GiUsers",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GiKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    GiName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CityCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Practitioners",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    NameMasked = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IdMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    QualificationNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    QualifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    QualificationRevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AddressCipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CityCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practitioners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceItems",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LatestVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOutlets",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Services = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOutlets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgencyStatusChanges",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyStatusChanges_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GiSupervisions",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GiKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    GiName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    UserId = table.Column<long>(type: "bigint", nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Finding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiSupervisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiSupervisions_GiUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "services",
                        principalTable: "GiUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Engagements",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PractitionerId = table.Column<long>(type: "bigint", nullable: false),
                    AgencyId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Engagements_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Engagements_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalSchema: "services",
                        principalTable: "Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRecords",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<long>(type: "bigint", nullable: true),
                    PractitionerId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreditRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreditState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionRecords_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionRecords_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalSchema: "services",
                        principalTable: "Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceItemVersions",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    VersionNo = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Materials = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TimeLimitAmount = table.Column<int>(type: "integer", nullable: false),
                    TimeLimitUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Fee = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Channels = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResponsibleUnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceItemVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceItemVersions_ServiceItems_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "services",
                        principalTable: "ServiceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRequests",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ItemVersion = table.Column<int>(type: "integer", nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TimeLimitAmount = table.Column<int>(type: "integer", nullable: false),
                    TimeLimitUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EnterpriseCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequesterAccount = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ContactNameCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ContactNameMasked = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContactPhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactPhoneMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueTrail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CalendarMissing = table.Column<bool>(type: "boolean", nullable: false),
                    FinishedOnTime = table.Column<bool>(type: "boolean", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_ServiceItems_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "services",
                        principalTable: "ServiceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRequestAttachments",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequestAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRequestAttachments_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "services",
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRequestEvents",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRequestEvents_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "services",
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_CountyCode",
                schema: "services",
                table: "Agencies",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_CreditCode",
                schema: "services",
                table: "Agencies",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ParentId",
                schema: "services",
                table: "Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_PatentLicenceNumber",
                schema: "services",
                table: "Agencies",
                column: "PatentLicenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_TrademarkFilingNumber",
                schema: "services",
                table: "Agencies",
                column: "TrademarkFilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyStatusChanges_AgencyId_EffectiveOn_Status",
                schema: "services",
                table: "AgencyStatusChanges",
                columns: new[] { "AgencyId", "EffectiveOn", "Status" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_ItemCode",
                schema: "services",
                table: "CatalogueChanges",
                column: "ItemCode");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_RecordedAtUtc",
                schema: "services",
                table: "CatalogueChanges",
                column: "RecordedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_AgencyId",
                schema: "services",
                table: "Engagements",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_PractitionerId_AgencyId_Role_From",
                schema: "services",
                table: "Engagements",
                columns: new[] { "PractitionerId", "AgencyId", "Role", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GiSupervisions_CountyCode",
                schema: "services",
                table: "GiSupervisions",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_GiSupervisions_GiKey",
                schema: "services",
                table: "GiSupervisions",
                column: "GiKey");

            migrationBuilder.CreateIndex(
                name: "IX_GiSupervisions_UserId",
                schema: "services",
                table: "GiSupervisions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_GiUsers_CountyCode",
                schema: "services",
                table: "GiUsers",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_GiUsers_GiKey_CreditCode",
                schema: "services",
                table: "GiUsers",
                columns: new[] { "GiKey", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_CertificateNumber",
                schema: "services",
                table: "Practitioners",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_IdHash",
                schema: "services",
                table: "Practitioners",
                column: "IdHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_QualificationNumber",
                schema: "services",
                table: "Practitioners",
                column: "QualificationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItems_Code",
                schema: "services",
                table: "ServiceItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItemVersions_ItemId_EffectiveFrom",
                schema: "services",
                table: "ServiceItemVersions",
                columns: new[] { "ItemId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItemVersions_ItemId_VersionNo",
                schema: "services",
                table: "ServiceItemVersions",
                columns: new[] { "ItemId", "VersionNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOutlets_DistrictCode",
                schema: "services",
                table: "ServiceOutlets",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOutlets_Name_DistrictCode",
                schema: "services",
                table: "ServiceOutlets",
                columns: new[] { "Name", "DistrictCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequestAttachments_RequestId",
                schema: "services",
                table: "ServiceRequestAttachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequestEvents_RequestId",
                schema: "services",
                table: "ServiceRequestEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_EnterpriseCode",
                schema: "services",
                table: "ServiceRequests",
                column: "EnterpriseCode");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ItemId",
                schema: "services",
                table: "ServiceRequests",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Number",
                schema: "services",
                table: "ServiceRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_PublicId",
                schema: "services",
                table: "ServiceRequests",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_UnitCode_State",
                schema: "services",
                table: "ServiceRequests",
                columns: new[] { "UnitCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecords_AgencyId",
                schema: "services",
                table: "SupervisionRecords",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecords_PractitionerId",
                schema: "services",
                table: "SupervisionRecords",
                column: "PractitionerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyStatusChanges",
                schema: "services");

            migrationBuilder.DropTable(
                name: "CatalogueChanges",
                schema: "services");

            migrationBuilder.DropTable(
                name: "Engagements",
                schema: "services");

            migrationBuilder.DropTable(
                name: "GiSupervisions",
                schema: "services");

            migrationBuilder.DropTable(
                name: "ServiceItemVersions",
                schema: "services");

            migrationBuilder.DropTable(
                name: "ServiceOutlets",
                schema: "services");

            migrationBuilder.DropTable(
                name: "ServiceRequestAttachments",
                schema: "services");

            migrationBuilder.DropTable(
                name: "ServiceRequestEvents",
                schema: "services");

            migrationBuilder.DropTable(
                name: "SupervisionRecords",
                schema: "services");

            migrationBuilder.DropTable(
                name: "GiUsers",
                schema: "services");

            migrationBuilder.DropTable(
                name: "ServiceRequests",
                schema: "services");

            migrationBuilder.DropTable(
                name: "Agencies",
                schema: "services");

            migrationBuilder.DropTable(
                name: "Practitioners",
                schema: "services");

            migrationBuilder.DropTable(
                name: "ServiceItems",
                schema: "services");
        }
    }
}
