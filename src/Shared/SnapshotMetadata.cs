using System;

namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// The optional <c>snapshot</c> object: where and when the catalog was fetched. Every field
/// may be missing, because a bare API response is a valid snapshot.
/// </summary>
internal sealed record SnapshotMetadata(
    int? Format,
    string? Region,
    string? Endpoint,
    DateTimeOffset? FetchedAt,
    string? Source,
    string? Tool)
{
    /// <summary>The span of the <c>fetched_at</c> value in the snapshot text, or null when the field is missing or invalid.</summary>
    public SourceSpan? FetchedAtSpan { get; init; }
}
