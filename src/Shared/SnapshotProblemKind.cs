namespace ServiceStage.InnerImages.Snapshots;

/// <summary>What is wrong with a snapshot, one value per class of problem that a user fixes differently.</summary>
internal enum SnapshotProblemKind
{
    /// <summary>The text is not JSON, is truncated, or nests deeper than the limit.</summary>
    InvalidJson,

    /// <summary>The JSON is valid but the root, <c>runtime_stacks</c> or the format version is not what a snapshot has.</summary>
    WrongShape,

    /// <summary>An entry or a metadata field is missing, empty or of the wrong JSON type.</summary>
    InvalidField,

    /// <summary>An entry's <c>url</c> is not a container image reference with a registry host.</summary>
    InvalidImageReference,

    /// <summary>An image address is listed more than once.</summary>
    DuplicateEntry,
}
