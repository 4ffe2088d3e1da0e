namespace IpCity.Web.Pages.Monitoring.Tasks;

/// <summary>Status colours of the ledger pages, with the site's existing badge classes (CSP: no inline styles).</summary>
public static class TaskPageHelpers
{
    public static string StatusClass(string status) => "status task-status-" + status + status switch
    {
        "Completed" => " CONFIRMED",
        "InProgress" => " DERIVED",
        "Lagging" => " UNCONFIRMED",
        _ => string.Empty,
    };

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
