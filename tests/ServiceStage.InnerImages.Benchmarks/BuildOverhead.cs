using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security;
using ServiceStage.InnerImages.Benchmarks.Catalogs;
using ServiceStage.InnerImages.Benchmarks.Compiling;

namespace ServiceStage.InnerImages.Benchmarks;

/// <summary>
/// Times a no-op incremental <c>dotnet build</c> of a console app that references the packed
/// package, against the same app with the generated files checked in and no package.
/// </summary>
/// <remarks>
/// Both consumers restore offline from a local feed and this machine's NuGet package folder.
/// Each build runs with node reuse and the compiler server off, as a CI build often does, so
/// that no build server outlives the run. The builds alternate, A B A B, and the ratio is the
/// median of the per-pair ratios.
/// </remarks>
internal static class BuildOverhead
{
    // A catalog of realistic size, the same as the lookup benchmarks'.
    private const int ImageCount = Lookups.LookupData.ImageCount;

    private const string ProgramSource = """
        using ServiceStage.InnerImages;

        System.Console.WriteLine(InnerImages.ForStack(StackType.Java).Count);
        """;

    public static int Run(string[] args)
    {
        var runs = args.Length == 2 && args[0] == "--runs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var root = Path.Combine(Path.GetTempPath(), "innerimages-build-overhead", DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        var feed = Path.Combine(root, "feed");
        Directory.CreateDirectory(feed);
        var version = "0.1.0-bench." + Path.GetFileName(root);

        var repository = Path.GetFullPath(Path.Combine(ProjectFolder.Find(), "..", ".."));
        var package = Path.Combine(repository, "src", "ServiceStage.InnerImages.Package");

        // Packing publishes the tool through an inner build, which needs the tool's restore done.
        Check(DotNet(repository, "restore", Path.Combine(repository, "src", "ServiceStage.InnerImages.Tool")), "Restoring the tool");
        Check(DotNet(repository, "pack", package, "-nologo", "-c", "Release", "-o", feed, $"-p:Version={version}"), "Packing the package");

        var withPackage = Path.Combine(root, "WithPackage");
        var checkedIn = Path.Combine(root, "CheckedIn");
        WriteConsumer(withPackage, $"""<PackageReference Include="ServiceStage.InnerImages" Version="{version}" PrivateAssets="all" />""", feed);
        File.WriteAllText(Path.Combine(withPackage, "snapshot.json"), SnapshotFactory.Create(ImageCount));
        WriteConsumer(checkedIn, string.Empty, feed);
        foreach (var (hintName, text) in new CompilerInputs(ImageCount).GenerateSources())
        {
            File.WriteAllText(Path.Combine(checkedIn, hintName), text);
        }

        // The first build restores and compiles; the next ones have nothing to do.
        foreach (var consumer in new[] { withPackage, checkedIn })
        {
            Check(DotNet(consumer, BuildArguments(restore: true)), $"The first build of {consumer}");
            Check(DotNet(consumer, BuildArguments(restore: false)), $"The warm-up build of {consumer}");
        }

        var withTimes = new List<double>();
        var checkedInTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            withTimes.Add(TimeBuild(withPackage));
            checkedInTimes.Add(TimeBuild(checkedIn));
        }

        var ratios = withTimes.Zip(checkedInTimes, (a, b) => a / b).Order().ToArray();
        Console.WriteLine($"no-op build, package/checked-in source: {ratios[ratios.Length / 2]:F2} (min {ratios[0]:F2}, max {ratios[^1]:F2}, {runs} pairs)");
        Console.WriteLine($"  with package: median {Median(withTimes):F0} ms; checked-in source: median {Median(checkedInTimes):F0} ms");
        Console.WriteLine($"  consumers kept in {root}; each was timed as: dotnet {string.Join(' ', BuildArguments(restore: false))}");
        return 0;
    }

    private static string[] BuildArguments(bool restore) =>
        restore
            ? ["build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"]
            : ["build", "--no-restore", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"];

    private static double TimeBuild(string consumer)
    {
        var stopwatch = Stopwatch.StartNew();
        Check(DotNet(consumer, BuildArguments(restore: false)), $"A no-op build of {consumer}");
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static void WriteConsumer(string folder, string packageReference, string feed)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(folder) + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {packageReference}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), ProgramSource);

        var machinePackages = typeof(BuildOverhead).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "NuGetPackageRoot")
            .Value!;
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="benchmark-feed" value="{SecurityElement.Escape(feed)}" />
                <add key="machine-packages" value="{SecurityElement.Escape(machinePackages)}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(Path.Combine(folder, ".packages"))}" />
              </config>
            </configuration>
            """);
    }

    private static (int ExitCode, string Output) DotNet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static void Check((int ExitCode, string Output) result, string step)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{step} failed with exit code {result.ExitCode}:\n{result.Output}");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
