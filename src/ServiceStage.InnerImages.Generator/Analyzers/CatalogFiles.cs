using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStage.InnerImages.Generator.Parsing;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// The catalog files of one compilation: the snapshots (AdditionalFiles with
/// <c>InnerImagesSnapshot="true"</c>) and the live catalog (<c>InnerImagesLiveCatalog="true"</c>).
/// </summary>
/// <remarks>
/// Files are read only through <see cref="AdditionalText"/>, never from disk, so an edit to the
/// snapshot in the IDE counts at once, and the compiler's own copy is the one analyzed.
/// </remarks>
internal sealed class CatalogFiles
{
    private readonly Dictionary<string, SnapshotEntry> _snapshotEntriesByUrl = new(StringComparer.Ordinal);

    private CatalogFiles(IReadOnlyList<CatalogFile> snapshots, CatalogFile? liveCatalog)
    {
        Snapshots = snapshots;
        LiveCatalog = liveCatalog;

        foreach (var snapshot in snapshots)
        {
            foreach (var entry in snapshot.Catalog.Entries)
            {
                if (!_snapshotEntriesByUrl.ContainsKey(entry.Url))
                {
                    _snapshotEntriesByUrl.Add(entry.Url, entry);
                }
            }
        }
    }

    /// <summary>Every snapshot, usable or not, in path order.</summary>
    public IReadOnlyList<CatalogFile> Snapshots { get; }

    /// <summary>The live catalog when the build has a usable one, otherwise null.</summary>
    public CatalogFile? LiveCatalog { get; }

    /// <summary>True when at least one snapshot gives the generator images to compare code with.</summary>
    public bool HasUsableSnapshot
    {
        get
        {
            foreach (var snapshot in Snapshots)
            {
                if (snapshot.Catalog.IsUsable)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Returns the snapshot entry with this exact address, from any snapshot, or null.</summary>
    public SnapshotEntry? FindInSnapshots(string url) =>
        _snapshotEntriesByUrl.TryGetValue(url, out var entry) ? entry : null;

    public CatalogFile? FindSnapshot(string path)
    {
        foreach (var snapshot in Snapshots)
        {
            if (snapshot.Path == path)
            {
                return snapshot;
            }
        }

        return null;
    }

    public static CatalogFiles Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var snapshots = new List<CatalogFile>();
        var liveCatalogs = new List<CatalogFile>();

        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            var isSnapshot = Settings.IsSnapshot(fileOptions);
            if (!isSnapshot && !Settings.IsLiveCatalog(fileOptions))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                // The generator reports an unreadable snapshot; an unreadable live catalog
                // counts as none.
                continue;
            }

            var catalogFile = new CatalogFile(file.Path, text, ImageCatalog.From(text));
            (isSnapshot ? snapshots : liveCatalogs).Add(catalogFile);
        }

        snapshots.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
        liveCatalogs.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
        return new CatalogFiles(snapshots, FirstUsable(liveCatalogs));
    }

    // The build files add at most one live catalog. Should a project add more, the first one
    // in path order is used, so the result does not depend on item order.
    private static CatalogFile? FirstUsable(List<CatalogFile> liveCatalogs)
    {
        foreach (var liveCatalog in liveCatalogs)
        {
            if (liveCatalog.Catalog.IsUsable)
            {
                return liveCatalog;
            }
        }

        return null;
    }
}
