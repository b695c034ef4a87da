using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ServiceStage.InnerImages.Benchmarks.Generator;

/// <summary>
/// One invocation per iteration, for operations that compile a project and take up to seconds
/// each. Five warm-up runs let the compiler's own code reach optimized JIT tiers first, and
/// fifteen iterations give a usable median on a shared 2-core machine in minutes.
/// </summary>
public sealed class SingleInvocationConfig : ManualConfig
{
    public SingleInvocationConfig()
    {
        AddJob(Job.Default
            .WithWarmupCount(5)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
