using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GeographicalIndications",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    TypeText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AreaCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EffectiveText = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ProtectedArea = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AuthorisedUsers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeographicalIndications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Trademarks",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MarkText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NiceClasses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Holder = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HolderAddress = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApplicationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExclusiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ExclusiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    MadridIrNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Designations = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsDomestic = table.Column<bool>(type: "boolean", nullable: false),
                    RegionCountyCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RegionZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trademarks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GeographicalIndications_Name_TypeText",
                schema: "ipdata",
                table: "GeographicalIndications",
                columns: new[] { "Name", "TypeText" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trademarks_MadridIrNumber",
                schema: "ipdata",
                table: "Trademarks",
                column: "MadridIrNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Trademarks_RegistrationNumber",
                schema: "ipdata",
                table: "Trademarks",
                column: "RegistrationNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GeographicalIndications",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "Trademarks",
                schema: "ipdata");
        }
    }
}
