using System;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>One built-in image: its stack type (such as <c>Java</c>) and its image address.</summary>
/// <param name="StackType">The wire field <c>type</c>; the list of types is open.</param>
/// <param name="Url">The wire field <c>url</c>: a container image reference with registry, repository and tag.</param>
public sealed record RuntimeStack(string StackType, string Url) : IComparable<RuntimeStack>
{
    /// <summary>Orders by stack type and then by url, both ordinal: the order of the snapshot file.</summary>
    public int CompareTo(RuntimeStack? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byType = string.CompareOrdinal(StackType, other.StackType);
        return byType != 0 ? byType : string.CompareOrdinal(Url, other.Url);
    }
}
