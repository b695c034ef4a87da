using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// Parses container image references with the grammar of the distribution project's
/// <c>reference</c> package (github.com/distribution/reference, regexp.go): an optional
/// registry host (a domain name, an IPv4 address or a bracketed IPv6 address, with an
/// optional port), a lowercase repository path, an optional tag and an optional digest.
/// </summary>
/// <remarks>
/// ServiceStage image addresses always name their registry, so unlike <c>docker pull</c>
/// this parser does not default to Docker Hub: an address without a registry host is invalid.
/// </remarks>
internal static class ImageReferenceParser
{
    // The grammar's limit on the name: registry host plus repository path.
    private const int MaxNameLength = 255;

    // Generous bound checked before any pattern runs, so a hostile value cannot make
    // matching slow: 255 for the name, 129 for ':' and the tag, and room for a digest.
    private const int MaxReferenceLength = 1024;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string DomainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private const string Alphanumeric = "[a-z0-9]+";
    private const string Separator = "(?:[._]|__|[-]+)";
    private const string PathComponent = Alphanumeric + "(?:" + Separator + Alphanumeric + ")*";

    private static readonly Regex DomainPattern = new(
        "^(?:" + DomainComponent + @"(?:\." + DomainComponent + @")*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?$",
        Options);

    private static readonly Regex PathPattern = new("^" + PathComponent + "(?:/" + PathComponent + ")*$", Options);

    // .NET's \w also matches non-ASCII letters, so the grammar's [\w] is spelled out.
    private static readonly Regex TagPattern = new("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", Options);

    private static readonly Regex DigestPattern = new(
        "^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$",
        Options);

    /// <summary>
    /// Splits <paramref name="reference"/> into its parts, or returns false with
    /// <paramref name="error"/> set to a sentence that names the invalid part and the reason.
    /// </summary>
    public static bool TryParse(string reference, out ImageReferenceParts? parts, out string? error)
    {
        parts = null;

        if (reference.Length > MaxReferenceLength)
        {
            error = $"it is {reference.Length} characters long, more than the {MaxReferenceLength} an image reference can have";
            return false;
        }

        var scheme = reference.IndexOf("://", System.StringComparison.Ordinal);
        if (scheme > 0)
        {
            error = $"it starts with the scheme '{reference.Substring(0, scheme + 3)}'; an image reference has none, so write it as '{reference.Substring(scheme + 3)}'";
            return false;
        }

        var slash = reference.IndexOf('/');
        if (slash < 0 || !LooksLikeRegistry(reference.Substring(0, slash)))
        {
            error = "it has no registry host; a ServiceStage image address starts with one, such as 'swr.ap-southeast-1.myhuaweicloud.com/'";
            return false;
        }

        var registry = reference.Substring(0, slash);
        if (!IsValidRegistry(registry))
        {
            error = $"the registry host '{registry}' is not a valid domain name, IPv4 or bracketed IPv6 address with an optional port";
            return false;
        }

        var remainder = reference.Substring(slash + 1);

        string? digest = null;
        var at = remainder.IndexOf('@');
        if (at >= 0)
        {
            digest = remainder.Substring(at + 1);
            remainder = remainder.Substring(0, at);
            if (!DigestPattern.IsMatch(digest))
            {
                error = $"the digest '{digest}' is not an algorithm and at least 32 hexadecimal digits, such as 'sha256:<64 hex digits>'";
                return false;
            }
        }

        string? tag = null;
        var colon = remainder.LastIndexOf(':');
        if (colon >= 0)
        {
            tag = remainder.Substring(colon + 1);
            remainder = remainder.Substring(0, colon);
            if (!TagPattern.IsMatch(tag))
            {
                error = $"the tag '{tag}' is invalid: a tag is 1 to 128 ASCII letters, digits, '_', '.' or '-' and does not start with '.' or '-'";
                return false;
            }
        }

        var repository = remainder;
        if (!PathPattern.IsMatch(repository))
        {
            error = $"the repository '{repository}' is invalid: it must be lowercase letters and digits, in path components separated by '/', joined within a component by '.', '_', '__' or dashes";
            return false;
        }

        if (registry.Length + 1 + repository.Length > MaxNameLength)
        {
            error = $"the registry and repository together are {registry.Length + 1 + repository.Length} characters long, more than the {MaxNameLength} allowed";
            return false;
        }

        parts = new ImageReferenceParts(registry, repository, tag, digest);
        error = null;
        return true;
    }

    // The grammar treats the first path component as a registry host only when it contains
    // a '.' or a ':', or is 'localhost', or has an uppercase letter (which a repository
    // cannot have). Otherwise it is the first component of the repository path.
    private static bool LooksLikeRegistry(string component)
    {
        if (component == "localhost")
        {
            return true;
        }

        foreach (var character in component)
        {
            if (character is '.' or ':' || character is >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidRegistry(string registry)
    {
        if (!DomainPattern.IsMatch(registry))
        {
            return false;
        }

        if (registry[0] != '[')
        {
            return true;
        }

        // The pattern admits any run of hex digits and colons; the address itself must parse.
        var close = registry.IndexOf(']');
        var host = registry.Substring(1, close - 1);
        return IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }
}
