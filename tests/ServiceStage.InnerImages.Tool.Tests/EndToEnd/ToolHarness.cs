using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ServiceStage.InnerImages.Client.Http;
using ServiceStage.InnerImages.Tool.Tests.Fakes;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

/// <summary>Runs the tool's entry point in-process against a fake server and a temporary folder.</summary>
public sealed class ToolHarness : IAsyncDisposable
{
    public const string Token = "fake-iam-token-MIIEXAMPLE0123456789";
    public const string AccessKey = "QTWAOYTTINDUT2QVKYUC";
    public const string SecretKey = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
    public const string Region = "ap-southeast-1";

    private ToolHarness(FakeServiceStage server, string folder)
    {
        Server = server;
        Folder = folder;
        OutputPath = Path.Combine(folder, "snapshot.json");
        LockFolder = Path.Combine(folder, "locks");
        Directory.CreateDirectory(LockFolder);
    }

    public FakeServiceStage Server { get; }

    public string Folder { get; }

    public string OutputPath { get; }

    /// <summary>A folder for the tool's lock files, so tests leave none in the temporary folder.</summary>
    public string LockFolder { get; }

    /// <summary>The clock of the tool; null uses the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Adjusts the client options; by default retries wait 10 ms so tests stay fast.</summary>
    public Func<InnerImagesClientOptions, InnerImagesClientOptions> ConfigureClient { get; set; } =
        options => options with { RetryDelay = TimeSpan.FromMilliseconds(10) };

    public static async Task<ToolHarness> StartAsync()
    {
        var server = await FakeServiceStage.StartAsync();
        server.AccessKey = AccessKey;
        server.SecretKey = SecretKey;
        server.Token = Token;

        var folder = Path.Combine(Path.GetTempPath(), "innerimages-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new ToolHarness(server, folder);
    }

    /// <summary>An environment with AK/SK credentials only.</summary>
    public static Dictionary<string, string> AccessKeyEnvironment() => new()
    {
        ["HUAWEICLOUD_SDK_AK"] = AccessKey,
        ["HUAWEICLOUD_SDK_SK"] = SecretKey,
    };

    /// <summary>An environment with a token only.</summary>
    public static Dictionary<string, string> TokenEnvironment() => new()
    {
        ["INNERIMAGES_AUTH_TOKEN"] = Token,
    };

    /// <summary>The usual snapshot arguments against the fake server, followed by <paramref name="extra"/>.</summary>
    public string[] SnapshotArgs(params string[] extra)
    {
        var args = new List<string>
        {
            "snapshot",
            "--region", Region,
            "--project-id", Server.ProjectId,
            "--endpoint", Server.EndpointText,
            "--output", OutputPath,
        };
        args.AddRange(extra);
        return args.ToArray();
    }

    public Task<ToolResult> RunSnapshotAsync(params string[] extra) =>
        RunAsync(SnapshotArgs(extra), AccessKeyEnvironment());

    public async Task<ToolResult> RunAsync(string[] args, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new ToolContext(output, error, environment)
        {
            ConfigureClient = ConfigureClient,
            TimeProvider = TimeProvider ?? System.TimeProvider.System,
            LockTimeout = LockTimeout,
            LockFolder = LockFolder,
        };

        var exitCode = await ToolRunner.RunAsync(args, context, cancellationToken);
        return new ToolResult(exitCode, output.ToString(), error.ToString());
    }

    public byte[] ReadOutput() => File.ReadAllBytes(OutputPath);

    public string ReadOutputText() => File.ReadAllText(OutputPath);

    /// <summary>Writes a snapshot to compare against after a failing run.</summary>
    public byte[] SeedOutput(string text)
    {
        File.WriteAllText(OutputPath, text);
        return File.ReadAllBytes(OutputPath);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
