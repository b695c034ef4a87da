using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using ServiceStage.InnerImages.Client.Snapshots;
using ServiceStage.InnerImages.Snapshots;
using ServiceStage.InnerImages.Tool.Output;

namespace ServiceStage.InnerImages.Tool.Commands;

/// <summary>Defines <c>innerimages show</c>, which prints a snapshot as a table of type, image, registry and tag.</summary>
internal static class ShowCommand
{
    public static Command Create(ToolContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "The snapshot file to show.",
            DefaultValueFactory = _ => "snapshot.json",
        };
        var verbosity = CommonOptions.CreateVerbosityOption();

        var command = new Command("show", "Prints a snapshot as a table: stack type, image, registry and tag.")
        {
            file, verbosity,
        };

        command.SetAction(parseResult => Run(context, parseResult.GetValue(file)!, parseResult.GetValue(verbosity)!));
        return command;
    }

    private static int Run(ToolContext context, string path, string verbosity)
    {
        using var loggerFactory = CommonOptions.CreateLoggerFactory(context, verbosity);
        var logger = loggerFactory.CreateLogger("innerimages");

        SnapshotContent snapshot;
        try
        {
            snapshot = SnapshotReader.ReadFile(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogError("The snapshot '{Path}' cannot be read: {Reason}", path, exception.Message);
            return ExitCodes.InvalidUsage;
        }

        foreach (var problem in snapshot.Problems)
        {
            if (snapshot.IsUsable)
            {
                logger.LogWarning("{Problem}", problem);
            }
            else
            {
                logger.LogError("{Problem}", problem);
            }
        }

        if (!snapshot.IsUsable)
        {
            return ExitCodes.InvalidUsage;
        }

        PrintHeader(context.Output, path, snapshot);
        PrintTable(context.Output, snapshot.Stacks);
        return ExitCodes.Success;
    }

    private static void PrintHeader(TextWriter output, string path, SnapshotContent snapshot)
    {
        var details = new List<string>();
        if (snapshot.Region is not null)
        {
            details.Add($"region {snapshot.Region}");
        }

        if (snapshot.FetchedAt is { } fetchedAt)
        {
            details.Add("fetched " + fetchedAt.UtcDateTime.ToString(SnapshotFormat.FetchedAtFormat, CultureInfo.InvariantCulture));
        }

        if (snapshot.Tool is not null)
        {
            details.Add($"by {snapshot.Tool}");
        }

        details.Add(DiffPrinter.CountImages(snapshot.Stacks.Count));
        output.WriteLine($"{path}: {string.Join(", ", details)}");
        output.WriteLine();
    }

    private static void PrintTable(TextWriter output, IReadOnlyList<RuntimeStack> stacks)
    {
        var rows = new List<string[]> { new[] { "TYPE", "IMAGE", "REGISTRY", "TAG" } };
        foreach (var stack in stacks.Order())
        {
            rows.Add(ToRow(stack));
        }

        var widths = Enumerable.Range(0, 4).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    // The reader keeps only entries whose url parses, so the parse below succeeds; the
    // fallback only guards against the two parsers drifting apart.
    private static string[] ToRow(RuntimeStack stack)
    {
        if (!ImageReferenceParser.TryParse(stack.Url, out var parts, out _) || parts is null)
        {
            return new[] { stack.StackType, stack.Url, "?", "?" };
        }

        var tag = parts.Tag ?? "-";
        if (parts.Digest is not null)
        {
            tag = parts.Tag is null ? "@" + parts.Digest : $"{parts.Tag}@{parts.Digest}";
        }

        return new[] { stack.StackType, parts.Repository, parts.Registry, tag };
    }
}
