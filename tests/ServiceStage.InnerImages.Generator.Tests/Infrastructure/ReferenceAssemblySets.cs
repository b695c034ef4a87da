using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ServiceStage.InnerImages.Generator.Tests.Infrastructure;

/// <summary>
/// Reference assemblies of the three consumer frameworks, read from packages that restore
/// downloaded into the NuGet package folder, so no test reaches the network.
/// </summary>
internal static class ReferenceAssemblySets
{
    private static readonly string PackageRoot = typeof(ReferenceAssemblySets).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "NuGetPackageRoot")
        .Value!;

    public static ImmutableArray<MetadataReference> Net80 { get; } =
        Load("microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");

    public static ImmutableArray<MetadataReference> Net472 { get; } =
        Load("microsoft.netframework.referenceassemblies.net472", "1.0.3", "build", ".NETFramework", "v4.7.2")
            .AddRange(Load("microsoft.netframework.referenceassemblies.net472", "1.0.3", "build", ".NETFramework", "v4.7.2", "Facades"));

    public static ImmutableArray<MetadataReference> NetStandard20 { get; } =
        Load("netstandard.library", "2.0.3", "build", "netstandard2.0", "ref");

    private static ImmutableArray<MetadataReference> Load(string package, string version, params string[] folders)
    {
        var directory = Path.Combine([PackageRoot, package, version, .. folders]);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Reference assemblies not found in '{directory}'; run 'dotnet restore' on the test project, which downloads them.");
        }

        return Directory.GetFiles(directory, "*.dll")
            .Where(IsManagedAssembly)
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    // The .NET Framework package also holds a native helper (System.EnterpriseServices.Thunk.dll)
    // and a netmodule (System.EnterpriseServices.Wrapper.dll), which cannot be referenced.
    private static bool IsManagedAssembly(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata && System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader).IsAssembly;
    }
}
