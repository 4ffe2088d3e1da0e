using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Services
{
    /// <inheritdoc />
    public partial class Brands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiSupervisions",
                schema: "services");

            migrationBuilder.DropTable(
                name: "GiUsers",
                schema: "services");
        }
    }
}
