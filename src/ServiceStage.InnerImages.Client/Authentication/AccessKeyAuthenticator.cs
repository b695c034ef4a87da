using System;
using System.Collections.Generic;
using System.Net.Http;
using ServiceStage.InnerImages.Client.Signing;

namespace ServiceStage.InnerImages.Client.Authentication;

/// <summary>
/// Authenticates with an access key (AK) and secret key (SK) by signing each request with
/// SDK-HMAC-SHA256. The signed headers are <c>host</c>, <c>x-sdk-date</c>, <c>x-project-id</c>
/// and, for temporary credentials, <c>x-security-token</c>, as the Huawei Cloud SDKs sign them.
/// </summary>
public sealed class AccessKeyAuthenticator : IRequestAuthenticator
{
    /// <summary>The header that names the project.</summary>
    public const string ProjectIdHeader = "X-Project-Id";

    /// <summary>The header that carries the security token of temporary credentials.</summary>
    public const string SecurityTokenHeader = "X-Security-Token";

    private readonly string _secretKey;
    private readonly string? _securityToken;

    public AccessKeyAuthenticator(string accessKey, string secretKey, string? securityToken = null)
    {
        if (string.IsNullOrWhiteSpace(accessKey))
        {
            throw new ArgumentException("The access key (AK) is empty.", nameof(accessKey));
        }

        if (string.IsNullOrWhiteSpace(secretKey))
        {
            throw new ArgumentException("The secret key (SK) is empty.", nameof(secretKey));
        }

        AccessKey = accessKey.Trim();
        _secretKey = secretKey.Trim();
        _securityToken = string.IsNullOrWhiteSpace(securityToken) ? null : securityToken.Trim();
    }

    /// <summary>The access key id. It identifies the key and is not a secret; the SK is.</summary>
    public string AccessKey { get; }

    /// <summary>True for temporary credentials, which come with a security token.</summary>
    public bool IsTemporary => _securityToken is not null;

    public string Name => IsTemporary ? "temporary AK/SK" : "AK/SK";

    public void Authenticate(HttpRequestMessage request, string projectId, DateTimeOffset now)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var host = request.Headers.Host ?? uri.Authority;
        var sdkDate = SdkHmacSha256Signer.FormatDate(now);

        SetHeader(request, SdkHmacSha256Signer.DateHeader, sdkDate);
        SetHeader(request, ProjectIdHeader, projectId);
        var signedHeaders = new List<KeyValuePair<string, string>>
        {
            new("host", host),
            new(SdkHmacSha256Signer.DateHeader, sdkDate),
            new(ProjectIdHeader, projectId),
        };

        if (_securityToken is not null)
        {
            SetHeader(request, SecurityTokenHeader, _securityToken);
            signedHeaders.Add(new(SecurityTokenHeader, _securityToken));
        }

        // The request has no body: the API is a GET.
        var authorization = SdkHmacSha256Signer.Sign(
            request.Method.Method,
            uri.AbsolutePath,
            uri.Query,
            signedHeaders,
            ReadOnlySpan<byte>.Empty,
            AccessKey,
            _secretKey);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
    }

    /// <summary>Returns the authentication name only, so that logging this object never shows the SK.</summary>
    public override string ToString() => Name;

    private static void SetHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}
