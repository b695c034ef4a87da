using Microsoft.CodeAnalysis;
using ServiceStage.InnerImages.Benchmarks.Compiling;

namespace ServiceStage.InnerImages.Benchmarks.Generator;

/// <summary>
/// Confirms with step tracking that an unrelated C# edit reruns no step of the generator, so
/// that the incremental benchmarks time the cached path and nothing else.
/// </summary>
internal static class IncrementalCheck
{
    /// <summary>Runs a driver, applies an edit, runs it again and returns the number of step outputs checked.</summary>
    public static int ThrowUnlessCached(CompilerInputs inputs)
    {
        var program = CompilerInputs.Parse(CompilerInputs.ProgramSource, "/consumer/Program.cs");
        var compilation = CompilerInputs.CreateCompilation([program]);
        var driver = inputs.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CompilerInputs.Parse("internal static class Edited { }", "/consumer/Edited.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var checkedOutputs = 0;
        var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps);
        foreach (var (name, runs) in steps)
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    throw new InvalidOperationException($"The generator step '{name}' ran again after an unrelated C# edit ({output.Reason}), so the incremental benchmarks would not time the cached path.");
                }

                checkedOutputs++;
            }
        }

        if (checkedOutputs == 0)
        {
            throw new InvalidOperationException("The generator reported no tracked steps; step tracking is off or the generator did not run.");
        }

        return checkedOutputs;
    }
}
