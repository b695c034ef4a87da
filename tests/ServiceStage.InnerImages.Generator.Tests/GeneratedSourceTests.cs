using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>
/// The generated source for the repository's snapshot, compared with reviewed baselines.
/// After an intended change to the output, run the tests once with
/// <c>INNERIMAGES_UPDATE_BASELINES=1</c> and review the baseline diff before committing it.
/// </summary>
public sealed class GeneratedSourceTests
{
    private static readonly string BaselineDirectory = Path.Combine(TestSnapshots.RepositoryRoot, "tests", "ServiceStage.InnerImages.Generator.Tests", "Baselines");

    [Fact]
    public async Task RootSnapshot_MatchesBaselines()
    {
        var test = new CSharpSourceGeneratorTest<InnerImagesGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestState =
            {
                Sources = { "public static class Consumer { public const string Image = ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_17_1_3_6; }" },
                AdditionalFiles = { ("/project/snapshot.json", TestSnapshots.Root) },
                AnalyzerConfigFiles =
                {
                    ("/.globalconfig", "is_global = true\n\n[/project/snapshot.json]\nbuild_metadata.AdditionalFiles.InnerImagesSnapshot = true\n"),
                },
            },
        };
        test.TestState.AdditionalReferences.AddRange(ReferenceAssemblySets.Net80);

        if (Environment.GetEnvironmentVariable("INNERIMAGES_UPDATE_BASELINES") == "1")
        {
            var run = new GeneratorHarness().AddSnapshot(TestSnapshots.Root).Run();
            foreach (var hintName in run.HintNames)
            {
                File.WriteAllText(Path.Combine(BaselineDirectory, hintName), run.Source(hintName));
            }
        }

        foreach (var hintName in new[] { "InnerImages.Types.g.cs", "InnerImages.InnerImages.g.cs" })
        {
            var baseline = File.ReadAllText(Path.Combine(BaselineDirectory, hintName));
            test.TestState.GeneratedSources.Add((typeof(InnerImagesGenerator), hintName, SourceText.From(baseline, System.Text.Encoding.UTF8)));
        }

        await test.RunAsync();
    }
}
