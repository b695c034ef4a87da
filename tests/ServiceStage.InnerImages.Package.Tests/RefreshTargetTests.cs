using System.Net;
using System.Net.Sockets;
using ServiceStage.InnerImages.Tool.Tests.Fakes;

namespace ServiceStage.InnerImages.Package.Tests;

/// <summary>
/// RefreshInnerImages, CheckInnerImages and the opt-in refresh before compiling, run through
/// the packed package against a fake ServiceStage on 127.0.0.1.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RefreshTargetTests(PackageFixture package) : IAsyncLifetime
{
    private const string Token = "package-test-token";
    private const string Program = "System.Console.WriteLine(ServiceStage.InnerImages.InnerImages.All.Count);";

    private FakeServiceStage _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeServiceStage.StartAsync();
        _server.Token = Token;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Dictionary<string, string?> Credentials => new() { ["INNERIMAGES_AUTH_TOKEN"] = Token };

    private string[] ServiceArguments(params string[] more) =>
    [
        "-p:InnerImagesRegion=ap-southeast-1",
        $"-p:InnerImagesProjectId={_server.ProjectId}",
        $"-p:InnerImagesEndpoint={_server.EndpointText}",
        .. more,
    ];

    [Fact]
    public void Refresh_RewritesSnapshotAndPrintsChanges()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog.Skip(1))).WriteSource("Program.cs", Program);

        var refresh = consumer.Build(Credentials, ServiceArguments("-t:RefreshInnerImages"));

        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.Contains("+ " + _server.Catalog[0].Url, refresh.Output);
        Assert.Contains(_server.Catalog[0].Url, File.ReadAllText(consumer.SnapshotPath));
        Assert.True(File.Exists(consumer.LiveCatalogPath));
        Assert.Equal(0, consumer.Build().ExitCode);
        Assert.Equal(_server.Catalog.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), consumer.Run().Output.Trim());
    }

    [Fact]
    public void Refresh_SnapshotInFolderWithSemicolon()
    {
        var consumer = new Consumer(package, "App", properties: "<InnerImagesSnapshot>../shared%3B config/snapshot.json</InnerImagesSnapshot>")
            .WriteSource("Program.cs", Program);
        var folder = Path.Combine(Path.GetDirectoryName(consumer.Directory)!, "shared; config");
        Directory.CreateDirectory(folder);
        var snapshot = Path.Combine(folder, "snapshot.json");
        File.WriteAllText(snapshot, SnapshotOf(_server.Catalog.Skip(2)));

        var refresh = consumer.Build(Credentials, ServiceArguments("-t:RefreshInnerImages"));
        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.Contains(_server.Catalog[0].Url, File.ReadAllText(snapshot));

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(_server.Catalog.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), consumer.Run().Output.Trim());
    }

    [Fact]
    public void Refresh_UnchangedCatalogKeepsBytes()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot("{ \"runtime_stacks\": [] }").WriteSource("Program.cs", Program);
        Assert.Equal(0, consumer.Build(Credentials, ServiceArguments("-t:RefreshInnerImages")).ExitCode);
        var before = File.ReadAllBytes(consumer.SnapshotPath);
        var liveBefore = File.GetLastWriteTimeUtc(consumer.LiveCatalogPath);
        Thread.Sleep(1100);

        var again = consumer.Build(Credentials, ServiceArguments("-t:RefreshInnerImages"));

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("is up to date", again.Output);
        Assert.Equal(before, File.ReadAllBytes(consumer.SnapshotPath));
        Assert.True(File.GetLastWriteTimeUtc(consumer.LiveCatalogPath) > liveBefore);
    }

    [Fact]
    public void Refresh_ServiceErrorFailsAndKeepsFile()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog)).WriteSource("Program.cs", Program);
        var before = File.ReadAllBytes(consumer.SnapshotPath);
        _server.Respond = (context, _) => FakeServiceStage.WriteErrorAsync(context, 404, "SVCSTG.00100404", "project not found");

        var refresh = consumer.Build(Credentials, ServiceArguments("-t:RefreshInnerImages"));

        Assert.NotEqual(0, refresh.ExitCode);
        Assert.Contains("error SSI022", refresh.Output);
        Assert.Contains("SVCSTG.00100404", refresh.Output);
        Assert.Equal(before, File.ReadAllBytes(consumer.SnapshotPath));
    }

    [Fact]
    public void Refresh_WithoutRegionNamesTheProperty()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog)).WriteSource("Program.cs", Program);

        var refresh = consumer.Build(Credentials, "-t:RefreshInnerImages", $"-p:InnerImagesProjectId={_server.ProjectId}");

        Assert.NotEqual(0, refresh.ExitCode);
        Assert.Contains("error SSI021", refresh.Output);
        Assert.Contains("Set InnerImagesRegion", refresh.Output);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public void Check_FailsOnDifferenceAndLeavesLiveCatalog()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog)).WriteSource("Program.cs", Program);
        Assert.Equal(0, consumer.Build(Credentials, ServiceArguments("-t:RefreshInnerImages")).ExitCode);
        var before = File.ReadAllBytes(consumer.SnapshotPath);
        var dropped = _server.Catalog[1].Url;
        _server.Catalog.RemoveAt(1);

        var check = consumer.Build(Credentials, ServiceArguments("-t:CheckInnerImages"));

        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("error SSI023", check.Output);
        Assert.Contains("- " + dropped, check.Output);
        Assert.Equal(before, File.ReadAllBytes(consumer.SnapshotPath));
        Assert.DoesNotContain(dropped, File.ReadAllText(consumer.LiveCatalogPath));
    }

    [Fact]
    public void Check_PassesWhenSnapshotMatches()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog)).WriteSource("Program.cs", Program);
        Assert.Equal(0, consumer.Build(Credentials, ServiceArguments("-t:RefreshInnerImages")).ExitCode);

        var check = consumer.Build(Credentials, ServiceArguments("-t:CheckInnerImages"));

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("matches the live catalog", check.Output);
    }

    [Fact]
    public void RefreshOnBuild_ClosedPortWarnsAndBuilds()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog)).WriteSource("Program.cs", Program);
        var before = File.ReadAllBytes(consumer.SnapshotPath);

        var build = consumer.Build(Credentials, "-p:InnerImagesRefreshOnBuild=true", "-p:TreatWarningsAsErrors=false", "-p:InnerImagesRegion=ap-southeast-1", "-p:InnerImagesProjectId=p1", $"-p:InnerImagesEndpoint=http://127.0.0.1:{ClosedPort()}", "-p:InnerImagesTimeout=5");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning SSI022", build.Output);
        Assert.Equal(before, File.ReadAllBytes(consumer.SnapshotPath));
        Assert.Equal(_server.Catalog.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), consumer.Run().Output.Trim());
    }

    [Fact]
    public void RefreshOnBuild_StrictFailsTheBuild()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog)).WriteSource("Program.cs", Program);

        var build = consumer.Build(Credentials, "-p:InnerImagesRefreshOnBuild=true", "-p:InnerImagesRefreshStrict=true", "-p:InnerImagesRegion=ap-southeast-1", "-p:InnerImagesProjectId=p1", $"-p:InnerImagesEndpoint=http://127.0.0.1:{ClosedPort()}", "-p:InnerImagesTimeout=5");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error SSI022", build.Output);
    }

    [Fact]
    public void RefreshOnBuild_RunsOncePerInterval()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog.Skip(1))).WriteSource("Program.cs", Program);

        var first = consumer.Build(Credentials, ServiceArguments("-p:InnerImagesRefreshOnBuild=true"));
        var second = consumer.Build(Credentials, ServiceArguments("-p:InnerImagesRefreshOnBuild=true"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(1, _server.RequestCount);
        Assert.Contains(_server.Catalog[0].Url, File.ReadAllText(consumer.SnapshotPath));
        Assert.Equal(_server.Catalog.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), consumer.Run().Output.Trim());
    }

    [Fact]
    public void RefreshOnBuild_MultiTargetedProjectRefreshesOnce()
    {
        var consumer = new Consumer(package, "Library", targetFrameworks: "net472;netstandard2.0", outputType: "Library")
            .WriteSnapshot(SnapshotOf(_server.Catalog.Skip(1)))
            .WriteSource("Images.cs", "internal static class Images { public static int Count => ServiceStage.InnerImages.InnerImages.All.Count; }");

        var build = consumer.Build(Credentials, ServiceArguments("-p:InnerImagesRefreshOnBuild=true"));

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(1, _server.RequestCount);
        Assert.Contains(_server.Catalog[0].Url, File.ReadAllText(consumer.SnapshotPath));
    }

    [Fact]
    public async Task RefreshOnBuild_ParallelProjectsKeepSnapshotWhole()
    {
        var folder = Path.Combine(package.Root, "shared snapshot", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var shared = Path.Combine(folder, "snapshot.json");
        File.WriteAllText(shared, SnapshotOf(_server.Catalog.Skip(1)));
        var consumers = Enumerable.Range(1, 3)
            .Select(index => new Consumer(package, $"App{index}").WriteSource("Program.cs", Program))
            .ToArray();

        var builds = await Task.WhenAll(consumers.Select(consumer => Task.Run(() =>
            consumer.Build(Credentials, ServiceArguments("-p:InnerImagesRefreshOnBuild=true", $"-p:InnerImagesSnapshot={shared}")))));

        Assert.All(builds, build => Assert.True(build.ExitCode == 0, build.ToString()));
        Assert.Contains(_server.Catalog[0].Url, File.ReadAllText(shared));
        Assert.Equal(["snapshot.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
        foreach (var consumer in consumers)
        {
            Assert.Equal(_server.Catalog.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), consumer.Run().Output.Trim());
        }
    }

    [Fact]
    public void RefreshOnBuild_DesignTimeBuildNeverRefreshes()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog.Skip(1))).WriteSource("Program.cs", Program);

        var build = consumer.Build(Credentials, ServiceArguments("-p:InnerImagesRefreshOnBuild=true", "-p:DesignTimeBuild=true"));

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public void NormalBuild_NeverCallsTheService()
    {
        var consumer = new Consumer(package, "App").WriteSnapshot(SnapshotOf(_server.Catalog)).WriteSource("Program.cs", Program);

        var build = consumer.Build(Credentials, ServiceArguments());

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(0, _server.RequestCount);
    }

    private static string SnapshotOf(IEnumerable<(string Type, string Url)> entries)
    {
        var items = entries.Select(entry => $"    {{ \"type\": \"{entry.Type}\", \"url\": \"{entry.Url}\" }}");
        return "{\n  \"runtime_stacks\": [\n" + string.Join(",\n", items) + "\n  ]\n}\n";
    }

    // A port on 127.0.0.1 that nothing listens on: bound, read, and released again.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
