using System;
using System.IO;
using ServiceStage.InnerImages.Client.Files;

namespace ServiceStage.InnerImages.Tool.Tests.Snapshots;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "innerimages-atomic-" + Guid.NewGuid().ToString("N"));

    public AtomicFileWriterTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public void Write_ReplacesContentAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "snapshot.json");
        File.WriteAllText(path, "old content that is longer than the new one");

        AtomicFileWriter.Write(path, new byte[] { (byte)'n', (byte)'e', (byte)'w' });

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_FailedRenameRemovesTemporaryFile()
    {
        // A folder at the target path makes the final rename fail after the temporary file exists.
        var path = Path.Combine(_folder, "snapshot.json");
        Directory.CreateDirectory(path);

        Assert.ThrowsAny<IOException>(() => AtomicFileWriter.Write(path, new byte[] { 1, 2, 3 }));

        Assert.Empty(Directory.GetFiles(_folder));
        Assert.True(Directory.Exists(path));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }
}
