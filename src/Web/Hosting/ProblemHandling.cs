using System.Text.Json;
using IpCity.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IpCity.Web.Hosting;

/// <summary>
/// The one place where exceptions become RFC 9457 ProblemDetails with a stable <c>code</c> and a traceId.
/// Never a stack trace, SQL or exception type name in the body (SECURITY.md spec 12).
/// </summary>
internal sealed class ProblemExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService _problems;
    private readonly ILogger<ProblemExceptionHandler> _logger;

    public ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    {
        _problems = problems;
        _logger = logger;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, title, details) = Classify(exception);
        if (status == 503 && exception is IpCityException)
        {
            // A named refusal for load (UPLOADS_BUSY …): the request was turned away on purpose, nothing failed.
            _logger.LogWarning("{Code} on {Path}: {Message}", code, httpContext.Request.Path, exception.Message);
        }
        else if (status >= 500)
        {
            _logger.LogError(exception, "Unhandled error {Code} on {Path}", code, httpContext.Request.Path);
        }

        if (code == ErrorCodes.DataIntegrityFailed)
        {
            // A sealed value that no longer opens is a security event, not only an error (SECURITY.md spec 27).
            await RecordIntegrityFailureAsync(httpContext);
        }

        httpContext.Response.StatusCode = status;
        if (exception is IpCityException { Details: var d } && d.TryGetValue("retryAfterSeconds", out var retry) && retry is not null)
        {
            httpContext.Response.Headers.RetryAfter = Convert.ToString(retry, System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails { Status = status, Title = title };
        foreach (var (key, value) in details)
        {
            problem.Extensions[key] = value;
        }

        // The stable code always wins over a detail of the same name.
        problem.Extensions["code"] = code;

        return await _problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private async Task RecordIntegrityFailureAsync(HttpContext httpContext)
    {
        try
        {
            await httpContext.RequestServices.GetRequiredService<IpCity.BuildingBlocks.Auditing.IAuditTrail>().RecordAsync(
                new IpCity.BuildingBlocks.Auditing.AuditEntry(IpCity.BuildingBlocks.Auditing.AuditEvents.DataIntegrityFailed, IpCity.BuildingBlocks.Auditing.AuditOutcome.Failure,
                    "SealedField", null, $"{httpContext.Request.Method} {httpContext.Request.Path}"), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "The integrity failure could not be audited");
        }
    }

    internal static (int Status, string Code, string Title, IReadOnlyDictionary<string, object?> Details) Classify(Exception exception)
    {
        var none = new Dictionary<string, object?>();
        return exception switch
        {
            IpCityException e => (e.Status, e.Code, e.Message, e.Details),
            AntiforgeryValidationException => (400, ErrorCodes.CsrfFailed, "缺少或无效的防伪令牌 (CSRF token)。", none),
            BadHttpRequestException { InnerException: JsonException j } when j.Message.Contains("could not be mapped", StringComparison.Ordinal) =>
                (400, ErrorCodes.UnknownField, "请求包含不允许的字段。The request has a field that is not allowed.", none),
            BadHttpRequestException b when b.StatusCode == StatusCodes.Status413PayloadTooLarge => (413, "REQUEST_TOO_LARGE", "请求体过大。", none),
            BadHttpRequestException => (400, ErrorCodes.MalformedRequest, "请求格式错误。The request is malformed.", none),
            JsonException => (400, ErrorCodes.MalformedRequest, "请求格式错误。The request is malformed.", none),
            OperationCanceledException => (499, "REQUEST_CANCELLED", "请求已取消。", none),
            _ => (500, ErrorCodes.Internal, "服务器内部错误。An unexpected error occurred.", none),
        };
    }
}

/// <summary>Checks the antiforgery token on every state-changing API call (cookie auth → CSRF, ASVS 3.5).</summary>
internal sealed class CsrfFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            await antiforgery.ValidateRequestAsync(http);
        }

        return await next(context);
    }
}
