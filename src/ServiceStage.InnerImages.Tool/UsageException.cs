using System;

namespace ServiceStage.InnerImages.Tool;

/// <summary>Invalid options or configuration, reported with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
