using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ServiceStage.InnerImages.Generator.Emit;
using ServiceStage.InnerImages.Generator.Model;
using ServiceStage.InnerImages.Generator.Naming;
using ServiceStage.InnerImages.Generator.Parsing;

namespace ServiceStage.InnerImages.Generator;

/// <summary>
/// Generates the image catalog from snapshot files: a <c>StackType</c> enum, <c>InnerImage</c>
/// and <c>ImageReference</c>, and one static class of constants and lookups per snapshot.
/// </summary>
/// <remarks>
/// The build files add each snapshot as an AdditionalFiles item with the metadata
/// <c>InnerImagesSnapshot="true"</c>, so the generator finds it whatever its name.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class InnerImagesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Project-wide settings. They change only when an MSBuild property does, and the
        // validated record compares by value, so C# edits leave this step cached.
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Settings.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        // C# 7.3, the default for .NET Framework projects, has no nullable annotations.
        var useNullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => ((CSharpParseOptions)options).LanguageVersion >= LanguageVersion.CSharp8)
            .WithTrackingName(TrackingNames.LanguageFeatures);

        // Each snapshot file is parsed on its own, into a model that contains no Roslyn objects:
        // an unchanged file gives an equal model, so the steps after it stay cached.
        var snapshots = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => Settings.IsSnapshot(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) =>
                SnapshotFileReader.Read(pair.Left, Settings.GetClassName(pair.Right.GetOptions(pair.Left)), cancellationToken))
            .WithTrackingName(TrackingNames.Snapshots);

        // Names depend on every snapshot together (stack types are shared), so they are chosen
        // once over the collected models. Diagnostics travel inside the model as plain values
        // and are reported at output time.
        var generation = snapshots.Collect()
            .Combine(settings)
            .Combine(useNullableAnnotations)
            .Select(static (input, _) => CatalogBuilder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Generation);

        context.RegisterSourceOutput(generation, static (output, model) => Emit(output, model));
    }

    private static void Emit(SourceProductionContext context, GenerationModel model)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        context.AddSource("InnerImages.Types.g.cs", TypesEmitter.Emit(model));
        foreach (var catalog in model.Catalogs)
        {
            context.AddSource($"InnerImages.{catalog.ClassName}.g.cs", CatalogEmitter.Emit(model, catalog));
        }
    }
}
