using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;
using ServiceStage.InnerImages.Client.Errors;
using ServiceStage.InnerImages.Client.Snapshots;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>
/// A client for ServiceStage's <c>GET /v3/{project_id}/cas/innerimages</c>, which lists the
/// built-in base images of each technology stack.
/// </summary>
/// <remarks>
/// Redirects are followed by this class, not by the HTTP handler, and only to the same scheme,
/// host and port as the endpoint, so credentials are never sent to another host.
/// </remarks>
public sealed class InnerImagesClient : IDisposable
{
    // The API requires this Content-Type on every request, even without a body.
    private const string RequestContentType = "application/json;charset=utf8";

    private readonly InnerImagesClientOptions _options;
    private readonly ILogger _logger;
    private readonly HttpClient _httpClient;
    private readonly ResiliencePipeline<RawResponse> _pipeline;
    private readonly Uri _requestUri;

    public InnerImagesClient(InnerImagesClientOptions options, ILogger? logger = null)
    {
        ServiceEndpoint.Validate(options.Endpoint);
        if (string.IsNullOrWhiteSpace(options.ProjectId))
        {
            throw new ClientConfigurationException("The project id is empty.");
        }

        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _requestUri = ServiceEndpoint.BuildInnerImagesUri(options.Endpoint, options.ProjectId);
        _pipeline = RetryPipelineFactory.Create(options, _logger);

        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            ConnectTimeout = options.AttemptTimeout,
        };
        _httpClient = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    // The last error response of the current fetch, reported if the overall timeout runs out
    // during the retries that follow it. One client serves one fetch at a time.
    private RawResponse? _lastFailedResponse;

    /// <summary>The address that <see cref="GetCatalogAsync"/> requests.</summary>
    public Uri RequestUri => _requestUri;

    /// <summary>
    /// Fetches the catalog, retrying transient failures.
    /// </summary>
    /// <exception cref="ServiceErrorException">The service responded with an error status.</exception>
    /// <exception cref="InvalidResponseException">The response was not a usable catalog.</exception>
    /// <exception cref="ServiceUnreachableException">A network failure or timeout outlasted the retries.</exception>
    public async Task<InnerImageCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        _lastFailedResponse = null;
        _logger.LogInformation("Requesting GET {Uri} with {Authentication} authentication.", _requestUri, _options.Authenticator.Name);

        RawResponse response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static (client, token) => new ValueTask<RawResponse>(client.SendAttemptAsync(token)),
                this,
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException) when (_lastFailedResponse is { } lastResponse)
        {
            // The service responded with an error status, then the time ran out while retrying.
            // That response is the more useful report, and the same one as when the retries run out first.
            _logger.LogWarning("The timeout ran out after {Elapsed} s while retrying; reporting the last response.", stopwatch.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            throw ServiceErrorDescriber.Describe(lastResponse, _options.Authenticator.Name, _options.ProjectId, _options.Endpoint);
        }
        catch (TimeoutRejectedException exception)
        {
            throw Unreachable($"timed out after {stopwatch.Elapsed.TotalSeconds:0.0} s", stopwatch.Elapsed, isTimeout: true, exception);
        }
        catch (HttpRequestException exception)
        {
            throw Unreachable($"failed after {stopwatch.Elapsed.TotalSeconds:0.0} s: {exception.Message}", stopwatch.Elapsed, isTimeout: false, exception);
        }
        catch (IOException exception)
        {
            throw Unreachable($"failed after {stopwatch.Elapsed.TotalSeconds:0.0} s while reading the response: {exception.Message}", stopwatch.Elapsed, isTimeout: false, exception);
        }

        _logger.LogInformation(
            "GET {Uri} returned {Status} with {Length} bytes in {Elapsed} ms (X-Request-Id {RequestId}).",
            response.RequestUri,
            response.DescribeStatus(),
            response.Body.Length,
            stopwatch.ElapsedMilliseconds,
            response.RequestId ?? "none");

        if (!response.IsSuccess)
        {
            throw ServiceErrorDescriber.Describe(response, _options.Authenticator.Name, _options.ProjectId, _options.Endpoint);
        }

        return CatalogResponseParser.Parse(response);
    }

    public void Dispose() => _httpClient.Dispose();

    private async Task<RawResponse> SendAttemptAsync(CancellationToken cancellationToken)
    {
        var uri = _requestUri;
        for (var redirects = 0; ; redirects++)
        {
            var sentAt = _options.TimeProvider.GetUtcNow();
            using var request = CreateRequest(uri, sentAt);
            _logger.LogDebug("Sending GET {Uri}.", uri);

            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode))
            {
                var raw = await ReadResponseAsync(uri, response, sentAt, cancellationToken).ConfigureAwait(false);
                if (!raw.IsSuccess)
                {
                    _lastFailedResponse = raw;
                }

                return raw;
            }

            uri = CheckRedirect(uri, response, redirects);
        }
    }

    private HttpRequestMessage CreateRequest(Uri uri, DateTimeOffset sentAt)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);

        // The Host header is set explicitly so that the value sent is the value signed.
        // Uri.Host keeps the brackets of an IPv6 address; IdnHost gives the ASCII form of a name.
        var host = uri.HostNameType == UriHostNameType.Dns ? uri.IdnHost : uri.Host;
        request.Headers.Host = uri.IsDefaultPort ? host : $"{host}:{uri.Port}";
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = new ByteArrayContent(Array.Empty<byte>());
        request.Content.Headers.TryAddWithoutValidation("Content-Type", RequestContentType);

        _options.Authenticator.Authenticate(request, _options.ProjectId, sentAt);
        return request;
    }

    private Uri CheckRedirect(Uri uri, HttpResponseMessage response, int redirects)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location
            ?? throw new InvalidResponseException($"ServiceStage returned {status} for GET {uri} without a Location header. The snapshot was not changed.", status, RequestIdOf(response));

        var target = location.IsAbsoluteUri ? location : new Uri(uri, location);
        if (!ServiceEndpoint.IsSameOrigin(target, _options.Endpoint))
        {
            throw new InvalidResponseException(
                $"ServiceStage returned {status} for GET {uri} with a redirect to {Redact(target)}, which is not on the configured endpoint {ServiceEndpoint.Format(_options.Endpoint)}. The redirect was not followed, so no credentials were sent there; if the service has moved, configure its new address as the endpoint.",
                status,
                RequestIdOf(response));
        }

        if (redirects >= _options.MaxRedirects)
        {
            throw new InvalidResponseException(
                $"ServiceStage redirected GET {_requestUri} more than {_options.MaxRedirects} times; the last target was {Redact(target)}. The snapshot was not changed.",
                status,
                RequestIdOf(response));
        }

        _logger.LogInformation("GET {Uri} returned {Status}; following the redirect to {Target}.", uri, status, Redact(target));
        return target;
    }

    private async Task<RawResponse> ReadResponseAsync(Uri uri, HttpResponseMessage response, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var requestId = RequestIdOf(response);
        var body = await ReadBodyAsync(uri, response, requestId, cancellationToken).ConfigureAwait(false);

        return new RawResponse(
            uri,
            response.StatusCode,
            response.ReasonPhrase,
            response.Content.Headers.ContentType?.MediaType,
            requestId,
            ReadRetryAfter(response),
            response.Headers.Date,
            sentAt,
            body);
    }

    private async Task<byte[]> ReadBodyAsync(Uri uri, HttpResponseMessage response, string? requestId, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw TooLarge(uri, status, requestId, $"declares {declared} bytes");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > limit)
            {
                throw TooLarge(uri, status, requestId, $"is longer than {limit} bytes");
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private InvalidResponseException TooLarge(Uri uri, int status, string? requestId, string sizeDescription)
    {
        return new InvalidResponseException(
            $"ServiceStage returned {status} for GET {uri}, but the body {sizeDescription}, over the {_options.MaxResponseBytes}-byte limit; a catalog is a few kilobytes, so this is not one. The snapshot was not changed.",
            status,
            requestId);
    }

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            return date - _options.TimeProvider.GetUtcNow();
        }

        return null;
    }

    private ServiceUnreachableException Unreachable(string failure, TimeSpan elapsed, bool isTimeout, Exception exception)
    {
        var attempts = _options.MaxRetryAttempts + 1;
        return new ServiceUnreachableException(
            $"GET {_requestUri} {failure} (endpoint {ServiceEndpoint.Format(_options.Endpoint)}, up to {attempts} attempts). Check the network connection, the proxy settings and the endpoint, or allow a longer timeout.",
            _options.Endpoint,
            elapsed,
            isTimeout,
            exception);
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static string? RequestIdOf(HttpResponseMessage response)
    {
        return response.Headers.TryGetValues("X-Request-Id", out var values) ? string.Join(",", values) : null;
    }

    // Drops user information from an address before it is shown.
    private static string Redact(Uri uri)
    {
        if (uri.UserInfo.Length == 0)
        {
            return uri.ToString();
        }

        return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
    }
}
