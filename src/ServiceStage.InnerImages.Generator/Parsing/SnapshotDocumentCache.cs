using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Parsing;

/// <summary>
/// Parses each snapshot text once for the generator and the analyzers. Documents are keyed by
/// <see cref="SourceText"/> instance, so a host that gives them all one text for the file
/// parses it once, and the table drops a document as soon as its text is collected.
/// </summary>
internal static class SnapshotDocumentCache
{
    private const int Utf8CodePage = 65001;

    private static readonly ConditionalWeakTable<SourceText, SnapshotDocument> Documents = new();

    public static SnapshotDocument Parse(SourceText text) =>
        Documents.GetValue(text, static key => SnapshotParser.Parse(key.ToString()));

    /// <summary>
    /// Returns the parsed document when the generator builds a catalog from it, or null when it
    /// does not: the text is not UTF-8, or a problem makes the whole file unusable. The
    /// generator reports those problems, so callers skip such a file silently.
    /// </summary>
    public static SnapshotDocument? ParseUsable(SourceText text)
    {
        if (!IsUtf8(text))
        {
            return null;
        }

        var document = Parse(text);
        return document.IsUsable ? document : null;
    }

    /// <summary>
    /// True when the compiler decoded the text as UTF-8 without replacing a byte. Depending on
    /// the host, invalid bytes either become U+FFFD or make the compiler fall back to another
    /// code page, so either sign means the file is not UTF-8.
    /// </summary>
    public static bool IsUtf8(SourceText text)
    {
        if (text.Encoding is { } encoding && encoding.CodePage != Utf8CodePage)
        {
            return false;
        }

        return text.ToString().IndexOf('\uFFFD') < 0;
    }
}
