using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IpCity.Migrations.Postgres.Access
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SECURITY.md spec 26: the audit trail is append-only for the application. UPDATE, DELETE and
            // TRUNCATE fail with 42501 (insufficient_privilege) unless a maintenance session (retention purge,
            // run by an operator) sets ipcity.audit_maintenance = on. Tampering by a superuser who disables the
            // trigger is still caught by the HMAC-SM3 chain.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION access.audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('ipcity.audit_maintenance', true) = 'on' THEN
                        RETURN COALESCE(NEW, OLD);
                    END IF;
                    RAISE EXCEPTION 'permission denied: the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER audit_append_only_rows BEFORE UPDATE OR DELETE ON access."AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION access.audit_append_only();
                CREATE TRIGGER audit_append_only_truncate BEFORE TRUNCATE ON access."AuditEvents"
                    FOR EACH STATEMENT EXECUTE FUNCTION access.audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_append_only_truncate ON access."AuditEvents";
                DROP TRIGGER IF EXISTS audit_append_only_rows ON access."AuditEvents";
                DROP FUNCTION IF EXISTS access.audit_append_only();
                """);
        }
    }
}
