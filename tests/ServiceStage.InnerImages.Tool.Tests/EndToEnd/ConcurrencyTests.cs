using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ServiceStage.InnerImages.Client.Files;
using ServiceStage.InnerImages.Client.Snapshots;
using ServiceStage.InnerImages.Tool.Tests.Fakes;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task EightConcurrentRuns_LeaveOneWholeFile()
    {
        await using var harness = await ToolHarness.StartAsync();

        // Each request gets a different catalog, so a mixed file would show.
        harness.Server.Respond = async (context, number) =>
        {
            await Task.Delay(20 * (number % 3), context.RequestAborted);
            var catalog = Enumerable.Range(0, 50)
                .Select(index => ("Java", $"swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:{number}-1.0.{index}"));
            await FakeServiceStage.WriteCatalogAsync(context, catalog);
        };

        var runs = Enumerable.Range(0, 8).Select(_ => Task.Run(() => harness.RunSnapshotAsync())).ToArray();
        var results = await Task.WhenAll(runs);

        foreach (var result in results)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        var content = SnapshotReader.ReadFile(harness.OutputPath);
        Assert.True(content.IsUsable);
        Assert.Empty(content.Problems);
        Assert.Equal(50, content.Stacks.Count);
        var tags = content.Stacks.Select(stack => stack.Url.Split(':')[1].Split('-')[0]).Distinct();
        Assert.Single(tags);
        Assert.Equal(new[] { "snapshot.json" }, Directory.GetFiles(harness.Folder).Select(Path.GetFileName));
        Assert.Single(Directory.GetFiles(harness.LockFolder));
        Assert.Equal(8, harness.Server.RequestCount);
    }

    [Fact]
    public async Task HeldLock_MakesRunExitTwo()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput("{\"runtime_stacks\": []}\n");
        harness.LockTimeout = TimeSpan.FromMilliseconds(300);
        using var heldLock = await SnapshotFileLock.AcquireAsync(harness.OutputPath, TimeSpan.FromSeconds(5), harness.LockFolder);

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("Another run kept", result.Error);
    }

    [Fact]
    public async Task Lock_IsReleasedOnDispose()
    {
        await using var harness = await ToolHarness.StartAsync();
        var first = await SnapshotFileLock.AcquireAsync(harness.OutputPath, TimeSpan.FromSeconds(1), harness.LockFolder);
        var waiting = SnapshotFileLock.AcquireAsync(harness.OutputPath, TimeSpan.FromSeconds(10), harness.LockFolder);
        await Task.Delay(150);
        Assert.False(waiting.IsCompleted);

        first.Dispose();
        using var second = await waiting;

        Assert.Equal(first.LockPath, second.LockPath);
        Assert.Equal(harness.LockFolder, Path.GetDirectoryName(second.LockPath));
    }

    [Fact]
    public void LockPath_IsOutsideSnapshotFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "some-repository");
        var lockPath = SnapshotFileLock.GetLockPath(Path.Combine(folder, "snapshot.json"));

        Assert.NotEqual(folder, Path.GetDirectoryName(lockPath));
        Assert.Equal(lockPath, SnapshotFileLock.GetLockPath(Path.Combine(folder, ".", "snapshot.json")));
        Assert.NotEqual(lockPath, SnapshotFileLock.GetLockPath(Path.Combine(folder, "other.json")));
    }
}
