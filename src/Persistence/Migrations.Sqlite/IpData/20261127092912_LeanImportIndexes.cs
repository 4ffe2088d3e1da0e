using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class LeanImportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_ApplicationCountry_ApplicationNumber",
                table: "ipdata_Patents");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_ApplicationNumber",
                table: "ipdata_Patents");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_PatentParties_Name",
                table: "ipdata_PatentParties");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_PatentDocuments_Country_Number_Kind",
                table: "ipdata_PatentDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_PatentDocuments_Number",
                table: "ipdata_PatentDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_ApplicationNumber_ApplicationCountry",
                table: "ipdata_Patents",
                columns: new[] { "ApplicationNumber", "ApplicationCountry" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_Number_Country_Kind",
                table: "ipdata_PatentDocuments",
                columns: new[] { "Number", "Country", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_ApplicationNumber_ApplicationCountry",
                table: "ipdata_Patents");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_PatentDocuments_Number_Country_Kind",
                table: "ipdata_PatentDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_ApplicationCountry_ApplicationNumber",
                table: "ipdata_Patents",
                columns: new[] { "ApplicationCountry", "ApplicationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_ApplicationNumber",
                table: "ipdata_Patents",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentParties_Name",
                table: "ipdata_PatentParties",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_Country_Number_Kind",
                table: "ipdata_PatentDocuments",
                columns: new[] { "Country", "Number", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_Number",
                table: "ipdata_PatentDocuments",
                column: "Number");
        }
    }
}
