using System;
using System.IO;
using ServiceStage.InnerImages.Client.Files;
using ServiceStage.InnerImages.Client.Snapshots;

namespace ServiceStage.InnerImages.Tool.Commands;

/// <summary>Checks, reads and writes the snapshot file, turning file system errors into usage errors (exit code 2).</summary>
internal static class OutputPath
{
    /// <summary>Returns the full path of <paramref name="output"/> after checking that its folder exists.</summary>
    public static string Resolve(string output)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(output);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"The output path '{output}' is invalid: {exception.Message}", exception);
        }

        if (Directory.Exists(fullPath))
        {
            throw new UsageException($"The output path '{output}' is a folder; give a file name such as '{Path.Combine(output, "snapshot.json")}'.");
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new UsageException($"The folder of the output file '{output}' does not exist; create it first.");
        }

        return fullPath;
    }

    /// <summary>Reads the existing snapshot, or returns null when there is none.</summary>
    public static SnapshotContent? ReadExisting(string fullPath, string displayPath)
    {
        try
        {
            return File.Exists(fullPath) ? SnapshotReader.ReadFile(fullPath) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The snapshot '{displayPath}' cannot be read: {exception.Message}", exception);
        }
    }

    public static void Write(string fullPath, string displayPath, byte[] bytes)
    {
        try
        {
            AtomicFileWriter.Write(fullPath, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The snapshot '{displayPath}' cannot be written: {exception.Message}. The file was not changed.", exception);
        }
    }
}
