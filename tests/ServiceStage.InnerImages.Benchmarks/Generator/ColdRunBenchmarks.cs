using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using ServiceStage.InnerImages.Benchmarks.Compiling;

namespace ServiceStage.InnerImages.Benchmarks.Generator;

/// <summary>
/// A cold generator run (a new driver, as in a fresh compiler process) on snapshots of growing
/// size, next to compiling the same generated source as plain files without the generator.
/// </summary>
/// <remarks>
/// <see cref="GeneratorRun"/> includes parsing the generated source, which the compiler does
/// as part of the run, so its ratio to <see cref="PlainCompile"/> overstates the generator's
/// share slightly: the plain compile parses the same text. <see cref="CompileWithGenerator"/>
/// is what a build with the package does, so its ratio minus one is the real overhead.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(SingleInvocationConfig))]
public class ColdRunBenchmarks
{
    private CompilerInputs _inputs = null!;
    private (string HintName, string Text)[] _generatedSources = [];

    [Params(10, 1_000, 10_000)]
    public int ImageCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new CompilerInputs(ImageCount);
        _generatedSources = [.. _inputs.GenerateSources()];
    }

    /// <summary>Parses the generated source as checked-in files and compiles it, with no generator.</summary>
    [Benchmark(Baseline = true)]
    public void PlainCompile()
    {
        var trees = new List<SyntaxTree> { CompilerInputs.Parse(CompilerInputs.ProgramSource, "/consumer/Program.cs") };
        foreach (var (hintName, text) in _generatedSources)
        {
            trees.Add(CompilerInputs.Parse(text, "/consumer/" + hintName));
        }

        CompilerInputs.Emit(CompilerInputs.CreateCompilation(trees));
    }

    /// <summary>Runs the generator with a new driver: reading the snapshot, naming, emitting and parsing its output.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorRun()
    {
        var compilation = CompilerInputs.CreateCompilation([CompilerInputs.Parse(CompilerInputs.ProgramSource, "/consumer/Program.cs")]);
        return _inputs.CreateDriver().RunGenerators(compilation);
    }

    /// <summary>Runs the generator and compiles its output with the program, as a build with the package does.</summary>
    [Benchmark]
    public void CompileWithGenerator()
    {
        var compilation = CompilerInputs.CreateCompilation([CompilerInputs.Parse(CompilerInputs.ProgramSource, "/consumer/Program.cs")]);
        _inputs.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        CompilerInputs.Emit(output);
    }
}
