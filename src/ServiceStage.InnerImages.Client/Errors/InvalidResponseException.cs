namespace ServiceStage.InnerImages.Client.Errors;

/// <summary>
/// The service responded, but not with a usable catalog: a body that is not JSON (such as a
/// proxy's HTML page), truncated or oversized, of the wrong shape, or a redirect to another host.
/// </summary>
public sealed class InvalidResponseException : InnerImagesException
{
    public InvalidResponseException(string message, int? statusCode = null, string? requestId = null)
        : base(message)
    {
        StatusCode = statusCode;
        RequestId = requestId;
    }

    public int? StatusCode { get; }

    public string? RequestId { get; }
}
