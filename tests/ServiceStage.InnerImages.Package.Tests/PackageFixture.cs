using System.Reflection;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Package.Tests;

/// <summary>
/// Packs ServiceStage.InnerImages once into a temporary local feed, with a version of its own
/// so that no NuGet cache can serve an older build of the package.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "innerimages package tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        var project = Path.Combine(RepositoryRoot, "src", "ServiceStage.InnerImages.Package", "ServiceStage.InnerImages.Package.csproj");
        var pack = DotNetCli.Run(RepositoryRoot, "pack", project, "-nologo", "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"Packing the package failed:\n{pack}");
        }

        PackagePath = Path.Combine(Feed, $"ServiceStage.InnerImages.{Version}.nupkg");
    }

    public string RepositoryRoot { get; }

    /// <summary>A temporary folder for everything the tests create; its name has a space in it.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>The NuGet package folder of this machine, used by the consumers as a second, local feed.</summary>
    public static string MachinePackageFolder { get; } = typeof(PackageFixture).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "NuGetPackageRoot")
        .Value!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A consumer's build server may still hold a file; the temporary folder is cleaned later.
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"Generator.sln was not found above '{AppContext.BaseDirectory}'.");
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
