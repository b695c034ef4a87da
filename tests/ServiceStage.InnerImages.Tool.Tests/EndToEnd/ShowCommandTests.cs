using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

public sealed class ShowCommandTests
{
    [Fact]
    public async Task Show_PrintsTable()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.SeedOutput(
            """
            {
              "snapshot": {"format": 1, "region": "ap-southeast-1", "fetched_at": "2026-01-31T08:00:00Z", "tool": "innerimages 0.1.0"},
              "runtime_stacks": [
                {"type": "Tomcat", "url": "100.125.0.78:20202/op_svc_cse/tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0"},
                {"type": "Java", "url": "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6"}
              ]
            }
            """);

        var result = await harness.RunAsync(new[] { "show", harness.OutputPath }, new Dictionary<string, string>());

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected =
            $"{harness.OutputPath}: region ap-southeast-1, fetched 2026-01-31T08:00:00Z, by innerimages 0.1.0, 2 images\n" +
            "\n" +
            "TYPE    IMAGE                      REGISTRY                              TAG\n" +
            "Java    op_svc_cse/openjdk-x86_64  swr.ap-southeast-1.myhuaweicloud.com  17-1.3.6\n" +
            "Tomcat  op_svc_cse/tomcat-x86_64   100.125.0.78:20202                    8.5.51-jdk8-openjdk-slim-int-1.0\n";
        Assert.Equal(expected, result.Output.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Show_WarnsAboutSkippedEntries()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.SeedOutput("""{"runtime_stacks": [{"type": "Java", "url": "openjdk"}, {"type": "Java", "url": "swr.example.com/a/b:1"}]}""");

        var result = await harness.RunAsync(new[] { "show", harness.OutputPath }, new Dictionary<string, string>());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning: " + harness.OutputPath + "(1,", result.Error);
        Assert.Contains("swr.example.com", result.Output);
    }

    [Fact]
    public async Task Show_InvalidFileExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.SeedOutput("{\"runtime_stacks\": {}}");

        var result = await harness.RunAsync(new[] { "show", harness.OutputPath }, new Dictionary<string, string>());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'runtime_stacks' must be an array, found an object", result.Error);
    }

    [Fact]
    public async Task Show_ReadsRepositorySnapshot()
    {
        await using var harness = await ToolHarness.StartAsync();
        var snapshot = Path.Combine(FindRepositoryRoot(), "snapshot.json");

        var result = await harness.RunAsync(new[] { "show", snapshot }, new Dictionary<string, string>());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("op_svc_cse/openjdk-x86_64", result.Output);
    }

    [Fact]
    public async Task Show_MissingFileExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunAsync(new[] { "show", Path.Combine(harness.Folder, "none.json") }, new Dictionary<string, string>());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be read", result.Error);
    }

    // The test assembly runs from tests/<project>/bin/<configuration>/<framework>, below the
    // folder that contains Generator.sln.
    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Generator.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("No folder above the test assembly contains Generator.sln.");
    }
}
