using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ServiceStage.InnerImages.CodeFixes;

/// <summary>Replaces a hard-coded image address (SSI012) with its generated constant.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedImageCodeFixProvider))]
[Shared]
public sealed class HardCodedImageCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "SSI012.UseConstant";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SSI012");

    // Each document is fixed in one pass, so that a using is added once however many
    // addresses the file has.
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(static (context, document, diagnostics) => FixDocumentAsync(document, diagnostics, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ToReplacement(root, diagnostic) is not { } replacement)
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
    }

    private static async Task<Document?> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacements = new List<ConstantReferenceWriter.Replacement>();
        foreach (var diagnostic in diagnostics)
        {
            if (ToReplacement(root, diagnostic) is { } replacement)
            {
                replacements.Add(replacement);
            }
        }

        return await ConstantReferenceWriter.ReplaceAsync(document, replacements, cancellationToken).ConfigureAwait(false);
    }

    // The literal's own value is the address, and the analyzer has already found the constant
    // with that value.
    private static ConstantReferenceWriter.Replacement? ToReplacement(SyntaxNode? root, Diagnostic diagnostic)
    {
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        return ConstantReferenceWriter.Replacement.FromDiagnostic(diagnostic, literal.Token.ValueText);
    }
}
