using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Services
{
    /// <inheritdoc />
    public partial class Catalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "services");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueChanges",
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
                name: "ServiceRequests",
                schema: "services");

            migrationBuilder.DropTable(
                name: "ServiceItems",
                schema: "services");
        }
    }
}
