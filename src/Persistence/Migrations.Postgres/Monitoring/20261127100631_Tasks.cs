using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.Monitoring
{
    /// <inheritdoc />
    public partial class Tasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "TaskSelfEvaluations",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "TaskProgressReports",
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
