using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

/// <summary>Invalid usage and configuration exit with 2 before any request, and leave the file alone.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task NoCredentials_ExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunAsync(harness.SnapshotArgs(), new Dictionary<string, string>());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No credentials are configured", result.Error);
        Assert.Equal(0, harness.Server.RequestCount);
    }

    [Theory]
    [InlineData("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK is not")]
    [InlineData("HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_AK is not")]
    [InlineData("HW_ACCESS_KEY", "HW_SECRET_KEY is not")]
    public async Task HalfAccessKeyPair_ExitsTwo(string variable, string expected)
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunAsync(harness.SnapshotArgs(), new Dictionary<string, string> { [variable] = "value" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public async Task SdkAndTerraformNames_AreNotMixed()
    {
        await using var harness = await ToolHarness.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["HUAWEICLOUD_SDK_AK"] = ToolHarness.AccessKey,
            ["HW_SECRET_KEY"] = ToolHarness.SecretKey,
        };

        var result = await harness.RunAsync(harness.SnapshotArgs(), environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("HUAWEICLOUD_SDK_SK is not", result.Error);
    }

    [Fact]
    public async Task EmptyTokenFile_ExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();
        var tokenFile = Path.Combine(harness.Folder, "token.txt");
        File.WriteAllText(tokenFile, "  \n");

        var result = await harness.RunAsync(harness.SnapshotArgs("--token-file", tokenFile), ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is empty", result.Error);
    }

    [Fact]
    public async Task MissingTokenFile_ExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunAsync(harness.SnapshotArgs("--token-file", Path.Combine(harness.Folder, "none.txt")), ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be read", result.Error);
    }

    [Fact]
    public async Task MissingProjectId_ExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--endpoint", harness.Server.EndpointText, "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("The project id is missing", result.Error);
    }

    [Theory]
    [InlineData("AP_SOUTHEAST_1")]
    [InlineData("evil.com/x")]
    public async Task InvalidRegion_ExitsTwo(string region)
    {
        await using var harness = await ToolHarness.StartAsync();
        var args = new[] { "snapshot", "--region", region, "--project-id", "p", "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a region id", result.Error);
    }

    [Theory]
    [InlineData("http://192.0.2.10", "plain http")]
    [InlineData("http://servicestage.example.com", "plain http")]
    [InlineData("ftp://127.0.0.1", "must start with https://")]
    [InlineData("https://user:secret@servicestage.example.com", "user name or password")]
    [InlineData("https://servicestage.example.com/?x=1", "query or fragment")]
    [InlineData("servicestage.example.com", "not an absolute URL")]
    public async Task RejectedEndpoint_ExitsTwo(string endpoint, string expected)
    {
        await using var harness = await ToolHarness.StartAsync();
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", "p", "--endpoint", endpoint, "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("secret", result.Error);
    }

    [Fact]
    public async Task LoopbackIpv6Endpoint_IsAccepted()
    {
        await using var harness = await ToolHarness.StartAsync();

        // Nothing listens on [::1] here; the run must get past validation to a network failure.
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", "p", "--endpoint", "http://[::1]:9", "--output", harness.OutputPath, "--timeout", "2" };
        harness.ConfigureClient = options => options with { MaxRetryAttempts = 0 };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.True(result.ExitCode == 4, result.ToString());
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "abc")]
    [InlineData("--verbosity", "loud")]
    [InlineData("--unknown", "x")]
    public async Task InvalidOption_ExitsTwo(string option, string value)
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunAsync(harness.SnapshotArgs(option, value), ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.Equal(0, harness.Server.RequestCount);
    }

    [Fact]
    public async Task MissingOutputFolder_ExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", "p", "--endpoint", harness.Server.EndpointText, "--output", Path.Combine(harness.Folder, "missing", "snapshot.json") };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.Equal(0, harness.Server.RequestCount);
    }

    [Fact]
    public async Task OutputIsFolder_ExitsTwo()
    {
        await using var harness = await ToolHarness.StartAsync();
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", "p", "--endpoint", harness.Server.EndpointText, "--output", harness.Folder };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.Error);
    }

    [Fact]
    public async Task Help_ListsExitCodes()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunAsync(new[] { "snapshot", "--help" }, new Dictionary<string, string>());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--allow-empty", result.Output);
        Assert.Contains("Exit codes:", result.Output);
        Assert.Contains("4  Network failure or timeout", result.Output);
    }

    [Fact]
    public async Task ShowHelp_ListsOnlyItsExitCodes()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunAsync(new[] { "show", "--help" }, new Dictionary<string, string>());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes:", result.Output);
        Assert.Contains("2  Invalid usage, or the file cannot be read", result.Output);
        Assert.DoesNotContain("--check", result.Output);
        Assert.DoesNotContain("Network failure", result.Output);
    }
}
