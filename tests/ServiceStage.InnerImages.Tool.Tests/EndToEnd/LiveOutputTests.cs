using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ServiceStage.InnerImages.Client.Snapshots;
using ServiceStage.InnerImages.Tool.Tests.Fakes;
using Xunit;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

/// <summary><c>--live-output</c>: the fetched catalog, kept for the build's analyzers.</summary>
public sealed class LiveOutputTests
{
    [Fact]
    public async Task Check_WritesLiveCatalogAndKeepsSnapshot()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        var before = harness.ReadOutput();
        harness.Server.Catalog.RemoveAt(0);
        var live = Path.Combine(harness.Folder, "obj", "innerimages", "live-catalog.json");

        var result = await harness.RunSnapshotAsync("--check", "--live-output", live);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        var content = SnapshotReader.ReadFile(live);
        Assert.True(content.IsUsable);
        Assert.Equal(harness.Server.Catalog.Count, content.Stacks.Count);
        Assert.NotNull(content.FetchedAt);
    }

    [Fact]
    public async Task Refresh_WritesLiveCatalogEqualToSnapshot()
    {
        await using var harness = await ToolHarness.StartAsync();
        var live = Path.Combine(harness.Folder, "live.json");

        var result = await harness.RunSnapshotAsync("--live-output", live);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(harness.ReadOutputText(), File.ReadAllText(live));
    }

    [Fact]
    public async Task FailedFetch_WritesNoLiveCatalog()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteErrorAsync(context, 404, "SVCSTG.00100404", "project not found");
        var live = Path.Combine(harness.Folder, "live.json");

        var result = await harness.RunSnapshotAsync("--live-output", live);

        Assert.Equal(3, result.ExitCode);
        Assert.False(File.Exists(live));
        Assert.False(File.Exists(harness.OutputPath));
    }
}
