using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ServiceStage.InnerImages.CodeFixes;

/// <summary>Adds a <c>using</c> directive to a file the way a developer would place it.</summary>
internal static class UsingDirectives
{
    /// <summary>
    /// Adds <c>using <paramref name="namespaceName"/>;</c> among the file's top-level usings,
    /// keeping <c>System</c> namespaces first and the rest in ordinal order, or before the
    /// first member when the file has none, after any header comment.
    /// </summary>
    public static CompilationUnitSyntax Add(CompilationUnitSyntax root, string namespaceName)
    {
        var newLine = DetectNewLine(root);
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(newLine);

        if (root.Usings.Count == 0)
        {
            return AddFirst(root, directive, newLine);
        }

        var index = 0;
        for (var i = 0; i < root.Usings.Count; i++)
        {
            var existing = root.Usings[i];
            if (ConstantReferenceWriter.IsPlainUsing(existing) && Compare(existing.Name!.ToString(), namespaceName) < 0)
            {
                index = i + 1;
            }
        }

        if (index == 0)
        {
            // The new directive goes first, so it takes over the leading trivia (a header comment).
            var first = root.Usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            var usings = root.Usings.Replace(first, first.WithoutLeadingTrivia()).Insert(0, directive);
            return root.WithUsings(usings);
        }

        return root.WithUsings(root.Usings.Insert(index, directive));
    }

    private static CompilationUnitSyntax AddFirst(CompilationUnitSyntax root, UsingDirectiveSyntax directive, SyntaxTrivia newLine)
    {
        // The header (comments, #nullable) stays at the top of the file, above the new using.
        var firstToken = root.GetFirstToken(includeZeroWidth: true);
        var header = firstToken.LeadingTrivia;
        var withoutHeader = root.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(SyntaxFactory.TriviaList()));

        directive = directive
            .WithLeadingTrivia(header)
            .WithTrailingTrivia(newLine, newLine);
        return withoutHeader.WithUsings(withoutHeader.Usings.Add(directive));
    }

    private static int Compare(string left, string right)
    {
        var byGroup = IsSystem(left).CompareTo(IsSystem(right));
        return byGroup != 0 ? -byGroup : string.CompareOrdinal(left, right);
    }

    private static bool IsSystem(string name) =>
        name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

    private static SyntaxTrivia DetectNewLine(SyntaxNode root)
    {
        var endOfLine = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) && endOfLine.ToString() == "\r\n"
            ? SyntaxFactory.CarriageReturnLineFeed
            : SyntaxFactory.LineFeed;
    }
}
