using System;

namespace ServiceStage.InnerImages.Client.Errors;

/// <summary>The client's options are invalid, for example a plain <c>http://</c> endpoint that is not loopback.</summary>
public sealed class ClientConfigurationException : InnerImagesException
{
    public ClientConfigurationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
