using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Finance
{
    /// <inheritdoc />
    public partial class Pledges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finance_Parameters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_Parameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgeImports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Read = table.Column<int>(type: "INTEGER", nullable: false),
                    Inserted = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgeImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgeLoans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Pledgor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PledgorAddress = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Pledgee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PledgeeIsBank = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CopyrightOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegionCityCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RegionCountyCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RegionRule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgeLoans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgeRegistrations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Pledgor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PledgorAddress = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Pledgee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchRule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgeRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_PledgeRegistrations_finance_PledgeLoans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "finance_PledgeLoans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_PledgedItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegistrationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: true),
                    TrademarkId = table.Column<long>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchRule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_PledgedItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_PledgedItems_finance_PledgeRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "finance_PledgeRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_finance_Parameters_Name_FromYear",
                table: "finance_Parameters",
                columns: new[] { "Name", "FromYear" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgedItems_EventId",
                table: "finance_PledgedItems",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgedItems_PatentId",
                table: "finance_PledgedItems",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgedItems_RegistrationId",
                table: "finance_PledgedItems",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeLoans_Key",
                table: "finance_PledgeLoans",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeLoans_PledgorCreditCode",
                table: "finance_PledgeLoans",
                column: "PledgorCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeLoans_RegisteredOn",
                table: "finance_PledgeLoans",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeRegistrations_EventId",
                table: "finance_PledgeRegistrations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeRegistrations_LoanId",
                table: "finance_PledgeRegistrations",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_PledgeRegistrations_RegistrationNumber",
                table: "finance_PledgeRegistrations",
                column: "RegistrationNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finance_Parameters");

            migrationBuilder.DropTable(
                name: "finance_PledgedItems");

            migrationBuilder.DropTable(
                name: "finance_PledgeImports");

            migrationBuilder.DropTable(
                name: "finance_PledgeRegistrations");

            migrationBuilder.DropTable(
                name: "finance_PledgeLoans");
        }
    }
}
