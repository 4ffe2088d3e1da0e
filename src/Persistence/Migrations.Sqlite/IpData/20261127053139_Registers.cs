using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ipdata_GeographicalIndications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TypeText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EffectiveText = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ProtectedArea = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AuthorisedUsers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_GeographicalIndications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ipdata_Trademarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MarkText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NiceClasses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HolderAddress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApplicationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExclusiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExclusiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MadridIrNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Designations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsDomestic = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegionCountyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_Trademarks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_GeographicalIndications_Name_TypeText",
                table: "ipdata_GeographicalIndications",
                columns: new[] { "Name", "TypeText" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Trademarks_MadridIrNumber",
                table: "ipdata_Trademarks",
                column: "MadridIrNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_Trademarks_RegistrationNumber",
                table: "ipdata_Trademarks",
                column: "RegistrationNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ipdata_GeographicalIndications");

            migrationBuilder.DropTable(
                name: "ipdata_Trademarks");
        }
    }
}
