using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IpCity.Migrations.Postgres.Protection
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "protection");

            migrationBuilder.CreateTable(
                name: "CreditMeasureTypes",
                schema: "protection",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Departments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditMeasureTypes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "CreditParameters",
                schema: "protection",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditParameters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "CreditRecords",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Behaviour = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectNameCipher = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    SubjectIdCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectIdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectIdMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CaseId = table.Column<long>(type: "bigint", nullable: true),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeChannel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NoticeDocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImpactAssessments",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Assessor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditMeasures",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Departments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditMeasures_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditObjections",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditObjections_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditRepairs",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PenaltyFulfilled = table.Column<bool>(type: "boolean", nullable: false),
                    HarmRemoved = table.Column<bool>(type: "boolean", nullable: false),
                    CommitmentLetter = table.Column<bool>(type: "boolean", nullable: false),
                    AttachmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AttachmentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Statement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRepairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRepairs_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditTransitions",
                schema: "protection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Decider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditTransitions_CreditRecords_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "protection",
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "protection",
                table: "CreditMeasureTypes",
                columns: new[] { "Code", "Active", "Departments", "Name", "SortOrder" },
                values: new object[,]
                {
                    { "FeeReliefStrictReview", true, "市市场监督管理局(知识产权局)", "专利/商标费用减缴、优先审查等优惠和便利从严审批", 2 },
                    { "FiscalFundingStrictReview", true, "市财政局|市科学技术局|市市场监督管理局(知识产权局)", "财政性资金项目申请从严审批", 1 },
                    { "KeySupervision", true, "市市场监督管理局(知识产权局)", "列为重点监管对象,提高检查频次", 5 },
                    { "NoCreditCommitment", true, "市发展和改革委员会|市市场监督管理局(知识产权局)", "不适用信用承诺制", 6 },
                    { "NoDemonstrationOrAwardEligibility", true, "市市场监督管理局(知识产权局)|市工业和信息化局", "取消国家知识产权示范和优势企业申报资格、中国专利奖等奖项申报资格", 4 },
                    { "NoHonoursEligibility", true, "市市场监督管理局(知识产权局)", "取消国家知识产权局评优评先参评资格", 3 },
                    { "OtherMeasures", true, "", "法律法规和政策规定的其他措施", 7 }
                });

            migrationBuilder.InsertData(
                schema: "protection",
                table: "CreditParameters",
                columns: new[] { "Name", "Amount", "Label", "Note", "Source", "Status", "Unit", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { "Credit.Cnipa.MeasureDuration", 12, "CNIPA 失信管理措施期限 (新失信行为重新起算)", null, "南宁 2022 地方规定 (DOMAIN.md §8.1)", "UNCONFIRMED", "Months", null, null },
                    { "Credit.Cnipa.RepairWait", 6, "CNIPA 失信记录满此期限后可申请信用修复", null, "南宁 2022 地方规定 (DOMAIN.md §8.1)", "UNCONFIRMED", "Months", null, null },
                    { "Credit.JointPunishment2019.Duration", 3, "2019 联合惩戒期限 (仅旧记录)", null, "国知发保字〔2019〕52号 (DOMAIN.md §8.5)", "CONFIRMED", "Years", null, null },
                    { "Credit.PenaltyInfo.PublicationLong", 3, "其他行政处罚信息公示期", null, "DOMAIN.md §8.4", "UNCONFIRMED", "Years", null, null },
                    { "Credit.PenaltyInfo.PublicationShort", 3, "警告/通报批评/较低数额罚款信息公示期", null, "DOMAIN.md §8.4", "UNCONFIRMED", "Months", null, null },
                    { "Credit.PenaltyInfo.RepairWait", 6, "行政处罚信息公示满此期限可申请修复", null, "国市监信规〔2021〕3号 (DOMAIN.md §8.3)", "CONFIRMED", "Months", null, null },
                    { "Credit.PenaltyInfo.RepairWaitSpecialSectors", 1, "食品、药品、特种设备领域的修复等待期", null, "国市监信规〔2021〕3号 (DOMAIN.md §8.3)", "CONFIRMED", "Years", null, null },
                    { "Credit.SamrSerious.EarlyRemovalWait", 1, "列入满此期限后可申请提前移出", null, "广州信用修复指南 (DOMAIN.md §8.2)", "CONFIRMED", "Years", null, null },
                    { "Credit.SamrSerious.ListingPeriod", 3, "严重违法失信名单列入期限", null, "市场监督管理严重违法失信名单管理办法 (DOMAIN.md §8.2)", "CONFIRMED", "Years", null, null },
                    { "Credit.SamrSerious.RepairCooldown", 1, "上次信用修复后此期限内不再予以修复", null, "广州信用修复指南 (DOMAIN.md §8.2)", "CONFIRMED", "Years", null, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditMeasures_RecordId_Code",
                schema: "protection",
                table: "CreditMeasures",
                columns: new[] { "RecordId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditObjections_RecordId_Status",
                schema: "protection",
                table: "CreditObjections",
                columns: new[] { "RecordId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_CaseId",
                schema: "protection",
                table: "CreditRecords",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_State_EndsOn",
                schema: "protection",
                table: "CreditRecords",
                columns: new[] { "State", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_SubjectIdHash",
                schema: "protection",
                table: "CreditRecords",
                column: "SubjectIdHash");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_UnitCode",
                schema: "protection",
                table: "CreditRecords",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRepairs_RecordId_Status",
                schema: "protection",
                table: "CreditRepairs",
                columns: new[] { "RecordId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditTransitions_RecordId",
                schema: "protection",
                table: "CreditTransitions",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessments_AssessedOn",
                schema: "protection",
                table: "ImpactAssessments",
                column: "AssessedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditMeasures",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditMeasureTypes",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditObjections",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditParameters",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditRepairs",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditTransitions",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "ImpactAssessments",
                schema: "protection");

            migrationBuilder.DropTable(
                name: "CreditRecords",
                schema: "protection");
        }
    }
}
