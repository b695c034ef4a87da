namespace ServiceStage.InnerImages.Client.Errors;

/// <summary>ServiceStage, or a gateway in front of it, responded with an error status.</summary>
public sealed class ServiceErrorException : InnerImagesException
{
    public ServiceErrorException(
        string message,
        int statusCode,
        string? errorCode,
        string? errorMessage,
        string? requestId,
        string? hint)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        RequestId = requestId;
        Hint = hint;
    }

    public int StatusCode { get; }

    /// <summary>The body's <c>error_code</c> (or <c>code</c>), such as <c>SVCSTG.00100400</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The body's <c>error_msg</c> (or <c>message</c>).</summary>
    public string? ErrorMessage { get; }

    /// <summary>The <c>X-Request-Id</c> response header, which Huawei Cloud support requests.</summary>
    public string? RequestId { get; }

    /// <summary>The usual cause of this status and what to check, or null when there is none to give.</summary>
    public string? Hint { get; }
}
