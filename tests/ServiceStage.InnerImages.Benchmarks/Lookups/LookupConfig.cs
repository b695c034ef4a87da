using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ServiceStage.InnerImages.Benchmarks.Lookups;

/// <summary>
/// Fixed warm-up and iteration counts, so the lookup benchmarks finish in minutes on a noisy
/// machine, where the default job keeps adding iterations up to its maximum of 100.
/// </summary>
public sealed class LookupConfig : ManualConfig
{
    public LookupConfig()
    {
        AddJob(Job.Default
            .WithWarmupCount(5)
            .WithIterationCount(20));
    }
}
