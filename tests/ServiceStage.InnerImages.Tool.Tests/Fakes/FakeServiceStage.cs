using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceStage.InnerImages.Client.Signing;

namespace ServiceStage.InnerImages.Tool.Tests.Fakes;

/// <summary>
/// A fake ServiceStage on 127.0.0.1 with an ephemeral port. It checks the token or
/// recomputes the SDK-HMAC-SHA256 signature from the request as received, then responds with
/// the catalog or with what <see cref="Respond"/> writes.
/// </summary>
public sealed class FakeServiceStage : IAsyncDisposable
{
    public const string DefaultProjectId = "0605767a3300d5762fb0c0186d9e1c10";

    private readonly WebApplication _app;
    private int _requestCount;

    private FakeServiceStage(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address, such as http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri Endpoint { get; }

    public string EndpointText => Endpoint.GetLeftPart(UriPartial.Authority);

    public string ProjectId { get; set; } = DefaultProjectId;

    /// <summary>The token that is accepted; null accepts none.</summary>
    public string? Token { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>When set, signed requests must carry this X-Security-Token and sign it.</summary>
    public string? SecurityToken { get; set; }

    /// <summary>The error message for a rejected token, such as one that reports expiry.</summary>
    public string TokenRejectionMessage { get; set; } = "The token is invalid.";

    /// <summary>Skips the credential check, for a server that responds to any request.</summary>
    public bool SkipAuthentication { get; set; }

    /// <summary>The catalog served by default, as (type, url) pairs in service order.</summary>
    public List<(string Type, string Url)> Catalog { get; set; } = new(SampleCatalog);

    /// <summary>
    /// Writes the response to an authenticated request; the argument is the 1-based request number. Null
    /// serves <see cref="Catalog"/>.
    /// </summary>
    public Func<HttpContext, int, Task>? Respond { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int RequestCount => Volatile.Read(ref _requestCount);

    public static IReadOnlyList<(string Type, string Url)> SampleCatalog { get; } = new List<(string, string)>
    {
        ("Nodejs", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/node-x86_64:18-1.3.5"),
        ("Java", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6"),
        ("Tomcat", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0"),
        ("Java", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:8-1.1.7"),
        ("Python", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:3-int-1.0"),
    };

    public static async Task<FakeServiceStage> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MinResponseDataRate = null;
        });

        var app = builder.Build();
        FakeServiceStage? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new FakeServiceStage(app, new Uri(address));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Writes a Huawei-style error body with an X-Request-Id.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string errorCode, string errorMessage)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=utf-8";
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["error_code"] = errorCode, ["error_msg"] = errorMessage });
        return context.Response.WriteAsync(body);
    }

    /// <summary>Writes a 200 catalog response with the given entries in the given order.</summary>
    public static Task WriteCatalogAsync(HttpContext context, IEnumerable<(string Type, string Url)> catalog)
    {
        var stacks = catalog.Select(entry => new Dictionary<string, string> { ["url"] = entry.Url, ["type"] = entry.Type });
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["runtime_stacks"] = stacks.ToArray() });
        return WriteJsonAsync(context, body);
    }

    public static Task WriteJsonAsync(HttpContext context, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=utf-8";
        return context.Response.WriteAsync(body);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _requestCount);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var headers = context.Request.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString());
        Requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, headers));
        context.Response.Headers["X-Request-Id"] = $"req-{number:D4}";

        try
        {
            if (!SkipAuthentication && !await AuthenticateAsync(context, rawTarget))
            {
                return;
            }

            if (Respond is not null)
            {
                await Respond(context, number);
                return;
            }

            if (!rawTarget.EndsWith("/cas/innerimages", StringComparison.Ordinal))
            {
                await WriteErrorAsync(context, 404, "SVCSTG.00100404", $"No route for {rawTarget}.");
                return;
            }

            await WriteCatalogAsync(context, Catalog);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which several tests cause on purpose.
        }
    }

    private async Task<bool> AuthenticateAsync(HttpContext context, string rawTarget)
    {
        var request = context.Request;
        var hasToken = request.Headers.ContainsKey("X-Auth-Token");
        var hasSignature = request.Headers.ContainsKey("Authorization");

        if (hasToken && hasSignature)
        {
            await WriteErrorAsync(context, 400, "FAKE.0001", "The request carries both X-Auth-Token and Authorization.");
            return false;
        }

        if (hasToken)
        {
            if (Token is not null && request.Headers["X-Auth-Token"] == Token)
            {
                return true;
            }

            await WriteErrorAsync(context, 401, "APIGW.0307", TokenRejectionMessage);
            return false;
        }

        if (hasSignature)
        {
            var failure = VerifySignature(request, rawTarget);
            if (failure is null)
            {
                return true;
            }

            await WriteErrorAsync(context, 401, "APIGW.0301", "Incorrect IAM authentication information: " + failure);
            return false;
        }

        await WriteErrorAsync(context, 401, "APIGW.0301", "Incorrect IAM authentication information: no credentials.");
        return false;
    }

    // Recomputes the signature from the method, raw path and query, and header values exactly
    // as received, so any difference between what the client signed and what it sent fails.
    private string? VerifySignature(HttpRequest request, string rawTarget)
    {
        var authorization = request.Headers.Authorization.ToString();
        const string prefix = SdkHmacSha256Signer.Algorithm + " ";
        if (!authorization.StartsWith(prefix, StringComparison.Ordinal))
        {
            return "unknown algorithm";
        }

        var fields = authorization.Substring(prefix.Length)
            .Split(',', StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(part => part[0], part => part.Length > 1 ? part[1] : string.Empty);
        if (fields.GetValueOrDefault("Access") != AccessKey || SecretKey is null)
        {
            return "unknown access key";
        }

        var signedHeaders = fields.GetValueOrDefault("SignedHeaders", string.Empty).Split(';');
        foreach (var required in new[] { "host", "x-sdk-date", "x-project-id" })
        {
            if (!signedHeaders.Contains(required))
            {
                return $"'{required}' is not signed";
            }
        }

        if (SecurityToken is not null && (!signedHeaders.Contains("x-security-token") || request.Headers["X-Security-Token"] != SecurityToken))
        {
            return "the security token is missing or not signed";
        }

        if (request.Headers["X-Project-Id"] != ProjectId)
        {
            return "X-Project-Id does not match the project";
        }

        var sdkDate = request.Headers["X-Sdk-Date"].ToString();
        if (!DateTimeOffset.TryParseExact(sdkDate, SdkHmacSha256Signer.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt)
            || (signedAt - DateTimeOffset.UtcNow).Duration() > TimeSpan.FromMinutes(15))
        {
            return "verify aksk signature fail";
        }

        var question = rawTarget.IndexOf('?');
        var path = question < 0 ? rawTarget : rawTarget.Substring(0, question);
        var query = question < 0 ? string.Empty : rawTarget.Substring(question);
        var headers = signedHeaders.Select(name => new KeyValuePair<string, string>(
            name,
            name == "host" ? request.Host.Value ?? string.Empty : request.Headers[name].ToString()));

        var canonicalRequest = SdkHmacSha256Signer.BuildCanonicalRequest(request.Method, path, query, headers, ReadOnlySpan<byte>.Empty);
        var expected = SdkHmacSha256Signer.ComputeSignature(SdkHmacSha256Signer.BuildStringToSign(sdkDate, canonicalRequest), SecretKey);
        return fields.GetValueOrDefault("Signature") == expected ? null : "verify aksk signature fail";
    }
}
