using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ServiceStage.InnerImages.Client.Snapshots;
using ServiceStage.InnerImages.Tool.Tests.Fakes;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

public sealed class SnapshotCommandTests
{
    private static readonly DateTimeOffset FetchTime = new(2026, 1, 31, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Snapshot_WritesCanonicalFile()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.TimeProvider = FixedTimeProvider.At(FetchTime);

        var result = await harness.RunAsync(harness.SnapshotArgs(), ToolHarness.TokenEnvironment());

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected =
            "{\n" +
            "  \"snapshot\": {\n" +
            "    \"format\": 1,\n" +
            "    \"region\": \"ap-southeast-1\",\n" +
            $"    \"endpoint\": \"{harness.Server.EndpointText}\",\n" +
            "    \"fetched_at\": \"2026-01-31T08:00:00Z\",\n" +
            "    \"source\": \"ServiceStage API GET /v3/{project_id}/cas/innerimages\",\n" +
            $"    \"tool\": \"{ToolVersion.Describe()}\"\n" +
            "  },\n" +
            "  \"runtime_stacks\": [\n" +
            Entry("Java", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6") + ",\n" +
            Entry("Java", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:8-1.1.7") + ",\n" +
            Entry("Nodejs", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/node-x86_64:18-1.3.5") + ",\n" +
            Entry("Python", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:3-int-1.0") + ",\n" +
            Entry("Tomcat", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0") + "\n" +
            "  ]\n" +
            "}\n";
        var bytes = harness.ReadOutput();
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Contains("Wrote", result.Output);
    }

    [Fact]
    public async Task Snapshot_FileIsReadableByGeneratorParser()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        var content = SnapshotReader.ReadFile(harness.OutputPath);
        Assert.True(content.IsUsable);
        Assert.Empty(content.Problems);
        Assert.Equal(5, content.Stacks.Count);
        Assert.Equal("ap-southeast-1", content.Region);
        Assert.Equal(harness.Server.EndpointText, content.Endpoint);
    }

    [Fact]
    public async Task Snapshot_SignsWithAccessKey()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Assert.Single(harness.Server.Requests);
        Assert.StartsWith("SDK-HMAC-SHA256 Access=" + ToolHarness.AccessKey, request.Header("Authorization"));
        Assert.Null(request.Header("X-Auth-Token"));
        Assert.Equal(harness.Server.ProjectId, request.Header("X-Project-Id"));
        Assert.Equal("application/json;charset=utf8", request.Header("Content-Type"));
    }

    [Fact]
    public async Task Snapshot_SignsSecurityTokenOfTemporaryCredentials()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.SecurityToken = "temporary-security-token";
        var environment = ToolHarness.AccessKeyEnvironment();
        environment["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = "temporary-security-token";

        var result = await harness.RunAsync(harness.SnapshotArgs(), environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("x-security-token", Assert.Single(harness.Server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Snapshot_UsesTerraformVariableNames()
    {
        await using var harness = await ToolHarness.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["HW_ACCESS_KEY"] = ToolHarness.AccessKey,
            ["HW_SECRET_KEY"] = ToolHarness.SecretKey,
            ["HW_PROJECT_ID"] = harness.Server.ProjectId,
            ["HW_REGION_NAME"] = ToolHarness.Region,
        };
        var args = new[] { "snapshot", "--endpoint", harness.Server.EndpointText, "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ToolHarness.Region, SnapshotReader.ReadFile(harness.OutputPath).Region);
    }

    [Fact]
    public async Task Snapshot_ReadsEndpointFromSdkVariable()
    {
        await using var harness = await ToolHarness.StartAsync();
        var environment = ToolHarness.AccessKeyEnvironment();
        environment["HUAWEICLOUD_SDK_REGION_SERVICESTAGE_AP_SOUTHEAST_1"] = harness.Server.EndpointText;
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", harness.Server.ProjectId, "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Snapshot_TokenWinsOverAccessKey()
    {
        await using var harness = await ToolHarness.StartAsync();
        var environment = ToolHarness.AccessKeyEnvironment();
        environment["INNERIMAGES_AUTH_TOKEN"] = ToolHarness.Token;

        var result = await harness.RunAsync(harness.SnapshotArgs("--verbosity", "normal"), environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(ToolHarness.Token, request.Header("X-Auth-Token"));
        Assert.Null(request.Header("Authorization"));
        Assert.Null(request.Header("X-Sdk-Date"));
        Assert.Contains("using the token", result.Error);
    }

    [Fact]
    public async Task Snapshot_ReadsTokenFile()
    {
        await using var harness = await ToolHarness.StartAsync();
        var tokenFile = Path.Combine(harness.Folder, "token.txt");
        File.WriteAllText(tokenFile, ToolHarness.Token + "\n");

        var result = await harness.RunAsync(harness.SnapshotArgs("--token-file", tokenFile), new Dictionary<string, string>());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ToolHarness.Token, Assert.Single(harness.Server.Requests).Header("X-Auth-Token"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/")]
    [InlineData("http://127.0.0.1:{0}")]
    [InlineData("http://localhost:{0}")]
    public async Task Snapshot_SignedPathMatchesSentPath(string endpointFormat)
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.ProjectId = "team a+b";
        var endpoint = string.Format(CultureInfo.InvariantCulture, endpointFormat, harness.Server.Endpoint.Port);
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", "team a+b", "--endpoint", endpoint, "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("/v3/team%20a%2Bb/cas/innerimages", Assert.Single(harness.Server.Requests).RawTarget);
    }

    [Fact]
    public async Task Snapshot_KeepsEndpointPathPrefix()
    {
        await using var harness = await ToolHarness.StartAsync();
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", harness.Server.ProjectId, "--endpoint", harness.Server.EndpointText + "/gateway/", "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"/gateway/v3/{harness.Server.ProjectId}/cas/innerimages", Assert.Single(harness.Server.Requests).RawTarget);
    }

    [Fact]
    public async Task Snapshot_SignsUnderThaiCulture()
    {
        await using var harness = await ToolHarness.StartAsync();
        var previous = CultureInfo.CurrentCulture;
        ToolResult result;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            result = await harness.RunSnapshotAsync();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.True(result.ExitCode == 0, result.ToString());
        var sdkDate = Assert.Single(harness.Server.Requests).Header("X-Sdk-Date")!;
        Assert.StartsWith(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), sdkDate);
        Assert.Contains("\"fetched_at\": \"" + DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), harness.ReadOutputText());
    }

    [Fact]
    public async Task Snapshot_SameCatalogLeavesFileAlone()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.TimeProvider = FixedTimeProvider.At(FetchTime);
        await harness.RunAsync(harness.SnapshotArgs(), ToolHarness.TokenEnvironment());
        var before = harness.ReadOutput();
        var writeTime = File.GetLastWriteTimeUtc(harness.OutputPath);
        harness.Server.Catalog.Reverse();
        harness.TimeProvider = FixedTimeProvider.At(FetchTime.AddDays(3));

        var result = await harness.RunAsync(harness.SnapshotArgs(), ToolHarness.TokenEnvironment());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, harness.ReadOutput());
        Assert.Equal(writeTime, File.GetLastWriteTimeUtc(harness.OutputPath));
        Assert.Contains("is up to date (5 images)", result.Output);
    }

    [Fact]
    public async Task Snapshot_NewerToolVersionAloneLeavesFileAlone()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        var older = harness.ReadOutputText().Replace(ToolVersion.Describe(), "innerimages 0.0.1");
        var before = harness.SeedOutput(older);

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, harness.ReadOutput());
    }

    [Fact]
    public async Task Snapshot_RewritesNonCanonicalFile()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        var canonical = harness.ReadOutput();
        harness.SeedOutput(harness.ReadOutputText().Replace("\n", "\r\n"));

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain((byte)'\r', harness.ReadOutput());
        Assert.Equal(canonical.Length, harness.ReadOutput().Length);
        Assert.Contains("no image changed, but its metadata or formatting is not the canonical form", result.Output);
    }

    [Fact]
    public async Task Snapshot_PrintsChangesPerStack()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        harness.Server.Catalog = new()
        {
            ("Java", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.7"),
            ("Java", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:8-1.1.7"),
            ("Nodejs", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/node-x86_64:18-1.3.5"),
            ("Nodejs", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-x86_64:20-1.0.0"),
            ("Python", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:3-int-1.0"),
        };

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "Java",
                "  ~ swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6 -> swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.7",
                "Nodejs",
                "  + swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-x86_64:20-1.0.0",
                "Tomcat",
                "  - swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0",
                $"Updated {harness.OutputPath}: 1 added, 1 removed, 1 changed in 3 stack types (5 images).",
            },
            lines);
    }

    [Fact]
    public async Task Snapshot_KeepsUnknownTypesAndIgnoresUnknownFields()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteJsonAsync(
            context,
            """
            {"total": 2, "runtime_stacks": [
              {"type": "Go", "url": "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/go-x86_64:1.22-1.0.0", "arch": "x86_64"},
              {"type": "Java", "url": "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6"},
              {"type": "Java", "url": "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6"}
            ]}
            """);

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        var stacks = SnapshotReader.ReadFile(harness.OutputPath).Stacks;
        Assert.Equal(new[] { "Go", "Java" }, stacks.Select(stack => stack.StackType));
        Assert.DoesNotContain("arch", harness.ReadOutputText());
        Assert.DoesNotContain("total", harness.ReadOutputText());
    }

    [Fact]
    public async Task Check_MatchingFileExitsZero()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        var before = harness.ReadOutput();

        var result = await harness.RunSnapshotAsync("--check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("matches the live catalog (5 images)", result.Output);
    }

    [Fact]
    public async Task Check_DifferentCatalogExitsOne()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        var before = harness.ReadOutput();
        harness.Server.Catalog.Add(("Php", "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:8-1.0.0"));

        var result = await harness.RunSnapshotAsync("--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("Php\n  + swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:8-1.0.0", result.Output);
        Assert.Contains("differs from the live catalog: 1 added, 0 removed, 0 changed in 1 stack type", result.Output);
    }

    [Fact]
    public async Task Check_DifferentRegionExitsOne()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        var edited = harness.SeedOutput(harness.ReadOutputText().Replace("\"region\": \"ap-southeast-1\"", "\"region\": \"cn-north-4\""));

        var result = await harness.RunSnapshotAsync("--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(edited, harness.ReadOutput());
        Assert.Contains("its region is 'cn-north-4', not 'ap-southeast-1'", result.Output);
    }

    [Fact]
    public async Task Check_MissingFileExitsOne()
    {
        await using var harness = await ToolHarness.StartAsync();

        var result = await harness.RunSnapshotAsync("--check");

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(harness.OutputPath));
        Assert.Contains("does not exist", result.Output);
    }

    [Fact]
    public async Task Snapshot_ReplacesInvalidExistingFile()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.SeedOutput("<<< merge conflict");

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(SnapshotReader.ReadFile(harness.OutputPath).IsUsable);
        Assert.Contains("cannot be used and will be replaced", result.Error);
    }

    [Fact]
    public async Task Snapshot_WarnsAboutAddressTheGeneratorSkips()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Catalog.Add(("Java", "openjdk:latest"));

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("openjdk:latest", harness.ReadOutputText());
        Assert.Contains("source generator will skip", result.Error);
    }

    [Fact]
    public async Task Check_NamesChangeAmongSkippedEntries()
    {
        await using var harness = await ToolHarness.StartAsync();
        await harness.RunSnapshotAsync();
        harness.Server.Catalog.Add(("Java", "openjdk:17"));

        var check = await harness.RunSnapshotAsync("--check");
        var update = await harness.RunSnapshotAsync();
        var again = await harness.RunSnapshotAsync("--check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("the entries that the source generator skips differ (1 in the live catalog, 0 in the file)", check.Output);
        Assert.DoesNotContain("formatting", check.Output);
        Assert.Contains("the entries that the source generator skips differ", update.Output);
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    [Fact]
    public async Task Snapshot_KeepsUnixFileMode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var harness = await ToolHarness.StartAsync();
        harness.SeedOutput("{\"runtime_stacks\": []}");
        File.SetUnixFileMode(harness.OutputPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(harness.OutputPath));
    }

    private static string Entry(string type, string url) =>
        "    {\n" +
        $"      \"type\": \"{type}\",\n" +
        $"      \"url\": \"{url}\"\n" +
        "    }";
}
