using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class RegionAttribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionAddress",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RegionConfidence",
                table: "ipdata_Patents",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCountyCode",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionProvinceCode",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionRule",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionStreetCode",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionZoneCode",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_RegionCountyCode",
                table: "ipdata_Patents",
                column: "RegionCountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Patents_RegionZoneCode",
                table: "ipdata_Patents",
                column: "RegionZoneCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_RegionCountyCode",
                table: "ipdata_Patents");

            migrationBuilder.DropIndex(
                name: "IX_ipdata_Patents_RegionZoneCode",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "RegionAddress",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "RegionConfidence",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "RegionCountyCode",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "RegionProvinceCode",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "RegionRule",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "RegionStreetCode",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "RegionZoneCode",
                table: "ipdata_Patents");
        }
    }
}
