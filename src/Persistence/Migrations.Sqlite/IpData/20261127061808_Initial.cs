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
                name: "ipdata_Applicants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    MergedIntoId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_Applicants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_GeographicalIndications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TypeText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EffectiveText = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ProtectedArea = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AuthorisedUsers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_GeographicalIndications", x => x.Id);
                });

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
                name: "ipdata_IpcCodes",
                columns: table => new
                {
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Parent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_IpcCodes", x => new { x.Edition, x.Symbol });
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
                    LegalStatus = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CitedByCount = table.Column<int>(type: "INTEGER", nullable: true),
                    RegionProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RegionCountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegionStreetCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegionRule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegionConfidence = table.Column<double>(type: "REAL", nullable: true),
                    RegionAddress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PrimaryDocument = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    LastBatchId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_Patents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_TechnologyFields",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FieldNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IpcPattern = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_TechnologyFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_Trademarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MarkText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NiceClasses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HolderAddress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApplicationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExclusiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExclusiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MadridIrNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Designations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsDomestic = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegionCountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_Trademarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_ApplicantVariants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicantId = table.Column<long>(type: "INTEGER", nullable: false),
                    RawName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_ApplicantVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_ApplicantVariants_ipdata_Applicants_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "ipdata_Applicants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ApplicantId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_PatentParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ipdata_PatentParties_ipdata_Applicants_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "ipdata_Applicants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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
                name: "IX_ipdata_Applicants_CreditCode",
                table: "ipdata_Applicants",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Applicants_NameKey",
                table: "ipdata_Applicants",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_ApplicantVariants_ApplicantId",
                table: "ipdata_ApplicantVariants",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_ApplicantVariants_RawName",
                table: "ipdata_ApplicantVariants",
                column: "RawName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_GeographicalIndications_Name_TypeText",
                table: "ipdata_GeographicalIndications",
                columns: new[] { "Name", "TypeText" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_ImportBatches_Sha256",
                table: "ipdata_ImportBatches",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IpcCodes_Parent",
                table: "ipdata_IpcCodes",
                column: "Parent");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IpcCodes_Symbol",
                table: "ipdata_IpcCodes",
                column: "Symbol");

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
                name: "IX_ipdata_PatentParties_ApplicantId",
                table: "ipdata_PatentParties",
                column: "ApplicantId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_RegionCountyCode",
                table: "ipdata_Patents",
                column: "RegionCountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_RegionZoneCode",
                table: "ipdata_Patents",
                column: "RegionZoneCode");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Trademarks_MadridIrNumber",
                table: "ipdata_Trademarks",
                column: "MadridIrNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Trademarks_RegistrationNumber",
                table: "ipdata_Trademarks",
                column: "RegistrationNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ipdata_ApplicantVariants");

            migrationBuilder.DropTable(
                name: "ipdata_GeographicalIndications");

            migrationBuilder.DropTable(
                name: "ipdata_ImportBatches");

            migrationBuilder.DropTable(
                name: "ipdata_IpcCodes");

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
                name: "ipdata_TechnologyFields");

            migrationBuilder.DropTable(
                name: "ipdata_Trademarks");

            migrationBuilder.DropTable(
                name: "ipdata_Applicants");

            migrationBuilder.DropTable(
                name: "ipdata_Patents");
        }
    }
}
