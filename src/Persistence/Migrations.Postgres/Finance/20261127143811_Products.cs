using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IpCity.Migrations.Postgres.Finance
{
    /// <inheritdoc />
    public partial class Products : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "finance");

            migrationBuilder.CreateTable(
                name: "FundClaims",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoanContractNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PledgorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Lender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PrincipalWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    OutstandingLossWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    DefaultedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ParameterYear = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ParameterStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CompensableWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundParameters",
                schema: "finance",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundParameters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "InsuranceKinds",
                schema: "finance",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsuranceKinds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SecuritisationDeals",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Exchange = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountYi = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    UnderlyingIpCount = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecuritisationDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundClaimEvidence",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClaimId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundClaimEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundClaimEvidence_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "finance",
                        principalTable: "FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundClaimTransitions",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClaimId = table.Column<long>(type: "bigint", nullable: false),
                    FromState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundClaimTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundClaimTransitions_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "finance",
                        principalTable: "FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InsurancePolicies",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KindCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Insurer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PolicyNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InsuredName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InsuredCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SumInsuredWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    PremiumWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    SubsidyWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UnknownItems = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsurancePolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsurancePolicies_InsuranceKinds_KindCode",
                        column: x => x.KindCode,
                        principalSchema: "finance",
                        principalTable: "InsuranceKinds",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SecuritisationFirms",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DealId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AmountWan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecuritisationFirms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecuritisationFirms_SecuritisationDeals_DealId",
                        column: x => x.DealId,
                        principalSchema: "finance",
                        principalTable: "SecuritisationDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InsuredItems",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    ItemType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CanonicalNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Found = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsuredItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsuredItems_InsurancePolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalSchema: "finance",
                        principalTable: "InsurancePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "finance",
                table: "InsuranceKinds",
                columns: new[] { "Code", "Active", "Name", "SortOrder" },
                values: new object[,]
                {
                    { "InfringementLiability", true, "侵权责任保险", 30 },
                    { "OverseasInfringementLiability", true, "海外侵权责任险", 50 },
                    { "PatentEnforcement", true, "专利执行保险", 10 },
                    { "PatentInfringementLoss", true, "专利被侵权损失保险", 20 },
                    { "PledgeFinancingGuarantee", true, "知识产权质押融资保证保险", 40 },
                    { "TrademarkInfringementLoss", true, "商标被侵权损失保险", 60 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_FundClaimEvidence_ClaimId",
                schema: "finance",
                table: "FundClaimEvidence",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_FundClaims_DistrictCode_State",
                schema: "finance",
                table: "FundClaims",
                columns: new[] { "DistrictCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FundClaims_LoanContractNumber_Lender",
                schema: "finance",
                table: "FundClaims",
                columns: new[] { "LoanContractNumber", "Lender" });

            migrationBuilder.CreateIndex(
                name: "IX_FundClaims_PublicId",
                schema: "finance",
                table: "FundClaims",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundClaimTransitions_ClaimId",
                schema: "finance",
                table: "FundClaimTransitions",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_DistrictCode",
                schema: "finance",
                table: "InsurancePolicies",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_InsuredCreditCode",
                schema: "finance",
                table: "InsurancePolicies",
                column: "InsuredCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_Insurer_PolicyNumber",
                schema: "finance",
                table: "InsurancePolicies",
                columns: new[] { "Insurer", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_KindCode",
                schema: "finance",
                table: "InsurancePolicies",
                column: "KindCode");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_Year_KindCode",
                schema: "finance",
                table: "InsurancePolicies",
                columns: new[] { "Year", "KindCode" });

            migrationBuilder.CreateIndex(
                name: "IX_InsuredItems_PolicyId",
                schema: "finance",
                table: "InsuredItems",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationDeals_Name",
                schema: "finance",
                table: "SecuritisationDeals",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationDeals_Year",
                schema: "finance",
                table: "SecuritisationDeals",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationFirms_DealId_CreditCode",
                schema: "finance",
                table: "SecuritisationFirms",
                columns: new[] { "DealId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecuritisationFirms_DistrictCode",
                schema: "finance",
                table: "SecuritisationFirms",
                column: "DistrictCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FundClaimEvidence",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FundClaimTransitions",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FundParameters",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "InsuredItems",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "SecuritisationFirms",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FundClaims",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "InsurancePolicies",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "SecuritisationDeals",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "InsuranceKinds",
                schema: "finance");
        }
    }
}
