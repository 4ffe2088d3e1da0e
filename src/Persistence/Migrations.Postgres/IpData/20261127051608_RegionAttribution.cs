using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class RegionAttribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionAddress",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RegionConfidence",
                schema: "ipdata",
                table: "Patents",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCountyCode",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionProvinceCode",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionRule",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionStreetCode",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionZoneCode",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patents_RegionCountyCode",
                schema: "ipdata",
                table: "Patents",
                column: "RegionCountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Patents_RegionZoneCode",
                schema: "ipdata",
                table: "Patents",
                column: "RegionZoneCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patents_RegionCountyCode",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropIndex(
                name: "IX_Patents_RegionZoneCode",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "RegionAddress",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "RegionConfidence",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "RegionCountyCode",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "RegionProvinceCode",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "RegionRule",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "RegionStreetCode",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "RegionZoneCode",
                schema: "ipdata",
                table: "Patents");
        }
    }
}
