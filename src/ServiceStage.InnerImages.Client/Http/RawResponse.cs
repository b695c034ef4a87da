using System;
using System.Net;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>One attempt's response, read completely, so that retry decisions and parsing share it.</summary>
internal sealed record RawResponse(
    Uri RequestUri,
    HttpStatusCode StatusCode,
    string? ReasonPhrase,
    string? MediaType,
    string? RequestId,
    TimeSpan? RetryAfter,
    DateTimeOffset? ServerDate,
    DateTimeOffset SentAt,
    byte[] Body)
{
    public int Status => (int)StatusCode;

    public bool IsSuccess => Status >= 200 && Status <= 299;

    /// <summary>The status as "404 Not Found", for messages.</summary>
    public string DescribeStatus() =>
        string.IsNullOrEmpty(ReasonPhrase) ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Status} {ReasonPhrase}";
}
