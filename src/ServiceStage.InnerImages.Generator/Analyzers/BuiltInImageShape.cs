using System;
using System.Text.RegularExpressions;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// Recognizes addresses that look like ServiceStage built-in images: a valid image reference
/// whose registry is <c>swr.&lt;region&gt;.myhuaweicloud.com</c> (any letter case, no port) and
/// whose repository is in the <c>op_svc_cse</c> namespace.
/// </summary>
internal static class BuiltInImageShape
{
    public const string Namespace = "op_svc_cse";

    private const string RegistrySuffix = ".myhuaweicloud.com/";

    // A region id is lowercase words joined by '-', such as 'ap-southeast-1' or 'cn-north-4'.
    private static readonly Regex RegistryPattern = new(
        @"^swr\.[a-z0-9]+(?:-[a-z0-9]+)*\.myhuaweicloud\.com$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static bool Matches(string value, out ImageReferenceParts? reference)
    {
        reference = null;

        // Cheap test first: this runs on every string literal of the project.
        if (value.IndexOf(RegistrySuffix, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        if (!ImageReferenceParser.TryParse(value, out var parts, out _))
        {
            return false;
        }

        if (!RegistryPattern.IsMatch(parts!.Registry) || !parts.Repository.StartsWith(Namespace + "/", StringComparison.Ordinal))
        {
            return false;
        }

        reference = parts;
        return true;
    }
}
