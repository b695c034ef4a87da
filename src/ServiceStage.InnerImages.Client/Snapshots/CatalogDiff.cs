using System;
using System.Collections.Generic;
using System.Linq;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>
/// The differences between two catalogs, per stack type. An image counts as changed, not as
/// one removal and one addition, when an old and a new address of the same type share their
/// registry and repository and differ only in tag or digest.
/// </summary>
public sealed class CatalogDiff
{
    private CatalogDiff(IReadOnlyList<StackTypeChanges> stackTypes)
    {
        StackTypes = stackTypes;
    }

    /// <summary>The stack types with at least one change, sorted by type (ordinal).</summary>
    public IReadOnlyList<StackTypeChanges> StackTypes { get; }

    public bool IsEmpty => StackTypes.Count == 0;

    public int AddedCount => StackTypes.Sum(changes => changes.Added.Count);

    public int RemovedCount => StackTypes.Sum(changes => changes.Removed.Count);

    public int ChangedCount => StackTypes.Sum(changes => changes.Changed.Count);

    public static CatalogDiff Compute(IEnumerable<RuntimeStack> before, IEnumerable<RuntimeStack> after)
    {
        var oldByType = GroupByType(before);
        var newByType = GroupByType(after);
        var types = oldByType.Keys.Union(newByType.Keys).OrderBy(type => type, StringComparer.Ordinal);

        var result = new List<StackTypeChanges>();
        foreach (var type in types)
        {
            var oldUrls = oldByType.TryGetValue(type, out var oldSet) ? oldSet : new SortedSet<string>(StringComparer.Ordinal);
            var newUrls = newByType.TryGetValue(type, out var newSet) ? newSet : new SortedSet<string>(StringComparer.Ordinal);
            var changes = CompareType(type, oldUrls, newUrls);
            if (changes.Added.Count + changes.Removed.Count + changes.Changed.Count > 0)
            {
                result.Add(changes);
            }
        }

        return new CatalogDiff(result);
    }

    private static StackTypeChanges CompareType(string type, SortedSet<string> oldUrls, SortedSet<string> newUrls)
    {
        var removed = oldUrls.Where(url => !newUrls.Contains(url)).ToList();
        var added = newUrls.Where(url => !oldUrls.Contains(url)).ToList();

        // Pair a removed and an added address of the same repository, in url order, as a change.
        var changed = new List<ImageChange>();
        foreach (var oldUrl in removed.ToArray())
        {
            var repository = RepositoryOf(oldUrl);
            var match = added.FirstOrDefault(newUrl => RepositoryOf(newUrl) == repository);
            if (match is null)
            {
                continue;
            }

            changed.Add(new ImageChange(oldUrl, match));
            removed.Remove(oldUrl);
            added.Remove(match);
        }

        return new StackTypeChanges(type, added, removed, changed);
    }

    private static Dictionary<string, SortedSet<string>> GroupByType(IEnumerable<RuntimeStack> stacks)
    {
        var groups = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var stack in stacks)
        {
            if (!groups.TryGetValue(stack.StackType, out var urls))
            {
                urls = new SortedSet<string>(StringComparer.Ordinal);
                groups.Add(stack.StackType, urls);
            }

            urls.Add(stack.Url);
        }

        return groups;
    }

    // The address without tag and digest. An address that does not parse is its own repository,
    // so it can only be added or removed.
    private static string RepositoryOf(string url)
    {
        return ImageReferenceParser.TryParse(url, out var parts, out _) && parts is not null
            ? parts.Registry + "/" + parts.Repository
            : url;
    }
}
