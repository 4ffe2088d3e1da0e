using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class DataCenter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndustryCatalogues",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ConcordanceType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Edition = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryCatalogues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThematicDatabases",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Query = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RefreshedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PatentCount = table.Column<long>(type: "bigint", nullable: false),
                    LastAdded = table.Column<long>(type: "bigint", nullable: false),
                    LastRemoved = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThematicDatabases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndustryNodes",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CatalogueId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryNodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndustryNodes_IndustryCatalogues_CatalogueId",
                        column: x => x.CatalogueId,
                        principalSchema: "ipdata",
                        principalTable: "IndustryCatalogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThematicMembers",
                schema: "ipdata",
                columns: table => new
                {
                    ThematicDatabaseId = table.Column<long>(type: "bigint", nullable: false),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThematicMembers", x => new { x.ThematicDatabaseId, x.PatentId });
                    table.ForeignKey(
                        name: "FK_ThematicMembers_Patents_PatentId",
                        column: x => x.PatentId,
                        principalSchema: "ipdata",
                        principalTable: "Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThematicMembers_ThematicDatabases_ThematicDatabaseId",
                        column: x => x.ThematicDatabaseId,
                        principalSchema: "ipdata",
                        principalTable: "ThematicDatabases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndustryRules",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeId = table.Column<long>(type: "bigint", nullable: false),
                    IpcPattern = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Keyword = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Coefficient = table.Column<double>(type: "double precision", nullable: false),
                    IsPartial = table.Column<bool>(type: "boolean", nullable: false),
                    NationalIndustryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndustryRules_IndustryNodes_NodeId",
                        column: x => x.NodeId,
                        principalSchema: "ipdata",
                        principalTable: "IndustryNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Patents_ApplicationNumber",
                schema: "ipdata",
                table: "Patents",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Patents_LastBatchId_Id",
                schema: "ipdata",
                table: "Patents",
                columns: new[] { "LastBatchId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_Number",
                schema: "ipdata",
                table: "PatentDocuments",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_IndustryCatalogues_Code_Edition",
                schema: "ipdata",
                table: "IndustryCatalogues",
                columns: new[] { "Code", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustryNodes_CatalogueId_Code",
                schema: "ipdata",
                table: "IndustryNodes",
                columns: new[] { "CatalogueId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRules_IpcPattern",
                schema: "ipdata",
                table: "IndustryRules",
                column: "IpcPattern");

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRules_NodeId",
                schema: "ipdata",
                table: "IndustryRules",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ThematicDatabases_Name",
                schema: "ipdata",
                table: "ThematicDatabases",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThematicMembers_PatentId",
                schema: "ipdata",
                table: "ThematicMembers",
                column: "PatentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndustryRules",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "ThematicMembers",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "IndustryNodes",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "ThematicDatabases",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "IndustryCatalogues",
                schema: "ipdata");

            migrationBuilder.DropIndex(
                name: "IX_Patents_ApplicationNumber",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropIndex(
                name: "IX_Patents_LastBatchId_Id",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropIndex(
                name: "IX_PatentDocuments_Number",
                schema: "ipdata",
                table: "PatentDocuments");
        }
    }
}
