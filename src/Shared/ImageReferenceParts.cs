namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// An image address split into its parts, for example registry
/// <c>swr.ap-southeast-1.myhuaweicloud.com</c>, repository <c>op_svc_cse/openjdk-x86_64</c>
/// and tag <c>17-1.3.6</c>.
/// </summary>
/// <param name="Registry">The registry host, with its port when the address has one.</param>
/// <param name="Repository">The path below the registry: namespace and image name.</param>
/// <param name="Tag">The tag, or null when the address has none.</param>
/// <param name="Digest">The digest such as <c>sha256:…</c>, or null when the address has none.</param>
internal sealed record ImageReferenceParts(string Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>The last path component of <see cref="Repository"/>: the image name without its namespace.</summary>
    public string Name
    {
        get
        {
            var slash = Repository.LastIndexOf('/');
            return slash < 0 ? Repository : Repository.Substring(slash + 1);
        }
    }
}
