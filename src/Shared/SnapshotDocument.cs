using System.Collections.Generic;

namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// The result of reading a snapshot: the valid entries in file order, the metadata, and every
/// problem found. Entries with problems are left out; the rest stay usable.
/// </summary>
internal sealed class SnapshotDocument
{
    public SnapshotDocument(
        SnapshotMetadata? metadata,
        IReadOnlyList<SnapshotEntry> entries,
        IReadOnlyList<SnapshotProblem> problems)
    {
        Metadata = metadata;
        Entries = entries;
        Problems = problems;
    }

    public SnapshotMetadata? Metadata { get; }

    public IReadOnlyList<SnapshotEntry> Entries { get; }

    public IReadOnlyList<SnapshotProblem> Problems { get; }

    /// <summary>True when no problem made the whole file unusable.</summary>
    public bool IsUsable
    {
        get
        {
            foreach (var problem in Problems)
            {
                if (problem.IsFatal)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
