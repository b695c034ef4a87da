using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using ServiceStage.InnerImages.Generator.Parsing;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// The images of one snapshot or live catalog file, indexed by address, for the analyzers.
/// Built once per file content and shared by every analyzer and compilation that reads it.
/// </summary>
internal sealed class ImageCatalog
{
    private static readonly ConditionalWeakTable<SourceText, ImageCatalog> Catalogs = new();
    private static readonly ImageCatalog Unusable = new(null);

    private readonly Dictionary<string, SnapshotEntry> _entriesByUrl = new(StringComparer.Ordinal);

    private ImageCatalog(SnapshotDocument? document)
    {
        Document = document;
        foreach (var entry in Entries)
        {
            _entriesByUrl.Add(entry.Url, entry);
        }
    }

    /// <summary>The parsed file, or null when the generator builds no catalog from it.</summary>
    public SnapshotDocument? Document { get; }

    public bool IsUsable => Document is not null;

    public IReadOnlyList<SnapshotEntry> Entries => Document?.Entries ?? Array.Empty<SnapshotEntry>();

    public SnapshotMetadata? Metadata => Document?.Metadata;

    /// <summary>
    /// Returns the catalog of <paramref name="text"/>. A file that is not UTF-8 or not a usable
    /// snapshot gives an empty catalog with <see cref="IsUsable"/> false.
    /// </summary>
    public static ImageCatalog From(SourceText text) =>
        Catalogs.GetValue(text, static key => SnapshotDocumentCache.ParseUsable(key) is { } document ? new ImageCatalog(document) : Unusable);

    public bool Contains(string url) => _entriesByUrl.ContainsKey(url);

    public SnapshotEntry? Find(string url) => _entriesByUrl.TryGetValue(url, out var entry) ? entry : null;

    /// <summary>True when both catalogs list the same images under the same stack types, in any order.</summary>
    public bool HasSameImages(ImageCatalog other)
    {
        if (other._entriesByUrl.Count != _entriesByUrl.Count)
        {
            return false;
        }

        foreach (var entry in Entries)
        {
            if (other.Find(entry.Url) is not { } match || match.Type != entry.Type)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Returns the newest image that could replace <paramref name="image"/>: the newest one of the
    /// same repository and stack type when the catalog has one, otherwise the newest one of the
    /// stack type, or null when the catalog has no image of that type.
    /// </summary>
    /// <remarks><see cref="ImageVersionComparer"/> defines which image is newest.</remarks>
    public SnapshotEntry? FindNewestReplacement(string type, ImageReferenceParts image)
    {
        SnapshotEntry? newestOfRepository = null;
        SnapshotEntry? newestOfStack = null;
        foreach (var entry in Entries)
        {
            if (entry.Type != type)
            {
                continue;
            }

            if (newestOfStack is null || ImageVersionComparer.Instance.Compare(entry, newestOfStack) > 0)
            {
                newestOfStack = entry;
            }

            var sameRepository = string.Equals(entry.Reference.Repository, image.Repository, StringComparison.Ordinal);
            if (sameRepository && (newestOfRepository is null || ImageVersionComparer.Instance.Compare(entry, newestOfRepository) > 0))
            {
                newestOfRepository = entry;
            }
        }

        return newestOfRepository ?? newestOfStack;
    }
}
