using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class LeanImportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patents_ApplicationCountry_ApplicationNumber",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropIndex(
                name: "IX_Patents_ApplicationNumber",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropIndex(
                name: "IX_PatentParties_Name",
                schema: "ipdata",
                table: "PatentParties");

            migrationBuilder.DropIndex(
                name: "IX_PatentDocuments_Country_Number_Kind",
                schema: "ipdata",
                table: "PatentDocuments");

            migrationBuilder.DropIndex(
                name: "IX_PatentDocuments_Number",
                schema: "ipdata",
                table: "PatentDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_Patents_ApplicationNumber_ApplicationCountry",
                schema: "ipdata",
                table: "Patents",
                columns: new[] { "ApplicationNumber", "ApplicationCountry" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_Number_Country_Kind",
                schema: "ipdata",
                table: "PatentDocuments",
                columns: new[] { "Number", "Country", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patents_ApplicationNumber_ApplicationCountry",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropIndex(
                name: "IX_PatentDocuments_Number_Country_Kind",
                schema: "ipdata",
                table: "PatentDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_Patents_ApplicationCountry_ApplicationNumber",
                schema: "ipdata",
                table: "Patents",
                columns: new[] { "ApplicationCountry", "ApplicationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patents_ApplicationNumber",
                schema: "ipdata",
                table: "Patents",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PatentParties_Name",
                schema: "ipdata",
                table: "PatentParties",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_Country_Number_Kind",
                schema: "ipdata",
                table: "PatentDocuments",
                columns: new[] { "Country", "Number", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_Number",
                schema: "ipdata",
                table: "PatentDocuments",
                column: "Number");
        }
    }
}
