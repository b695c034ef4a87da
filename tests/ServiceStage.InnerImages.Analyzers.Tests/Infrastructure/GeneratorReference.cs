using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStage.InnerImages.Generator;

namespace ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;

/// <summary>
/// An analyzer reference to the generator assembly that the tests already loaded, so the
/// workspace runs the same generator code that the tests compiled against.
/// </summary>
internal static class GeneratorReference
{
    public static AnalyzerFileReference Instance { get; } =
        new(typeof(InnerImagesGenerator).Assembly.Location, new LoadedAssemblyLoader());

    private sealed class LoadedAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) =>
            fullPath == typeof(InnerImagesGenerator).Assembly.Location
                ? typeof(InnerImagesGenerator).Assembly
                : System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
