using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;
using ServiceStage.InnerImages.Generator.Analyzers;
using static ServiceStage.InnerImages.Analyzers.Tests.Infrastructure.Snapshots;

namespace ServiceStage.InnerImages.Analyzers.Tests;

/// <summary>SSI013: literals shaped like ServiceStage built-in images that the snapshot does not list.</summary>
public sealed class UnknownBuiltInImageTests
{
    [Fact]
    public async Task UnknownTag_SuggestsSnapshotImage()
    {
        var test = Create($"class C {{ public string S = {{|#0:\"{Registry}openjdk-x86_64:17-1.3.7\"|}}; }}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI013", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"'{Registry}openjdk-x86_64:17-1.3.7' has the shape of a ServiceStage built-in image but is not in the snapshot; the snapshot has '{Java17}' (InnerImages.Java.Openjdk_x86_64_17_1_3_6) for this image. Use a listed image, or refresh the snapshot with 'dotnet build -t:RefreshInnerImages' if ServiceStage has added this one."));

        await test.RunAsync();
    }

    [Fact]
    public async Task OtherRegion_SuggestsSameImage()
    {
        const string CnNorth = "swr.cn-north-4.myhuaweicloud.com/op_svc_cse/node-x86_64:18-1.3.5";
        var test = Create($"class C {{ public string S = {{|#0:\"{CnNorth}\"|}}; }}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI013", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"'{CnNorth}' has the shape of a ServiceStage built-in image but is not in the snapshot; the snapshot has '{Node18}' (InnerImages.Nodejs.Node_x86_64_18_1_3_5) for this image. Use a listed image, or refresh the snapshot with 'dotnet build -t:RefreshInnerImages' if ServiceStage has added this one."));

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownImage_AsksToCheckAddress()
    {
        var test = Create($"class C {{ public string S = {{|#0:\"{Python3}\"|}}; }}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI013", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"'{Python3}' has the shape of a ServiceStage built-in image but is not in the snapshot; check the address against the catalog, or refresh the snapshot with 'dotnet build -t:RefreshInnerImages' if ServiceStage has added this image."));

        await test.RunAsync();
    }

    [Fact]
    public async Task ImageInLiveCatalog_AsksToRefresh()
    {
        var test = Create($"class C {{ public string S = {{|#0:\"{Java21}\"|}}; }}");
        test.Catalog.AddLiveCatalog(With("2026-12-03T10:00:00Z", ("Java", Java17), ("Java", Java21)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI013", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage($"'{Java21}' has the shape of a ServiceStage built-in image but is not in the snapshot, although the live catalog lists it; refresh the snapshot with 'dotnet build -t:RefreshInnerImages' and use the new constant."));

        await test.RunAsync();
    }

    [Fact]
    public async Task UppercaseRegistry_HasTheShape()
    {
        var test = Create("class C { public string S = {|#0:\"SWR.AP-SOUTHEAST-1.MYHUAWEICLOUD.COM/op_svc_cse/openjdk-x86_64:17-1.3.6\"|}; }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI013", DiagnosticSeverity.Warning).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public async Task OtherShapes_NotReported()
    {
        var test = Create("""
            class C
            {
                public string Hub = "docker.io/library/openjdk:17";
                public string OtherNamespace = "swr.ap-southeast-1.myhuaweicloud.com/contoso/openjdk-x86_64:17";
                public string OtherHost = "swr.ap-southeast-1.example.com/op_svc_cse/openjdk-x86_64:17";
                public string InternalRegistry = "100.125.0.78:20202/op_svc_cse/openjdk-x86_64:17-1.3.6";
                public string WithPort = "swr.ap-southeast-1.myhuaweicloud.com:443/op_svc_cse/openjdk-x86_64:17";
                public string InvalidTag = "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:-17";
                public string Prose = "pull it from swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/ later";
            }
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task SnapshotImage_IsSsi012NotSsi013()
    {
        var test = Create($"class C {{ public string S = {{|#0:\"{Java17}\"|}}; }}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI012", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public async Task NoSnapshot_NotReported()
    {
        var test = new AnalyzerVerifier<ImageLiteralAnalyzer> { TestCode = $"class C {{ public string S = \"{Java21}\"; }}" };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI001", DiagnosticSeverity.Warning)
            .WithMessage("No snapshot.json was found; add one (for example with 'innerimages snapshot --output snapshot.json') or set the InnerImagesSnapshot property to its path. The catalog is generated empty."));

        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigSeverity_MakesItAnError()
    {
        var test = Create($"class C {{ public string S = {{|#0:\"{Java21}\"|}}; }}");
        TestSetup.SetSeverity(test, "SSI013", "/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SSI013.severity = error\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI013", DiagnosticSeverity.Error).WithLocation(0));

        await test.RunAsync();
    }

    private static AnalyzerVerifier<ImageLiteralAnalyzer> Create(string code)
    {
        var test = new AnalyzerVerifier<ImageLiteralAnalyzer> { TestCode = code };
        test.Catalog.AddSnapshot(Default());
        return test;
    }
}
