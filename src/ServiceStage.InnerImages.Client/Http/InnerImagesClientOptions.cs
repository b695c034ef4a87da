using System;
using ServiceStage.InnerImages.Client.Authentication;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>Settings of an <see cref="InnerImagesClient"/>. The defaults suit a command-line run.</summary>
public sealed record InnerImagesClientOptions
{
    /// <summary>
    /// The default response size limit, 4 MiB. A catalog entry is about 100 bytes, so even
    /// thousands of entries stay far below it. The limit keeps a misbehaving proxy from making
    /// the client buffer an unbounded body.
    /// </summary>
    public const int DefaultMaxResponseBytes = 4 * 1024 * 1024;

    /// <summary>The service's base address, such as <c>https://servicestage.ap-southeast-1.myhuaweicloud.com</c>; a path is kept as a prefix.</summary>
    public required Uri Endpoint { get; init; }

    public required string ProjectId { get; init; }

    public required IRequestAuthenticator Authenticator { get; init; }

    /// <summary>The time allowed for the whole call, retries and their delays included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The time allowed for one attempt, from sending the request to reading the whole body.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a failed attempt is retried (429, 500, 502, 503, 504, network failures and attempt timeouts).</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>The base of the exponential backoff between attempts; jitter is added.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> that is honoured; a longer one is shortened to this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many redirects to the same scheme, host and port are followed per attempt.</summary>
    public int MaxRedirects { get; init; } = 3;

    public int MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    /// <summary>The clock that dates signatures and measures skew; tests replace it.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
