using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Monitoring
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "monitoring");

            migrationBuilder.CreateTable(
                name: "DataElementValues",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ElementCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Vintage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Origin = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataElementValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataSets",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PeriodType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorDefinitions",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ValidFromYear = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Decimals = table.Column<int>(type: "integer", nullable: false),
                    Factor = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    Numerator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Denominator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Headline = table.Column<bool>(type: "boolean", nullable: false),
                    OutlineRef = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorParameters",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorParameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargets",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Numerator = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParametersJson = table.Column<string>(type: "text", nullable: false),
                    InputsJson = table.Column<string>(type: "text", nullable: false),
                    NotesJson = table.Column<string>(type: "text", nullable: false),
                    InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ComputedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevisesId = table.Column<long>(type: "bigint", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RecordIds = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutlineTasks",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Chapter = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Section = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Confirmation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceEdition = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlineTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutlineTasks_OutlineTasks_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "monitoring",
                        principalTable: "OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskDepartments",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskDepartments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskLedgerEditions",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Edition = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    Issues = table.Column<int>(type: "integer", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskLedgerEditions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataSetElements",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSetId = table.Column<long>(type: "bigint", nullable: false),
                    ElementCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Decimals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSetElements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataSetElements_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalSchema: "monitoring",
                        principalTable: "DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataSetUnits",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSetId = table.Column<long>(type: "bigint", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSetUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataSetUnits_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalSchema: "monitoring",
                        principalTable: "DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSetId = table.Column<long>(type: "bigint", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalSchema: "monitoring",
                        principalTable: "DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ValidationRules",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSetId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ElementCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Min = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    Max = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    MaxChangePercent = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    Expression = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValidationRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ValidationRules_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalSchema: "monitoring",
                        principalTable: "DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskIndicatorLinks",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sentence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskIndicatorLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskIndicatorLinks_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "monitoring",
                        principalTable: "OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskAssignments",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "monitoring",
                        principalTable: "OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_TaskDepartments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalSchema: "monitoring",
                        principalTable: "TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskSelfEvaluations",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSelfEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskSelfEvaluations_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "monitoring",
                        principalTable: "OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskSelfEvaluations_TaskDepartments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalSchema: "monitoring",
                        principalTable: "TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskWorkPoints",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerDepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskWorkPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskWorkPoints_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "monitoring",
                        principalTable: "OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskWorkPoints_TaskDepartments_OwnerDepartmentId",
                        column: x => x.OwnerDepartmentId,
                        principalSchema: "monitoring",
                        principalTable: "TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionComments",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionComments_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "monitoring",
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionValues",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    ElementCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionValues_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "monitoring",
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskEvaluationReviews",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SelfEvaluationId = table.Column<long>(type: "bigint", nullable: false),
                    FinalScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskEvaluationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskEvaluationReviews_TaskSelfEvaluations_SelfEvaluationId",
                        column: x => x.SelfEvaluationId,
                        principalSchema: "monitoring",
                        principalTable: "TaskSelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskMilestones",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkPointId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskMilestones_TaskWorkPoints_WorkPointId",
                        column: x => x.WorkPointId,
                        principalSchema: "monitoring",
                        principalTable: "TaskWorkPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskProgressReports",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    WorkPointId = table.Column<long>(type: "bigint", nullable: true),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    Period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskProgressReports_OutlineTasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "monitoring",
                        principalTable: "OutlineTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskProgressReports_TaskDepartments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalSchema: "monitoring",
                        principalTable: "TaskDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskProgressReports_TaskWorkPoints_WorkPointId",
                        column: x => x.WorkPointId,
                        principalSchema: "monitoring",
                        principalTable: "TaskWorkPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskEvidenceAttachments",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskEvidenceAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskEvidenceAttachments_TaskProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "monitoring",
                        principalTable: "TaskProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataElementValues_ElementCode_UnitCode_Year_Vintage",
                schema: "monitoring",
                table: "DataElementValues",
                columns: new[] { "ElementCode", "UnitCode", "Year", "Vintage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataSetElements_DataSetId_ElementCode",
                schema: "monitoring",
                table: "DataSetElements",
                columns: new[] { "DataSetId", "ElementCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataSets_Code",
                schema: "monitoring",
                table: "DataSets",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataSetUnits_DataSetId_UnitCode",
                schema: "monitoring",
                table: "DataSetUnits",
                columns: new[] { "DataSetId", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorDefinitions_Code_Version",
                schema: "monitoring",
                table: "IndicatorDefinitions",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorParameters_Name_FromYear",
                schema: "monitoring",
                table: "IndicatorParameters",
                columns: new[] { "Name", "FromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_IndicatorCode_UnitCode_Year",
                schema: "monitoring",
                table: "IndicatorTargets",
                columns: new[] { "IndicatorCode", "UnitCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorCode_UnitCode_Year_ReferenceDate",
                schema: "monitoring",
                table: "IndicatorValues",
                columns: new[] { "IndicatorCode", "UnitCode", "Year", "ReferenceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_OutlineTasks_Number",
                schema: "monitoring",
                table: "OutlineTasks",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutlineTasks_ParentId",
                schema: "monitoring",
                table: "OutlineTasks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionComments_SubmissionId",
                schema: "monitoring",
                table: "SubmissionComments",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_DataSetId_UnitCode_Year_Revision",
                schema: "monitoring",
                table: "Submissions",
                columns: new[] { "DataSetId", "UnitCode", "Year", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_DataSetId_Year_State",
                schema: "monitoring",
                table: "Submissions",
                columns: new[] { "DataSetId", "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionValues_SubmissionId_ElementCode",
                schema: "monitoring",
                table: "SubmissionValues",
                columns: new[] { "SubmissionId", "ElementCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_DepartmentId",
                schema: "monitoring",
                table: "TaskAssignments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_TaskId_DepartmentId",
                schema: "monitoring",
                table: "TaskAssignments",
                columns: new[] { "TaskId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskDepartments_Code",
                schema: "monitoring",
                table: "TaskDepartments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskDepartments_Name",
                schema: "monitoring",
                table: "TaskDepartments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskEvaluationReviews_SelfEvaluationId",
                schema: "monitoring",
                table: "TaskEvaluationReviews",
                column: "SelfEvaluationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskEvidenceAttachments_ReportId",
                schema: "monitoring",
                table: "TaskEvidenceAttachments",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskEvidenceAttachments_StorageKey",
                schema: "monitoring",
                table: "TaskEvidenceAttachments",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskIndicatorLinks_IndicatorCode",
                schema: "monitoring",
                table: "TaskIndicatorLinks",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_TaskIndicatorLinks_TaskId_IndicatorCode",
                schema: "monitoring",
                table: "TaskIndicatorLinks",
                columns: new[] { "TaskId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskLedgerEditions_Edition",
                schema: "monitoring",
                table: "TaskLedgerEditions",
                column: "Edition",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskMilestones_DueOn",
                schema: "monitoring",
                table: "TaskMilestones",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_TaskMilestones_WorkPointId",
                schema: "monitoring",
                table: "TaskMilestones",
                column: "WorkPointId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressReports_DepartmentId",
                schema: "monitoring",
                table: "TaskProgressReports",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressReports_TaskId",
                schema: "monitoring",
                table: "TaskProgressReports",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressReports_WorkPointId",
                schema: "monitoring",
                table: "TaskProgressReports",
                column: "WorkPointId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskSelfEvaluations_DepartmentId",
                schema: "monitoring",
                table: "TaskSelfEvaluations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskSelfEvaluations_TaskId_DepartmentId_Year",
                schema: "monitoring",
                table: "TaskSelfEvaluations",
                columns: new[] { "TaskId", "DepartmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskWorkPoints_OwnerDepartmentId",
                schema: "monitoring",
                table: "TaskWorkPoints",
                column: "OwnerDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskWorkPoints_TaskId_Year",
                schema: "monitoring",
                table: "TaskWorkPoints",
                columns: new[] { "TaskId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ValidationRules_DataSetId_Code",
                schema: "monitoring",
                table: "ValidationRules",
                columns: new[] { "DataSetId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataElementValues",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "DataSetElements",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "DataSetUnits",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "IndicatorDefinitions",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "IndicatorParameters",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "IndicatorTargets",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "IndicatorValues",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "SubmissionComments",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "SubmissionValues",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskAssignments",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskEvaluationReviews",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskEvidenceAttachments",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskIndicatorLinks",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskLedgerEditions",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskMilestones",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "ValidationRules",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "Submissions",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskSelfEvaluations",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskProgressReports",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "DataSets",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskWorkPoints",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "OutlineTasks",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskDepartments",
                schema: "monitoring");
        }
    }
}
