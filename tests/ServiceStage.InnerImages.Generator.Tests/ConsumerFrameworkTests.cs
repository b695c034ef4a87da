using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>
/// The generated code compiles without a single warning (warnings are errors here) for
/// consumers on net8.0, net472 and netstandard2.0, with nullable on, and on C# 7.3, the
/// default language version of .NET Framework projects.
/// </summary>
public sealed class ConsumerFrameworkTests
{
    private const string Consumer = """
        using ServiceStage.InnerImages;

        internal static class Consumer
        {
            public const string Java = InnerImages.Java.Openjdk_x86_64_17_1_3_6;

            public static int Count(StackType stack)
            {
                StackType found;
                var known = InnerImages.TryGetStack(Java, out found);
                return known ? InnerImages.ForStack(stack).Count + InnerImages.All.Count : 0;
            }
        }
        """;

    public static TheoryData<string, LanguageVersion> Frameworks => new()
    {
        { "net8.0", LanguageVersion.Latest },
        { "net472", LanguageVersion.Latest },
        { "net472", LanguageVersion.CSharp7_3 },
        { "netstandard2.0", LanguageVersion.Latest },
        { "netstandard2.0", LanguageVersion.CSharp7_3 },
    };

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void GeneratedCode_CompilesWithoutWarnings(string framework, LanguageVersion languageVersion)
    {
        var run = Harness(framework, languageVersion).AddSnapshot(TestSnapshots.Root).AddSource(Consumer).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void HostileSnapshot_CompilesWithoutWarnings(string framework, LanguageVersion languageVersion)
    {
        var snapshot = TestSnapshots.With(
            ("Java", TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6"),
            ("Java", "[2001:db8::1]:5000/op_svc_cse/openjdk-x86_64:17-1.3.6"),
            ("Line\u2028\"Break\"\\", "100.125.0.78:20202/op_svc_cse/node:8-int-1.0@sha256:0123456789abcdef0123456789abcdef"),
            ("class", TestSnapshots.Registry + "php:8"));

        var run = Harness(framework, languageVersion).AddSnapshot(snapshot).AddSource(Consumer).Run();

        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void CSharp73_GetsNoNullableDirective()
    {
        var run = Harness("net472", LanguageVersion.CSharp7_3).AddSnapshot(TestSnapshots.Root).Run();

        Assert.DoesNotContain("#nullable", run.Source("InnerImages.Types.g.cs"));
        Assert.DoesNotContain("string?", run.Source("InnerImages.Types.g.cs"));
    }

    [Fact]
    public void DocumentationMode_ReportsNoMissingComments()
    {
        var harness = Harness("net8.0", LanguageVersion.Latest).SetProperty("InnerImagesAccessibility", "public").AddSnapshot(TestSnapshots.Root);
        var compilation = harness.CreateCompilation();
        var parseOptions = harness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var driver = CSharpGeneratorDriver.Create([new InnerImagesGenerator().AsSourceGenerator()], harness.CreateAdditionalTexts(), parseOptions, harness.CreateOptionsProvider());

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        Assert.Empty(problems);
    }

    private static GeneratorHarness Harness(string framework, LanguageVersion languageVersion) => new()
    {
        References = framework switch
        {
            "net8.0" => ReferenceAssemblySets.Net80,
            "net472" => ReferenceAssemblySets.Net472,
            _ => ReferenceAssemblySets.NetStandard20,
        },
        LanguageVersion = languageVersion,
    };
}
