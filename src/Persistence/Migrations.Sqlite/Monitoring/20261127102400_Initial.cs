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
                name: "monitoring_OutlineTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Chapter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Confirmation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceEdition = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_OutlineTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_OutlineTasks_monitoring_OutlineTasks_ParentId",
                        column: x => x.ParentId,
                        principalTable: "monitoring_OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskDepartments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskDepartments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskLedgerEditions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    Issues = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskLedgerEditions", x => x.Id);
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
                name: "monitoring_TaskIndicatorLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskIndicatorLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskIndicatorLinks_monitoring_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "monitoring_OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskAssignments_monitoring_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "monitoring_OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskAssignments_monitoring_TaskDepartments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "monitoring_TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskSelfEvaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskSelfEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskSelfEvaluations_monitoring_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "monitoring_OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskSelfEvaluations_monitoring_TaskDepartments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "monitoring_TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskWorkPoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerDepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskWorkPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskWorkPoints_monitoring_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "monitoring_OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskWorkPoints_monitoring_TaskDepartments_OwnerDepartmentId",
                        column: x => x.OwnerDepartmentId,
                        principalTable: "monitoring_TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "monitoring_TaskEvaluationReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SelfEvaluationId = table.Column<long>(type: "INTEGER", nullable: false),
                    FinalScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskEvaluationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskEvaluationReviews_monitoring_TaskSelfEvaluations_SelfEvaluationId",
                        column: x => x.SelfEvaluationId,
                        principalTable: "monitoring_TaskSelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskMilestones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPointId = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskMilestones_monitoring_TaskWorkPoints_WorkPointId",
                        column: x => x.WorkPointId,
                        principalTable: "monitoring_TaskWorkPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskProgressReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkPointId = table.Column<long>(type: "INTEGER", nullable: true),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskProgressReports_monitoring_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "monitoring_OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskProgressReports_monitoring_TaskDepartments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "monitoring_TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskProgressReports_monitoring_TaskWorkPoints_WorkPointId",
                        column: x => x.WorkPointId,
                        principalTable: "monitoring_TaskWorkPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_TaskEvidenceAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_TaskEvidenceAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_TaskEvidenceAttachments_monitoring_TaskProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "monitoring_TaskProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_monitoring_OutlineTasks_Number",
                table: "monitoring_OutlineTasks",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_OutlineTasks_ParentId",
                table: "monitoring_OutlineTasks",
                column: "ParentId");

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
                name: "IX_monitoring_TaskAssignments_DepartmentId",
                table: "monitoring_TaskAssignments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskAssignments_TaskId_DepartmentId",
                table: "monitoring_TaskAssignments",
                columns: new[] { "TaskId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskDepartments_Code",
                table: "monitoring_TaskDepartments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskDepartments_Name",
                table: "monitoring_TaskDepartments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskEvaluationReviews_SelfEvaluationId",
                table: "monitoring_TaskEvaluationReviews",
                column: "SelfEvaluationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskEvidenceAttachments_ReportId",
                table: "monitoring_TaskEvidenceAttachments",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskEvidenceAttachments_StorageKey",
                table: "monitoring_TaskEvidenceAttachments",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskIndicatorLinks_IndicatorCode",
                table: "monitoring_TaskIndicatorLinks",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskIndicatorLinks_TaskId_IndicatorCode",
                table: "monitoring_TaskIndicatorLinks",
                columns: new[] { "TaskId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskLedgerEditions_Edition",
                table: "monitoring_TaskLedgerEditions",
                column: "Edition",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskMilestones_DueOn",
                table: "monitoring_TaskMilestones",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskMilestones_WorkPointId",
                table: "monitoring_TaskMilestones",
                column: "WorkPointId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskProgressReports_DepartmentId",
                table: "monitoring_TaskProgressReports",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskProgressReports_TaskId",
                table: "monitoring_TaskProgressReports",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskProgressReports_WorkPointId",
                table: "monitoring_TaskProgressReports",
                column: "WorkPointId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskSelfEvaluations_DepartmentId",
                table: "monitoring_TaskSelfEvaluations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskSelfEvaluations_TaskId_DepartmentId_Year",
                table: "monitoring_TaskSelfEvaluations",
                columns: new[] { "TaskId", "DepartmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskWorkPoints_OwnerDepartmentId",
                table: "monitoring_TaskWorkPoints",
                column: "OwnerDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_TaskWorkPoints_TaskId_Year",
                table: "monitoring_TaskWorkPoints",
                columns: new[] { "TaskId", "Year" });

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
                name: "monitoring_TaskAssignments");

            migrationBuilder.DropTable(
                name: "monitoring_TaskEvaluationReviews");

            migrationBuilder.DropTable(
                name: "monitoring_TaskEvidenceAttachments");

            migrationBuilder.DropTable(
                name: "monitoring_TaskIndicatorLinks");

            migrationBuilder.DropTable(
                name: "monitoring_TaskLedgerEditions");

            migrationBuilder.DropTable(
                name: "monitoring_TaskMilestones");

            migrationBuilder.DropTable(
                name: "monitoring_ValidationRules");

            migrationBuilder.DropTable(
                name: "monitoring_Submissions");

            migrationBuilder.DropTable(
                name: "monitoring_TaskSelfEvaluations");

            migrationBuilder.DropTable(
                name: "monitoring_TaskProgressReports");

            migrationBuilder.DropTable(
                name: "monitoring_DataSets");

            migrationBuilder.DropTable(
                name: "monitoring_TaskWorkPoints");

            migrationBuilder.DropTable(
                name: "monitoring_OutlineTasks");

            migrationBuilder.DropTable(
                name: "monitoring_TaskDepartments");
        }
    }
}
