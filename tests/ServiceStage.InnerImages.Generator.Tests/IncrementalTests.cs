using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>
/// The pipeline caches: editing C# reruns nothing, and editing the snapshot regenerates. Each
/// test runs one driver twice with step tracking on, as the IDE does on every keystroke.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string Snapshot = TestSnapshots.Root;

    [Fact]
    public void UnrelatedCSharpEdit_LeavesEveryStepCached()
    {
        var harness = new GeneratorHarness().AddSnapshot(Snapshot).AddSource("class A { }");
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x = 1; }", harness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in TrackingNames.All)
        {
            var steps = result.TrackedSteps[name];
            Assert.NotEmpty(steps);
            var reasons = steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray();
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step '{name}' ran again: {reason}."));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void SnapshotEdit_Regenerates()
    {
        var harness = new GeneratorHarness().AddSnapshot(Snapshot);
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var original = harness.CreateAdditionalTexts().Single();

        var changed = new InMemoryAdditionalText(original.Path, Snapshot.Replace("17-1.3.6", "21-1.0.0"));
        driver = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.Snapshots].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.Generation].Single().Outputs.Single().Reason);
        var catalog = result.GeneratedSources.Single(source => source.HintName == "InnerImages.InnerImages.g.cs").SourceText.ToString();
        Assert.Contains("Openjdk_x86_64_21_1_0_0", catalog);
        Assert.DoesNotContain("Openjdk_x86_64_17_1_3_6", catalog);
    }

    [Fact]
    public void SnapshotRewrittenWithSameText_StaysCached()
    {
        var harness = new GeneratorHarness().AddSnapshot(Snapshot);
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var original = harness.CreateAdditionalTexts().Single();

        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, Snapshot)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[TrackingNames.Snapshots].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.Generation].Single().Outputs.Single().Reason);
    }

    [Fact]
    public void PipelineModels_HoldNoRoslynObjects()
    {
        var harness = new GeneratorHarness()
            .AddSnapshot(TestSnapshots.With(("Java", "bad url"), ("Java", TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6")))
            .SetProperty("InnerImagesAccessibility", "wrong");
        var result = harness.CreateDriver(trackSteps: true).RunGenerators(harness.CreateCompilation()).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps
            .Where(pair => TrackingNames.All.Contains(pair.Key))
            .SelectMany(pair => pair.Value)
            .SelectMany(step => step.Outputs)
            .Select(output => output.Value)
            .ToArray();

        Assert.NotEmpty(outputs);
        foreach (var output in outputs)
        {
            AssertNoForbiddenTypes(output, new HashSet<object>(ReferenceEqualityComparer.Instance), path: output.GetType().Name);
        }
    }

    private static readonly Type[] ForbiddenTypes = [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(AdditionalText)];

    private static void AssertNoForbiddenTypes(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(ForbiddenTypes.Any(forbidden => forbidden.IsAssignableFrom(type)), $"The pipeline model holds a {type.Name} at {path}.");

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertNoForbiddenTypes(item, visited, $"{path}[{index++}]");
            }

            return;
        }

        if (value is DiagnosticDescriptor)
        {
            // Descriptors are static, immutable and compare by value; the cookbook allows them in models.
            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoForbiddenTypes(field.GetValue(value), visited, $"{path}.{field.Name}");
        }
    }
}
