using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Services
{
    /// <inheritdoc />
    public partial class Services : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "services_Agencies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PatentLicenceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrademarkFilingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegionRule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_Agencies_services_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_CatalogueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VersionNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_CatalogueChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_GiUsers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GiKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GiName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokeReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_GiUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_Practitioners",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameCipher = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    NameMasked = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    QualificationNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    QualifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    QualificationRevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AddressCipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_Practitioners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_ServiceItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LatestVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_ServiceItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_ServiceOutlets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Services = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_ServiceOutlets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_AgencyStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_AgencyStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_AgencyStatusChanges_services_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_GiSupervisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GiKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GiName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    UserId = table.Column<long>(type: "INTEGER", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_GiSupervisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_GiSupervisions_services_GiUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "services_GiUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_Engagements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PractitionerId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_Engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_Engagements_services_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_services_Engagements_services_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "services_Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_SupervisionRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: true),
                    PractitionerId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreditRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_SupervisionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_SupervisionRecords_services_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_services_SupervisionRecords_services_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "services_Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_ServiceItemVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    VersionNo = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Materials = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TimeLimitAmount = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Fee = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Channels = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResponsibleUnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_ServiceItemVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_ServiceItemVersions_services_ServiceItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "services_ServiceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_ServiceRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeLimitAmount = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnterpriseCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequesterAccount = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ContactNameCipher = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ContactNameMasked = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactPhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueTrail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CalendarMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    FinishedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_ServiceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_ServiceRequests_services_ServiceItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "services_ServiceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_ServiceRequestAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_ServiceRequestAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_ServiceRequestAttachments_services_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "services_ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_ServiceRequestEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_ServiceRequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_ServiceRequestEvents_services_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "services_ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_CountyCode",
                table: "services_Agencies",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_CreditCode",
                table: "services_Agencies",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_ParentId",
                table: "services_Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_PatentLicenceNumber",
                table: "services_Agencies",
                column: "PatentLicenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_TrademarkFilingNumber",
                table: "services_Agencies",
                column: "TrademarkFilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_AgencyStatusChanges_AgencyId_EffectiveOn_Status",
                table: "services_AgencyStatusChanges",
                columns: new[] { "AgencyId", "EffectiveOn", "Status" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_CatalogueChanges_ItemCode",
                table: "services_CatalogueChanges",
                column: "ItemCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_CatalogueChanges_RecordedAtUtc",
                table: "services_CatalogueChanges",
                column: "RecordedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_services_Engagements_AgencyId",
                table: "services_Engagements",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_services_Engagements_PractitionerId_AgencyId_Role_From",
                table: "services_Engagements",
                columns: new[] { "PractitionerId", "AgencyId", "Role", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_GiSupervisions_CountyCode",
                table: "services_GiSupervisions",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_GiSupervisions_GiKey",
                table: "services_GiSupervisions",
                column: "GiKey");

            migrationBuilder.CreateIndex(
                name: "IX_services_GiSupervisions_UserId",
                table: "services_GiSupervisions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_services_GiUsers_CountyCode",
                table: "services_GiUsers",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_GiUsers_GiKey_CreditCode",
                table: "services_GiUsers",
                columns: new[] { "GiKey", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Practitioners_CertificateNumber",
                table: "services_Practitioners",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Practitioners_IdHash",
                table: "services_Practitioners",
                column: "IdHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Practitioners_QualificationNumber",
                table: "services_Practitioners",
                column: "QualificationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceItems_Code",
                table: "services_ServiceItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceItemVersions_ItemId_EffectiveFrom",
                table: "services_ServiceItemVersions",
                columns: new[] { "ItemId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceItemVersions_ItemId_VersionNo",
                table: "services_ServiceItemVersions",
                columns: new[] { "ItemId", "VersionNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceOutlets_DistrictCode",
                table: "services_ServiceOutlets",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceOutlets_Name_DistrictCode",
                table: "services_ServiceOutlets",
                columns: new[] { "Name", "DistrictCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceRequestAttachments_RequestId",
                table: "services_ServiceRequestAttachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceRequestEvents_RequestId",
                table: "services_ServiceRequestEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceRequests_EnterpriseCode",
                table: "services_ServiceRequests",
                column: "EnterpriseCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceRequests_ItemId",
                table: "services_ServiceRequests",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceRequests_Number",
                table: "services_ServiceRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceRequests_PublicId",
                table: "services_ServiceRequests",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_ServiceRequests_UnitCode_State",
                table: "services_ServiceRequests",
                columns: new[] { "UnitCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_services_SupervisionRecords_AgencyId",
                table: "services_SupervisionRecords",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_services_SupervisionRecords_PractitionerId",
                table: "services_SupervisionRecords",
                column: "PractitionerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "services_AgencyStatusChanges");

            migrationBuilder.DropTable(
                name: "services_CatalogueChanges");

            migrationBuilder.DropTable(
                name: "services_Engagements");

            migrationBuilder.DropTable(
                name: "services_GiSupervisions");

            migrationBuilder.DropTable(
                name: "services_ServiceItemVersions");

            migrationBuilder.DropTable(
                name: "services_ServiceOutlets");

            migrationBuilder.DropTable(
                name: "services_ServiceRequestAttachments");

            migrationBuilder.DropTable(
                name: "services_ServiceRequestEvents");

            migrationBuilder.DropTable(
                name: "services_SupervisionRecords");

            migrationBuilder.DropTable(
                name: "services_GiUsers");

            migrationBuilder.DropTable(
                name: "services_ServiceRequests");

            migrationBuilder.DropTable(
                name: "services_Agencies");

            migrationBuilder.DropTable(
                name: "services_Practitioners");

            migrationBuilder.DropTable(
                name: "services_ServiceItems");
        }
    }
}
