using Microsoft.CodeAnalysis.Text;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Model;

/// <summary>
/// One snapshot file after parsing: its valid entries, its metadata and the problems to report.
/// This is the cached unit of the pipeline: it changes only when the file's text or its item
/// metadata does.
/// </summary>
/// <param name="ClassName">The <c>ClassName</c> item metadata, or empty to use the project-wide class name.</param>
/// <param name="IsUsable">False when a problem made the whole file unusable; its entries are then ignored.</param>
/// <param name="EntryLocations">The location of each entry's url, parallel to <see cref="Entries"/>, for naming diagnostics.</param>
internal sealed record SnapshotModel(
    string FilePath,
    string ClassName,
    bool IsUsable,
    SnapshotMetadata? Metadata,
    EquatableArray<SnapshotEntry> Entries,
    EquatableArray<LocationInfo> EntryLocations,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string FileName => System.IO.Path.GetFileName(FilePath);

    public static LocationInfo Locate(string filePath, SourceText text, SourceSpan span)
    {
        var start = System.Math.Min(span.Start, text.Length);
        var end = System.Math.Min(span.End, text.Length);
        var textSpan = TextSpan.FromBounds(start, end);
        return new LocationInfo(filePath, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }
}
