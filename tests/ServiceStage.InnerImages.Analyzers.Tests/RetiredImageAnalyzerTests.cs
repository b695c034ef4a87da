using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;
using ServiceStage.InnerImages.CodeFixes;
using ServiceStage.InnerImages.Generator.Analyzers;
using static ServiceStage.InnerImages.Analyzers.Tests.Infrastructure.Snapshots;

namespace ServiceStage.InnerImages.Analyzers.Tests;

/// <summary>SSI011: references to constants whose image the live catalog dropped, and the fix to the newest live image.</summary>
public sealed class RetiredImageAnalyzerTests
{
    private const string LiveDate = "2026-12-03T10:00:00Z";

    [Fact]
    public async Task RetiredConstant_ReportedAtReference()
    {
        var test = Create("""
            using ServiceStage.InnerImages;

            class C
            {
                public string Current = InnerImages.Java.Openjdk_x86_64_17_1_3_6;
                public string Old = {|#0:InnerImages.Java.Openjdk_x86_64_8_1_1_7|};
            }
            """);
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17), ("Nodejs", Node18)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI011", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"InnerImages.Java.Openjdk_x86_64_8_1_1_7 is the Java image '{Java8}', which the live catalog of 2026-12-03 no longer offers; use the newest live Java image '{Java17}' (InnerImages.Java.Openjdk_x86_64_17_1_3_6) instead, and refresh the snapshot with 'dotnet build -t:RefreshInnerImages'."));

        await test.RunAsync();
    }

    [Fact]
    public async Task EveryReference_IsReported()
    {
        var test = Create("""
            using static ServiceStage.InnerImages.InnerImages.Java;

            class C
            {
                const string Alias = {|#0:Openjdk_x86_64_8_1_1_7|};
                public string M() => {|#1:ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_8_1_1_7|} + Alias;
            }
            """);
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17), ("Nodejs", Node18)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI011", DiagnosticSeverity.Warning).WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI011", DiagnosticSeverity.Warning).WithLocation(1));

        await test.RunAsync();
    }

    [Fact]
    public async Task ReplacementNotInSnapshot_NamedByUrl()
    {
        var test = Create("class C { public string Old = {|#0:ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_8_1_1_7|}; }");
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17), ("Java", Java21), ("Nodejs", Node18)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI011", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"InnerImages.Java.Openjdk_x86_64_8_1_1_7 is the Java image '{Java8}', which the live catalog of 2026-12-03 no longer offers; the newest live Java image is '{Java21}', which the snapshot does not have yet. Refresh the snapshot with 'dotnet build -t:RefreshInnerImages' and use its constant instead."));

        await test.RunAsync();
    }

    [Fact]
    public async Task StackWithoutLiveImage_SaysSo()
    {
        var test = Create("class C { public string Old = {|#0:ServiceStage.InnerImages.InnerImages.Nodejs.Node_x86_64_18_1_3_5|}; }");
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17), ("Java", Java8)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI011", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"InnerImages.Nodejs.Node_x86_64_18_1_3_5 is the Nodejs image '{Node18}', which the live catalog of 2026-12-03 no longer offers, and the live catalog has no Nodejs image left; choose another stack, and refresh the snapshot with 'dotnet build -t:RefreshInnerImages'."));

        await test.RunAsync();
    }

    [Fact]
    public async Task LiveConstant_NotReported()
    {
        var test = Create("class C { public string S = ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_17_1_3_6; }");
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17)));

        await test.RunAsync();
    }

    [Fact]
    public async Task NoLiveCatalog_NotReported()
    {
        var test = Create("class C { public string S = ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_8_1_1_7; }");
        test.Catalog.AddSnapshot(Default());

        await test.RunAsync();
    }

    [Fact]
    public async Task UnusableLiveCatalog_CountsAsNone()
    {
        var test = Create("class C { public string S = ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_8_1_1_7; }");
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog("{ \"runtime_stacks\": ");

        await test.RunAsync();
    }

    [Fact]
    public async Task UserConstantWithSameValue_NotReported()
    {
        var test = Create($$"""
            class C
            {
                const string Mine = "{{Java8}}";
                public string S = Mine;
            }
            """);
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17)));

        await test.RunAsync();
    }

    [Fact]
    public async Task NameOf_NotReported()
    {
        var test = Create("class C { public string S = nameof(ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_8_1_1_7); }");
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17)));

        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigSeverity_MakesItAnError()
    {
        var test = Create("class C { public string S = {|#0:ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_8_1_1_7|}; }");
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17)));
        TestSetup.SetSeverity(test, "SSI011", "/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SSI011.severity = error\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI011", DiagnosticSeverity.Error).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public async Task CodeFix_UsesNewestLiveConstant()
    {
        var test = new CodeFixVerifier<RetiredImageAnalyzer, RetiredImageCodeFixProvider>
        {
            TestCode = """
                using ServiceStage.InnerImages;

                class C
                {
                    public string A = {|SSI011:InnerImages.Java.Openjdk_x86_64_8_1_1_7|};
                    public string B = {|SSI011:InnerImages.Java.Openjdk_x86_64_8_1_1_7|};
                }
                """,
            FixedCode = """
                using ServiceStage.InnerImages;

                class C
                {
                    public string A = InnerImages.Java.Openjdk_x86_64_17_1_3_6;
                    public string B = InnerImages.Java.Openjdk_x86_64_17_1_3_6;
                }
                """,
        };
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java17), ("Nodejs", Node18)));

        await test.RunAsync();
    }

    [Fact]
    public async Task CodeFix_NotOfferedWithoutConstant()
    {
        const string Code = "class C { public string A = {|SSI011:ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_8_1_1_7|}; }";
        var test = new CodeFixVerifier<RetiredImageAnalyzer, RetiredImageCodeFixProvider> { TestCode = Code, FixedCode = Code };
        test.Catalog.AddSnapshot(Default());
        test.Catalog.AddLiveCatalog(With(LiveDate, ("Java", Java21)));

        await test.RunAsync();
    }

    private static AnalyzerVerifier<RetiredImageAnalyzer> Create(string code) => new() { TestCode = code };
}
