using System.Linq;
using ServiceStage.InnerImages.Client.Snapshots;

namespace ServiceStage.InnerImages.Tool.Tests.Snapshots;

public sealed class CatalogDiffTests
{
    private const string Registry = "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/";

    [Fact]
    public void Compute_SameStacksIsEmpty()
    {
        var stacks = new[] { Stack("Java", "openjdk-x86_64:17-1.3.6") };

        var diff = CatalogDiff.Compute(stacks, stacks.Reverse());

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Compute_NewTagOfSameRepositoryIsChange()
    {
        var diff = CatalogDiff.Compute(
            new[] { Stack("Java", "openjdk-x86_64:17-1.3.6") },
            new[] { Stack("Java", "openjdk-x86_64:17-1.3.7") });

        var changes = Assert.Single(diff.StackTypes);
        var change = Assert.Single(changes.Changed);
        Assert.Equal(Registry + "openjdk-x86_64:17-1.3.6", change.OldUrl);
        Assert.Equal(Registry + "openjdk-x86_64:17-1.3.7", change.NewUrl);
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Compute_TypeMoveIsAddAndRemove()
    {
        var diff = CatalogDiff.Compute(
            new[] { Stack("Java", "openjdk-x86_64:17-1.3.6") },
            new[] { Stack("Tomcat", "openjdk-x86_64:17-1.3.6") });

        Assert.Equal(new[] { "Java", "Tomcat" }, diff.StackTypes.Select(changes => changes.StackType));
        Assert.Equal(1, diff.AddedCount);
        Assert.Equal(1, diff.RemovedCount);
        Assert.Equal(0, diff.ChangedCount);
    }

    [Fact]
    public void Compute_PairsChangesInUrlOrder()
    {
        var diff = CatalogDiff.Compute(
            new[] { Stack("Java", "openjdk-x86_64:17-1.3.6"), Stack("Java", "openjdk-x86_64:8-1.1.7"), Stack("Java", "other:1") },
            new[] { Stack("Java", "openjdk-x86_64:21-1.0.0"), Stack("Java", "openjdk-x86_64:17-1.3.7"), Stack("Java", "openjdk-x86_64:8-1.1.8") });

        var changes = Assert.Single(diff.StackTypes);
        Assert.Equal(2, changes.Changed.Count);
        Assert.Equal(Registry + "openjdk-x86_64:17-1.3.6", changes.Changed[0].OldUrl);
        Assert.Equal(Registry + "openjdk-x86_64:17-1.3.7", changes.Changed[0].NewUrl);
        Assert.Equal(new[] { Registry + "openjdk-x86_64:8-1.1.8" }, changes.Added);
        Assert.Equal(new[] { Registry + "other:1" }, changes.Removed);
    }

    [Fact]
    public void Compute_UnparsableAddressIsNeverChange()
    {
        var diff = CatalogDiff.Compute(new[] { new RuntimeStack("Java", "openjdk:1") }, new[] { new RuntimeStack("Java", "openjdk:2") });

        var changes = Assert.Single(diff.StackTypes);
        Assert.Empty(changes.Changed);
        Assert.Single(changes.Added);
        Assert.Single(changes.Removed);
    }

    private static RuntimeStack Stack(string type, string image) => new(type, Registry + image);
}
