namespace ServiceStage.InnerImages.Generator.Model;

/// <summary>
/// The project-wide settings, from MSBuild properties, after validation. Invalid values have
/// been replaced by their defaults and reported in <see cref="Diagnostics"/>.
/// </summary>
/// <param name="SnapshotPath">The snapshot path that MSBuild resolved, or empty when its search found none.</param>
/// <param name="ProjectDirectory">The project folder, named in the message when no snapshot is found.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string ClassName,
    bool IsPublic,
    string SnapshotPath,
    string ProjectDirectory,
    EquatableArray<DiagnosticInfo> Diagnostics);
