using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class NumberIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Patents_ApplicationNumber",
                schema: "ipdata",
                table: "Patents",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PatentDocuments_Number",
                schema: "ipdata",
                table: "PatentDocuments",
                column: "Number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patents_ApplicationNumber",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropIndex(
                name: "IX_PatentDocuments_Number",
                schema: "ipdata",
                table: "PatentDocuments");
        }
    }
}
