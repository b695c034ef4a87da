using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ServiceStage.InnerImages.Client.Signing;

/// <summary>
/// The SDK-HMAC-SHA256 request signature of Huawei Cloud APIs, as described by the Huawei
/// Cloud API signing guide: a canonical request, a string to sign, and an HMAC-SHA256 of that
/// string keyed with the secret access key (SK).
/// </summary>
/// <remarks>
/// The parts are public so that a verifier (such as a test server) can recompute a signature
/// from a received request with the same rules.
/// </remarks>
public static class SdkHmacSha256Signer
{
    /// <summary>The algorithm name at the start of the string to sign and of the Authorization header.</summary>
    public const string Algorithm = "SDK-HMAC-SHA256";

    /// <summary>The header that carries the signing time.</summary>
    public const string DateHeader = "X-Sdk-Date";

    /// <summary>The signing time format: UTC, basic ISO 8601, to the second.</summary>
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private const string UnreservedCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";

    /// <summary>
    /// Formats <paramref name="time"/> as the <c>X-Sdk-Date</c> value. The invariant culture
    /// keeps the Gregorian calendar whatever the current culture is (th-TH, for example,
    /// would otherwise give a Buddhist-era year).
    /// </summary>
    public static string FormatDate(DateTimeOffset time)
    {
        return time.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Builds the canonical request: method, canonical URI, canonical query string, canonical
    /// headers, signed header names and the hex SHA-256 of the body, joined by line feeds.
    /// </summary>
    /// <param name="path">The request path as sent, percent-encoded or not.</param>
    /// <param name="query">The query string as sent, with or without its leading '?'.</param>
    /// <param name="headers">The headers to sign, by name; names are compared case-insensitively.</param>
    public static string BuildCanonicalRequest(
        string method,
        string path,
        string query,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body)
    {
        var sortedHeaders = SortHeaders(headers);

        var builder = new StringBuilder();
        builder.Append(method.ToUpperInvariant()).Append('\n');
        builder.Append(BuildCanonicalUri(path)).Append('\n');
        builder.Append(BuildCanonicalQuery(query)).Append('\n');
        foreach (var header in sortedHeaders)
        {
            builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        }

        builder.Append('\n');
        builder.Append(string.Join(";", sortedHeaders.Select(header => header.Key))).Append('\n');
        builder.Append(HexSha256(body));
        return builder.ToString();
    }

    /// <summary>
    /// Builds the canonical URI: each path segment decoded and then percent-encoded with only
    /// <c>A-Z a-z 0-9 - _ . ~</c> left as is, and a '/' appended when the path has none at its end.
    /// </summary>
    public static string BuildCanonicalUri(string path)
    {
        var segments = path.Split('/');
        var encoded = string.Join("/", segments.Select(segment => Encode(Uri.UnescapeDataString(segment))));
        if (!encoded.EndsWith('/'))
        {
            encoded += "/";
        }

        return encoded;
    }

    /// <summary>
    /// Builds the canonical query string: parameters sorted by encoded key and then by encoded
    /// value (ordinal), keys and values encoded like path segments, joined by '&amp;'.
    /// </summary>
    public static string BuildCanonicalQuery(string query)
    {
        var trimmed = query.StartsWith('?') ? query.Substring(1) : query;
        if (trimmed.Length == 0)
        {
            return string.Empty;
        }

        var parameters = new List<(string Key, string Value)>();
        foreach (var pair in trimmed.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair.Substring(0, equals);
            var value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
            parameters.Add((Encode(Uri.UnescapeDataString(key)), Encode(Uri.UnescapeDataString(value))));
        }

        var sorted = parameters
            .OrderBy(parameter => parameter.Key, StringComparer.Ordinal)
            .ThenBy(parameter => parameter.Value, StringComparer.Ordinal);
        return string.Join("&", sorted.Select(parameter => parameter.Key + "=" + parameter.Value));
    }

    /// <summary>Builds the string to sign from the signing time and the canonical request.</summary>
    public static string BuildStringToSign(string sdkDate, string canonicalRequest)
    {
        return Algorithm + "\n" + sdkDate + "\n" + HexSha256(Encoding.UTF8.GetBytes(canonicalRequest));
    }

    /// <summary>Computes the lower-case hex HMAC-SHA256 of the string to sign, keyed with the SK.</summary>
    public static string ComputeSignature(string stringToSign, string secretKey)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>Builds the <c>Authorization</c> header value.</summary>
    public static string BuildAuthorization(string accessKey, IEnumerable<string> signedHeaderNames, string signature)
    {
        var names = signedHeaderNames
            .Select(name => name.ToLowerInvariant())
            .OrderBy(name => name, StringComparer.Ordinal);
        return $"{Algorithm} Access={accessKey}, SignedHeaders={string.Join(";", names)}, Signature={signature}";
    }

    /// <summary>
    /// Signs a request in one step and returns the <c>Authorization</c> header value.
    /// <paramref name="headers"/> must contain every header to sign, <c>X-Sdk-Date</c> included.
    /// </summary>
    public static string Sign(
        string method,
        string path,
        string query,
        IReadOnlyCollection<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body,
        string accessKey,
        string secretKey)
    {
        var sdkDate = headers.FirstOrDefault(header => string.Equals(header.Key, DateHeader, StringComparison.OrdinalIgnoreCase)).Value
            ?? throw new ArgumentException($"The headers to sign must contain '{DateHeader}'.", nameof(headers));

        var canonicalRequest = BuildCanonicalRequest(method, path, query, headers, body);
        var stringToSign = BuildStringToSign(sdkDate, canonicalRequest);
        var signature = ComputeSignature(stringToSign, secretKey);
        return BuildAuthorization(accessKey, headers.Select(header => header.Key), signature);
    }

    /// <summary>Computes the lower-case hex SHA-256 of <paramref name="data"/>.</summary>
    public static string HexSha256(ReadOnlySpan<byte> data)
    {
        return Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant();
    }

    private static List<KeyValuePair<string, string>> SortHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            var name = header.Key.ToLowerInvariant();
            if (!sorted.TryAdd(name, header.Value.Trim()))
            {
                throw new ArgumentException($"The header '{name}' is listed more than once; sign each header once.", nameof(headers));
            }
        }

        return sorted.ToList();
    }

    private static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var octet in Encoding.UTF8.GetBytes(value))
        {
            if (octet < 0x80 && UnreservedCharacters.Contains((char)octet))
            {
                builder.Append((char)octet);
            }
            else
            {
                builder.Append('%').Append(octet.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
