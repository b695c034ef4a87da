using Microsoft.CodeAnalysis.Text;
using ServiceStage.InnerImages.Generator.Analyzers;
using ServiceStage.InnerImages.Generator.Parsing;
using static ServiceStage.InnerImages.Analyzers.Tests.Infrastructure.Snapshots;

namespace ServiceStage.InnerImages.Analyzers.Tests;

/// <summary>The snapshot is parsed once per text, for the generator and the analyzers alike.</summary>
public sealed class CatalogCacheTests
{
    [Fact]
    public void SameText_ParsedOnce()
    {
        var text = SourceText.From(Default(), System.Text.Encoding.UTF8);

        Assert.Same(SnapshotDocumentCache.Parse(text), SnapshotDocumentCache.Parse(text));
        Assert.Same(ImageCatalog.From(text), ImageCatalog.From(text));
        Assert.Same(SnapshotDocumentCache.Parse(text), ImageCatalog.From(text).Document);
    }

    [Fact]
    public void EditedText_ParsedAgain()
    {
        var first = SourceText.From(Default(), System.Text.Encoding.UTF8);
        var edited = first.WithChanges(new TextChange(new TextSpan(0, 0), " "));

        Assert.NotSame(ImageCatalog.From(first), ImageCatalog.From(edited));
        Assert.True(ImageCatalog.From(edited).Contains(Java17));
    }

    [Fact]
    public void InvalidUtf8_IsUnusable()
    {
        var text = SourceText.From(Default().Replace("Java", "Ja\uFFFDva"), System.Text.Encoding.UTF8);

        Assert.False(ImageCatalog.From(text).IsUsable);
        Assert.Empty(ImageCatalog.From(text).Entries);
    }

    [Fact]
    public void UnusableSnapshot_IsUnusable()
    {
        var text = SourceText.From("{ \"runtime_stacks\": 1 }", System.Text.Encoding.UTF8);

        Assert.False(ImageCatalog.From(text).IsUsable);
    }
}
