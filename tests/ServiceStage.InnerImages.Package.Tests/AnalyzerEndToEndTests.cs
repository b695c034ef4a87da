using System.Globalization;
using ServiceStage.InnerImages.Tool.Tests.Fakes;

namespace ServiceStage.InnerImages.Package.Tests;

/// <summary>
/// The analyzers in a consumer of the packed package: a stale snapshot, and an image that the
/// live catalog dropped, reported in the output of a real <c>dotnet build</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AnalyzerEndToEndTests(PackageFixture package) : IAsyncLifetime
{
    private const string Token = "analyzer-test-token";

    private FakeServiceStage _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeServiceStage.StartAsync();
        _server.Token = Token;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void SnapshotSixtyDaysOld_ReportsSsi010()
    {
        var buildDate = new DateOnly(2026, 12, 4);
        var fetchedAt = buildDate.AddDays(-60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:00:00Z";
        var consumer = new Consumer(package, "App", properties: $"<InnerImagesBuildDate>{buildDate:yyyy-MM-dd}</InnerImagesBuildDate><TreatWarningsAsErrors>false</TreatWarningsAsErrors>")
            .WriteSnapshot(SnapshotOf(fetchedAt, _server.Catalog))
            .WriteSource("Program.cs", "System.Console.WriteLine(ServiceStage.InnerImages.InnerImages.All.Count);");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var line = Assert.Single(build.Output.Split('\n').Where(text => text.Contains("warning SSI010", StringComparison.Ordinal)).Distinct());
        Assert.Contains("snapshot.json(", line);
        Assert.Contains("60 days", line);
        Assert.Contains("RefreshInnerImages", line);
    }

    [Fact]
    public void DroppedImage_ReportsSsi011AtUsage()
    {
        var dropped = _server.Catalog.First(entry => entry.Url.EndsWith("openjdk-x86_64:8-1.1.7", StringComparison.Ordinal));
        var consumer = new Consumer(package, "App", properties: "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>")
            .WriteSnapshot(SnapshotOf(DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), _server.Catalog))
            .WriteSource("Program.cs", """
                using ServiceStage.InnerImages;

                System.Console.WriteLine(InnerImages.Java.Openjdk_x86_64_17_1_3_6);
                System.Console.WriteLine(InnerImages.Java.Openjdk_x86_64_8_1_1_7);
                """);
        _server.Catalog.Remove(dropped);

        var check = consumer.Build(
            new Dictionary<string, string?> { ["INNERIMAGES_AUTH_TOKEN"] = Token },
            "-t:CheckInnerImages",
            "-p:InnerImagesRegion=ap-southeast-1",
            $"-p:InnerImagesProjectId={_server.ProjectId}",
            $"-p:InnerImagesEndpoint={_server.EndpointText}");
        Assert.Contains("error SSI023", check.Output);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var line = Assert.Single(build.Output.Split('\n').Where(text => text.Contains("warning SSI011", StringComparison.Ordinal)).Distinct());
        Assert.Contains("Program.cs(4,", line);
        Assert.Contains("openjdk-x86_64:8-1.1.7", line);
        Assert.Contains("openjdk-x86_64:17-1.3.6", line);
    }

    private static string SnapshotOf(string fetchedAt, IEnumerable<(string Type, string Url)> entries)
    {
        var items = entries.Select(entry => $"    {{ \"type\": \"{entry.Type}\", \"url\": \"{entry.Url}\" }}");
        return $"{{\n  \"snapshot\": {{ \"format\": 1, \"region\": \"ap-southeast-1\", \"fetched_at\": \"{fetchedAt}\" }},\n  \"runtime_stacks\": [\n" + string.Join(",\n", items) + "\n  ]\n}\n";
    }
}
