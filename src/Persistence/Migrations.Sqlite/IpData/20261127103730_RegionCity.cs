using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class RegionCity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionCityCode",
                table: "ipdata_Trademarks",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCityCode",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegionCityCode",
                table: "ipdata_Trademarks");

            migrationBuilder.DropColumn(
                name: "RegionCityCode",
                table: "ipdata_Patents");
        }
    }
}
