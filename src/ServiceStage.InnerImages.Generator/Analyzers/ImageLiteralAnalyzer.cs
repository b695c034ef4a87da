using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStage.InnerImages.Generator.Diagnostics;
using ServiceStage.InnerImages.Generator.Parsing;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// Checks string literals against the snapshot. An address of a snapshot image should be its
/// generated constant (SSI012). An address with the shape of a ServiceStage built-in image
/// that the snapshot does not list is probably mistyped or retired (SSI013).
/// </summary>
/// <remarks>
/// Only a whole string literal is checked, not a concatenation or an interpolated string, and
/// nothing is reported when the build has no usable snapshot, which the generator reports.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImageLiteralAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HardCodedImage, DiagnosticDescriptors.UnknownBuiltInImage);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var files = CatalogFiles.Read(context.Options, context.CancellationToken);
        if (!files.HasUsableSnapshot)
        {
            return;
        }

        var namespaceName = Settings.ReadNamespace(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var constants = GeneratedConstants.Collect(context.Compilation, namespaceName);
        context.RegisterOperationAction(
            operationContext => AnalyzeLiteral(operationContext, files, constants),
            OperationKind.Literal);
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, CatalogFiles files, GeneratedConstants constants)
    {
        var literal = context.Operation;

        // Interpolated string parts are literal operations too, but not whole addresses, and a
        // UTF-8 literal ("..."u8) has no string type.
        if (literal.ConstantValue.Value is not string value
            || literal.Syntax is not LiteralExpressionSyntax syntax
            || !syntax.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        if (files.FindInSnapshots(value) is { } entry)
        {
            ReportHardCoded(context, syntax, entry, constants);
            return;
        }

        if (BuiltInImageShape.Matches(value, out var reference))
        {
            ReportUnknown(context, syntax, value, reference!, files, constants);
        }
    }

    private static void ReportHardCoded(OperationAnalysisContext context, LiteralExpressionSyntax syntax, SnapshotEntry entry, GeneratedConstants constants)
    {
        string message;
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (constants.Find(entry.Url) is { } field)
        {
            var name = GeneratedConstants.QualifiedName(field, out _);
            properties = properties.AddRange(GeneratedConstants.Properties(field));
            message = $"The {entry.Type} image address '{entry.Url}' is hard-coded; use the constant {name}, so that the build reports it when the image is retired.";
        }
        else
        {
            message = $"The {entry.Type} image address '{entry.Url}' is hard-coded; use its generated constant, so that the build reports it when the image is retired.";
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HardCodedImage, syntax.GetLocation(), properties, message));
    }

    private static void ReportUnknown(OperationAnalysisContext context, LiteralExpressionSyntax syntax, string value, ImageReferenceParts reference, CatalogFiles files, GeneratedConstants constants)
    {
        var problem = $"'{value}' has the shape of a ServiceStage built-in image but is not in the snapshot";

        string message;
        if (files.LiveCatalog is { } liveCatalog && liveCatalog.Catalog.Contains(value))
        {
            message = $"{problem}, although the live catalog lists it; refresh the snapshot with '{SnapshotAgeAnalyzer.RefreshCommand}' and use the new constant.";
        }
        else if (FindSameRepository(files, reference) is { } known)
        {
            var constant = constants.Find(known.Url) is { } field ? $" ({GeneratedConstants.QualifiedName(field, out _)})" : string.Empty;
            message = $"{problem}; the snapshot has '{known.Url}'{constant} for this image. Use a listed image, or refresh the snapshot with '{SnapshotAgeAnalyzer.RefreshCommand}' if ServiceStage has added this one.";
        }
        else
        {
            message = $"{problem}; check the address against the catalog, or refresh the snapshot with '{SnapshotAgeAnalyzer.RefreshCommand}' if ServiceStage has added this image.";
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownBuiltInImage, syntax.GetLocation(), message));
    }

    // The newest snapshot image with the same repository, in any registry (region).
    private static SnapshotEntry? FindSameRepository(CatalogFiles files, ImageReferenceParts reference)
    {
        SnapshotEntry? newest = null;
        foreach (var snapshot in files.Snapshots)
        {
            foreach (var entry in snapshot.Catalog.Entries)
            {
                var sameRepository = entry.Reference.Repository == reference.Repository;
                if (sameRepository && (newest is null || ImageVersionComparer.Instance.Compare(entry, newest) > 0))
                {
                    newest = entry;
                }
            }
        }

        return newest;
    }
}
