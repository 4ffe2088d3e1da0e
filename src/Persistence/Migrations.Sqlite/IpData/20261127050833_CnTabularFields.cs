using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class CnTabularFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CitedByCount",
                table: "ipdata_Patents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalStatus",
                table: "ipdata_Patents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreditCode",
                table: "ipdata_PatentParties",
                type: "TEXT",
                maxLength: 18,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CitedByCount",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "LegalStatus",
                table: "ipdata_Patents");

            migrationBuilder.DropColumn(
                name: "CreditCode",
                table: "ipdata_PatentParties");
        }
    }
}
