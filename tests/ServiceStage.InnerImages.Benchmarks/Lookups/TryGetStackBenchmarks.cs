using BenchmarkDotNet.Attributes;

namespace ServiceStage.InnerImages.Benchmarks.Lookups;

/// <summary>
/// <c>InnerImages.TryGetStack</c> against the lookups a developer would write instead, on the
/// 50-image catalog of <c>lookup-snapshot.json</c>, with urls that are copies, not the
/// interned literals, as a url read from configuration would be.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LookupConfig))]
public class TryGetStackBenchmarks
{
    private string _url = string.Empty;

    /// <summary>The first and last url of the catalog, and one it does not list.</summary>
    [Params("first", "last", "missing")]
    public string Url { get; set; } = "first";

    [GlobalSetup]
    public void Setup()
    {
        LookupData.ThrowUnlessAlternativesAgree();
        var urls = LookupData.CopiedUrls();
        _url = Url switch
        {
            "first" => urls[0],
            "last" => urls[^1],
            _ => LookupData.MissingUrl(),
        };
    }

    [Benchmark(Baseline = true)]
    public bool FrozenDictionary() => LookupData.FrozenStackByUrl.TryGetValue(_url, out _);

    [Benchmark]
    public bool Dictionary() => LookupData.DictionaryStackByUrl.TryGetValue(_url, out _);

    [Benchmark]
    public bool HandWrittenSwitch() => HandWrittenLookups.TryGetStack(_url, out _);

    [Benchmark]
    public bool Generated() => InnerImages.TryGetStack(_url, out _);
}
