using IpCity.Access.Domain;
using IpCity.BuildingBlocks.Storage;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Access.Data;

internal sealed class AccessDbContext : IdentityDbContext<AppUser, AppRole, Guid>
{
    public const string Module = "access";

    public AccessDbContext(DbContextOptions<AccessDbContext> options)
        : base(options)
    {
    }

    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(e =>
        {
            e.ToTable("Users");
            e.Property(x => x.DisplayName).HasMaxLength(100);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.Department).HasMaxLength(100);
            e.Property(x => x.EnterpriseCode).HasMaxLength(18);
            e.Property(x => x.Labels).HasMaxLength(200);
            e.Property(x => x.TotpSecretCipher).HasMaxLength(200);
        });
        builder.Entity<AppRole>().ToTable("Roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("UserRoles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("UserClaims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("UserLogins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("UserTokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("RoleClaims");
        builder.Entity<PasswordHistoryEntry>(e =>
        {
            e.ToTable("PasswordHistory");
            e.Property(x => x.PasswordHash).HasMaxLength(512);
            e.HasIndex(x => x.UserId);
        });
        builder.Entity<UserSession>(e =>
        {
            e.ToTable("Sessions");
            e.Property(x => x.ClientIp).HasMaxLength(64);
            e.HasIndex(x => x.UserId);
        });
        builder.Entity<AuditEvent>(e =>
        {
            e.ToTable("AuditEvents");
            e.HasKey(x => x.Seq);
            e.Property(x => x.Seq).ValueGeneratedNever();
            e.Property(x => x.ActorId).HasMaxLength(64);
            e.Property(x => x.ActorName).HasMaxLength(256);
            e.Property(x => x.Role).HasMaxLength(64);
            e.Property(x => x.UnitCode).HasMaxLength(16);
            e.Property(x => x.ClientIp).HasMaxLength(64);
            e.Property(x => x.EventType).HasMaxLength(64);
            e.Property(x => x.ObjectType).HasMaxLength(64);
            e.Property(x => x.ObjectId).HasMaxLength(128);
            e.Property(x => x.Outcome).HasMaxLength(16);
            e.Property(x => x.TraceId).HasMaxLength(64);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.Property(x => x.PrevHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.Alg).HasMaxLength(16);
            e.HasIndex(x => x.OccurredAtUtc);
            e.HasIndex(x => x.EventType);
            e.HasIndex(x => x.ActorName);
        });
        ModuleDb.ApplyNaming(builder, Module, this.IsPostgres());
    }
}

internal sealed class AccessDatabase : ModuleDatabase<AccessDbContext>
{
    public AccessDatabase(IServiceScopeFactory scopes)
        : base(AccessDbContext.Module, scopes)
    {
    }
}
