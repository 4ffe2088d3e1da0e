using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class Applicants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ApplicantId",
                table: "ipdata_PatentParties",
                type: "INTEGER",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentParties_ApplicantId",
                table: "ipdata_PatentParties",
                column: "ApplicantId");

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

            migrationBuilder.AddForeignKey(
                name: "FK_ipdata_PatentParties_ipdata_Applicants_ApplicantId",
                table: "ipdata_PatentParties",
                column: "ApplicantId",
                principalTable: "ipdata_Applicants",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ipdata_PatentParties_ipdata_Applicants_ApplicantId",
                table: "ipdata_PatentParties");

            migrationBuilder.DropTable(
                name: "ipdata_ApplicantVariants");

            migrationBuilder.DropTable(
                name: "ipdata_Applicants");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_PatentParties_ApplicantId",
                table: "ipdata_PatentParties");

            migrationBuilder.DropColumn(
                name: "ApplicantId",
                table: "ipdata_PatentParties");
        }
    }
}
