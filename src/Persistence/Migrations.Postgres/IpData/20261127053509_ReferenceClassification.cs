using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IpCity.Migrations.Postgres.IpData
{
    /// <inheritdoc />
    public partial class ReferenceClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IpcCodes",
                schema: "ipdata",
                columns: table => new
                {
                    Symbol = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Edition = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Parent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TitleZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IpcCodes", x => new { x.Edition, x.Symbol });
                });

            migrationBuilder.CreateTable(
                name: "TechnologyFields",
                schema: "ipdata",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FieldNumber = table.Column<int>(type: "integer", nullable: false),
                    Sector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IpcPattern = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechnologyFields", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IpcCodes_Parent",
                schema: "ipdata",
                table: "IpcCodes",
                column: "Parent");

            migrationBuilder.CreateIndex(
                name: "IX_IpcCodes_Symbol",
                schema: "ipdata",
                table: "IpcCodes",
                column: "Symbol");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IpcCodes",
                schema: "ipdata");

            migrationBuilder.DropTable(
                name: "TechnologyFields",
                schema: "ipdata");
        }
    }
}
