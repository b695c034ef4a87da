using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ServiceStage.InnerImages.Generator;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Benchmarks.Compiling;

/// <summary>
/// The inputs of one consumer compilation, as a build passes them to the compiler: a small
/// program that uses the catalog, a snapshot as an additional file, and the MSBuild settings.
/// </summary>
internal sealed class CompilerInputs
{
    public const string SnapshotPath = "/consumer/snapshot.json";

    // Code that uses the catalog, so that binding the generated types is part of every compile.
    public const string ProgramSource = """
        using ServiceStage.InnerImages;

        internal static class Program
        {
            private static int Main(string[] args)
            {
                var count = InnerImages.ForStack(StackType.Java).Count;
                return InnerImages.TryGetStack(args.Length > 0 ? args[0] : null, out var stack) ? (int)stack : count;
            }
        }
        """;

    public CompilerInputs(int imageCount)
    {
        ImageCount = imageCount;
        Snapshot = new InMemoryAdditionalText(SnapshotPath, Catalogs.SnapshotFactory.Create(imageCount));
        var fileOptions = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.Add(
            SnapshotPath,
            ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.InnerImagesSnapshot", "true"));
        OptionsProvider = new TestOptionsProvider(ImmutableDictionary<string, string>.Empty, fileOptions);
    }

    public int ImageCount { get; }

    public AdditionalText Snapshot { get; }

    public TestOptionsProvider OptionsProvider { get; }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.ConsoleApplication,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true);

    public static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>Creates the consumer compilation from <paramref name="trees"/>; nothing is bound yet.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Consumer", trees, ReferenceAssemblies.Net80, CompilationOptions);

    /// <summary>Creates a driver that has not run yet, as a fresh compiler process has.</summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new InnerImagesGenerator().AsSourceGenerator()],
            [Snapshot],
            ParseOptions,
            OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once and returns its sources with their hint names.</summary>
    public IReadOnlyList<(string HintName, string Text)> GenerateSources()
    {
        var compilation = CreateCompilation([Parse(ProgramSource, "/consumer/Program.cs")]);
        var result = CreateDriver().RunGenerators(compilation).GetRunResult();
        if (!result.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException($"The generator reported diagnostics for a {ImageCount}-image snapshot:\n{string.Join('\n', result.Diagnostics)}");
        }

        return result.Results.Single().GeneratedSources
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToArray();
    }

    /// <summary>Compiles to an in-memory assembly and throws when the compiler reports an error.</summary>
    public static void Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(5);
            throw new InvalidOperationException($"The consumer compilation failed:\n{string.Join('\n', errors)}");
        }
    }
}
