using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Services
{
    /// <inheritdoc />
    public partial class Catalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_services_CatalogueChanges_ItemCode",
                table: "services_CatalogueChanges",
                column: "ItemCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_CatalogueChanges_RecordedAtUtc",
                table: "services_CatalogueChanges",
                column: "RecordedAtUtc");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "services_CatalogueChanges");

            migrationBuilder.DropTable(
                name: "services_ServiceItemVersions");

            migrationBuilder.DropTable(
                name: "services_ServiceOutlets");

            migrationBuilder.DropTable(
                name: "services_ServiceRequestAttachments");

            migrationBuilder.DropTable(
                name: "services_ServiceRequestEvents");

            migrationBuilder.DropTable(
                name: "services_ServiceRequests");

            migrationBuilder.DropTable(
                name: "services_ServiceItems");
        }
    }
}
