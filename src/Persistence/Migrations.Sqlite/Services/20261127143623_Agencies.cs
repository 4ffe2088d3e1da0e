using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Services
{
    /// <inheritdoc />
    public partial class Agencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "services_Agencies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PatentLicenceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrademarkFilingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegionRule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_Agencies_services_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_Practitioners",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameCipher = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    NameMasked = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    QualificationNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    QualifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    QualificationRevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AddressCipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_Practitioners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_AgencyStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_AgencyStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_AgencyStatusChanges_services_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_Engagements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PractitionerId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_Engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_Engagements_services_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_services_Engagements_services_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "services_Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_SupervisionRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: true),
                    PractitionerId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreditRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_SupervisionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_SupervisionRecords_services_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "services_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_services_SupervisionRecords_services_Practitioners_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "services_Practitioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_CountyCode",
                table: "services_Agencies",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_CreditCode",
                table: "services_Agencies",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_ParentId",
                table: "services_Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_PatentLicenceNumber",
                table: "services_Agencies",
                column: "PatentLicenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Agencies_TrademarkFilingNumber",
                table: "services_Agencies",
                column: "TrademarkFilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_AgencyStatusChanges_AgencyId_EffectiveOn_Status",
                table: "services_AgencyStatusChanges",
                columns: new[] { "AgencyId", "EffectiveOn", "Status" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Engagements_AgencyId",
                table: "services_Engagements",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_services_Engagements_PractitionerId_AgencyId_Role_From",
                table: "services_Engagements",
                columns: new[] { "PractitionerId", "AgencyId", "Role", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Practitioners_CertificateNumber",
                table: "services_Practitioners",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Practitioners_IdHash",
                table: "services_Practitioners",
                column: "IdHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Practitioners_QualificationNumber",
                table: "services_Practitioners",
                column: "QualificationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_services_SupervisionRecords_AgencyId",
                table: "services_SupervisionRecords",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_services_SupervisionRecords_PractitionerId",
                table: "services_SupervisionRecords",
                column: "PractitionerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "services_AgencyStatusChanges");

            migrationBuilder.DropTable(
                name: "services_Engagements");

            migrationBuilder.DropTable(
                name: "services_SupervisionRecords");

            migrationBuilder.DropTable(
                name: "services_Agencies");

            migrationBuilder.DropTable(
                name: "services_Practitioners");
        }
    }
}
