using System;
using System.Net.Http;

namespace ServiceStage.InnerImages.Client.Authentication;

/// <summary>Authenticates with an IAM token in the <c>X-Auth-Token</c> header.</summary>
public sealed class TokenAuthenticator : IRequestAuthenticator
{
    /// <summary>The header that carries the token.</summary>
    public const string TokenHeader = "X-Auth-Token";

    private readonly string _token;

    public TokenAuthenticator(string token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("The token is empty.", nameof(token));
        }

        _token = token.Trim();
    }

    public string Name => "token";

    public void Authenticate(HttpRequestMessage request, string projectId, DateTimeOffset now)
    {
        request.Headers.Remove(TokenHeader);
        request.Headers.TryAddWithoutValidation(TokenHeader, _token);
    }

    /// <summary>Returns the authentication name only, so that logging this object never shows the token.</summary>
    public override string ToString() => Name;
}
