using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class CnTabularFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CitedByCount",
                schema: "ipdata",
                table: "Patents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalStatus",
                schema: "ipdata",
                table: "Patents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreditCode",
                schema: "ipdata",
                table: "PatentParties",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CitedByCount",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "LegalStatus",
                schema: "ipdata",
                table: "Patents");

            migrationBuilder.DropColumn(
                name: "CreditCode",
                schema: "ipdata",
                table: "PatentParties");
        }
    }
}
