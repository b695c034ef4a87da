using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>Reads an existing snapshot with the parser that the source generator uses.</summary>
public static class SnapshotReader
{
    /// <summary>Reads the file at <paramref name="path"/>; I/O errors propagate.</summary>
    public static SnapshotContent ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Read(bytes, path);
    }

    /// <summary>Reads snapshot bytes; <paramref name="displayPath"/> prefixes the problem messages.</summary>
    public static SnapshotContent Read(byte[] bytes, string displayPath)
    {
        var text = Decode(bytes);
        var document = SnapshotParser.Parse(text);

        var stacks = document.Entries
            .Select(entry => new RuntimeStack(entry.Type, entry.Url))
            .ToArray();
        var problems = document.Problems
            .Select(problem => Locate(displayPath, text, problem.Span.Start) + ": " + problem.Message)
            .ToArray();
        var metadata = document.Metadata;

        return new SnapshotContent(
            bytes,
            document.IsUsable,
            stacks,
            problems,
            metadata?.Region,
            metadata?.Endpoint,
            metadata?.FetchedAt,
            metadata?.Tool);
    }

    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }

    // Formats a character offset as "path(line,column)" with both counted from 1, the form
    // that compilers and editors recognise.
    private static string Locate(string path, string text, int offset)
    {
        var line = 1;
        var column = 1;
        var end = Math.Min(offset, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return $"{path}({line},{column})";
    }
}
