using System;
using System.Collections.Generic;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>An existing snapshot as read by <see cref="SnapshotReader"/>, with the same rules as the source generator.</summary>
public sealed class SnapshotContent
{
    internal SnapshotContent(
        byte[] bytes,
        bool isUsable,
        IReadOnlyList<RuntimeStack> stacks,
        IReadOnlyList<string> problems,
        string? region,
        string? endpoint,
        DateTimeOffset? fetchedAt,
        string? tool)
    {
        Bytes = bytes;
        IsUsable = isUsable;
        Stacks = stacks;
        Problems = problems;
        Region = region;
        Endpoint = endpoint;
        FetchedAt = fetchedAt;
        Tool = tool;
    }

    /// <summary>The file's bytes as read.</summary>
    public byte[] Bytes { get; }

    /// <summary>False when the file as a whole cannot be used (not JSON, wrong shape, newer format).</summary>
    public bool IsUsable { get; }

    /// <summary>The valid entries in the file's order; entries with problems are left out.</summary>
    public IReadOnlyList<RuntimeStack> Stacks { get; }

    /// <summary>Every problem as "path(line,column): message".</summary>
    public IReadOnlyList<string> Problems { get; }

    public string? Region { get; }

    public string? Endpoint { get; }

    public DateTimeOffset? FetchedAt { get; }

    public string? Tool { get; }
}
