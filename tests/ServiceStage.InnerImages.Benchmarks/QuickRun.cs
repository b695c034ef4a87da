using System.Diagnostics;
using System.Runtime.CompilerServices;
using ServiceStage.InnerImages.Benchmarks.Compiling;
using ServiceStage.InnerImages.Benchmarks.Generator;
using ServiceStage.InnerImages.Benchmarks.Lookups;

namespace ServiceStage.InnerImages.Benchmarks;

/// <summary>
/// Every ratio of the benchmarks in well under a minute, one line each, for checking often.
/// </summary>
/// <remarks>
/// The two sides of each ratio run in turn, A B A B, and the ratio is the median of the
/// per-round ratios, so a machine that slows down mid-run affects both sides alike. The
/// figures are rougher than BenchmarkDotNet's: fewer rounds, and each loop also pays for
/// reading its input from an array and keeping its result.
/// </remarks>
internal static class QuickRun
{
    private const int LookupCalls = 4_000_000;
    private const int LookupRounds = 7;

    public static int Run()
    {
        Console.WriteLine($"quick run: {Environment.ProcessorCount} cores, .NET {Environment.Version}; ratios of medians, A B A B in one process");

        LookupData.ThrowUnlessAlternativesAgree();
        ReportForStack();
        ReportTryGetStack();
        ReportIncremental();
        ReportColdRuns();
        return 0;
    }

    private static void ReportForStack()
    {
        // Eight entries, so the loop indexes with a mask; every one is a stack with images.
        var stacks = Enumerable.Range(0, 8).Select(index => (StackType)(1 + (index % 5))).ToArray();
        var frozen = Rounds(() => ForStackFrozen(stacks));
        var dictionary = Rounds(() => ForStackDictionary(stacks));
        var handWritten = Rounds(() => ForStackHandWritten(stacks));
        var generated = Rounds(() => ForStackGenerated(stacks));
        var allocated = AllocatedBytes(() => ForStackGenerated(stacks));

        var ratio = MedianRatio(generated, frozen);
        var verdict = ratio <= 0.5 && allocated == 0 ? "met" : "missed";
        Console.WriteLine($"ForStack generated/FrozenDictionary: {ratio:F2} (goal <= 0.50 and 0 B, {verdict}); {allocated} B allocated in {LookupCalls:N0} calls");
        Console.WriteLine($"ForStack generated/Dictionary: {MedianRatio(generated, dictionary):F2}");
        Console.WriteLine($"  ns per call: generated {NanosecondsPerCall(generated):F2}, FrozenDictionary {NanosecondsPerCall(frozen):F2}, Dictionary {NanosecondsPerCall(dictionary):F2}, hand-written switch {NanosecondsPerCall(handWritten):F2}");
        Console.WriteLine($"ForStack generated/hand-written switch: {MedianRatio(generated, handWritten):F2}");
    }

    private static void ReportTryGetStack()
    {
        var urls = LookupData.CopiedUrls().Append(LookupData.MissingUrl()).ToArray();
        var frozen = Rounds(() => TryGetStackFrozen(urls));
        var dictionary = Rounds(() => TryGetStackDictionary(urls));
        var handWritten = Rounds(() => TryGetStackHandWritten(urls));
        var generated = Rounds(() => TryGetStackGenerated(urls));
        var allocated = AllocatedBytes(() => TryGetStackGenerated(urls));

        Console.WriteLine($"TryGetStack generated/FrozenDictionary: {MedianRatio(generated, frozen):F2} (no goal); {allocated} B allocated in {LookupCalls:N0} calls");
        Console.WriteLine($"TryGetStack generated/Dictionary: {MedianRatio(generated, dictionary):F2}");
        Console.WriteLine($"  ns per call: generated {NanosecondsPerCall(generated):F2}, FrozenDictionary {NanosecondsPerCall(frozen):F2}, Dictionary {NanosecondsPerCall(dictionary):F2}, hand-written switch {NanosecondsPerCall(handWritten):F2}");
        Console.WriteLine($"TryGetStack generated/hand-written switch: {MedianRatio(generated, handWritten):F2}");
    }

    private static void ReportIncremental()
    {
        var benchmarks = new IncrementalBenchmarks { ImageCount = 1_000 };
        benchmarks.Setup();
        var steps = IncrementalCheck.ThrowUnlessCached(new CompilerInputs(benchmarks.ImageCount));

        var without = new List<double>();
        var with = new List<double>();
        var generatorOnly = new List<double>();
        for (var round = 0; round < 4; round++)
        {
            without.Add(Time(benchmarks.EditWithoutGenerator));
            with.Add(Time(benchmarks.EditWithGenerator));
            generatorOnly.Add(Time(() => benchmarks.GeneratorAfterEdit()));
        }

        // The first round warms the compiler up and is left out.
        without.RemoveAt(0);
        with.RemoveAt(0);
        generatorOnly.RemoveAt(0);
        Console.WriteLine($"incremental edit, 1,000 images, with/without generator: {MedianRatio(with, without):F2} (goal: no measurable difference); {steps} tracked step outputs all cached");
        Console.WriteLine($"incremental edit, 1,000 images, generator rerun/compile without generator: {MedianRatio(generatorOnly, without):F4} ({Median(generatorOnly):F2} ms of {Median(without):F0} ms)");
    }

    private static void ReportColdRuns()
    {
        var perImage = new Dictionary<int, double>();
        foreach (var (imageCount, rounds) in new[] { (10, 5), (1_000, 3), (10_000, 2) })
        {
            var benchmarks = new ColdRunBenchmarks { ImageCount = imageCount };
            benchmarks.Setup();
            benchmarks.GeneratorRun();

            var plain = new List<double>();
            var generator = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                plain.Add(Time(benchmarks.PlainCompile));
                generator.Add(Time(() => benchmarks.GeneratorRun()));
            }

            perImage[imageCount] = Median(generator) / imageCount;
            var goal = imageCount == 10_000 ? $" (goal <= 0.10, {(MedianRatio(generator, plain) <= 0.10 ? "met" : "missed")})" : string.Empty;
            Console.WriteLine($"cold run, {imageCount:N0} images, generator/plain compile: {MedianRatio(generator, plain):F3}{goal}; {Median(generator):F1} ms of {Median(plain):F0} ms");
        }

        // Linear growth keeps the time per image flat; 1.0 is perfectly linear.
        Console.WriteLine($"cold run, generator time per image at 10,000 / at 1,000: {perImage[10_000] / perImage[1_000]:F2} (1.00 is linear)");
    }

    private static List<double> Rounds<T>(Func<T> loop)
    {
        loop();
        var times = new List<double>();
        for (var round = 0; round < LookupRounds; round++)
        {
            times.Add(Time(() => loop()));
        }

        return times;
    }

    private static long AllocatedBytes<T>(Func<T> loop)
    {
        loop();
        var before = GC.GetAllocatedBytesForCurrentThread();
        loop();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double NanosecondsPerCall(List<double> milliseconds) => Median(milliseconds) * 1e6 / LookupCalls;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    // The median of the round-by-round ratios, which a drifting machine speed affects least.
    private static double MedianRatio(List<double> numerator, List<double> denominator) =>
        Median(numerator.Zip(denominator, (a, b) => a / b).ToList());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<InnerImage>? ForStackFrozen(StackType[] stacks)
    {
        // The last list is returned, so the JIT cannot drop the lookups.
        IReadOnlyList<InnerImage>? last = null;
        for (var i = 0; i < LookupCalls; i++)
        {
            last = LookupData.FrozenForStack[stacks[i & 7]];
        }

        return last;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<InnerImage>? ForStackDictionary(StackType[] stacks)
    {
        // The last list is returned, so the JIT cannot drop the lookups.
        IReadOnlyList<InnerImage>? last = null;
        for (var i = 0; i < LookupCalls; i++)
        {
            last = LookupData.DictionaryForStack[stacks[i & 7]];
        }

        return last;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<InnerImage>? ForStackHandWritten(StackType[] stacks)
    {
        // The last list is returned, so the JIT cannot drop the lookups.
        IReadOnlyList<InnerImage>? last = null;
        for (var i = 0; i < LookupCalls; i++)
        {
            last = HandWrittenLookups.ForStack(stacks[i & 7]);
        }

        return last;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<InnerImage>? ForStackGenerated(StackType[] stacks)
    {
        // The last list is returned, so the JIT cannot drop the lookups.
        IReadOnlyList<InnerImage>? last = null;
        for (var i = 0; i < LookupCalls; i++)
        {
            last = InnerImages.ForStack(stacks[i & 7]);
        }

        return last;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TryGetStackFrozen(string[] urls)
    {
        var total = 0;
        for (var i = 0; i < LookupCalls; i++)
        {
            total += LookupData.FrozenStackByUrl.TryGetValue(urls[i % urls.Length], out var stack) ? (int)stack : 0;
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TryGetStackDictionary(string[] urls)
    {
        var total = 0;
        for (var i = 0; i < LookupCalls; i++)
        {
            total += LookupData.DictionaryStackByUrl.TryGetValue(urls[i % urls.Length], out var stack) ? (int)stack : 0;
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TryGetStackHandWritten(string[] urls)
    {
        var total = 0;
        for (var i = 0; i < LookupCalls; i++)
        {
            total += HandWrittenLookups.TryGetStack(urls[i % urls.Length], out var stack) ? (int)stack : 0;
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TryGetStackGenerated(string[] urls)
    {
        var total = 0;
        for (var i = 0; i < LookupCalls; i++)
        {
            total += InnerImages.TryGetStack(urls[i % urls.Length], out var stack) ? (int)stack : 0;
        }

        return total;
    }
}
