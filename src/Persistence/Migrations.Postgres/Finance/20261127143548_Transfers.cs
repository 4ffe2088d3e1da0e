using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Finance
{
    /// <inheritdoc />
    public partial class Transfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "finance");

            migrationBuilder.CreateTable(
                name: "Transfers",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: true),
                    ApplicationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PatentTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromPartyType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ToPartyType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ToCountyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToIsLocal = table.Column<bool>(type: "boolean", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AmountWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceEventId = table.Column<long>(type: "bigint", nullable: true),
                    EndEventId = table.Column<long>(type: "bigint", nullable: true),
                    UniversityToLocalFirm = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversionOffers",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatentId = table.Column<long>(type: "bigint", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PatentTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MainIpc = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OfferingParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OfferingPartyType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OfferingCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    OfferingApplicantId = table.Column<long>(type: "bigint", nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FeeTerms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AskingPriceWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Keywords = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IndustryName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StateNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TransferId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionOffers_Transfers_TransferId",
                        column: x => x.TransferId,
                        principalSchema: "finance",
                        principalTable: "Transfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfferMatches",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    FirmApplicantId = table.Column<long>(type: "bigint", nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmCountyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Breakdown = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Stale = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferMatches_ConversionOffers_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "finance",
                        principalTable: "ConversionOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferInterests",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    MatchId = table.Column<long>(type: "bigint", nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExpressedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ExpressedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferInterests_ConversionOffers_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "finance",
                        principalTable: "ConversionOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfferInterests_OfferMatches_MatchId",
                        column: x => x.MatchId,
                        principalSchema: "finance",
                        principalTable: "OfferMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_OfferingCreditCode",
                schema: "finance",
                table: "ConversionOffers",
                column: "OfferingCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_PatentId",
                schema: "finance",
                table: "ConversionOffers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_State_Id",
                schema: "finance",
                table: "ConversionOffers",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_TransferId",
                schema: "finance",
                table: "ConversionOffers",
                column: "TransferId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionOffers_UnitCode",
                schema: "finance",
                table: "ConversionOffers",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_OfferInterests_MatchId",
                schema: "finance",
                table: "OfferInterests",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferInterests_OfferId_FirmCreditCode",
                schema: "finance",
                table: "OfferInterests",
                columns: new[] { "OfferId", "FirmCreditCode" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferMatches_FirmCreditCode",
                schema: "finance",
                table: "OfferMatches",
                column: "FirmCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_OfferMatches_OfferId_FirmApplicantId",
                schema: "finance",
                table: "OfferMatches",
                columns: new[] { "OfferId", "FirmApplicantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_EndEventId",
                schema: "finance",
                table: "Transfers",
                column: "EndEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_PatentId",
                schema: "finance",
                table: "Transfers",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_SourceEventId",
                schema: "finance",
                table: "Transfers",
                column: "SourceEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToCountyCode",
                schema: "finance",
                table: "Transfers",
                column: "ToCountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_Year_Kind",
                schema: "finance",
                table: "Transfers",
                columns: new[] { "Year", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferInterests",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "OfferMatches",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "ConversionOffers",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "Transfers",
                schema: "finance");
        }
    }
}
