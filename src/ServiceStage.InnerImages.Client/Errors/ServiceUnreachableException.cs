using System;

namespace ServiceStage.InnerImages.Client.Errors;

/// <summary>No response arrived: a network failure or a timeout, after the retries were used up.</summary>
public sealed class ServiceUnreachableException : InnerImagesException
{
    public ServiceUnreachableException(string message, Uri endpoint, TimeSpan elapsed, bool isTimeout, Exception? innerException)
        : base(message, innerException)
    {
        Endpoint = endpoint;
        Elapsed = elapsed;
        IsTimeout = isTimeout;
    }

    public Uri Endpoint { get; }

    /// <summary>The time from the first attempt until the client gave up.</summary>
    public TimeSpan Elapsed { get; }

    public bool IsTimeout { get; }
}
