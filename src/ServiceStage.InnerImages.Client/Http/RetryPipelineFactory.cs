using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>
/// Builds the resilience pipeline around one request attempt: a timeout for the whole call,
/// then bounded retries with exponential backoff and jitter, then a timeout per attempt.
/// </summary>
internal static class RetryPipelineFactory
{
    public static ResiliencePipeline<RawResponse> Create(InnerImagesClientOptions options, ILogger logger)
    {
        var retry = new RetryStrategyOptions<RawResponse>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            ShouldHandle = new PredicateBuilder<RawResponse>()
                .Handle<HttpRequestException>()
                .Handle<IOException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(response => IsTransient(response.StatusCode)),
            DelayGenerator = arguments => new ValueTask<TimeSpan?>(RetryAfter(arguments.Outcome.Result, options)),
            OnRetry = arguments =>
            {
                LogRetry(logger, arguments, options);
                return default;
            },
        };

        var builder = new ResiliencePipelineBuilder<RawResponse>().AddTimeout(options.Timeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(retry);
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>Returns true for the statuses worth retrying: 429 and the transient server errors; never other 4xx.</summary>
    public static bool IsTransient(HttpStatusCode status) => (int)status switch
    {
        429 or 500 or 502 or 503 or 504 => true,
        _ => false,
    };

    private static TimeSpan? RetryAfter(RawResponse? response, InnerImagesClientOptions options)
    {
        if (response?.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return retryAfter > options.MaxRetryAfter ? options.MaxRetryAfter : retryAfter;
    }

    private static void LogRetry(ILogger logger, OnRetryArguments<RawResponse> arguments, InnerImagesClientOptions options)
    {
        var attempt = arguments.AttemptNumber + 1;
        var delay = (int)arguments.RetryDelay.TotalMilliseconds;
        var total = options.MaxRetryAttempts + 1;

        if (arguments.Outcome.Result is { } response)
        {
            var requestId = response.RequestId ?? "none";
            logger.LogWarning(
                "Attempt {Attempt} of {Total} got {Status} (X-Request-Id {RequestId}); retrying in {Delay} ms.",
                attempt,
                total,
                response.DescribeStatus(),
                requestId,
                delay);
            return;
        }

        var exception = arguments.Outcome.Exception;
        var reason = exception is TimeoutRejectedException
            ? $"timed out after {options.AttemptTimeout.TotalSeconds:0.###} s"
            : $"failed: {exception?.Message}";
        logger.LogWarning("Attempt {Attempt} of {Total} {Reason}; retrying in {Delay} ms.", attempt, total, reason, delay);
    }
}
