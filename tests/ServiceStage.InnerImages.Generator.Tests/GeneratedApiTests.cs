using System.Collections;
using System.Reflection;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>The generated lookups, called for real on the compiled catalog of the repository's snapshot.</summary>
public sealed class GeneratedApiTests
{
    private static readonly Type Catalog = new GeneratorHarness().AddSnapshot(TestSnapshots.Root).Run().LoadType("ServiceStage.InnerImages.InnerImages");

    private static readonly Type StackType = Catalog.Assembly.GetType("ServiceStage.InnerImages.StackType")!;

    [Fact]
    public void All_ListsEveryImageInSnapshotOrder()
    {
        var urls = All().Select(image => NamingTests.Property<string>(image, "Url")).ToArray();

        Assert.Equal(6, urls.Length);
        Assert.Equal(TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6", urls[0]);
        Assert.Equal(TestSnapshots.Registry + "tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0", urls[5]);
    }

    [Fact]
    public void All_CannotBeModified()
    {
        var all = (IList)Catalog.GetProperty("All")!.GetValue(null)!;

        Assert.True(all.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => all[0] = null);
        Assert.Throws<NotSupportedException>(() => all.Clear());
        Assert.IsNotType<Array>(all, exactMatch: false);
    }

    [Fact]
    public void ForStack_ReturnsThatStacksImages()
    {
        var java = ForStack("Java");

        Assert.Equal(2, java.Count);
        Assert.All(java.Cast<object>(), image => Assert.Equal("Java", NamingTests.Property<object>(image, "Stack").ToString()));
    }

    [Fact]
    public void ForStack_ReturnsSameReadOnlyInstance()
    {
        Assert.Same(ForStack("Nodejs"), ForStack("Nodejs"));
        Assert.True(ForStack("Nodejs").IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ForStack("Nodejs").RemoveAt(0));
    }

    [Fact]
    public void ForStack_EmptyStackReturnsEmpty()
    {
        Assert.Empty(ForStack("Php"));
    }

    [Fact]
    public void ForStack_IsEmptyForUndefinedValue()
    {
        var list = (IList)Catalog.GetMethod("ForStack")!.Invoke(null, [Enum.ToObject(StackType, 0)])!;

        Assert.Empty(list);
    }

    [Theory]
    [InlineData(TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6", true, "Java")]
    [InlineData(TestSnapshots.Registry + "tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0", true, "Tomcat")]
    [InlineData(TestSnapshots.Registry + "OPENJDK-x86_64:17-1.3.6", false, "0")]
    [InlineData(TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6 ", false, "0")]
    [InlineData("", false, "0")]
    [InlineData(null, false, "0")]
    public void TryGetStack_MatchesExactUrls(string? url, bool found, string stack)
    {
        object?[] arguments = [url, null];

        var result = (bool)Catalog.GetMethod("TryGetStack")!.Invoke(null, arguments)!;

        Assert.Equal(found, result);
        Assert.Equal(stack, arguments[1]!.ToString());
    }

    [Fact]
    public void InnerImage_ExposesTypeUrlAndReference()
    {
        var image = All()[0];
        var reference = NamingTests.Property<object>(image, "Reference");

        Assert.Equal("Java", NamingTests.Property<string>(image, "Type"));
        Assert.Equal("swr.ap-southeast-1.myhuaweicloud.com", NamingTests.Property<string>(reference, "Registry"));
        Assert.Equal("op_svc_cse/openjdk-x86_64", NamingTests.Property<string>(reference, "Repository"));
        Assert.Equal("17-1.3.6", NamingTests.Property<string>(reference, "Tag"));
        Assert.Null(NamingTests.Property<string?>(reference, "Digest"));
        Assert.Equal(NamingTests.Property<string>(image, "Url"), image.ToString());
    }

    [Fact]
    public void GeneratedTypes_HaveNoPublicSetters()
    {
        foreach (var type in new[] { "InnerImage", "ImageReference" })
        {
            var properties = Catalog.Assembly.GetType($"ServiceStage.InnerImages.{type}")!.GetProperties();
            Assert.All(properties, property => Assert.Null(property.GetSetMethod(nonPublic: true)));
            Assert.Empty(Catalog.Assembly.GetType($"ServiceStage.InnerImages.{type}")!.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        }
    }

    private static List<object> All() =>
        ((IEnumerable)Catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    private static IList ForStack(string stack) =>
        (IList)Catalog.GetMethod("ForStack")!.Invoke(null, [Enum.Parse(StackType, stack)])!;
}
