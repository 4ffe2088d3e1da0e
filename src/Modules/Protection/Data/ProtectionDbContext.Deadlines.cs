using IpCity.Protection.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Data;

/// <summary>The holiday calendars (versions per year) and the time-limit rules (versions per effective date).</summary>
internal sealed partial class ProtectionDbContext
{
    public DbSet<HolidayCalendar> HolidayCalendars => Set<HolidayCalendar>();

    public DbSet<HolidayDay> HolidayDays => Set<HolidayDay>();

    public DbSet<TimeLimitRule> TimeLimitRules => Set<TimeLimitRule>();

    partial void OnModelCreatingDeadlines(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HolidayCalendar>(e =>
        {
            e.ToTable("HolidayCalendars");
            e.HasIndex(x => new { x.Year, x.Version }).IsUnique();
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.LoadedBy).HasMaxLength(100);
            e.HasMany(x => x.Days).WithOne().HasForeignKey(x => x.CalendarId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<HolidayDay>(e =>
        {
            e.ToTable("HolidayDays");
            e.HasIndex(x => new { x.CalendarId, x.Date }).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(50);
        });
        modelBuilder.Entity<TimeLimitRule>(e =>
        {
            e.ToTable("TimeLimitRules");
            e.HasIndex(x => new { x.Name, x.EffectiveFrom }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Unit).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.ChangedBy).HasMaxLength(100);
        });
    }
}
