using BenchmarkDotNet.Attributes;

namespace ServiceStage.InnerImages.Benchmarks.Lookups;

/// <summary>
/// <c>InnerImages.ForStack</c> against the lookups a developer would write instead, on the
/// 50-image catalog of <c>lookup-snapshot.json</c>. Each call returns a list built once.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LookupConfig))]
public class ForStackBenchmarks
{
    [Params(StackType.Java, StackType.Php)]
    public StackType Stack { get; set; }

    [GlobalSetup]
    public void Setup() => LookupData.ThrowUnlessAlternativesAgree();

    [Benchmark(Baseline = true)]
    public IReadOnlyList<InnerImage> FrozenDictionary() => LookupData.FrozenForStack[Stack];

    [Benchmark]
    public IReadOnlyList<InnerImage> Dictionary() => LookupData.DictionaryForStack[Stack];

    [Benchmark]
    public IReadOnlyList<InnerImage> HandWrittenSwitch() => HandWrittenLookups.ForStack(Stack);

    [Benchmark]
    public IReadOnlyList<InnerImage> Generated() => InnerImages.ForStack(Stack);
}
