using System.IO;
using ServiceStage.InnerImages.Client.Snapshots;

namespace ServiceStage.InnerImages.Tool.Output;

/// <summary>Prints catalog changes per stack type: '+' added, '-' removed, '~' changed.</summary>
internal static class DiffPrinter
{
    public static void PrintChanges(TextWriter writer, CatalogDiff diff)
    {
        foreach (var stackType in diff.StackTypes)
        {
            writer.WriteLine(stackType.StackType);
            foreach (var url in stackType.Added)
            {
                writer.WriteLine($"  + {url}");
            }

            foreach (var url in stackType.Removed)
            {
                writer.WriteLine($"  - {url}");
            }

            foreach (var change in stackType.Changed)
            {
                writer.WriteLine($"  ~ {change.OldUrl} -> {change.NewUrl}");
            }
        }
    }

    /// <summary>Returns "2 added, 1 removed, 1 changed in 2 stack types".</summary>
    public static string Summarize(CatalogDiff diff)
    {
        var types = diff.StackTypes.Count == 1 ? "1 stack type" : $"{diff.StackTypes.Count} stack types";
        return $"{diff.AddedCount} added, {diff.RemovedCount} removed, {diff.ChangedCount} changed in {types}";
    }

    public static string CountImages(int count) => count == 1 ? "1 image" : $"{count} images";
}
