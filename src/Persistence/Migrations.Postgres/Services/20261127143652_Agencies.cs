using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Services
{
    /// <inheritdoc />
    public partial class Agencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "services");

            migrationBuilder.CreateTable(
                name: "Agencies",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PatentLicenceNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TrademarkFilingNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CityCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RegionRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Practitioners",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    NameMasked = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IdMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    QualificationNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    QualifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    QualificationRevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AddressCipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CityCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practitioners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgencyStatusChanges",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyStatusChanges_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Engagements",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PractitionerId = table.Column<long>(type: "bigint", nullable: false),
                    AgencyId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Engagements_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Engagements_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalSchema: "services",
                        principalTable: "Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRecords",
                schema: "services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<long>(type: "bigint", nullable: true),
                    PractitionerId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreditRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreditState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionRecords_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "services",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionRecords_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalSchema: "services",
                        principalTable: "Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_CountyCode",
                schema: "services",
                table: "Agencies",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_CreditCode",
                schema: "services",
                table: "Agencies",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ParentId",
                schema: "services",
                table: "Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_PatentLicenceNumber",
                schema: "services",
                table: "Agencies",
                column: "PatentLicenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_TrademarkFilingNumber",
                schema: "services",
                table: "Agencies",
                column: "TrademarkFilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyStatusChanges_AgencyId_EffectiveOn_Status",
                schema: "services",
                table: "AgencyStatusChanges",
                columns: new[] { "AgencyId", "EffectiveOn", "Status" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_AgencyId",
                schema: "services",
                table: "Engagements",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_PractitionerId_AgencyId_Role_From",
                schema: "services",
                table: "Engagements",
                columns: new[] { "PractitionerId", "AgencyId", "Role", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_CertificateNumber",
                schema: "services",
                table: "Practitioners",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_IdHash",
                schema: "services",
                table: "Practitioners",
                column: "IdHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practitioners_QualificationNumber",
                schema: "services",
                table: "Practitioners",
                column: "QualificationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecords_AgencyId",
                schema: "services",
                table: "SupervisionRecords",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecords_PractitionerId",
                schema: "services",
                table: "SupervisionRecords",
                column: "PractitionerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyStatusChanges",
                schema: "services");

            migrationBuilder.DropTable(
                name: "Engagements",
                schema: "services");

            migrationBuilder.DropTable(
                name: "SupervisionRecords",
                schema: "services");

            migrationBuilder.DropTable(
                name: "Agencies",
                schema: "services");

            migrationBuilder.DropTable(
                name: "Practitioners",
                schema: "services");
        }
    }
}
