using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ipdata_ImportBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Read = table.Column<long>(type: "INTEGER", nullable: false),
                    Inserted = table.Column<long>(type: "INTEGER", nullable: false),
                    Updated = table.Column<long>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<long>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<long>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_Patents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TitleLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Abstract = table.Column<string>(type: "TEXT", nullable: true),
                    FirstClaim = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: true),
                    MainIpc = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IsDomestic = table.Column<bool>(type: "INTEGER", nullable: false),
                    GrantDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PrimaryDocument = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    LastBatchId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_Patents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_PatentClassifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsMain = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_PatentClassifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_PatentClassifications_ipdata_Patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "ipdata_Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_PatentDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    PublicationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsGrant = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceFormat = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_PatentDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_PatentDocuments_ipdata_Patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "ipdata_Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_PatentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_PatentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_PatentEvents_ipdata_Patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "ipdata_Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_PatentFamilyMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    IsGranted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_PatentFamilyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_PatentFamilyMembers_ipdata_Patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "ipdata_Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_PatentParties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_PatentParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_PatentParties_ipdata_Patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "ipdata_Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_PatentPriorities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_PatentPriorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_PatentPriorities_ipdata_Patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "ipdata_Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_ImportBatches_Sha256",
                table: "ipdata_ImportBatches",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentClassifications_PatentId",
                table: "ipdata_PatentClassifications",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentClassifications_Scheme_Symbol",
                table: "ipdata_PatentClassifications",
                columns: new[] { "Scheme", "Symbol" });

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_BatchId",
                table: "ipdata_PatentDocuments",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_Country_Number_Kind",
                table: "ipdata_PatentDocuments",
                columns: new[] { "Country", "Number", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_PatentId",
                table: "ipdata_PatentDocuments",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentEvents_PatentId",
                table: "ipdata_PatentEvents",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentFamilyMembers_PatentId",
                table: "ipdata_PatentFamilyMembers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentParties_Name",
                table: "ipdata_PatentParties",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentParties_PatentId",
                table: "ipdata_PatentParties",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentPriorities_PatentId",
                table: "ipdata_PatentPriorities",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_ApplicationCountry_ApplicationNumber",
                table: "ipdata_Patents",
                columns: new[] { "ApplicationCountry", "ApplicationNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ipdata_ImportBatches");

            migrationBuilder.DropTable(
                name: "ipdata_PatentClassifications");

            migrationBuilder.DropTable(
                name: "ipdata_PatentDocuments");

            migrationBuilder.DropTable(
                name: "ipdata_PatentEvents");

            migrationBuilder.DropTable(
                name: "ipdata_PatentFamilyMembers");

            migrationBuilder.DropTable(
                name: "ipdata_PatentParties");

            migrationBuilder.DropTable(
                name: "ipdata_PatentPriorities");

            migrationBuilder.DropTable(
                name: "ipdata_Patents");
        }
    }
}
