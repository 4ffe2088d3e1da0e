using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Services
{
    /// <inheritdoc />
    public partial class Brands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "services_GiSupervisions");

            migrationBuilder.DropTable(
                name: "services_GiUsers");
        }
    }
}
