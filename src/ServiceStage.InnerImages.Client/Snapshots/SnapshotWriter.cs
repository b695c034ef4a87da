using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>
/// Writes the canonical snapshot: UTF-8 without a byte order mark, LF line ends, 2-space
/// indentation, a trailing newline, the <c>snapshot</c> metadata first and then
/// <c>runtime_stacks</c> sorted by type and url with <c>type</c> before <c>url</c>. The same
/// catalog and metadata always give the same bytes.
/// </summary>
public static class SnapshotWriter
{
    /// <summary>The <c>source</c> value: the API that the catalog comes from.</summary>
    public const string Source = "ServiceStage API GET /v3/{project_id}/cas/innerimages";

    public static byte[] Write(InnerImageCatalog catalog, SnapshotInfo info)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,

            // The snapshot is read by people in code review and by the generator, never
            // embedded in HTML, so characters such as '+' and '&' stay as they are instead of
            // becoming \u escapes. Quotes, backslashes and control characters are still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            WriteMetadata(writer, info);
            WriteStacks(writer, catalog);
            writer.WriteEndObject();
        }

        // Utf8JsonWriter on .NET 8 ends lines with Environment.NewLine. JSON strings cannot
        // contain a raw CR or LF, so every CR LF in the output is a line end.
        var text = Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }

    private static void WriteMetadata(Utf8JsonWriter writer, SnapshotInfo info)
    {
        writer.WriteStartObject(SnapshotFormat.MetadataProperty);
        writer.WriteNumber(SnapshotFormat.FormatProperty, SnapshotFormat.CurrentVersion);
        writer.WriteString(SnapshotFormat.RegionProperty, info.Region);
        writer.WriteString(SnapshotFormat.EndpointProperty, info.Endpoint);
        writer.WriteString(
            SnapshotFormat.FetchedAtProperty,
            info.FetchedAt.UtcDateTime.ToString(SnapshotFormat.FetchedAtFormat, CultureInfo.InvariantCulture));
        writer.WriteString(SnapshotFormat.SourceProperty, Source);
        writer.WriteString(SnapshotFormat.ToolProperty, info.Tool);
        writer.WriteEndObject();
    }

    private static void WriteStacks(Utf8JsonWriter writer, InnerImageCatalog catalog)
    {
        writer.WriteStartArray(SnapshotFormat.RuntimeStacksProperty);
        foreach (var stack in catalog.Stacks)
        {
            writer.WriteStartObject();
            writer.WriteString(SnapshotFormat.TypeProperty, stack.StackType);
            writer.WriteString(SnapshotFormat.UrlProperty, stack.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
