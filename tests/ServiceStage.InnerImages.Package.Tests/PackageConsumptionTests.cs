using System.IO.Compression;
using System.Text.Json;

namespace ServiceStage.InnerImages.Package.Tests;

/// <summary>
/// The packed package, used the way a user does: a fresh project references it by version,
/// commits a snapshot.json, and builds with nothing else set up.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumptionTests(PackageFixture package)
{
    private const string PrintCatalog = """
        using System;
        using ServiceStage.InnerImages;

        foreach (var image in InnerImages.All)
        {
            Console.WriteLine($"{image.Type} {image.Url}");
        }

        Console.WriteLine("constant " + InnerImages.Java.Openjdk_x86_64_17_1_3_6);
        """;

    [Fact]
    public void Package_HasGeneratorBuildFilesAndTool()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var expected in new[]
        {
            "analyzers/dotnet/cs/ServiceStage.InnerImages.Generator.dll",
            "analyzers/dotnet/cs/ServiceStage.InnerImages.CodeFixes.dll",
            "analyzers/dotnet/cs/System.Text.Json.dll",
            "analyzers/dotnet/cs/System.Text.Encodings.Web.dll",
            "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll",
            "analyzers/dotnet/cs/System.Memory.dll",
            "build/ServiceStage.InnerImages.props",
            "build/ServiceStage.InnerImages.targets",
            "build/ServiceStage.InnerImages.Refresh.targets",
            "buildTransitive/ServiceStage.InnerImages.props",
            "buildTransitive/ServiceStage.InnerImages.targets",
            "buildMultiTargeting/ServiceStage.InnerImages.targets",
            "tools/innerimages/innerimages.dll",
            "tools/innerimages/innerimages.runtimeconfig.json",
            "README.md",
        })
        {
            Assert.Contains(expected, entries);
        }

        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => entry.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Nuspec_IsDevelopmentDependencyWithMetadata()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(archive.GetEntry("ServiceStage.InnerImages.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<repository type=\"git\"", nuspec);
        Assert.Contains("<tags>", nuspec);
        Assert.DoesNotContain("<dependencies>", nuspec);
    }

    [Fact]
    public void Net10Consumer_BuildsAndPrintsTheSnapshot()
    {
        var snapshot = File.ReadAllText(Path.Combine(package.RepositoryRoot, "snapshot.json"));
        var consumer = new Consumer(package, "App").WriteSnapshot(snapshot).WriteSource("Program.cs", PrintCatalog);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.ToString());

        var expected = JsonDocument.Parse(snapshot).RootElement.GetProperty("runtime_stacks").EnumerateArray()
            .Select(entry => $"{entry.GetProperty("type").GetString()} {entry.GetProperty("url").GetString()}")
            .Append("constant swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6");
        Assert.Equal(expected, run.Output.Trim().Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Fact]
    public void Net10Consumer_GetsNoRuntimeDependency()
    {
        var consumer = new Consumer(package, "App")
            .WriteSnapshot(File.ReadAllText(Path.Combine(package.RepositoryRoot, "snapshot.json")))
            .WriteSource("Program.cs", PrintCatalog);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        var output = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0");
        var files = Directory.GetFiles(output).Select(Path.GetFileName).ToArray();
        Assert.DoesNotContain(files, file => file!.StartsWith("ServiceStage.InnerImages", StringComparison.Ordinal));
        Assert.DoesNotContain("System.Text.Json.dll", files);
        Assert.DoesNotContain("ServiceStage.InnerImages", File.ReadAllText(Path.Combine(output, "App.deps.json")));
    }

    [Fact]
    public void FrameworkAndStandardConsumers_Build()
    {
        var consumer = new Consumer(package, "Library", targetFrameworks: "net472;netstandard2.0", outputType: "Library")
            .WriteSnapshot(File.ReadAllText(Path.Combine(package.RepositoryRoot, "snapshot.json")))
            .WriteSource("Images.cs", """
                using ServiceStage.InnerImages;

                internal static class Images
                {
                    public const string Java = InnerImages.Java.Openjdk_x86_64_17_1_3_6;

                    public static int Count(StackType stack)
                    {
                        StackType found;
                        return InnerImages.TryGetStack(Java, out found) ? InnerImages.ForStack(stack).Count : 0;
                    }
                }
                """);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "bin", "Debug", "net472", "Library.dll")));
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "bin", "Debug", "netstandard2.0", "Library.dll")));
    }

    [Fact]
    public void NoOpBuild_DoesNotRecompile()
    {
        var consumer = new Consumer(package, "App")
            .WriteSnapshot(File.ReadAllText(Path.Combine(package.RepositoryRoot, "snapshot.json")))
            .WriteSource("Program.cs", PrintCatalog);
        Assert.Equal(0, consumer.Build().ExitCode);
        var assembly = Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "App.dll");
        var firstWrite = File.GetLastWriteTimeUtc(assembly);

        var again = consumer.Build("-v:n");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(assembly));
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", again.Output);
    }
}
