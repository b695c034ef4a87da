using ServiceStage.InnerImages.Generator.Analyzers;
using ServiceStage.InnerImages.Snapshots;
using static ServiceStage.InnerImages.Analyzers.Tests.Infrastructure.Snapshots;

namespace ServiceStage.InnerImages.Analyzers.Tests;

/// <summary>The rule that picks the newest image: the tag's numbers in order, then the tag and url ordinally.</summary>
public sealed class ImageVersionComparerTests
{
    [Theory]
    [InlineData("17-1.3.6", "8-1.1.7")]
    [InlineData("18-1.3.5", "8-int-1.0")]
    [InlineData("17-1.3.10", "17-1.3.9")]
    [InlineData("17-1.3.6.1", "17-1.3.6")]
    [InlineData("100", "0099")]
    [InlineData("17_1_3_6", "17-1.3.6")]
    [InlineData("1", "latest")]
    [InlineData("99999999999999999999", "9999999999999999999")]
    public void NewerTag_SortsAfter(string newer, string older)
    {
        Assert.True(ImageVersionComparer.Instance.Compare(Entry(newer), Entry(older)) > 0);
        Assert.True(ImageVersionComparer.Instance.Compare(Entry(older), Entry(newer)) < 0);
    }

    [Fact]
    public void SameTag_IsEqual()
    {
        Assert.Equal(0, ImageVersionComparer.Instance.Compare(Entry("17-1.3.6"), Entry("17-1.3.6")));
    }

    [Fact]
    public void Digest_SortsBeforeTags()
    {
        var digest = Entry(null);

        Assert.True(ImageVersionComparer.Instance.Compare(Entry("0"), digest) > 0);
    }

    [Fact]
    public void NewestReplacement_PrefersSameRepository()
    {
        var catalog = Catalog(("Java", Java17), ("Java", Registry + "openjdk-arm64:21-1.0.0"), ("Java", Java8));
        var retired = ImageReference(Registry + "openjdk-x86_64:11-1.0.0");

        Assert.Equal(Java17, catalog.FindNewestReplacement("Java", retired)?.Url);
    }

    [Fact]
    public void NewestReplacement_FallsBackToStack()
    {
        var catalog = Catalog(("Java", Java17), ("Java", Registry + "openjdk-arm64:21-1.0.0"), ("Nodejs", Node20));
        var retired = ImageReference(Registry + "zulu-x86_64:11-1.0.0");

        Assert.Equal(Registry + "openjdk-arm64:21-1.0.0", catalog.FindNewestReplacement("Java", retired)?.Url);
    }

    [Fact]
    public void NewestReplacement_NullWithoutStack()
    {
        var catalog = Catalog(("Java", Java17));

        Assert.Null(catalog.FindNewestReplacement("Php", ImageReference(Registry + "php-x86_64:8-1.0.0")));
    }

    private static SnapshotEntry Entry(string? tag)
    {
        var url = tag is null
            ? Registry + "openjdk-x86_64@sha256:" + new string('a', 64)
            : Registry + "openjdk-x86_64:" + tag;
        return new SnapshotEntry("Java", url, ImageReference(url), default);
    }

    private static ImageReferenceParts ImageReference(string url)
    {
        Assert.True(ImageReferenceParser.TryParse(url, out var parts, out var error), error);
        return parts!;
    }

    private static ImageCatalog Catalog(params (string Type, string Url)[] entries) =>
        ImageCatalog.From(Microsoft.CodeAnalysis.Text.SourceText.From(With(null, entries)));
}
