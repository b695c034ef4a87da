using System;
using System.Text.Json;
using ServiceStage.InnerImages.Client.Errors;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>Turns an error response into a <see cref="ServiceErrorException"/> with a hint for the usual causes.</summary>
internal static class ServiceErrorDescriber
{
    // The service rejects a signature whose X-Sdk-Date is more than 15 minutes off its clock.
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    public static ServiceErrorException Describe(RawResponse response, string authenticationName, string projectId, Uri endpoint)
    {
        ReadErrorBody(response.Body, out var errorCode, out var errorMessage);

        var builder = new System.Text.StringBuilder();
        builder.Append($"ServiceStage returned {response.DescribeStatus()} for GET {response.RequestUri}");
        if (errorCode is not null || errorMessage is not null)
        {
            builder.Append($": {errorCode ?? "(no error code)"} {errorMessage ?? "(no error message)"}".TrimEnd());
        }
        else
        {
            builder.Append($" with {BodyPreview.Describe(response.Body)}");
        }

        builder.Append(response.RequestId is null ? " (no X-Request-Id)." : $" (X-Request-Id {response.RequestId}).");

        var hint = BuildHint(response, errorMessage, authenticationName, projectId, endpoint);
        if (hint is not null)
        {
            builder.Append(' ').Append(hint);
        }

        return new ServiceErrorException(builder.ToString(), response.Status, errorCode, errorMessage, response.RequestId, hint);
    }

    /// <summary>
    /// Reads <c>error_code</c>/<c>error_msg</c>, falling back to <c>code</c>/<c>message</c> and to
    /// an <c>error</c> object with those fields, as the Huawei Cloud SDKs do.
    /// </summary>
    public static void ReadErrorBody(byte[] body, out string? errorCode, out string? errorMessage)
    {
        errorCode = null;
        errorMessage = null;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (root.TryGetProperty("error", out var nested) && nested.ValueKind == JsonValueKind.Object)
            {
                root = nested;
            }

            errorCode = ReadString(root, "error_code") ?? ReadString(root, "code");
            errorMessage = ReadString(root, "error_msg") ?? ReadString(root, "message");
        }
    }

    private static string? BuildHint(RawResponse response, string? errorMessage, string authenticationName, string projectId, Uri endpoint)
    {
        var message = errorMessage ?? string.Empty;
        var isToken = authenticationName == "token";

        switch (response.Status)
        {
            case 401:
                return BuildUnauthorizedHint(response, message, isToken);
            case 403:
                return "The credentials were accepted but lack permission: grant the user the ServiceStage action servicestage:app:list (servicestage:app:listApplication) in this project.";
            case 404:
                return $"Check the project id '{projectId}' and the region: the project must belong to the region of {ServiceEndpoint.Format(endpoint)}.";
            case 400:
                return $"Check the project id '{projectId}'.";
            case 429:
                return "The service is limiting the request rate and the retries were used up; try again later.";
            case >= 500:
                return "The service failed; try again later, and give the X-Request-Id to Huawei Cloud support if it persists.";
            default:
                return null;
        }
    }

    private static string BuildUnauthorizedHint(RawResponse response, string message, bool isToken)
    {
        if (!isToken && response.ServerDate is { } serverDate)
        {
            var skew = response.SentAt - serverDate;
            if (skew.Duration() > MaxClockSkew)
            {
                var direction = skew > TimeSpan.Zero ? "ahead of" : "behind";
                return $"This machine's clock is {FormatSkew(skew.Duration())} {direction} the server's ({serverDate.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC), and signatures more than 15 minutes off are rejected: correct the clock, for example with NTP.";
            }
        }

        // NOTE: the gateway's wording for a stale signature or an expired token is not
        // documented, so these words are a guess. The clock check above does not use them.
        if (!isToken && ContainsAny(message, "time", "date", "expired", "skew"))
        {
            return "The request time was rejected: check that this machine's clock is correct (signatures more than 15 minutes off are rejected).";
        }

        if (isToken && ContainsAny(message, "expire"))
        {
            return "The token has expired: IAM tokens are valid for 24 hours; get a new project-scoped token from IAM.";
        }

        return isToken
            ? "Check the token: it must be a valid IAM token scoped to this project, and it expires 24 hours after it was issued."
            : "Check the access key and secret key, and the security token if the credentials are temporary.";
    }

    private static string FormatSkew(TimeSpan skew)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return skew.TotalHours >= 1
            ? string.Format(culture, "{0:0.#} hours", skew.TotalHours)
            : string.Format(culture, "{0:0} minutes", skew.TotalMinutes);
    }

    private static bool ContainsAny(string text, params string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? ReadString(JsonElement element, string property)
    {
        return element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}
