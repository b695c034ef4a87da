using BenchmarkDotNet.Attributes;

namespace ServiceStage.InnerImages.Benchmarks.Lookups;

/// <summary>
/// <c>InnerImages.ForStack</c> against the lookups a developer would write instead, on the
/// 50-image catalog of <c>lookup-snapshot.json</c>. Each call returns a list built once.
/// </summary>
/// <remarks>
/// One call takes about a nanosecond, which is BenchmarkDotNet's own overhead, so each
/// operation looks up eight stacks in a row (every stack, then three again) and the result
/// is divided by eight. The last list is returned, so the JIT cannot drop the lookups.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(LookupConfig))]
public class ForStackBenchmarks
{
    private const int Lookups = 8;

    private readonly StackType[] _stacks =
    [
        StackType.Nodejs, StackType.Java, StackType.Tomcat, StackType.Python, StackType.Php,
        StackType.Nodejs, StackType.Java, StackType.Tomcat,
    ];

    [GlobalSetup]
    public void Setup() => LookupData.ThrowUnlessAlternativesAgree();

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public IReadOnlyList<InnerImage>? FrozenDictionary()
    {
        IReadOnlyList<InnerImage>? last = null;
        foreach (var stack in _stacks)
        {
            last = LookupData.FrozenForStack[stack];
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public IReadOnlyList<InnerImage>? Dictionary()
    {
        IReadOnlyList<InnerImage>? last = null;
        foreach (var stack in _stacks)
        {
            last = LookupData.DictionaryForStack[stack];
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public IReadOnlyList<InnerImage>? HandWrittenSwitch()
    {
        IReadOnlyList<InnerImage>? last = null;
        foreach (var stack in _stacks)
        {
            last = HandWrittenLookups.ForStack(stack);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public IReadOnlyList<InnerImage>? Generated()
    {
        IReadOnlyList<InnerImage>? last = null;
        foreach (var stack in _stacks)
        {
            last = InnerImages.ForStack(stack);
        }

        return last;
    }
}
