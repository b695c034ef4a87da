using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ServiceStage.InnerImages.Generator.Analyzers;

namespace ServiceStage.InnerImages.CodeFixes;

/// <summary>
/// Replaces expressions in one document with references to generated constants, writing each
/// name the shortest way that still binds to the right constant.
/// </summary>
/// <remarks>
/// For each expression the writer tries, in order: the name as the generated code has it
/// (<c>InnerImages.Java.Openjdk_x86_64_17_1_3_6</c>) when it already binds there; the same
/// name after adding <c>using ServiceStage.InnerImages;</c> to the file, checked by binding
/// the changed document, because a type of the same name in scope or in another imported
/// namespace would take it; and otherwise the fully qualified <c>global::</c> name, which
/// always binds. A <c>using</c> is added only when some expression needs it.
/// </remarks>
internal static class ConstantReferenceWriter
{
    // Marks the names that rely on the added using, and which replacement each one is.
    private const string ReplacementKind = "ServiceStage.InnerImages.Replacement";
    private static readonly SyntaxAnnotation NeedsUsing = new("ServiceStage.InnerImages.NeedsUsing");

    /// <summary>Replaces every expression of <paramref name="replacements"/> and returns the changed document.</summary>
    public static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<Replacement> replacements, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax?)await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var plain = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        var withUsing = new Dictionary<ExpressionSyntax, Replacement>();
        foreach (var replacement in replacements)
        {
            if (root.FindNode(replacement.Span, getInnermostNodeForTie: true) is not ExpressionSyntax target)
            {
                continue;
            }

            var shortName = SyntaxFactory.ParseExpression(replacement.ConstantName);
            if (BindsTo(model.GetSpeculativeSymbolInfo(target.SpanStart, shortName, SpeculativeBindingOption.BindAsExpression).Symbol, replacement))
            {
                plain[target] = shortName.WithTriviaFrom(target);
            }
            else if (HasUsing(root, replacement.Namespace))
            {
                // The namespace is already imported, so another type must shadow the name.
                plain[target] = GlobalName(replacement).WithTriviaFrom(target);
            }
            else
            {
                withUsing[target] = replacement;
            }
        }

        var withoutUsing = root.ReplaceNodes(plain.Keys.Concat(withUsing.Keys), (original, _) =>
            plain.TryGetValue(original, out var expression) ? expression : GlobalName(withUsing[original]).WithTriviaFrom(original));
        if (withUsing.Count == 0)
        {
            return document.WithSyntaxRoot(withoutUsing);
        }

        return await TryWithUsingAsync(document, root, plain, withUsing, cancellationToken).ConfigureAwait(false)
            ?? document.WithSyntaxRoot(withoutUsing);
    }

    // Adds the using and checks every name that relies on it in the changed document. Names that
    // bind elsewhere become global:: names; when none binds, returns null to add no using.
    private static async Task<Document?> TryWithUsingAsync(
        Document document,
        CompilationUnitSyntax root,
        Dictionary<ExpressionSyntax, ExpressionSyntax> plain,
        Dictionary<ExpressionSyntax, Replacement> withUsing,
        CancellationToken cancellationToken)
    {
        var replaced = root.ReplaceNodes(plain.Keys.Concat(withUsing.Keys), (original, _) =>
            plain.TryGetValue(original, out var expression)
                ? expression
                : SyntaxFactory.ParseExpression(withUsing[original].ConstantName)
                    .WithTriviaFrom(original)
                    .WithAdditionalAnnotations(NeedsUsing, new SyntaxAnnotation(ReplacementKind, withUsing[original].Key)));

        var namespaceName = withUsing.Values.First().Namespace;
        var candidate = document.WithSyntaxRoot(UsingDirectives.Add(replaced, namespaceName));
        var candidateRoot = await candidate.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var candidateModel = await candidate.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (candidateRoot is null || candidateModel is null)
        {
            return null;
        }

        var byKey = withUsing.Values.ToDictionary(replacement => replacement.Key);
        var failed = new Dictionary<SyntaxNode, Replacement>();
        foreach (var node in candidateRoot.GetAnnotatedNodes(NeedsUsing))
        {
            var replacement = byKey[node.GetAnnotations(ReplacementKind).First().Data!];
            if (!BindsTo(candidateModel.GetSymbolInfo(node, cancellationToken).Symbol, replacement))
            {
                failed[node] = replacement;
            }
        }

        if (failed.Count == withUsing.Count)
        {
            return null;
        }

        var fixedRoot = candidateRoot.ReplaceNodes(failed.Keys, (original, _) => GlobalName(failed[original]).WithTriviaFrom(original));
        return candidate.WithSyntaxRoot(fixedRoot);
    }

    private static bool BindsTo(ISymbol? symbol, Replacement replacement)
    {
        if (symbol is not IFieldSymbol { IsConst: true, ConstantValue: string value } field || value != replacement.Url)
        {
            return false;
        }

        var name = GeneratedConstants.QualifiedName(field, out var namespaceName);
        return name == replacement.ConstantName && namespaceName == replacement.Namespace;
    }

    private static bool HasUsing(CompilationUnitSyntax root, string namespaceName) =>
        root.Usings.Any(directive => IsPlainUsing(directive) && directive.Name!.ToString() == namespaceName);

    internal static bool IsPlainUsing(UsingDirectiveSyntax directive) =>
        directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is not null;

    private static ExpressionSyntax GlobalName(Replacement replacement) =>
        SyntaxFactory.ParseExpression("global::" + replacement.Namespace + "." + replacement.ConstantName);

    /// <summary>One expression to replace and the generated constant that replaces it.</summary>
    /// <param name="Span">The expression's span in the document.</param>
    /// <param name="ConstantName">The constant as its namespace writes it, such as <c>InnerImages.Java.Openjdk_x86_64_17_1_3_6</c>.</param>
    /// <param name="Url">The constant's value, checked against the symbol that a name binds to.</param>
    internal sealed record Replacement(Microsoft.CodeAnalysis.Text.TextSpan Span, string Namespace, string ConstantName, string Url)
    {
        public string Key => Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Returns the replacement that a diagnostic's properties describe, or null when they name no constant.</summary>
        public static Replacement? FromDiagnostic(Diagnostic diagnostic, string url)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(GeneratedConstants.NamespaceProperty, out var namespaceName) || namespaceName is null
                || !properties.TryGetValue(GeneratedConstants.ConstantNameProperty, out var constantName) || constantName is null)
            {
                return null;
            }

            return new Replacement(diagnostic.Location.SourceSpan, namespaceName, constantName, url);
        }
    }
}
