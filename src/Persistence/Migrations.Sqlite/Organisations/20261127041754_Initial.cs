using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Organisations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_GdpFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value100mYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Vintage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_GdpFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_OrgUnits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    StatisticalCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_OrgUnits", x => x.Code);
                    table.ForeignKey(
                        name: "FK_org_OrgUnits_org_OrgUnits_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "org_OrgUnits",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_OrgUnitSuccessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SuccessorCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Effective = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_OrgUnitSuccessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_OutlineTargets",
                columns: table => new
                {
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comparator = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Baseline2020 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Target2025 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Target2035 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_OutlineTargets", x => x.IndicatorCode);
                });

            migrationBuilder.CreateTable(
                name: "org_PopulationFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Persons = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Vintage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_PopulationFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_Profiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CityName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProfileVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DivisionEdition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutlineTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutlineSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Goal2035 = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_Profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_ZoneMemberships",
                columns: table => new
                {
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_ZoneMemberships", x => new { x.ZoneCode, x.StreetCode });
                });

            migrationBuilder.CreateIndex(
                name: "IX_org_GdpFigures_UnitCode_Year_Vintage",
                table: "org_GdpFigures",
                columns: new[] { "UnitCode", "Year", "Vintage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_OrgUnits_ParentCode",
                table: "org_OrgUnits",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_org_OrgUnitSuccessions_PredecessorCode_SuccessorCode_Effective",
                table: "org_OrgUnitSuccessions",
                columns: new[] { "PredecessorCode", "SuccessorCode", "Effective" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_PopulationFigures_UnitCode_Year_Kind_Vintage",
                table: "org_PopulationFigures",
                columns: new[] { "UnitCode", "Year", "Kind", "Vintage" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "org_GdpFigures");

            migrationBuilder.DropTable(
                name: "org_OrgUnits");

            migrationBuilder.DropTable(
                name: "org_OrgUnitSuccessions");

            migrationBuilder.DropTable(
                name: "org_OutlineTargets");

            migrationBuilder.DropTable(
                name: "org_PopulationFigures");

            migrationBuilder.DropTable(
                name: "org_Profiles");

            migrationBuilder.DropTable(
                name: "org_ZoneMemberships");
        }
    }
}
