using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class NumberIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_ApplicationNumber",
                table: "ipdata_Patents",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_PatentDocuments_Number",
                table: "ipdata_PatentDocuments",
                column: "Number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_ApplicationNumber",
                table: "ipdata_Patents");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_PatentDocuments_Number",
                table: "ipdata_PatentDocuments");
        }
    }
}
