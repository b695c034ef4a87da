using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ServiceStage.InnerImages.Generator.Analyzers;

namespace ServiceStage.InnerImages.CodeFixes;

/// <summary>
/// Replaces a reference to a retired image's constant (SSI011) with the constant of the
/// suggested live image, when the snapshot already has that image.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetiredImageCodeFixProvider))]
[Shared]
public sealed class RetiredImageCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "SSI011.UseNewestLiveImage";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SSI011");

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(static (context, document, diagnostics) => FixDocumentAsync(document, diagnostics, context.CancellationToken));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ToReplacement(diagnostic) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {replacement.ConstantName}",
                    cancellationToken => ConstantReferenceWriter.ReplaceAsync(context.Document, new[] { replacement }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var replacements = new List<ConstantReferenceWriter.Replacement>();
        foreach (var diagnostic in diagnostics)
        {
            if (ToReplacement(diagnostic) is { } replacement)
            {
                replacements.Add(replacement);
            }
        }

        return await ConstantReferenceWriter.ReplaceAsync(document, replacements, cancellationToken).ConfigureAwait(false);
    }

    private static ConstantReferenceWriter.Replacement? ToReplacement(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(RetiredImageAnalyzer.ReplacementUrlProperty, out var url) || url is null)
        {
            return null;
        }

        return ConstantReferenceWriter.Replacement.FromDiagnostic(diagnostic, url);
    }
}
