using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class Thematic : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "ipdata_ThematicMembers");

            migrationBuilder.DropTable(
                name: "ipdata_ThematicDatabases");
        }
    }
}
