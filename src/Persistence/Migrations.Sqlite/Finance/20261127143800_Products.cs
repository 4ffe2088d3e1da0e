using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace IpCity.Migrations.Sqlite.Finance
{
    /// <inheritdoc />
    public partial class Products : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finance_FundClaims",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanContractNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PledgorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PledgorCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Lender = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrincipalWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    OutstandingLossWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    DefaultedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ParameterYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ParameterStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CompensableWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_FundParameters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    CeilingWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundParameters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "finance_InsuranceKinds",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_InsuranceKinds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "finance_SecuritisationDeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Exchange = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountYi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    UnderlyingIpCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_SecuritisationDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_FundClaimEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundClaimEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_FundClaimEvidence_finance_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "finance_FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_FundClaimTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FundClaimTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_FundClaimTransitions_finance_FundClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "finance_FundClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_InsurancePolicies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KindCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Insurer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PolicyNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InsuredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InsuredCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SumInsuredWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    PremiumWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    SubsidyWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UnknownItems = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_InsurancePolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_InsurancePolicies_finance_InsuranceKinds_KindCode",
                        column: x => x.KindCode,
                        principalTable: "finance_InsuranceKinds",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_SecuritisationFirms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_SecuritisationFirms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_SecuritisationFirms_finance_SecuritisationDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "finance_SecuritisationDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finance_InsuredItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CanonicalNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Found = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_InsuredItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_InsuredItems_finance_InsurancePolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "finance_InsurancePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "finance_InsuranceKinds",
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
                name: "IX_finance_FundClaimEvidence_ClaimId",
                table: "finance_FundClaimEvidence",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaims_DistrictCode_State",
                table: "finance_FundClaims",
                columns: new[] { "DistrictCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaims_LoanContractNumber_Lender",
                table: "finance_FundClaims",
                columns: new[] { "LoanContractNumber", "Lender" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaims_PublicId",
                table: "finance_FundClaims",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_FundClaimTransitions_ClaimId",
                table: "finance_FundClaimTransitions",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_DistrictCode",
                table: "finance_InsurancePolicies",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_InsuredCreditCode",
                table: "finance_InsurancePolicies",
                column: "InsuredCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_Insurer_PolicyNumber",
                table: "finance_InsurancePolicies",
                columns: new[] { "Insurer", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_KindCode",
                table: "finance_InsurancePolicies",
                column: "KindCode");

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsurancePolicies_Year_KindCode",
                table: "finance_InsurancePolicies",
                columns: new[] { "Year", "KindCode" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_InsuredItems_PolicyId",
                table: "finance_InsuredItems",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationDeals_Name",
                table: "finance_SecuritisationDeals",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationDeals_Year",
                table: "finance_SecuritisationDeals",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationFirms_DealId_CreditCode",
                table: "finance_SecuritisationFirms",
                columns: new[] { "DealId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_SecuritisationFirms_DistrictCode",
                table: "finance_SecuritisationFirms",
                column: "DistrictCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finance_FundClaimEvidence");

            migrationBuilder.DropTable(
                name: "finance_FundClaimTransitions");

            migrationBuilder.DropTable(
                name: "finance_FundParameters");

            migrationBuilder.DropTable(
                name: "finance_InsuredItems");

            migrationBuilder.DropTable(
                name: "finance_SecuritisationFirms");

            migrationBuilder.DropTable(
                name: "finance_FundClaims");

            migrationBuilder.DropTable(
                name: "finance_InsurancePolicies");

            migrationBuilder.DropTable(
                name: "finance_SecuritisationDeals");

            migrationBuilder.DropTable(
                name: "finance_InsuranceKinds");
        }
    }
}
