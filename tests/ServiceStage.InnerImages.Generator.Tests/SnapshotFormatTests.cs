using System.Text;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>What a hand-edited snapshot may contain and still be read as written.</summary>
public sealed class SnapshotFormatTests
{
    private const string Java17 = TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6";

    [Fact]
    public void BareApiResponse_IsAccepted()
    {
        var run = new GeneratorHarness().AddSnapshot($"{{\"runtime_stacks\":[{{\"url\":\"{Java17}\",\"type\":\"Java\"}}]}}").Run();

        Assert.Empty(run.Diagnostics);
        Assert.Single(NamingTests.AllImages(run));
    }

    [Fact]
    public void CommentsTrailingCommasAndCrlf_AreAccepted()
    {
        var text = string.Join("\r\n",
            "// Snapshot edited by hand",
            "{",
            "  /* metadata */ \"snapshot\": { \"format\": 1, \"fetched_at\": \"2026-11-30T08:15:00Z\", },",
            "  \"runtime_stacks\": [",
            $"    {{ \"type\": \"Java\", \"url\": \"{Java17}\", }}, // the documented image",
            "  ],",
            "}",
            "");

        var run = new GeneratorHarness().AddSnapshot(text).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Single(NamingTests.AllImages(run));
        Assert.Contains("fetched 2026-11-30T08:15:00Z", run.Source("InnerImages.InnerImages.g.cs"));
    }

    [Fact]
    public void Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestSnapshots.With(("Java", Java17)))).ToArray();
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(new MemoryStream(bytes));

        var run = new GeneratorHarness().AddSnapshot(new InMemoryAdditionalText(GeneratorHarness.SnapshotPath, text)).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Single(NamingTests.AllImages(run));
    }

    [Fact]
    public void RawNonAsciiType_KeepsItsCharacters()
    {
        var run = new GeneratorHarness().AddSnapshot($"{{ \"runtime_stacks\": [ {{ \"type\": \"Ява\", \"url\": \"{Java17}\" }} ] }}").Run();

        Assert.Empty(run.CompilationProblems);
        Assert.Equal("Ява", NamingTests.Property<string>(NamingTests.AllImages(run)[0], "Type"));
    }

    [Fact]
    public void UnknownFieldsAndTypes_AreKept()
    {
        var text = $"{{ \"total\": 2, \"runtime_stacks\": [ {{ \"type\": \"Go\", \"url\": \"{TestSnapshots.Registry}go-x86_64:1.22-1.0.0\", \"arch\": \"x86_64\" }} ] }}";

        var run = new GeneratorHarness()
            .AddSnapshot(text)
            .AddSource("class C { const string Image = ServiceStage.InnerImages.InnerImages.Go.Go_x86_64_1_22_1_0_0; }")
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("2026-11-30T08:15:00Z", "2026-11-30T08:15:00Z")]
    [InlineData("2026-11-30T16:15:00+08:00", "2026-11-30T08:15:00Z")]
    [InlineData("2026-11-30T08:15:00.1234567Z", "2026-11-30T08:15:00Z")]
    public void FetchedAt_IsReadAsUtc(string written, string expected)
    {
        var text = $"{{ \"snapshot\": {{ \"fetched_at\": \"{written}\" }}, \"runtime_stacks\": [] }}";

        var run = new GeneratorHarness().AddSnapshot(text).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains($"fetched {expected}", run.Source("InnerImages.InnerImages.g.cs"));
    }

    [Fact]
    public void EscapedStrings_AreDecodedExactly()
    {
        var text = "{ \"runtime_stacks\": [ { \"type\": \"J\\u0061va\\/\\\"x\\\"\\t\", \"url\": \"" + Java17.Replace("/", "\\/") + "\" } ] }";

        var run = new GeneratorHarness().AddSnapshot(text).Run();

        Assert.Empty(run.CompilationProblems);
        var image = NamingTests.AllImages(run)[0];
        Assert.Equal("Java/\"x\"\t", NamingTests.Property<string>(image, "Type"));
        Assert.Equal(Java17, NamingTests.Property<string>(image, "Url"));
    }
}
