using System.Security;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Package.Tests;

/// <summary>
/// A throwaway project that references the packed package by version, with its own NuGet
/// package folder and a feed list of the test feed and this machine's package folder only.
/// </summary>
internal sealed class Consumer
{
    private readonly PackageFixture _package;

    public Consumer(PackageFixture package, string name, string targetFrameworks = "net10.0", string outputType = "Exe", string properties = "")
    {
        _package = package;
        // NuGet restore itself fails on a ';' in the project's path, so only the space is here.
        // The tests put a ';' in the snapshot's folder instead, which the package's targets handle.
        Directory = Path.Combine(package.Root, "consumers with space", Guid.NewGuid().ToString("N")[..8], name);
        System.IO.Directory.CreateDirectory(Directory);
        ProjectPath = Path.Combine(Directory, name + ".csproj");

        var frameworks = targetFrameworks.Contains(';') ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>" : $"<TargetFramework>{targetFrameworks}</TargetFramework>";
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                {frameworks}
                <Nullable>enable</Nullable>
                <LangVersion>latest</LangVersion>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ServiceStage.InnerImages" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);

        File.WriteAllText(Path.Combine(Directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="test-feed" value="{SecurityElement.Escape(package.Feed)}" />
                <add key="machine-packages" value="{SecurityElement.Escape(PackageFixture.MachinePackageFolder)}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(Path.Combine(Directory, ".packages"))}" />
              </config>
            </configuration>
            """);
    }

    public string Directory { get; }

    public string ProjectPath { get; }

    public string SnapshotPath => Path.Combine(Directory, "snapshot.json");

    public string LiveCatalogPath => Path.Combine(Directory, "obj", "innerimages", "live-catalog.json");

    public Consumer WriteSource(string fileName, string text)
    {
        File.WriteAllText(Path.Combine(Directory, fileName), text);
        return this;
    }

    public Consumer WriteSnapshot(string text)
    {
        File.WriteAllText(SnapshotPath, text);
        return this;
    }

    public ProcessResult Build(params string[] arguments) => Build(new Dictionary<string, string?>(), arguments);

    public ProcessResult Build(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        DotNetCli.Run(Directory, WithCredentialsCleared(environment), ["build", ProjectPath, "-nologo", .. arguments]);

    public ProcessResult Run() => DotNetCli.Run(Directory, "run", "--project", ProjectPath, "--no-build");

    // The machine running the tests may have real credentials in its environment; a consumer
    // build must only ever see the fake ones a test passes.
    private static Dictionary<string, string?> WithCredentialsCleared(IReadOnlyDictionary<string, string?> environment)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in new[]
        {
            "INNERIMAGES_AUTH_TOKEN", "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
            "HUAWEICLOUD_SDK_PROJECT_ID", "HW_ACCESS_KEY", "HW_SECRET_KEY", "HW_SECURITY_TOKEN", "HW_PROJECT_ID", "HW_REGION_NAME",
        })
        {
            result[name] = null;
        }

        foreach (var (name, value) in environment)
        {
            result[name] = value;
        }

        return result;
    }
}
