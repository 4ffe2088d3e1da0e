using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class Thematic : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "ThematicMembers",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "ThematicDatabases",
                schema: "ipdata");
        }
    }
}
