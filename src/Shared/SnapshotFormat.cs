using System.Collections.Generic;

namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// Names and versions of the snapshot file format, shared by the source generator and the
/// snapshot tool so that both read and write the same shape.
/// </summary>
/// <remarks>
/// A snapshot is the API response of <c>GET /v3/{project_id}/cas/innerimages</c>, optionally
/// with a metadata object beside <c>runtime_stacks</c>. A bare API response is a valid snapshot.
/// </remarks>
internal static class SnapshotFormat
{
    /// <summary>The newest format version that this code reads and the one it writes.</summary>
    public const int CurrentVersion = 1;

    public const string MetadataProperty = "snapshot";
    public const string FormatProperty = "format";
    public const string RegionProperty = "region";
    public const string EndpointProperty = "endpoint";
    public const string FetchedAtProperty = "fetched_at";
    public const string SourceProperty = "source";
    public const string ToolProperty = "tool";

    public const string RuntimeStacksProperty = "runtime_stacks";
    public const string TypeProperty = "type";
    public const string UrlProperty = "url";

    /// <summary>The <c>fetched_at</c> format that the tool writes: UTC to the second.</summary>
    public const string FetchedAtFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>
    /// The stack types that the API documents, in the documented order. The list is open: a
    /// catalog may name other types, and readers keep them.
    /// </summary>
    public static IReadOnlyList<string> DocumentedStackTypes { get; } =
        new[] { "Nodejs", "Java", "Tomcat", "Python", "Php" };

    /// <summary>The deepest JSON nesting that a snapshot may have; real snapshots use three levels.</summary>
    public const int MaxDepth = 64;
}
