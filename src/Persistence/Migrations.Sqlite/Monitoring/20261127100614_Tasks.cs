using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class Tasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_monitoring_OutlineTasks_Number",
                table: "monitoring_OutlineTasks",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_OutlineTasks_ParentId",
                table: "monitoring_OutlineTasks",
                column: "ParentId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "monitoring_TaskSelfEvaluations");

            migrationBuilder.DropTable(
                name: "monitoring_TaskProgressReports");

            migrationBuilder.DropTable(
                name: "monitoring_TaskWorkPoints");

            migrationBuilder.DropTable(
                name: "monitoring_OutlineTasks");

            migrationBuilder.DropTable(
                name: "monitoring_TaskDepartments");
        }
    }
}
