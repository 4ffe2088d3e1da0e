namespace IpCity.BuildingBlocks.Errors;

/// <summary>
/// A business or input error with a stable machine-readable code. The web host turns it into an
/// RFC 9457 ProblemDetails with a <c>code</c> extension; the CLI prints the message and exits non-zero.
/// </summary>
public class IpCityException : Exception
{
    public IpCityException(string code, string message, int status = 400, IReadOnlyDictionary<string, object?>? details = null)
        : base(message)
    {
        Code = code;
        Status = status;
        Details = details ?? new Dictionary<string, object?>();
    }

    public IpCityException()
        : this(ErrorCodes.Internal, "Unexpected error", 500)
    {
    }

    public IpCityException(string message)
        : this(ErrorCodes.Validation, message, 400)
    {
    }

    public IpCityException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.Internal;
        Status = 500;
        Details = new Dictionary<string, object?>();
    }

    public string Code { get; }

    public int Status { get; }

    public IReadOnlyDictionary<string, object?> Details { get; }

    public static IpCityException NotFound(string what) =>
        new(ErrorCodes.NotFound, $"{what} was not found.", 404);

    public static IpCityException Validation(string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(ErrorCodes.Validation, message, 400, details);

    public static IpCityException Conflict(string code, string message) => new(code, message, 409);
}
