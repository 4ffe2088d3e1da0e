using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "ipdata");

            migrationBuilder.CreateTable(
                name: "Applicants",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Country = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    MergedIntoId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applicants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GeographicalIndications",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    TypeText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AreaCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EffectiveText = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ProtectedArea = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AuthorisedUsers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeographicalIndications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Read = table.Column<long>(type: "bigint", nullable: false),
                    Inserted = table.Column<long>(type: "bigint", nullable: false),
                    Updated = table.Column<long>(type: "bigint", nullable: false),
                    Unchanged = table.Column<long>(type: "bigint", nullable: false),
                    Skipped = table.Column<long>(type: "bigint", nullable: false),
                    Rejected = table.Column<long>(type: "bigint", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IpcCodes",
                schema: "ipdata",
                columns: table => new
                {
                    Symbol = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Edition = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Parent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TitleZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IpcCodes", x => new { x.Edition, x.Symbol });
                });

            migrationBuilder.CreateTable(
                name: "Patents",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TitleLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Abstract = table.Column<string>(type: "text", nullable: true),
                    FirstClaim = table.Column<string>(type: "text", nullable: true),
                    ClaimCount = table.Column<int>(type: "integer", nullable: true),
                    MainIpc = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    IsDomestic = table.Column<bool>(type: "boolean", nullable: false),
                    GrantDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalStatus = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CitedByCount = table.Column<int>(type: "integer", nullable: true),
                    RegionProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    RegionCountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RegionStreetCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RegionRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegionConfidence = table.Column<double>(type: "double precision", nullable: true),
                    RegionAddress = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PrimaryDocument = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    LastBatchId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechnologyFields",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FieldNumber = table.Column<int>(type: "integer", nullable: false),
                    Sector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IpcPattern = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechnologyFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Trademarks",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MarkText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NiceClasses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Holder = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HolderAddress = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApplicationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExclusiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ExclusiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    MadridIrNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Designations = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsDomestic = table.Column<bool>(type: "boolean", nullable: false),
                    RegionCountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trademarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApplicantVariants",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicantId = table.Column<long>(type: "bigint", nullable: false),
                    RawName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicantVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicantVariants_Applicants_ApplicantId",
                        column: x => x.ApplicantId,
                        principalSchema: "ipdata",
                        principalTable: "Applicants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatentClassifications",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Symbol = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsMain = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentClassifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentClassifications_Patents_PatentId",
                        column: x => x.PatentId,
                        principalSchema: "ipdata",
                        principalTable: "Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatentDocuments",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PublicationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsGrant = table.Column<bool>(type: "boolean", nullable: false),
                    SourceFormat = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentDocuments_Patents_PatentId",
                        column: x => x.PatentId,
                        principalSchema: "ipdata",
                        principalTable: "Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatentEvents",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentEvents_Patents_PatentId",
                        column: x => x.PatentId,
                        principalSchema: "ipdata",
                        principalTable: "Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatentFamilyMembers",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    Country = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Number = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Kind = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    IsGranted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentFamilyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentFamilyMembers_Patents_PatentId",
                        column: x => x.PatentId,
                        principalSchema: "ipdata",
                        principalTable: "Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatentParties",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Country = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ApplicantId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentParties_Applicants_ApplicantId",
                        column: x => x.ApplicantId,
                        principalSchema: "ipdata",
                        principalTable: "Applicants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PatentParties_Patents_PatentId",
                        column: x => x.PatentId,
                        principalSchema: "ipdata",
                        principalTable: "Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatentPriorities",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    Country = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Number = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentPriorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentPriorities_Patents_PatentId",
                        column: x => x.PatentId,
                        principalSchema: "ipdata",
                        principalTable: "Patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applicants_CreditCode",
                schema: "ipdata",
                table: "Applicants",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Applicants_NameKey",
                schema: "ipdata",
                table: "Applicants",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicantVariants_ApplicantId",
                schema: "ipdata",
                table: "ApplicantVariants",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicantVariants_RawName",
                schema: "ipdata",
                table: "ApplicantVariants",
                column: "RawName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GeographicalIndications_Name_TypeText",
                schema: "ipdata",
                table: "GeographicalIndications",
                columns: new[] { "Name", "TypeText" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_Sha256",
                schema: "ipdata",
                table: "ImportBatches",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_IpcCodes_Parent",
                schema: "ipdata",
                table: "IpcCodes",
                column: "Parent");

            migrationBuilder.CreateIndex(
                name: "IX_IpcCodes_Symbol",
                schema: "ipdata",
                table: "IpcCodes",
                column: "Symbol");

            migrationBuilder.CreateIndex(
                name: "IX_PatentClassifications_PatentId",
                schema: "ipdata",
                table: "PatentClassifications",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentClassifications_Scheme_Symbol",
                schema: "ipdata",
                table: "PatentClassifications",
                columns: new[] { "Scheme", "Symbol" });

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_BatchId",
                schema: "ipdata",
                table: "PatentDocuments",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_Country_Number_Kind",
                schema: "ipdata",
                table: "PatentDocuments",
                columns: new[] { "Country", "Number", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_PatentId",
                schema: "ipdata",
                table: "PatentDocuments",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentEvents_PatentId",
                schema: "ipdata",
                table: "PatentEvents",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentFamilyMembers_PatentId",
                schema: "ipdata",
                table: "PatentFamilyMembers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentParties_ApplicantId",
                schema: "ipdata",
                table: "PatentParties",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentParties_Name",
                schema: "ipdata",
                table: "PatentParties",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PatentParties_PatentId",
                schema: "ipdata",
                table: "PatentParties",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentPriorities_PatentId",
                schema: "ipdata",
                table: "PatentPriorities",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_Patents_ApplicationCountry_ApplicationNumber",
                schema: "ipdata",
                table: "Patents",
                columns: new[] { "ApplicationCountry", "ApplicationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patents_RegionCountyCode",
                schema: "ipdata",
                table: "Patents",
                column: "RegionCountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Patents_RegionZoneCode",
                schema: "ipdata",
                table: "Patents",
                column: "RegionZoneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Trademarks_MadridIrNumber",
                schema: "ipdata",
                table: "Trademarks",
                column: "MadridIrNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Trademarks_RegistrationNumber",
                schema: "ipdata",
                table: "Trademarks",
                column: "RegistrationNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicantVariants",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "GeographicalIndications",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "ImportBatches",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "IpcCodes",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "PatentClassifications",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "PatentDocuments",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "PatentEvents",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "PatentFamilyMembers",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "PatentParties",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "PatentPriorities",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "TechnologyFields",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "Trademarks",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "Applicants",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "Patents",
                schema: "ipdata");
        }
    }
}
