namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// A problem found while reading a snapshot. <see cref="Message"/> is a complete sentence
/// that names the offending value and the fix; <see cref="Span"/> locates it in the text.
/// </summary>
/// <param name="IsFatal">
/// True when the file as a whole cannot be used; false when only one entry or field is skipped.
/// </param>
internal sealed record SnapshotProblem(SnapshotProblemKind Kind, bool IsFatal, string Message, SourceSpan Span);
