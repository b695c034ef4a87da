namespace ServiceStage.InnerImages.Generator.Model;

/// <summary>The whole output of the generator: shared types, every catalog class, and the diagnostics to report.</summary>
/// <param name="UseNullableAnnotations">False for C# 7.3 and older, which have no nullable reference types.</param>
internal sealed record GenerationModel(
    string Namespace,
    bool IsPublic,
    bool UseNullableAnnotations,
    EquatableArray<StackModel> Stacks,
    EquatableArray<CatalogModel> Catalogs,
    EquatableArray<DiagnosticInfo> Diagnostics);
