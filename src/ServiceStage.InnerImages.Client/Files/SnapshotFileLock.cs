using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ServiceStage.InnerImages.Client.Files;

/// <summary>
/// An exclusive lock that serializes the runs that write one snapshot, across processes.
/// </summary>
/// <remarks>
/// The lock is a file in the temporary folder whose name is a hash of the snapshot's full
/// path, held open with <see cref="FileShare.None"/>; the operating system releases it when the
/// process ends, even after a crash. The lock file is not created beside the snapshot because
/// it would show up in the working tree. It is never deleted: deleting it while another run
/// waits on it would let a third run lock a new file at the same path.
/// NOTE: runs that see different temporary folders (different TMPDIR or containers) do not
/// exclude each other; the atomic rename still keeps each written file whole.
/// </remarks>
public sealed class SnapshotFileLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private SnapshotFileLock(FileStream stream, string lockPath)
    {
        _stream = stream;
        LockPath = lockPath;
    }

    /// <summary>The lock file's path.</summary>
    public string LockPath { get; }

    /// <summary>Returns the lock file path for <paramref name="snapshotPath"/>.</summary>
    /// <param name="lockFolder">The folder of the lock file; null uses the temporary folder.</param>
    public static string GetLockPath(string snapshotPath, string? lockFolder = null)
    {
        var fullPath = Path.GetFullPath(snapshotPath);
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            // These file systems usually ignore case, so both spellings must share one lock.
            fullPath = fullPath.ToUpperInvariant();
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath)), 0, 12).ToLowerInvariant();
        return Path.Combine(lockFolder ?? Path.GetTempPath(), $"innerimages-{hash}.lock");
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the lock on <paramref name="snapshotPath"/>.
    /// </summary>
    /// <param name="lockFolder">The folder of the lock file; null uses the temporary folder.</param>
    /// <exception cref="TimeoutException">Another run held the lock for the whole wait.</exception>
    public static async Task<SnapshotFileLock> AcquireAsync(
        string snapshotPath,
        TimeSpan timeout,
        string? lockFolder = null,
        CancellationToken cancellationToken = default)
    {
        var lockPath = GetLockPath(snapshotPath, lockFolder);
        var deadline = DateTime.UtcNow + timeout;

        while (true)
        {
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new SnapshotFileLock(stream, lockPath);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another run holds the lock; poll again shortly.
            }
            catch (IOException exception)
            {
                throw new TimeoutException(
                    $"Another run kept '{snapshotPath}' locked for {timeout.TotalSeconds:0} s (lock file {lockPath}); wait for it to finish, then try again.",
                    exception);
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stream.Dispose();
}
