using System;
using System.Net.Http;

namespace ServiceStage.InnerImages.Client.Authentication;

/// <summary>A way of proving the caller's identity to ServiceStage, applied to each request attempt.</summary>
public interface IRequestAuthenticator
{
    /// <summary>A short name for logs and messages, such as "token"; never a secret.</summary>
    string Name { get; }

    /// <summary>
    /// Adds the authentication headers to <paramref name="request"/>, whose URI and
    /// <c>Host</c> header are final. Called again for every retry and redirect, because a
    /// signature covers the signing time and the path.
    /// </summary>
    void Authenticate(HttpRequestMessage request, string projectId, DateTimeOffset now);
}
