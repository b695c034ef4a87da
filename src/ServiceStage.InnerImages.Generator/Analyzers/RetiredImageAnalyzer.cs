using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStage.InnerImages.Generator.Diagnostics;
using ServiceStage.InnerImages.Generator.Parsing;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// Reports each reference to a generated constant whose image the live catalog no longer
/// offers (SSI011), and suggests the newest live image of the same stack type.
/// </summary>
/// <remarks>
/// Runs only when the build has a live catalog, an AdditionalFiles item with
/// <c>InnerImagesLiveCatalog="true"</c> that <c>CheckInnerImages</c> writes under <c>obj/</c>.
/// A constant counts when its value is an image of a snapshot of this build, so constants of
/// a referenced project whose snapshot is another one are left alone.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RetiredImageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Key of the diagnostic property that carries the suggested image's address.</summary>
    public const string ReplacementUrlProperty = "InnerImagesReplacementUrl";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.RetiredImage);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var files = CatalogFiles.Read(context.Options, context.CancellationToken);
        if (files.LiveCatalog is not { } liveCatalog || !files.HasUsableSnapshot)
        {
            return;
        }

        var namespaceName = Settings.ReadNamespace(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var constants = GeneratedConstants.Collect(context.Compilation, namespaceName);
        context.RegisterOperationAction(
            operationContext => AnalyzeFieldReference(operationContext, files, liveCatalog, constants),
            OperationKind.FieldReference);
    }

    private static void AnalyzeFieldReference(OperationAnalysisContext context, CatalogFiles files, CatalogFile liveCatalog, GeneratedConstants constants)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (!constants.IsGeneratedConstant(reference.Field) || IsInNameOf(reference))
        {
            return;
        }

        var url = (string)reference.Field.ConstantValue!;
        if (files.FindInSnapshots(url) is not { } entry || liveCatalog.Catalog.Contains(url))
        {
            return;
        }

        var replacement = liveCatalog.Catalog.FindNewestReplacement(entry.Type, entry.Reference);
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (replacement is not null)
        {
            properties = properties.Add(ReplacementUrlProperty, replacement.Url);
            if (constants.Find(replacement.Url) is { } replacementField)
            {
                properties = properties.AddRange(GeneratedConstants.Properties(replacementField));
            }
        }

        var message = Message(reference.Field, entry, liveCatalog, replacement, constants);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RetiredImage, reference.Syntax.GetLocation(), properties, message));
    }

    private static string Message(IFieldSymbol field, SnapshotEntry entry, CatalogFile liveCatalog, SnapshotEntry? replacement, GeneratedConstants constants)
    {
        var name = GeneratedConstants.QualifiedName(field, out _);
        var fetched = liveCatalog.Catalog.Metadata?.FetchedAt is { } fetchedAt
            ? " of " + fetchedAt.UtcDateTime.ToString(Settings.BuildDateFormat, CultureInfo.InvariantCulture)
            : string.Empty;
        var retired = $"{name} is the {entry.Type} image '{entry.Url}', which the live catalog{fetched} no longer offers";

        if (replacement is null)
        {
            return $"{retired}, and the live catalog has no {entry.Type} image left; choose another stack, and refresh the snapshot with '{SnapshotAgeAnalyzer.RefreshCommand}'.";
        }

        if (constants.Find(replacement.Url) is { } replacementField)
        {
            var replacementName = GeneratedConstants.QualifiedName(replacementField, out _);
            return $"{retired}; use the newest live {entry.Type} image '{replacement.Url}' ({replacementName}) instead, and refresh the snapshot with '{SnapshotAgeAnalyzer.RefreshCommand}'.";
        }

        return $"{retired}; the newest live {entry.Type} image is '{replacement.Url}', which the snapshot does not have yet. Refresh the snapshot with '{SnapshotAgeAnalyzer.RefreshCommand}' and use its constant instead.";
    }

    // nameof(InnerImages.Java.X) names the constant without using the image.
    private static bool IsInNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current.Kind == OperationKind.NameOf)
            {
                return true;
            }
        }

        return false;
    }
}
