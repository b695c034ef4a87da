using Microsoft.CodeAnalysis.CSharp;
using ServiceStage.InnerImages.Generator.Emit;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>
/// Catalogs with more images than <see cref="CatalogEmitter.MaxSwitchImages"/>, whose
/// <c>TryGetStack</c> looks the url up in a dictionary instead of a <c>switch</c>.
/// </summary>
public sealed class LargeCatalogTests
{
    private static readonly (string Type, string Url)[] Entries = Enumerable.Range(0, CatalogEmitter.MaxSwitchImages + 1)
        .Select(index => (index % 2 == 0 ? "Java" : "Nodejs", $"{TestSnapshots.Registry}image-{index}:1.0.{index}"))
        .ToArray();

    private static readonly GeneratorRun Run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(Entries)).Run();

    private static readonly Type Catalog = Run.LoadType("ServiceStage.InnerImages.InnerImages");

    [Fact]
    public void LargeCatalog_UsesDictionaryNotSwitch()
    {
        var source = Run.Source("InnerImages.InnerImages.g.cs");

        Assert.Contains("s_stackByUrl.TryGetValue(url, out stack)", source);
        Assert.DoesNotContain("switch (url)", source);
    }

    [Fact]
    public void CatalogAtSwitchLimit_UsesSwitch()
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(Entries[..CatalogEmitter.MaxSwitchImages])).Run();

        Assert.Contains("switch (url)", run.Source("InnerImages.InnerImages.g.cs"));
        Assert.DoesNotContain("s_stackByUrl", run.Source("InnerImages.InnerImages.g.cs"));
    }

    [Theory]
    [InlineData(0, "Java")]
    [InlineData(1, "Nodejs")]
    [InlineData(CatalogEmitter.MaxSwitchImages, "Java")]
    public void TryGetStack_FindsEveryListedUrl(int index, string stack)
    {
        object?[] arguments = [Entries[index].Url, null];

        var found = (bool)Catalog.GetMethod("TryGetStack")!.Invoke(null, arguments)!;

        Assert.True(found);
        Assert.Equal(stack, arguments[1]!.ToString());
    }

    [Theory]
    [InlineData(TestSnapshots.Registry + "IMAGE-0:1.0.0")]
    [InlineData(TestSnapshots.Registry + "image-0:1.0.0 ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetStack_RejectsOtherUrls(string? url)
    {
        object?[] arguments = [url, null];

        var found = (bool)Catalog.GetMethod("TryGetStack")!.Invoke(null, arguments)!;

        Assert.False(found);
        Assert.Equal("0", arguments[1]!.ToString());
    }

    [Theory]
    [InlineData("net8.0", LanguageVersion.Latest)]
    [InlineData("net472", LanguageVersion.CSharp7_3)]
    [InlineData("netstandard2.0", LanguageVersion.Latest)]
    public void LargeCatalog_CompilesWithoutWarnings(string framework, LanguageVersion languageVersion)
    {
        var harness = new GeneratorHarness
        {
            References = framework switch
            {
                "net472" => ReferenceAssemblySets.Net472,
                "netstandard2.0" => ReferenceAssemblySets.NetStandard20,
                _ => ReferenceAssemblySets.Net80,
            },
            LanguageVersion = languageVersion,
        };

        var run = harness.AddSnapshot(TestSnapshots.With(Entries)).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }
}
