using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>
/// Types and urls from a snapshot are untrusted: whatever they contain, the generated code
/// compiles without a warning, and the strings it contains are exactly those of the snapshot.
/// </summary>
public sealed class NamingTests
{
    private const string Java17 = TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6";

    private static readonly string[] HostileTypeValues =
    [
        "Quote\"Type",
        "Back\\slash",
        "Line\nBreak",
        "Carriage\rReturn",
        "Line\u2028Separator",
        "Paragraph\u2029Separator",
        "Next\u0085Line",
        "Lone\uD800Surrogate",
        "Low\uDC00First",
        "Pair\uD83D\uDE00Emoji",
        "Comment*/End",
        "/* open",
        "/// <summary>",
        "</summary>&amp;",
        "class",
        "__arglist",
        "value__",
        "3D",
        "C#",
        "Java ",
        " Java",
        "Jävä",
        "Ява",
        "java",
        "JAVA",
        "All",
        "ForStack",
        "TryGetStack",
        "InnerImages",
        "ToString",
        "Equals",
        "GetType",
        "GetHashCode",
        "ReferenceEquals",
        "MemberwiseClone",
        "Finalize",
        "Zero\u200BWidth",
        "Nul\0Char",
        "#region",
        "\"",
        " ",
    ];

    public static TheoryData<string> HostileTypes => new(HostileTypeValues);

    [Theory]
    [MemberData(nameof(HostileTypes), DisableDiscoveryEnumeration = true)]
    public void HostileType_CompilesAndKeepsTheExactString(string type)
    {
        var run = new GeneratorHarness()
            .AddSnapshot(TestSnapshots.With(("Java", Java17), (type, TestSnapshots.Registry + "custom:1.0")))
            .Run();

        Assert.Empty(run.CompilationProblems);
        var images = AllImages(run);
        Assert.Equal(2, images.Count);
        Assert.Equal(type, Property<string>(images[1], "Type"));
        Assert.Equal(TestSnapshots.Registry + "custom:1.0", Property<string>(images[1], "Url"));
    }

    [Fact]
    public void AllHostileTypesTogether_Compile()
    {
        var entries = HostileTypeValues
            .Select((type, index) => (type, TestSnapshots.Registry + $"image:{index}"))
            .ToArray();

        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(entries)).Run();

        Assert.Empty(run.CompilationProblems);
        var types = AllImages(run).Select(image => Property<string>(image, "Type")).ToArray();
        Assert.Equal(HostileTypeValues, types);
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("3D", "_3D")]
    [InlineData("C#", "C_")]
    [InlineData("Java ", "Java_")]
    [InlineData("Jävä", "Jävä")]
    [InlineData("image", "Image")]
    [InlineData("__arglist", "@__arglist")]
    public void StackType_GetsAReadableIdentifier(string type, string identifier)
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With((type, TestSnapshots.Registry + "custom:1.0"))).Run();

        Assert.Contains($"{identifier} = 6,", run.Source("InnerImages.Types.g.cs"));
        Assert.Contains($"public static class {identifier}\n", run.Source("InnerImages.InnerImages.g.cs"));
    }

    [Fact]
    public void TypesDifferingInCase_GetDistinctStableNames()
    {
        var run = new GeneratorHarness()
            .AddSnapshot(TestSnapshots.With(("java", TestSnapshots.Registry + "a:1"), ("JAVA", TestSnapshots.Registry + "b:1")))
            .Run();

        var members = EnumMembers(run);
        Assert.Contains("JAVA", members);
        Assert.Contains(members, name => Regex.IsMatch(name, "^Java_[0-9a-f]{8}$"));
        Assert.Single(run.WithId("SSI009"));
    }

    [Fact]
    public void StackType_HasDocumentedTypesFirstThenExtras()
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Go", TestSnapshots.Registry + "go:1"), ("Java", Java17))).Run();

        Assert.Equal(["Nodejs", "Java", "Tomcat", "Python", "Php", "Go"], EnumMembers(run));
        var enumType = run.LoadType("ServiceStage.InnerImages.StackType");
        Assert.Equal(1, Convert.ToInt32(Enum.Parse(enumType, "Nodejs")));
        Assert.Equal(6, Convert.ToInt32(Enum.Parse(enumType, "Go")));
    }

    [Theory]
    [InlineData("openjdk-x86_64:17-1.3.6", "Openjdk_x86_64_17_1_3_6")]
    [InlineData("tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0", "Tomcat_x86_64_8_5_51_jdk8_openjdk_slim_int_1_0")]
    [InlineData("3scale:1", "_3scale_1")]
    [InlineData("openjdk", "Openjdk")]
    [InlineData("openjdk@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Openjdk_sha256_0123456789ab")]
    [InlineData("nested/path/name:TAG_1", "Name_TAG_1")]
    public void Constant_IsNamedAfterImageAndTag(string image, string expected)
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", TestSnapshots.Registry + image))).Run();

        Assert.Empty(run.CompilationProblems);
        Assert.Equal([expected], ConstantNames(run, "Java"));
    }

    [Theory]
    [InlineData("equals")]
    [InlineData("finalize")]
    public void ConstantNamedLikeObjectMember_GetsSuffix(string image)
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", TestSnapshots.Registry + image), ("Java", Java17))).Run();

        Assert.Empty(run.CompilationProblems);
        Assert.Contains(ConstantNames(run, "Java"), name => name.StartsWith(char.ToUpperInvariant(image[0]) + image[1..] + "_", StringComparison.Ordinal));
    }

    [Fact]
    public void ConstantNamedLikeItsStack_GetsSuffix()
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", TestSnapshots.Registry + "java"))).Run();

        Assert.Empty(run.CompilationProblems);
        Assert.Matches("^Java_[0-9a-f]{8}$", Assert.Single(ConstantNames(run, "Java")));
    }

    [Theory]
    [InlineData("100.125.0.78:20202/op_svc_cse/openjdk-x86_64:17-1.3.6", "100.125.0.78:20202", "op_svc_cse/openjdk-x86_64", "17-1.3.6", null)]
    [InlineData("[2001:db8::1]:5000/op_svc_cse/node-x86_64:18", "[2001:db8::1]:5000", "op_svc_cse/node-x86_64", "18", null)]
    [InlineData("localhost:5000/node", "localhost:5000", "node", null, null)]
    [InlineData("Registry.Example.com/a__b/c-d.e:v1@sha256:0123456789abcdef0123456789abcdef", "Registry.Example.com", "a__b/c-d.e", "v1", "sha256:0123456789abcdef0123456789abcdef")]
    public void Reference_SplitsRegistryRepositoryTagDigest(string url, string registry, string repository, string? tag, string? digest)
    {
        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", url))).Run();

        Assert.Empty(run.CompilationProblems);
        var reference = Property<object>(Assert.Single(AllImages(run)), "Reference");
        Assert.Equal(registry, Property<string>(reference, "Registry"));
        Assert.Equal(repository, Property<string>(reference, "Repository"));
        Assert.Equal(tag, Property<string?>(reference, "Tag"));
        Assert.Equal(digest, Property<string?>(reference, "Digest"));
        Assert.Equal(url, reference.ToString());
    }

    [Fact]
    public void Collision_FirstKeepsNameLaterGetsUrlSuffix()
    {
        const string Other = "100.125.0.78:20202/op_svc_cse/openjdk-x86_64:17-1.3.6";

        var run = new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", Java17), ("Java", Other))).Run();

        var names = ConstantNames(run, "Java");
        Assert.Equal("Openjdk_x86_64_17_1_3_6", names[0]);
        Assert.Equal("Openjdk_x86_64_17_1_3_6_9ffe9b89", names[1]);
    }

    [Fact]
    public void AppendingImages_NeverRenamesExistingConstants()
    {
        var before = new[]
        {
            ("Java", Java17),
            ("Java", "100.125.0.78:20202/op_svc_cse/openjdk-x86_64:17-1.3.6"),
            ("Nodejs", TestSnapshots.Registry + "node-x86_64:18-1.3.5"),
        };
        var after = before.Concat(
        [
            ("Java", "swr.cn-north-4.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6"),
            ("Java", TestSnapshots.Registry + "openjdk-x86_64:17.1.3.6"),
            ("Nodejs", TestSnapshots.Registry + "node-x86_64:20-1.0.0"),
            ("java", TestSnapshots.Registry + "extra:1"),
        ]).ToArray();

        var oldConstants = Constants(new GeneratorHarness().AddSnapshot(TestSnapshots.With(before)).Run());
        var newConstants = Constants(new GeneratorHarness().AddSnapshot(TestSnapshots.With(after)).Run());

        foreach (var (name, value) in oldConstants)
        {
            Assert.True(newConstants.TryGetValue(name, out var newValue), $"The constant '{name}' disappeared.");
            Assert.Equal(value, newValue);
        }
    }

    [Fact]
    public void SuffixedName_DoesNotDependOnOtherEntries()
    {
        const string Colliding = "swr.cn-north-4.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6";

        var pair = Constants(new GeneratorHarness().AddSnapshot(TestSnapshots.With(("Java", Java17), ("Java", Colliding))).Run());
        var triple = Constants(new GeneratorHarness().AddSnapshot(TestSnapshots.With(
            ("Java", Java17),
            ("Java", "100.125.0.78:20202/op_svc_cse/openjdk-x86_64:17-1.3.6"),
            ("Java", Colliding))).Run());

        var suffixed = pair.Single(entry => entry.Value == Colliding).Key;
        Assert.Equal(Colliding, triple[suffixed]);
    }

    [Fact]
    public void EmptyRuntimeStacks_IsAValidEmptyCatalog()
    {
        var run = new GeneratorHarness()
            .AddSnapshot("{ \"runtime_stacks\": [] }")
            .AddSource("class C { int n = ServiceStage.InnerImages.InnerImages.All.Count; System.Type t = typeof(ServiceStage.InnerImages.InnerImages.Php); }")
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Empty(AllImages(run));
    }

    internal static List<object> AllImages(GeneratorRun run)
    {
        var catalog = run.LoadType("ServiceStage.InnerImages.InnerImages");
        return ((IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
    }

    internal static T Property<T>(object instance, string name) =>
        (T)instance.GetType().GetProperty(name)!.GetValue(instance)!;

    private static string[] EnumMembers(GeneratorRun run) =>
        Enum.GetNames(run.LoadType("ServiceStage.InnerImages.StackType"));

    private static string[] ConstantNames(GeneratorRun run, string stackClass) =>
        run.LoadType($"ServiceStage.InnerImages.InnerImages+{stackClass}")
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.Name)
            .ToArray();

    private static Dictionary<string, string> Constants(GeneratorRun run)
    {
        var catalog = run.LoadType("ServiceStage.InnerImages.InnerImages");
        return catalog.GetNestedTypes()
            .SelectMany(stack => stack.GetFields(BindingFlags.Public | BindingFlags.Static))
            .ToDictionary(field => field.DeclaringType!.Name + "." + field.Name, field => (string)field.GetRawConstantValue()!);
    }
}
