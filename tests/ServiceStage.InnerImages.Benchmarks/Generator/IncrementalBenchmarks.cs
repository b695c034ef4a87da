using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using ServiceStage.InnerImages.Benchmarks.Compiling;

namespace ServiceStage.InnerImages.Benchmarks.Generator;

/// <summary>
/// An unrelated C# edit, the IDE's case on every keystroke. The edited file is parsed and the
/// project compiled again, with the generator present (its driver kept from the last run) or
/// absent (the generated files checked in as plain source).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SingleInvocationConfig))]
public class IncrementalBenchmarks
{
    private const string EditedPath = "/consumer/Edited.cs";

    private CompilerInputs _inputs = null!;
    private CSharpCompilationWithTree _withoutGenerator;
    private CSharpCompilationWithTree _withGenerator;
    private GeneratorDriver _driver = null!;
    private int _edit;

    [Params(1_000)]
    public int ImageCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new CompilerInputs(ImageCount);
        IncrementalCheck.ThrowUnlessCached(_inputs);

        var program = CompilerInputs.Parse(CompilerInputs.ProgramSource, "/consumer/Program.cs");
        var edited = CompilerInputs.Parse(EditedSource(0), EditedPath);
        var generated = _inputs.GenerateSources().Select(source => CompilerInputs.Parse(source.Text, "/consumer/" + source.HintName));

        _withoutGenerator = new(CompilerInputs.CreateCompilation([program, edited, .. generated]), edited);
        _withGenerator = new(CompilerInputs.CreateCompilation([program, edited]), edited);
        _driver = _inputs.CreateDriver().RunGenerators(_withGenerator.Compilation);
    }

    /// <summary>Parses the edit and compiles the project that has the generated files checked in.</summary>
    [Benchmark(Baseline = true)]
    public void EditWithoutGenerator()
    {
        CompilerInputs.Emit(_withoutGenerator.WithEdit(NextEdit()));
    }

    /// <summary>Parses the edit, runs the generator again (every step cached) and compiles.</summary>
    [Benchmark]
    public void EditWithGenerator()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_withGenerator.WithEdit(NextEdit()), out var output, out _);
        CompilerInputs.Emit(output);
    }

    /// <summary>Parses the edit and runs the generator again, without compiling: the generator's own share.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorAfterEdit()
    {
        _driver = _driver.RunGenerators(_withGenerator.WithEdit(NextEdit()));
        return _driver;
    }

    private SyntaxTree NextEdit()
    {
        _edit++;
        return CompilerInputs.Parse(EditedSource(_edit), EditedPath);
    }

    private static string EditedSource(int edit) => $$"""
        internal static class Edited
        {
            public static int Value() => {{edit}};
        }
        """;

    /// <summary>A compilation and the tree in it that each edit replaces.</summary>
    private readonly record struct CSharpCompilationWithTree(Compilation Compilation, SyntaxTree Tree)
    {
        public Compilation WithEdit(SyntaxTree edited) => Compilation.ReplaceSyntaxTree(Tree, edited);
    }
}
