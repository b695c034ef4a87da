using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace ServiceStage.InnerImages.Benchmarks.Lookups;

/// <summary>
/// The alternatives to the generated lookups that a developer would write, filled from the
/// same catalog: <c>lookup-snapshot.json</c>, compiled into this project by the generator.
/// </summary>
internal static class LookupData
{
    /// <summary>The number of images in <c>lookup-snapshot.json</c>, a catalog of realistic size.</summary>
    public const int ImageCount = 50;

    public static FrozenDictionary<StackType, IReadOnlyList<InnerImage>> FrozenForStack { get; } =
        GroupByStack().ToFrozenDictionary();

    public static Dictionary<StackType, IReadOnlyList<InnerImage>> DictionaryForStack { get; } =
        GroupByStack();

    public static FrozenDictionary<string, StackType> FrozenStackByUrl { get; } =
        InnerImages.All.ToFrozenDictionary(image => image.Url, image => image.Stack, StringComparer.Ordinal);

    public static Dictionary<string, StackType> DictionaryStackByUrl { get; } =
        InnerImages.All.ToDictionary(image => image.Url, image => image.Stack, StringComparer.Ordinal);

    /// <summary>
    /// Returns copies of every url of the catalog. A url that a service reads from configuration
    /// or a request is never the interned literal, so a lookup cannot stop at reference equality.
    /// </summary>
    public static string[] CopiedUrls() =>
        InnerImages.All.Select(image => new string(image.Url.AsSpan())).ToArray();

    /// <summary>Returns a url of the right shape that the catalog does not list.</summary>
    public static string MissingUrl() =>
        new string((Catalogs.SnapshotFactory.Registry + "/op_svc_cse/openjdk-x86_64:99-9.9.9").AsSpan());

    /// <summary>Throws unless every alternative gives the generated lookups' result for every input.</summary>
    public static void ThrowUnlessAlternativesAgree()
    {
        if (InnerImages.All.Count != ImageCount)
        {
            throw new InvalidOperationException($"lookup-snapshot.json lists {InnerImages.All.Count} images, expected {ImageCount}; run 'dotnet run -c Release -- write-lookup-data' and rebuild.");
        }

        foreach (var stack in Enum.GetValues<StackType>())
        {
            var expected = InnerImages.ForStack(stack);
            if (HandWrittenLookups.ForStack(stack).Count != expected.Count
                || FrozenForStack[stack].Count != expected.Count
                || DictionaryForStack[stack].Count != expected.Count)
            {
                throw new InvalidOperationException($"The alternatives disagree with InnerImages.ForStack on {stack}.");
            }
        }

        foreach (var url in CopiedUrls().Append(MissingUrl()))
        {
            var found = InnerImages.TryGetStack(url, out var expected);
            var handWritten = HandWrittenLookups.TryGetStack(url, out var handWrittenStack);
            var frozen = FrozenStackByUrl.TryGetValue(url, out var frozenStack);
            var dictionary = DictionaryStackByUrl.TryGetValue(url, out var dictionaryStack);
            if (handWritten != found || frozen != found || dictionary != found
                || handWrittenStack != expected || frozenStack != expected || dictionaryStack != expected)
            {
                throw new InvalidOperationException($"The alternatives disagree with InnerImages.TryGetStack on '{url}'; run 'dotnet run -c Release -- write-lookup-data' and rebuild.");
            }
        }
    }

    private static Dictionary<StackType, IReadOnlyList<InnerImage>> GroupByStack()
    {
        var byStack = new Dictionary<StackType, IReadOnlyList<InnerImage>>();
        foreach (var stack in Enum.GetValues<StackType>())
        {
            var images = InnerImages.All.Where(image => image.Stack == stack).ToArray();
            byStack.Add(stack, new ReadOnlyCollection<InnerImage>(images));
        }

        return byStack;
    }
}
