using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class RegionCity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionCityCode",
                schema: "ipdata",
                table: "Trademarks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCityCode",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegionCityCode",
                schema: "ipdata",
                table: "Trademarks");

            migrationBuilder.DropColumn(
                name: "RegionCityCode",
                schema: "ipdata",
                table: "Patents");
        }
    }
}
