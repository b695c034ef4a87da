using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// Reads snapshot text into a <see cref="SnapshotDocument"/>. It never throws on bad input:
/// every problem becomes a <see cref="SnapshotProblem"/> located in the text, and the entries
/// that are valid are kept.
/// </summary>
/// <remarks>
/// Comments and trailing commas are accepted because people edit snapshots by hand. Unknown
/// properties are ignored and unknown stack types are kept, so a newer catalog still reads.
/// </remarks>
internal sealed class SnapshotParser
{
    private static readonly Regex JsonExceptionPosition = new(
        @"\s*(Path: .*?)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.$",
        RegexOptions.CultureInvariant);

    private readonly byte[] _utf8;
    private readonly Utf8OffsetMap _offsets;
    private readonly List<SnapshotEntry> _entries = new();
    private readonly List<SnapshotProblem> _problems = new();
    private readonly Dictionary<string, SnapshotEntry> _entriesByUrl = new(StringComparer.Ordinal);
    private SnapshotMetadata? _metadata;

    private SnapshotParser(string text)
    {
        _utf8 = Encoding.UTF8.GetBytes(text);
        _offsets = new Utf8OffsetMap(_utf8);
    }

    /// <summary>Reads <paramref name="text"/>, the snapshot decoded from UTF-8 without its byte order mark.</summary>
    public static SnapshotDocument Parse(string text)
    {
        var parser = new SnapshotParser(text);
        parser.ParseDocument();
        return new SnapshotDocument(parser._metadata, parser._entries, parser._problems);
    }

    private void ParseDocument()
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = SnapshotFormat.MaxDepth,
        };
        if (IsBlank(_utf8))
        {
            AddFatal(SnapshotProblemKind.InvalidJson, "The snapshot is empty; it must be a JSON object with a 'runtime_stacks' array. Write it with 'innerimages snapshot', or restore it from version control.", new SourceSpan(0, 0));
            return;
        }

        var reader = new Utf8JsonReader(_utf8, options);

        try
        {
            reader.Read();

            ParseRoot(ref reader);

            // Anything after the root value other than whitespace and comments makes Read throw.
            reader.Read();
        }
        catch (JsonException exception)
        {
            var byteOffset = _offsets.ToByteOffset(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var start = _offsets.ToCharOffset(byteOffset);
            var reason = JsonExceptionPosition.Replace(exception.Message, string.Empty);
            AddFatal(SnapshotProblemKind.InvalidJson, $"The snapshot is not valid JSON: {reason}", new SourceSpan(start, 0));
        }
    }

    private static bool IsBlank(byte[] utf8)
    {
        foreach (var value in utf8)
        {
            if (value is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private void ParseRoot(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddFatal(SnapshotProblemKind.WrongShape, $"The snapshot's root must be a JSON object with a 'runtime_stacks' array, found {Describe(reader.TokenType)}.", TokenSpan(ref reader));
            reader.Skip();
            return;
        }

        var rootSpan = TokenSpan(ref reader);
        var sawRuntimeStacks = false;
        var sawMetadata = false;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameSpan = TokenSpan(ref reader);
            if (reader.ValueTextEquals(SnapshotFormat.RuntimeStacksProperty))
            {
                reader.Read();
                if (sawRuntimeStacks)
                {
                    AddFatal(SnapshotProblemKind.WrongShape, "'runtime_stacks' appears more than once in the root object; keep one array.", nameSpan);
                    reader.Skip();
                    continue;
                }

                sawRuntimeStacks = true;
                ParseRuntimeStacks(ref reader);
            }
            else if (reader.ValueTextEquals(SnapshotFormat.MetadataProperty))
            {
                reader.Read();
                if (sawMetadata)
                {
                    AddWarning(SnapshotProblemKind.InvalidField, "'snapshot' appears more than once in the root object; the first one is used.", nameSpan);
                    reader.Skip();
                    continue;
                }

                sawMetadata = true;
                ParseMetadata(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (!sawRuntimeStacks)
        {
            AddFatal(SnapshotProblemKind.WrongShape, "The snapshot's root object has no 'runtime_stacks' array; add one, empty if the catalog has no images.", rootSpan);
        }
    }

    private void ParseRuntimeStacks(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            AddFatal(SnapshotProblemKind.WrongShape, $"'runtime_stacks' must be an array, found {Describe(reader.TokenType)}.", TokenSpan(ref reader));
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ParseEntry(ref reader);
        }
    }

    private void ParseEntry(ref Utf8JsonReader reader)
    {
        var entrySpan = TokenSpan(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddWarning(SnapshotProblemKind.InvalidField, $"Each item of 'runtime_stacks' must be an object with 'type' and 'url', found {Describe(reader.TokenType)}; the item is skipped.", entrySpan);
            reader.Skip();
            return;
        }

        StringField type = default;
        StringField url = default;
        var valid = true;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(SnapshotFormat.TypeProperty))
            {
                valid &= ReadEntryString(ref reader, SnapshotFormat.TypeProperty, ref type);
            }
            else if (reader.ValueTextEquals(SnapshotFormat.UrlProperty))
            {
                valid &= ReadEntryString(ref reader, SnapshotFormat.UrlProperty, ref url);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (!valid)
        {
            return;
        }

        if (!RequireNonEmpty(type, SnapshotFormat.TypeProperty, entrySpan) | !RequireNonEmpty(url, SnapshotFormat.UrlProperty, entrySpan))
        {
            return;
        }

        AddEntry(type.Value!, url.Value!, url.Span);
    }

    private bool ReadEntryString(ref Utf8JsonReader reader, string property, ref StringField field)
    {
        var nameSpan = TokenSpan(ref reader);
        reader.Read();
        var valueSpan = TokenSpan(ref reader);

        if (field.IsPresent)
        {
            AddWarning(SnapshotProblemKind.InvalidField, $"'{property}' appears more than once in this entry; keep one. The entry is skipped.", nameSpan);
            reader.Skip();
            return false;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            AddWarning(SnapshotProblemKind.InvalidField, $"'{property}' must be a string, found {Describe(reader.TokenType)}; the entry is skipped.", valueSpan);
            reader.Skip();
            field = new StringField(null, valueSpan, IsPresent: true);
            return false;
        }

        field = new StringField(ReadString(ref reader), valueSpan, IsPresent: true);
        return true;
    }

    private bool RequireNonEmpty(StringField field, string property, SourceSpan entrySpan)
    {
        if (!field.IsPresent)
        {
            AddWarning(SnapshotProblemKind.InvalidField, $"This entry has no '{property}'; each entry needs a 'type' and a 'url'. The entry is skipped.", entrySpan);
            return false;
        }

        if (field.Value!.Length == 0)
        {
            AddWarning(SnapshotProblemKind.InvalidField, $"'{property}' is empty; the entry is skipped.", field.Span);
            return false;
        }

        return true;
    }

    private void AddEntry(string type, string url, SourceSpan urlSpan)
    {
        if (!ImageReferenceParser.TryParse(url, out var reference, out var error))
        {
            AddWarning(SnapshotProblemKind.InvalidImageReference, $"The url '{url}' is not a valid image reference: {error}. The entry is skipped.", urlSpan);
            return;
        }

        if (_entriesByUrl.TryGetValue(url, out var first))
        {
            var message = first.Type == type
                ? $"The {type} image '{url}' is listed more than once; the later entry is skipped. Remove the duplicate."
                : $"The image '{url}' is listed as both {first.Type} and {type}; the {type} entry is skipped. Keep the entry with the right type.";
            AddWarning(SnapshotProblemKind.DuplicateEntry, message, urlSpan);
            return;
        }

        var entry = new SnapshotEntry(type, url, reference!, urlSpan);
        _entriesByUrl.Add(url, entry);
        _entries.Add(entry);
    }

    private void ParseMetadata(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddWarning(SnapshotProblemKind.InvalidField, $"'snapshot' must be an object with the snapshot's metadata, found {Describe(reader.TokenType)}; it is ignored.", TokenSpan(ref reader));
            reader.Skip();
            return;
        }

        int? format = null;
        string? region = null;
        string? endpoint = null;
        DateTimeOffset? fetchedAt = null;
        SourceSpan? fetchedAtSpan = null;
        string? source = null;
        string? tool = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(SnapshotFormat.FormatProperty))
            {
                reader.Read();
                format = ReadFormat(ref reader);
            }
            else if (reader.ValueTextEquals(SnapshotFormat.FetchedAtProperty))
            {
                reader.Read();
                fetchedAtSpan = TokenSpan(ref reader);
                fetchedAt = ReadFetchedAt(ref reader);
            }
            else if (reader.ValueTextEquals(SnapshotFormat.RegionProperty))
            {
                reader.Read();
                region = ReadMetadataString(ref reader, SnapshotFormat.RegionProperty);
            }
            else if (reader.ValueTextEquals(SnapshotFormat.EndpointProperty))
            {
                reader.Read();
                endpoint = ReadMetadataString(ref reader, SnapshotFormat.EndpointProperty);
            }
            else if (reader.ValueTextEquals(SnapshotFormat.SourceProperty))
            {
                reader.Read();
                source = ReadMetadataString(ref reader, SnapshotFormat.SourceProperty);
            }
            else if (reader.ValueTextEquals(SnapshotFormat.ToolProperty))
            {
                reader.Read();
                tool = ReadMetadataString(ref reader, SnapshotFormat.ToolProperty);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        _metadata = new SnapshotMetadata(format, region, endpoint, fetchedAt, source, tool)
        {
            FetchedAtSpan = fetchedAt is null ? null : fetchedAtSpan,
        };
    }

    private int? ReadFormat(ref Utf8JsonReader reader)
    {
        var span = TokenSpan(ref reader);
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var format) || format < 1)
        {
            AddFatal(SnapshotProblemKind.WrongShape, $"'snapshot.format' must be a positive whole number such as {SnapshotFormat.CurrentVersion}, found {DescribeValue(ref reader)}.", span);
            reader.Skip();
            return null;
        }

        if (format > SnapshotFormat.CurrentVersion)
        {
            AddFatal(SnapshotProblemKind.WrongShape, $"The snapshot has format version {format}, but this version of ServiceStage.InnerImages reads only up to version {SnapshotFormat.CurrentVersion}; update the ServiceStage.InnerImages package.", span);
        }

        return format;
    }

    private DateTimeOffset? ReadFetchedAt(ref Utf8JsonReader reader)
    {
        var span = TokenSpan(ref reader);
        var text = reader.TokenType == JsonTokenType.String ? ReadString(ref reader) : null;
        if (text is null && reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (text is not null && TryParseUtcTime(text, out var value))
        {
            return value;
        }

        AddWarning(SnapshotProblemKind.InvalidField, $"'snapshot.fetched_at' must be a UTC time in ISO 8601 form such as '2026-01-31T08:00:00Z', found {DescribeValue(ref reader)}; it is ignored.", span);
        reader.Skip();
        return null;
    }

    private string? ReadMetadataString(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadString(ref reader);
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            AddWarning(SnapshotProblemKind.InvalidField, $"'snapshot.{property}' must be a string, found {Describe(reader.TokenType)}; it is ignored.", TokenSpan(ref reader));
            reader.Skip();
        }

        return null;
    }

    /// <summary>Parses an ISO 8601 time with a 'Z' or an offset, and converts it to UTC.</summary>
    public static bool TryParseUtcTime(string text, out DateTimeOffset value)
    {
        var formats = new[] { "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" };
        var parsed = DateTimeOffset.TryParseExact(
            text,
            formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
        return parsed;
    }

    // Decodes a string token exactly. System.Text.Json's GetString rejects escaped lone
    // surrogates such as "\ud800", so this decoder keeps them and the generated code gets
    // the value that the file contains.
    private static string ReadString(ref Utf8JsonReader reader)
    {
        var raw = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
        if (!reader.ValueIsEscaped)
        {
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var character = raw[i];
            if (character != '\\')
            {
                builder.Append(character);
                continue;
            }

            var escape = raw[++i];
            switch (escape)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)int.Parse(raw.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    // '"', '\\' and '/' stand for themselves; the reader has rejected any other escape.
                    builder.Append(escape);
                    break;
            }
        }

        return builder.ToString();
    }

    private SourceSpan TokenSpan(ref Utf8JsonReader reader)
    {
        var startByte = reader.TokenStartIndex;
        long lengthInBytes = reader.TokenType switch
        {
            JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length + 2,
            JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray => 1,
            _ => reader.ValueSpan.Length,
        };

        var start = _offsets.ToCharOffset(startByte);
        var end = _offsets.ToCharOffset(startByte + lengthInBytes);
        return new SourceSpan(start, end - start);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string DescribeValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.Number => $"{Describe(reader.TokenType)} '{Encoding.UTF8.GetString(reader.ValueSpan.ToArray())}'",
        _ => Describe(reader.TokenType),
    };

    private void AddFatal(SnapshotProblemKind kind, string message, SourceSpan span) =>
        _problems.Add(new SnapshotProblem(kind, IsFatal: true, message, span));

    private void AddWarning(SnapshotProblemKind kind, string message, SourceSpan span) =>
        _problems.Add(new SnapshotProblem(kind, IsFatal: false, message, span));

    private readonly record struct StringField(string? Value, SourceSpan Span, bool IsPresent);
}
