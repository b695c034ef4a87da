using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>
/// The built-in image catalog: every runtime stack sorted by type and then url (ordinal),
/// each listed once. The sort makes the snapshot independent of the order the service used.
/// </summary>
public sealed class InnerImageCatalog
{
    private InnerImageCatalog(IReadOnlyList<RuntimeStack> stacks)
    {
        Stacks = stacks;
    }

    public static InnerImageCatalog Empty { get; } = new(Array.Empty<RuntimeStack>());

    public IReadOnlyList<RuntimeStack> Stacks { get; }

    public int Count => Stacks.Count;

    /// <summary>Creates a catalog from <paramref name="stacks"/> in any order; exact duplicates collapse into one.</summary>
    public static InnerImageCatalog Create(IEnumerable<RuntimeStack> stacks)
    {
        var sorted = stacks.Distinct().Order().ToArray();
        return new InnerImageCatalog(sorted);
    }

    /// <summary>Returns true when both catalogs list the same stacks.</summary>
    public bool HasSameStacks(InnerImageCatalog other) => Stacks.SequenceEqual(other.Stacks);
}
