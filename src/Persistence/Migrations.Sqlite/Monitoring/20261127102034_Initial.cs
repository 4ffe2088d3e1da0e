using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_DataElementValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ElementCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Vintage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    EnteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_DataElementValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_DataSets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PeriodType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_DataSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_IndicatorDefinitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Decimals = table.Column<int>(type: "INTEGER", nullable: false),
                    Factor = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Numerator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Denominator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Headline = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutlineRef = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_IndicatorDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_IndicatorParameters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_IndicatorParameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_IndicatorTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_IndicatorTargets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParametersJson = table.Column<string>(type: "TEXT", nullable: false),
                    InputsJson = table.Column<string>(type: "TEXT", nullable: false),
                    NotesJson = table.Column<string>(type: "TEXT", nullable: false),
                    InputHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ComputedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RevisesId = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RecordIds = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_IndicatorValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_DataSetElements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataSetId = table.Column<long>(type: "INTEGER", nullable: false),
                    ElementCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Decimals = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_DataSetElements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_DataSetElements_monitoring_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "monitoring_DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_DataSetUnits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataSetId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_DataSetUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_DataSetUnits_monitoring_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "monitoring_DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_Submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataSetId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_Submissions_monitoring_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "monitoring_DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_ValidationRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataSetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ElementCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Min = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Max = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    MaxChangePercent = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Expression = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_ValidationRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_ValidationRules_monitoring_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "monitoring_DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_SubmissionComments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_SubmissionComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_SubmissionComments_monitoring_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "monitoring_Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_SubmissionValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ElementCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_SubmissionValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_SubmissionValues_monitoring_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "monitoring_Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_DataElementValues_ElementCode_UnitCode_Year_Vintage",
                table: "monitoring_DataElementValues",
                columns: new[] { "ElementCode", "UnitCode", "Year", "Vintage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_DataSetElements_DataSetId_ElementCode",
                table: "monitoring_DataSetElements",
                columns: new[] { "DataSetId", "ElementCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_DataSets_Code",
                table: "monitoring_DataSets",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_DataSetUnits_DataSetId_UnitCode",
                table: "monitoring_DataSetUnits",
                columns: new[] { "DataSetId", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_IndicatorDefinitions_Code_Version",
                table: "monitoring_IndicatorDefinitions",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_IndicatorParameters_Name_FromYear",
                table: "monitoring_IndicatorParameters",
                columns: new[] { "Name", "FromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_IndicatorTargets_IndicatorCode_UnitCode_Year",
                table: "monitoring_IndicatorTargets",
                columns: new[] { "IndicatorCode", "UnitCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_IndicatorValues_IndicatorCode_UnitCode_Year_ReferenceDate",
                table: "monitoring_IndicatorValues",
                columns: new[] { "IndicatorCode", "UnitCode", "Year", "ReferenceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_SubmissionComments_SubmissionId",
                table: "monitoring_SubmissionComments",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_Submissions_DataSetId_UnitCode_Year_Revision",
                table: "monitoring_Submissions",
                columns: new[] { "DataSetId", "UnitCode", "Year", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_Submissions_DataSetId_Year_State",
                table: "monitoring_Submissions",
                columns: new[] { "DataSetId", "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_SubmissionValues_SubmissionId_ElementCode",
                table: "monitoring_SubmissionValues",
                columns: new[] { "SubmissionId", "ElementCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_ValidationRules_DataSetId_Code",
                table: "monitoring_ValidationRules",
                columns: new[] { "DataSetId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_DataElementValues");

            migrationBuilder.DropTable(
                name: "monitoring_DataSetElements");

            migrationBuilder.DropTable(
                name: "monitoring_DataSetUnits");

            migrationBuilder.DropTable(
                name: "monitoring_IndicatorDefinitions");

            migrationBuilder.DropTable(
                name: "monitoring_IndicatorParameters");

            migrationBuilder.DropTable(
                name: "monitoring_IndicatorTargets");

            migrationBuilder.DropTable(
                name: "monitoring_IndicatorValues");

            migrationBuilder.DropTable(
                name: "monitoring_SubmissionComments");

            migrationBuilder.DropTable(
                name: "monitoring_SubmissionValues");

            migrationBuilder.DropTable(
                name: "monitoring_ValidationRules");

            migrationBuilder.DropTable(
                name: "monitoring_Submissions");

            migrationBuilder.DropTable(
                name: "monitoring_DataSets");
        }
    }
}
