using System;

namespace ServiceStage.InnerImages.Client.Errors;

/// <summary>The base of every failure that the client reports with a message meant for the user.</summary>
public abstract class InnerImagesException : Exception
{
    protected InnerImagesException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
