using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Organisations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "org");

            migrationBuilder.CreateTable(
                name: "GdpFigures",
                schema: "org",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value100mYuan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Vintage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GdpFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnits",
                schema: "org",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    StatisticalCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnits", x => x.Code);
                    table.ForeignKey(
                        name: "FK_OrgUnits_OrgUnits_ParentCode",
                        column: x => x.ParentCode,
                        principalSchema: "org",
                        principalTable: "OrgUnits",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnitSuccessions",
                schema: "org",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SuccessorCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Effective = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnitSuccessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutlineTargets",
                schema: "org",
                columns: table => new
                {
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comparator = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Baseline2020 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Target2025 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Target2035 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlineTargets", x => x.IndicatorCode);
                });

            migrationBuilder.CreateTable(
                name: "PopulationFigures",
                schema: "org",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Persons = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Vintage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopulationFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Profiles",
                schema: "org",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CityCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CityName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Province = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ProfileVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DivisionEdition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OutlineTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OutlineSource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Goal2035 = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LoadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ZoneMemberships",
                schema: "org",
                columns: table => new
                {
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StreetCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZoneMemberships", x => new { x.ZoneCode, x.StreetCode });
                });

            migrationBuilder.CreateIndex(
                name: "IX_GdpFigures_UnitCode_Year_Vintage",
                schema: "org",
                table: "GdpFigures",
                columns: new[] { "UnitCode", "Year", "Vintage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_ParentCode",
                schema: "org",
                table: "OrgUnits",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitSuccessions_PredecessorCode_SuccessorCode_Effective",
                schema: "org",
                table: "OrgUnitSuccessions",
                columns: new[] { "PredecessorCode", "SuccessorCode", "Effective" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PopulationFigures_UnitCode_Year_Kind_Vintage",
                schema: "org",
                table: "PopulationFigures",
                columns: new[] { "UnitCode", "Year", "Kind", "Vintage" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GdpFigures",
                schema: "org");

            migrationBuilder.DropTable(
                name: "OrgUnits",
                schema: "org");

            migrationBuilder.DropTable(
                name: "OrgUnitSuccessions",
                schema: "org");

            migrationBuilder.DropTable(
                name: "OutlineTargets",
                schema: "org");

            migrationBuilder.DropTable(
                name: "PopulationFigures",
                schema: "org");

            migrationBuilder.DropTable(
                name: "Profiles",
                schema: "org");

            migrationBuilder.DropTable(
                name: "ZoneMemberships",
                schema: "org");
        }
    }
}
