using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;

/// <summary>
/// A code fix test whose project references the source generator, so the workspace that the
/// code fix reads contains the generated constants, as in the IDE, and the fixed code must compile
/// against them without errors or warnings.
/// </summary>
/// <remarks>
/// The testing library's own generator support runs generators only for the compilation it
/// checks, not for the documents a code fix reads, so the generator is added to the project as
/// an analyzer reference instead.
/// </remarks>
internal sealed class CodeFixVerifier<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixVerifier()
    {
        TestSetup.Configure(this);
        SolutionTransforms.Add((solution, _) =>
        {
            foreach (var projectId in solution.ProjectIds)
            {
                solution = solution.AddAnalyzerReference(projectId, GeneratorReference.Instance);
            }

            return solution;
        });
    }

    public CatalogTestState Catalog { get; } = new();

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Catalog.ApplyTo(TestState);
        return base.RunImplAsync(cancellationToken);
    }
}
