namespace ServiceStage.InnerImages.Snapshots;

/// <summary>One image of the catalog: its stack type and its address, as written in the snapshot.</summary>
/// <param name="UrlSpan">The position of the <c>url</c> value in the snapshot text, quotes included.</param>
internal sealed record SnapshotEntry(string Type, string Url, ImageReferenceParts Reference, SourceSpan UrlSpan);
