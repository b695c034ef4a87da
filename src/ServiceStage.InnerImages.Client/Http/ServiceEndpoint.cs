using System;
using System.Net;
using System.Text.RegularExpressions;
using ServiceStage.InnerImages.Client.Errors;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>Builds and checks ServiceStage endpoints.</summary>
public static class ServiceEndpoint
{
    /// <summary>The path of the built-in image API; <c>{0}</c> is the percent-encoded project id.</summary>
    public const string InnerImagesPathFormat = "/v3/{0}/cas/innerimages";

    // Region ids are lower-case words joined by dashes, such as "ap-southeast-1". Checking
    // the form keeps a mistyped value from turning into another host name.
    private static readonly Regex RegionPattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    /// <summary>Returns true when <paramref name="region"/> has the form of a region id.</summary>
    public static bool IsValidRegion(string region) => RegionPattern.IsMatch(region);

    /// <summary>Returns the public endpoint of a region: <c>https://servicestage.{region}.myhuaweicloud.com</c>.</summary>
    public static Uri ForRegion(string region)
    {
        if (!IsValidRegion(region))
        {
            throw new ClientConfigurationException(
                $"The region '{region}' is not a region id; use one such as 'ap-southeast-1'.");
        }

        return new Uri($"https://servicestage.{region}.myhuaweicloud.com");
    }

    /// <summary>
    /// Parses and checks an endpoint: absolute, <c>https</c> (or <c>http</c> on a loopback
    /// address only, because plain HTTP would expose the credentials), and free of user
    /// information, query and fragment.
    /// </summary>
    public static Uri Parse(string endpoint)
    {
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri))
        {
            throw new ClientConfigurationException(
                $"The endpoint '{endpoint}' is not an absolute URL; give one such as 'https://servicestage.ap-southeast-1.myhuaweicloud.com'.");
        }

        Validate(uri);
        return uri;
    }

    /// <summary>Throws <see cref="ClientConfigurationException"/> when <paramref name="endpoint"/> may not be used.</summary>
    public static void Validate(Uri endpoint)
    {
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ClientConfigurationException($"The endpoint '{endpoint}' is not an absolute URL; give one such as 'https://servicestage.ap-southeast-1.myhuaweicloud.com'.");
        }

        if (endpoint.Scheme == Uri.UriSchemeHttp && !IsLoopback(endpoint))
        {
            throw new ClientConfigurationException(
                $"The endpoint '{endpoint}' uses plain http, which would send the credentials unencrypted; use https (plain http is accepted only for loopback addresses such as 127.0.0.1).");
        }

        if (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)
        {
            throw new ClientConfigurationException($"The endpoint '{endpoint}' must start with https://.");
        }

        if (endpoint.UserInfo.Length > 0)
        {
            throw new ClientConfigurationException(
                "The endpoint contains a user name or password; remove it and pass credentials through the environment.");
        }

        if (endpoint.Query.Length > 0 || endpoint.Fragment.Length > 0)
        {
            throw new ClientConfigurationException(
                $"The endpoint '{endpoint}' has a query or fragment; give the base address only.");
        }
    }

    /// <summary>Returns true for <c>localhost</c>, 127.0.0.0/8 and ::1.</summary>
    public static bool IsLoopback(Uri uri)
    {
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Returns the endpoint as written into snapshots: the URL without a trailing slash.</summary>
    public static string Format(Uri endpoint)
    {
        return endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>Builds the built-in image API address under <paramref name="endpoint"/>, keeping any path prefix.</summary>
    public static Uri BuildInnerImagesUri(Uri endpoint, string projectId)
    {
        var path = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            InnerImagesPathFormat,
            Uri.EscapeDataString(projectId));
        // Concatenated rather than set through UriBuilder.Path, which could escape the
        // project id a second time; the signed path must be exactly the sent path.
        var basePath = endpoint.AbsolutePath.TrimEnd('/');
        return new Uri(endpoint.GetLeftPart(UriPartial.Authority) + basePath + path);
    }

    /// <summary>Returns true when both addresses have the same scheme, host and port.</summary>
    public static bool IsSameOrigin(Uri first, Uri second)
    {
        return string.Equals(first.Scheme, second.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(first.IdnHost, second.IdnHost, StringComparison.OrdinalIgnoreCase)
            && first.Port == second.Port;
    }
}
