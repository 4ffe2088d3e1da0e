using IpCity.BuildingBlocks.Errors;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Monitoring.Forms;

/// <summary>Shared by the data-reporting pages: the acting officer, the default year, messages from the service.</summary>
public abstract class FormPageBase : PageModel
{
    public string? Message { get; protected set; }

    public bool IsError { get; protected set; }

    protected FormActor Actor => FormActor.From(User);

    /// <summary>Reports are made for the year just ended (Beijing time).</summary>
    public static int DefaultYear => DateTimeOffset.UtcNow.AddHours(8).Year - 1;

    protected void Fail(IpCityException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        Message = $"{ex.Message} ({ex.Code})";
        IsError = true;
        Response.StatusCode = ex.Status;
    }
}
