using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class DataCenter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ipdata_IndustryCatalogues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConcordanceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_IndustryCatalogues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_ThematicDatabases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RefreshedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PatentCount = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAdded = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRemoved = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_ThematicDatabases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_IndustryNodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CatalogueId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_IndustryNodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_IndustryNodes_ipdata_IndustryCatalogues_CatalogueId",
                        column: x => x.CatalogueId,
                        principalTable: "ipdata_IndustryCatalogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_ThematicMembers",
                columns: table => new
                {
                    ThematicDatabaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_ThematicMembers", x => new { x.ThematicDatabaseId, x.PatentId });
                    table.ForeignKey(
                        name: "FK_ipdata_ThematicMembers_ipdata_Patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "ipdata_Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ipdata_ThematicMembers_ipdata_ThematicDatabases_ThematicDatabaseId",
                        column: x => x.ThematicDatabaseId,
                        principalTable: "ipdata_ThematicDatabases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_IndustryRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeId = table.Column<long>(type: "INTEGER", nullable: false),
                    IpcPattern = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Keyword = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Coefficient = table.Column<double>(type: "REAL", nullable: false),
                    IsPartial = table.Column<bool>(type: "INTEGER", nullable: false),
                    NationalIndustryCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_IndustryRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_IndustryRules_ipdata_IndustryNodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "ipdata_IndustryNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_ApplicationNumber",
                table: "ipdata_Patents",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_LastBatchId_Id",
                table: "ipdata_Patents",
                columns: new[] { "LastBatchId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_Number",
                table: "ipdata_PatentDocuments",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IndustryCatalogues_Code_Edition",
                table: "ipdata_IndustryCatalogues",
                columns: new[] { "Code", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IndustryNodes_CatalogueId_Code",
                table: "ipdata_IndustryNodes",
                columns: new[] { "CatalogueId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IndustryRules_IpcPattern",
                table: "ipdata_IndustryRules",
                column: "IpcPattern");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IndustryRules_NodeId",
                table: "ipdata_IndustryRules",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_ThematicDatabases_Name",
                table: "ipdata_ThematicDatabases",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_ThematicMembers_PatentId",
                table: "ipdata_ThematicMembers",
                column: "PatentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ipdata_IndustryRules");

            migrationBuilder.DropTable(
                name: "ipdata_ThematicMembers");

            migrationBuilder.DropTable(
                name: "ipdata_IndustryNodes");

            migrationBuilder.DropTable(
                name: "ipdata_ThematicDatabases");

            migrationBuilder.DropTable(
                name: "ipdata_IndustryCatalogues");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_ApplicationNumber",
                table: "ipdata_Patents");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_LastBatchId_Id",
                table: "ipdata_Patents");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_PatentDocuments_Number",
                table: "ipdata_PatentDocuments");
        }
    }
}
