using System;
using System.Text;
using ServiceStage.InnerImages.Client.Snapshots;

namespace ServiceStage.InnerImages.Tool.Tests.Snapshots;

public sealed class SnapshotWriterTests
{
    private static readonly SnapshotInfo Info = new("ap-southeast-1", "https://servicestage.ap-southeast-1.myhuaweicloud.com", new DateTimeOffset(2026, 1, 31, 9, 30, 15, 999, TimeSpan.FromHours(1)), "innerimages 1.0.0");

    [Fact]
    public void Write_SortsByTypeThenUrlOrdinal()
    {
        var catalog = InnerImageCatalog.Create(new[]
        {
            new RuntimeStack("java", "swr.example.com/a/b:1"),
            new RuntimeStack("Java", "swr.example.com/a/c:1"),
            new RuntimeStack("Java", "swr.example.com/a/B:1"),
            new RuntimeStack("Java", "swr.example.com/a/c:1"),
        });

        var text = Encoding.UTF8.GetString(SnapshotWriter.Write(catalog, Info));

        var upperB = text.IndexOf("a/B:1", StringComparison.Ordinal);
        var lowerC = text.IndexOf("a/c:1", StringComparison.Ordinal);
        var lowerJava = text.IndexOf("\"java\"", StringComparison.Ordinal);
        Assert.True(upperB < lowerC, text);
        Assert.True(lowerC < lowerJava, text);
        Assert.Equal(3, catalog.Count);
    }

    [Fact]
    public void Write_FetchedAtIsUtcToTheSecond()
    {
        var text = Encoding.UTF8.GetString(SnapshotWriter.Write(InnerImageCatalog.Empty, Info));

        Assert.Contains("\"fetched_at\": \"2026-01-31T08:30:15Z\"", text);
        Assert.Contains("\"runtime_stacks\": []\n}\n", text);
    }

    [Fact]
    public void Write_KeepsTextReadableButEscapesQuotes()
    {
        var catalog = InnerImageCatalog.Create(new[] { new RuntimeStack("Ünïcode+&<>", "swr.example.com/a/b:1\"x\\y") });

        var text = Encoding.UTF8.GetString(SnapshotWriter.Write(catalog, Info));

        Assert.Contains("\"type\": \"Ünïcode+&<>\"", text);
        Assert.Contains("\"url\": \"swr.example.com/a/b:1\\\"x\\\\y\"", text);
    }

    [Fact]
    public void Write_SameCatalogGivesSameBytes()
    {
        var first = InnerImageCatalog.Create(new[] { new RuntimeStack("Java", "swr.example.com/a/b:1"), new RuntimeStack("Php", "swr.example.com/a/p:8") });
        var second = InnerImageCatalog.Create(new[] { new RuntimeStack("Php", "swr.example.com/a/p:8"), new RuntimeStack("Java", "swr.example.com/a/b:1") });

        Assert.Equal(SnapshotWriter.Write(first, Info), SnapshotWriter.Write(second, Info));
    }

    [Fact]
    public void Write_OutputReadsBackWithoutProblems()
    {
        var catalog = InnerImageCatalog.Create(new[] { new RuntimeStack("Java", "swr.example.com/op_svc_cse/openjdk-x86_64:17-1.3.6") });

        var content = SnapshotReader.Read(SnapshotWriter.Write(catalog, Info), "snapshot.json");

        Assert.True(content.IsUsable);
        Assert.Empty(content.Problems);
        Assert.Equal(catalog.Stacks, content.Stacks);
        Assert.Equal("innerimages 1.0.0", content.Tool);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 8, 30, 15, TimeSpan.Zero), content.FetchedAt);
    }

    [Fact]
    public void Reader_LocatesProblemsByLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"runtime_stacks\": [\n    {\"type\": \"Java\", \"url\": 5}\n  ]\n}\n");

        var content = SnapshotReader.Read(bytes, "snapshot.json");

        Assert.True(content.IsUsable);
        var problem = Assert.Single(content.Problems);
        Assert.StartsWith("snapshot.json(3,", problem);
        Assert.Contains("must be a string, found a number", problem);
    }

    [Fact]
    public void Reader_AcceptsByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble();
        bytes = [.. bytes, .. Encoding.UTF8.GetBytes("{\"runtime_stacks\": []}")];

        var content = SnapshotReader.Read(bytes, "snapshot.json");

        Assert.True(content.IsUsable);
        Assert.Empty(content.Problems);
    }
}
