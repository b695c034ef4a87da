using System.Collections.Generic;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>What changed within one stack type, each list sorted by url (ordinal).</summary>
public sealed record StackTypeChanges(
    string StackType,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ImageChange> Changed);
