using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ServiceStage.InnerImages.Generator;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;

/// <summary>
/// An analyzer test that also runs the source generator, so that the code under test can use
/// the generated constants and the analyzers see them, as in a real build.
/// </summary>
/// <remarks>
/// The generated files themselves are checked by the generator's own tests, so this test skips
/// comparing them. Reference assemblies come from packages that restore downloaded.
/// </remarks>
internal sealed class AnalyzerVerifier<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerVerifier()
    {
        TestSetup.Configure(this);
    }

    public CatalogTestState Catalog { get; } = new();

    /// <summary>Ids whose severity the test sets in an analyzer config file.</summary>
    public HashSet<string> ConfiguredIds { get; } = [];

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(InnerImagesGenerator)];

    protected override Project ApplyCompilationOptions(Project project) =>
        TestSetup.LeaveSeverityToConfig(base.ApplyCompilationOptions(project), ConfiguredIds);

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Catalog.ApplyTo(TestState);
        return base.RunImplAsync(cancellationToken);
    }
}

/// <summary>Settings that every analyzer and code fix test shares.</summary>
internal static class TestSetup
{
    public static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        test.TestState.AdditionalReferences.AddRange(ReferenceAssemblySets.Net80);
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;

        // Compiler warnings count too, so a test fails when a fix leaves code that does not
        // compile cleanly.
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
    }

    /// <summary>
    /// Adds an analyzer config file that sets the severity of <paramref name="id"/>, as a user would.
    /// </summary>
    /// <remarks>
    /// The testing library sets every supported id to its default in the compilation options
    /// (ApplyCompilationOptions), and the compiler lets those options win over analyzer config
    /// files, as it lets NoWarn and WarningsAsErrors win in a real build. So the verifier takes
    /// the id out of the compilation options again.
    /// </remarks>
    public static void SetSeverity<TAnalyzer>(AnalyzerVerifier<TAnalyzer> test, string id, string configPath, string configText)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        test.TestState.AnalyzerConfigFiles.Add((configPath, configText));
        test.ConfiguredIds.Add(id);
    }

    public static Project LeaveSeverityToConfig(Project project, HashSet<string> ids)
    {
        var options = project.CompilationOptions!;
        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.RemoveRange(ids)));
    }
}
