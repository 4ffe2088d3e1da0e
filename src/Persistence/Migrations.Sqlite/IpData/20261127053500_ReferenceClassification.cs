using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Sqlite.IpData
{
    /// <inheritdoc />
    public partial class ReferenceClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ipdata_IpcCodes",
                columns: table => new
                {
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Parent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_IpcCodes", x => new { x.Edition, x.Symbol });
                });

            migrationBuilder.CreateTable(
                name: "ipdata_TechnologyFields",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FieldNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IpcPattern = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ipdata_TechnologyFields", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IpcCodes_Parent",
                table: "ipdata_IpcCodes",
                column: "Parent");

            migrationBuilder.CreateIndex(
                name: "IX_ipdata_IpcCodes_Symbol",
                table: "ipdata_IpcCodes",
                column: "Symbol");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ipdata_IpcCodes");

            migrationBuilder.DropTable(
                name: "ipdata_TechnologyFields");
        }
    }
}
