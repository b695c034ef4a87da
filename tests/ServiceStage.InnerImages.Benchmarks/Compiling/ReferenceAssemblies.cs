using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ServiceStage.InnerImages.Benchmarks.Compiling;

/// <summary>
/// The net8.0 reference assemblies that the in-memory compilations reference, read from the
/// Microsoft.NETCore.App.Ref package that restore downloaded, so no benchmark reaches the network.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_net80 = new(LoadNet80);

    public static ImmutableArray<MetadataReference> Net80 => s_net80.Value;

    private static ImmutableArray<MetadataReference> LoadNet80()
    {
        var packageRoot = typeof(ReferenceAssemblies).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "NuGetPackageRoot")
            .Value!;
        var directory = Path.Combine(packageRoot, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The net8.0 reference assemblies were not found in '{directory}'; run 'dotnet restore' on the benchmark project, which downloads them.");
        }

        return Directory.GetFiles(directory, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
