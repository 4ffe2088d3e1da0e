using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class Applicants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ApplicantId",
                schema: "ipdata",
                table: "PatentParties",
                type: "bigint",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_PatentParties_ApplicantId",
                schema: "ipdata",
                table: "PatentParties",
                column: "ApplicantId");

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

            migrationBuilder.AddForeignKey(
                name: "FK_PatentParties_Applicants_ApplicantId",
                schema: "ipdata",
                table: "PatentParties",
                column: "ApplicantId",
                principalSchema: "ipdata",
                principalTable: "Applicants",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PatentParties_Applicants_ApplicantId",
                schema: "ipdata",
                table: "PatentParties");

            migrationBuilder.DropTable(
                name: "ApplicantVariants",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "Applicants",
                schema: "ipdata");

            migrationBuilder.DropIndex(
                name: "IX_PatentParties_ApplicantId",
                schema: "ipdata",
                table: "PatentParties");

            migrationBuilder.DropColumn(
                name: "ApplicantId",
                schema: "ipdata",
                table: "PatentParties");
        }
    }
}
