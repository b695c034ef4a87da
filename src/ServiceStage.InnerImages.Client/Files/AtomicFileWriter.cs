using System;
using System.IO;

namespace ServiceStage.InnerImages.Client.Files;

/// <summary>
/// Replaces a file's content in one step: the bytes go to a temporary file in the same
/// folder, are flushed to disk, and the temporary file is renamed over the target. Readers
/// see the old file or the new one, never a mix, and an interrupted run leaves the old file.
/// </summary>
public static class AtomicFileWriter
{
    public static void Write(string path, byte[] bytes)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;

        // The same folder keeps the rename on one file system, where it is atomic.
        var temporaryPath = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");

        try
        {
            using (var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            CopyUnixFileMode(fullPath, temporaryPath);

            // NOTE: the folder itself is not flushed after the rename (.NET has no API for
            // it), so a power loss right after it may still bring back the old file, whole.
            File.Move(temporaryPath, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }
    }

    // A new file gets the default permissions, so the target's are carried over.
    private static void CopyUnixFileMode(string fullPath, string temporaryPath)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(fullPath))
        {
            return;
        }

        File.SetUnixFileMode(temporaryPath, File.GetUnixFileMode(fullPath));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The failure being reported matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
