using System.Text;
using Microsoft.CodeAnalysis.Testing;

namespace ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;

/// <summary>
/// The build inputs of an analyzer test as MSBuild would pass them: the snapshot and the live
/// catalog as additional files with their item metadata, and <c>InnerImages*</c> properties,
/// all written into one global analyzer config.
/// </summary>
internal sealed class CatalogTestState
{
    public const string SnapshotPath = "/0/snapshot.json";
    public const string LiveCatalogPath = "/0/obj/innerimages/live-catalog.json";

    private readonly List<(string Path, string Text, string Metadata, string? ClassName)> _files = [];
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);

    /// <summary>Adds a snapshot; <paramref name="className"/> is its <c>InnerImagesClassName</c> metadata.</summary>
    public void AddSnapshot(string text, string path = SnapshotPath, string? className = null) =>
        _files.Add((path, text, "InnerImagesSnapshot", className));

    public void AddLiveCatalog(string text, string path = LiveCatalogPath) =>
        _files.Add((path, text, "InnerImagesLiveCatalog", null));

    public void SetProperty(string name, string value) => _properties[name] = value;

    /// <summary>Adds the files and the global config to the project of <paramref name="state"/>.</summary>
    public void ApplyTo(ProjectState state)
    {
        var config = new StringBuilder("is_global = true\n");
        foreach (var (name, value) in _properties)
        {
            config.Append("build_property.").Append(name).Append(" = ").Append(value).Append('\n');
        }

        foreach (var (path, text, metadata, className) in _files)
        {
            state.AdditionalFiles.Add((path, text));
            config.Append('\n').Append('[').Append(path).Append("]\n")
                .Append("build_metadata.AdditionalFiles.").Append(metadata).Append(" = true\n");
            if (className is not null)
            {
                config.Append("build_metadata.AdditionalFiles.InnerImagesClassName = ").Append(className).Append('\n');
            }
        }

        // A global config applies to its own project only, so each project gets its own.
        state.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
    }
}
