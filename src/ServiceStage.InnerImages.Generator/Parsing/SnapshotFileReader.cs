using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ServiceStage.InnerImages.Generator.Diagnostics;
using ServiceStage.InnerImages.Generator.Model;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Parsing;

/// <summary>
/// Turns a snapshot <see cref="AdditionalText"/> into a <see cref="SnapshotModel"/>, mapping each
/// problem that <see cref="SnapshotParser"/> finds to a diagnostic located in the file.
/// </summary>
internal static class SnapshotFileReader
{
    private const int Utf8CodePage = 65001;

    public static SnapshotModel Read(AdditionalText file, string className, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            var message = $"The snapshot '{file.Path}' could not be read; check that the file exists and that the build may read it.";
            return Unusable(file.Path, className, DiagnosticInfo.Create(DiagnosticDescriptors.SnapshotUnreadable, FileStart(file.Path), message));
        }

        // The compiler decodes additional files as UTF-8. Depending on the host it then either
        // replaces invalid bytes with U+FFFD (the .NET SDK's compiler does) or falls back to
        // another code page, so either sign means the file is not UTF-8. A snapshot has no
        // reason to hold U+FFFD itself; JSON can still spell it as the escape \ufffd.
        if (text.Encoding is { } encoding && encoding.CodePage != Utf8CodePage)
        {
            var message = $"The snapshot '{file.Path}' is not valid UTF-8 (it was read as {encoding.WebName}); save it as UTF-8, or write it again with 'innerimages snapshot'.";
            return Unusable(file.Path, className, DiagnosticInfo.Create(DiagnosticDescriptors.SnapshotNotUtf8, FileStart(file.Path), message));
        }

        var replaced = text.ToString().IndexOf('\uFFFD');
        if (replaced >= 0)
        {
            var location = SnapshotModel.Locate(file.Path, text, new SourceSpan(replaced, 1));
            var position = location.LineSpan.Start;
            var message = $"The snapshot '{file.Path}' is not valid UTF-8: the bytes at line {position.Line + 1}, column {position.Character + 1} are not a UTF-8 character. Save the file as UTF-8, or write it again with 'innerimages snapshot'.";
            return Unusable(file.Path, className, DiagnosticInfo.Create(DiagnosticDescriptors.SnapshotNotUtf8, location, message));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var document = SnapshotDocumentCache.Parse(text);
        return ToModel(file.Path, className, text, document);
    }

    private static SnapshotModel ToModel(string path, string className, SourceText text, SnapshotDocument document)
    {
        var diagnostics = new List<DiagnosticInfo>(document.Problems.Count);
        foreach (var problem in document.Problems)
        {
            var location = SnapshotModel.Locate(path, text, problem.Span);
            diagnostics.Add(DiagnosticInfo.Create(DescriptorFor(problem.Kind), location, problem.Message));
        }

        var usable = document.IsUsable;
        IReadOnlyList<SnapshotEntry> entries = usable ? document.Entries : [];
        var locations = new List<LocationInfo>(entries.Count);
        foreach (var entry in entries)
        {
            locations.Add(SnapshotModel.Locate(path, text, entry.UrlSpan));
        }

        return new SnapshotModel(
            path,
            className,
            usable,
            document.Metadata,
            new EquatableArray<SnapshotEntry>(entries),
            new EquatableArray<LocationInfo>(locations),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static DiagnosticDescriptor DescriptorFor(SnapshotProblemKind kind) => kind switch
    {
        SnapshotProblemKind.InvalidJson => DiagnosticDescriptors.InvalidJson,
        SnapshotProblemKind.WrongShape => DiagnosticDescriptors.WrongShape,
        SnapshotProblemKind.InvalidField => DiagnosticDescriptors.InvalidField,
        SnapshotProblemKind.InvalidImageReference => DiagnosticDescriptors.InvalidImageReference,
        _ => DiagnosticDescriptors.DuplicateEntry,
    };

    private static SnapshotModel Unusable(string path, string className, DiagnosticInfo diagnostic) =>
        new(
            path,
            className,
            IsUsable: false,
            Metadata: null,
            EquatableArray<SnapshotEntry>.Empty,
            EquatableArray<LocationInfo>.Empty,
            new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));

    private static LocationInfo FileStart(string path) =>
        new(path, default, default);
}
