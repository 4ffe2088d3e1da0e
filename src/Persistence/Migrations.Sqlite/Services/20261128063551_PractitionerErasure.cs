using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Services
{
    /// <inheritdoc />
    public partial class PractitionerErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ErasedAt",
                table: "services_Practitioners",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "services_Practitioners");
        }
    }
}
