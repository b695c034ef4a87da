using System.Text;
using Microsoft.CodeAnalysis;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>
/// Every kind of bad input gives its SSI diagnostic at the right place in snapshot.json, the
/// generator never throws (which would show as CS8785 and generate nothing), and whatever is
/// still valid is generated.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Java17 = TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6";

    [Fact]
    public void NoSnapshot_ReportsSsi001AndGeneratesEmptyCatalog()
    {
        var run = new GeneratorHarness()
            .SetProperty("ProjectDir", "/work/app/")
            .AddSource("class C { int n = ServiceStage.InnerImages.InnerImages.All.Count; }")
            .Run();

        var diagnostic = Assert.Single(run.WithId("SSI001"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains("'/work/app/'", diagnostic.GetMessage());
        Assert.Contains("InnerImagesSnapshot", diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void ExplicitPathMissing_NamesThePath()
    {
        var run = new GeneratorHarness().SetProperty("InnerImagesSnapshot", "/work/app/images.json").Run();

        var diagnostic = Assert.Single(run.WithId("SSI001"));
        Assert.Contains("'/work/app/images.json'", diagnostic.GetMessage());
    }

    [Fact]
    public void UnrelatedAdditionalFile_IsNotASnapshot()
    {
        var run = new GeneratorHarness().AddAdditionalFile("/project/other.json", "not json at all").Run();

        Assert.Single(run.WithId("SSI001"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SSI004");
    }

    [Fact]
    public void UnreadableFile_ReportsSsi002()
    {
        var run = new GeneratorHarness().AddSnapshot(new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, (Microsoft.CodeAnalysis.Text.SourceText?)null)).Run();

        var diagnostic = Assert.Single(run.WithId("SSI002"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
        Assert.Equal(GeneratorHarness.SnapshotPath, diagnostic.Location.GetLineSpan().Path);
        AssertNoCrash(run);
    }

    [Fact]
    public void NonUtf8File_ReportsSsi003()
    {
        var latin1 = GeneratorHarness.Text(GeneratorHarness.SnapshotPath, TestSnapshots.With(("Java", Java17)), Encoding.Latin1);

        var run = new GeneratorHarness().AddSnapshot(latin1).Run();

        var diagnostic = Assert.Single(run.WithId("SSI003"));
        Assert.Contains("UTF-8", diagnostic.GetMessage());
        Assert.Contains("iso-8859-1", diagnostic.GetMessage());
        AssertNoCrash(run);
    }

    [Fact]
    public void ReplacementCharacter_ReportsSsi003AtTheBadBytes()
    {
        var text = "{\n  \"runtime_stacks\": [ { \"type\": \"J\uFFFDva\", \"url\": \"" + Java17 + "\" } ]\n}";

        var run = new GeneratorHarness().AddSnapshot(text).Run();

        var diagnostic = Assert.Single(run.WithId("SSI003"));
        Assert.Equal((1, 34), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("line 2, column 35", diagnostic.GetMessage());
        Assert.DoesNotContain("Jva", run.Source("InnerImages.Types.g.cs"));
    }

    [Theory]
    [InlineData("{\n  \"runtime_stacks\": [\n    { \"type\": \"Java\", \"url\": ", 3)]
    [InlineData("<html><body>502 Bad Gateway</body></html>", 1)]
    [InlineData("{ \"runtime_stacks\": [] } trailing", 1)]
    [InlineData("", 1)]
    [InlineData(" \r\n\t", 1)]
    [InlineData("{ \"runtime_stacks\": [ } ", 1)]
    public void InvalidJson_ReportsSsi004AtTheError(string text, int expectedLine)
    {
        var run = new GeneratorHarness().AddSnapshot(text).Run();

        var diagnostic = Assert.Single(run.WithId("SSI004"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
        Assert.Equal(expectedLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain("LineNumber", diagnostic.GetMessage());
        AssertNoCrash(run);
    }

    [Fact]
    public void EmptyFile_SaysItIsEmpty()
    {
        var run = new GeneratorHarness().AddSnapshot("\n").Run();

        var diagnostic = Assert.Single(run.WithId("SSI004"));
        Assert.StartsWith("The snapshot is empty", diagnostic.GetMessage());
        Assert.DoesNotContain("isFinalBlock", diagnostic.GetMessage());
    }

    [Fact]
    public void DeepNesting_ReportsSsi004()
    {
        var text = "{ \"runtime_stacks\": [], \"extra\": " + new string('[', 200) + new string(']', 200) + " }";

        var run = new GeneratorHarness().AddSnapshot(text).Run();

        var diagnostic = Assert.Single(run.WithId("SSI004"));
        Assert.Contains("depth", diagnostic.GetMessage());
        AssertNoCrash(run);
    }

    [Fact]
    public void TruncatedFile_GeneratesNoPartialCatalog()
    {
        var text = "{ \"runtime_stacks\": [ { \"type\": \"Java\", \"url\": \"" + Java17 + "\" }, { \"type\": \"Ja";

        var run = new GeneratorHarness().AddSnapshot(text).Run();

        Assert.Single(run.WithId("SSI004"));
        Assert.DoesNotContain("Openjdk", run.Source("InnerImages.InnerImages.g.cs"));
    }

    [Theory]
    [InlineData("[ { \"type\": \"Java\" } ]", "root must be a JSON object", 1, 1)]
    [InlineData("\"text\"", "found a string", 1, 1)]
    [InlineData("{ \"images\": [] }", "no 'runtime_stacks'", 1, 1)]
    [InlineData("{\n  \"runtime_stacks\": null\n}", "found null", 2, 21)]
    [InlineData("{\n  \"runtime_stacks\": {}\n}", "must be an array, found an object", 2, 21)]
    [InlineData("{ \"runtime_stacks\": [], \"runtime_stacks\": [] }", "more than once", 1, 25)]
    [InlineData("{ \"snapshot\": { \"format\": 2 }, \"runtime_stacks\": [] }", "format version 2", 1, 27)]
    [InlineData("{ \"snapshot\": { \"format\": \"1\" }, \"runtime_stacks\": [] }", "positive whole number", 1, 27)]
    public void WrongShape_ReportsSsi005WithPosition(string text, string expectedMessage, int line, int column)
    {
        var run = new GeneratorHarness().AddSnapshot(text).Run();

        var diagnostic = Assert.Single(run.WithId("SSI005"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
        Assert.Contains(expectedMessage, diagnostic.GetMessage());
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
        AssertNoCrash(run);
    }

    [Theory]
    [InlineData("\"just a string\"", "must be an object")]
    [InlineData("null", "must be an object")]
    [InlineData("{ \"url\": \"" + Java17 + "\" }", "no 'type'")]
    [InlineData("{ \"type\": \"Java\" }", "no 'url'")]
    [InlineData("{ \"type\": \"\", \"url\": \"" + Java17 + "\" }", "'type' is empty")]
    [InlineData("{ \"type\": \"Java\", \"url\": \"\" }", "'url' is empty")]
    [InlineData("{ \"type\": 7, \"url\": \"" + Java17 + "\" }", "'type' must be a string, found a number")]
    [InlineData("{ \"type\": \"Java\", \"url\": [\"a\"] }", "'url' must be a string, found an array")]
    [InlineData("{ \"type\": \"Java\", \"url\": null }", "'url' must be a string, found null")]
    [InlineData("{ \"type\": \"Java\", \"type\": \"Php\", \"url\": \"" + Java17 + "\" }", "more than once in this entry")]
    public void InvalidEntry_ReportsSsi006AndKeepsTheGoodEntries(string badEntry, string expectedMessage)
    {
        var good = TestSnapshots.Registry + "node-x86_64:18-1.3.5";
        var text = "{\n  \"runtime_stacks\": [\n    { \"type\": \"Nodejs\", \"url\": \"" + good + "\" },\n    " + badEntry + "\n  ]\n}";

        var run = new GeneratorHarness()
            .AddSnapshot(text)
            .AddSource("class C { const string Image = ServiceStage.InnerImages.InnerImages.Nodejs.Node_x86_64_18_1_3_5; }")
            .Run();

        var diagnostic = Assert.Single(run.WithId("SSI006"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains(expectedMessage, diagnostic.GetMessage());
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(run.CompilationProblems);
        AssertNoCrash(run);
    }

    [Theory]
    [InlineData("{ \"fetched_at\": \"yesterday\" }", "fetched_at")]
    [InlineData("{ \"fetched_at\": 20260101 }", "fetched_at")]
    [InlineData("{ \"region\": 1 }", "'snapshot.region' must be a string")]
    [InlineData("[]", "'snapshot' must be an object")]
    public void InvalidMetadata_ReportsSsi006AndStillGenerates(string metadata, string expectedMessage)
    {
        var text = "{ \"snapshot\": " + metadata + ", \"runtime_stacks\": [ { \"type\": \"Java\", \"url\": \"" + Java17 + "\" } ] }";

        var run = new GeneratorHarness().AddSnapshot(text).Run();

        var diagnostic = Assert.Single(run.WithId("SSI006"));
        Assert.Contains(expectedMessage, diagnostic.GetMessage());
        Assert.Contains("Openjdk_x86_64_17_1_3_6", run.Source("InnerImages.InnerImages.g.cs"));
    }

    [Theory]
    [InlineData("openjdk-x86_64:17", "no registry host")]
    [InlineData("swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/OpenJDK:17", "repository 'op_svc_cse/OpenJDK' is invalid")]
    [InlineData("swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk:-17", "tag '-17' is invalid")]
    [InlineData("swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk@sha256:abc", "digest 'sha256:abc'")]
    [InlineData("swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk:17 ", "tag '17 ' is invalid")]
    [InlineData("swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/open\"jdk:17", "is invalid")]
    [InlineData("-bad-.example.com/op_svc_cse/openjdk:17", "registry host '-bad-.example.com'")]
    [InlineData("[fe80::1%25eth0]:5000/op_svc_cse/openjdk:17", "registry host")]
    public void InvalidUrl_ReportsSsi007WithTheReason(string url, string expectedMessage)
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", url), ("Java", Java17))).Run();

        var diagnostic = Assert.Single(run.WithId("SSI007"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains(expectedMessage, diagnostic.GetMessage());
        Assert.Contains("Openjdk_x86_64_17_1_3_6", run.Source("InnerImages.InnerImages.g.cs"));
        AssertNoCrash(run);
    }

    [Fact]
    public void RepeatedEntry_ReportsSsi008AtTheSecond()
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", Java17), ("Java", Java17))).Run();

        var diagnostic = Assert.Single(run.WithId("SSI008"));
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("listed more than once", diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void SameUrlTwoTypes_ReportsSsi008()
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", Java17), ("Tomcat", Java17))).Run();

        var diagnostic = Assert.Single(run.WithId("SSI008"));
        Assert.Contains("both Java and Tomcat", diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void NameCollision_ReportsSsi009AsInfo()
    {
        var run = new GeneratorHarness()
            .AddSnapshot(TestSnapshots.With(("Java", Java17), ("Java", "100.125.0.78:20202/op_svc_cse/openjdk-x86_64:17-1.3.6")))
            .Run();

        var diagnostic = Assert.Single(run.WithId("SSI009"));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.DefaultSeverity);
        Assert.Contains("'Openjdk_x86_64_17_1_3_6'", diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("InnerImagesNamespace", "Contoso.class", "'class' is not a C# identifier")]
    [InlineData("InnerImagesNamespace", "Contoso;Deploy", "not a valid namespace")]
    [InlineData("InnerImagesNamespace", "Contoso#Deploy", "not a valid namespace")]
    [InlineData("InnerImagesNamespace", "Contoso..Deploy", "not a valid namespace")]
    [InlineData("InnerImagesNamespace", "global.Contoso", "global")]
    [InlineData("InnerImagesClassName", "Images;Other", "must be a C# identifier")]
    [InlineData("InnerImagesClassName", "static", "must be a C# identifier")]
    [InlineData("InnerImagesClassName", "StackType", "type that the generator emits")]
    [InlineData("InnerImagesClassName", "Java", "name of a stack type")]
    [InlineData("InnerImagesAccessibility", "private", "use 'internal' (the default) or 'public'")]
    public void InvalidSetting_ReportsSsi020AndUsesTheDefault(string property, string value, string expectedMessage)
    {
        var run = new GeneratorHarness()
            .SetProperty(property, value)
            .AddSnapshot(TestSnapshots.With(("Java", Java17)))
            .AddSource("class C { const string Image = ServiceStage.InnerImages.InnerImages.Java.Openjdk_x86_64_17_1_3_6; }")
            .Run();

        var diagnostic = Assert.Single(run.WithId("SSI020"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
        Assert.Contains($"{property} '{value}'", diagnostic.GetMessage());
        Assert.Contains(expectedMessage, diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void ValidSettings_ChangeNamespaceClassAndAccessibility()
    {
        var run = new GeneratorHarness()
            .SetProperty("InnerImagesNamespace", "Contoso.Deployment")
            .SetProperty("InnerImagesClassName", "BaseImages")
            .SetProperty("InnerImagesAccessibility", "Public")
            .AddSnapshot(TestSnapshots.With(("Java", Java17)))
            .AddSource("public class C { public const string Image = Contoso.Deployment.BaseImages.Java.Openjdk_x86_64_17_1_3_6; public Contoso.Deployment.StackType Stack; }")
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("public static partial class BaseImages", run.Source("InnerImages.BaseImages.g.cs"));
    }

    private static void AssertNoCrash(GeneratorRun run)
    {
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.Contains("InnerImages.Types.g.cs", run.HintNames);
    }
}
