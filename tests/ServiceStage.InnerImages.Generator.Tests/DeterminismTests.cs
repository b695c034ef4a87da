using System.Globalization;
using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>The same snapshot gives the same bytes, whatever the culture of the build machine.</summary>
public sealed class DeterminismTests
{
    private static readonly string Snapshot = TestSnapshots.With(
        ("Java", TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6"),
        ("image", TestSnapshots.Registry + "igloo-i386:1.0"),
        ("istio", TestSnapshots.Registry + "istio:1.2"),
        ("Tomcat", "100.125.0.78:20202/op_svc_cse/tomcat-x86_64:8.5.51-jdk8-openjdk-slim-int-1.0"));

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Output_IsIndependentOfCulture(string cultureName)
    {
        var invariant = GenerateUnder(CultureInfo.InvariantCulture);

        var localized = GenerateUnder(CultureInfo.GetCultureInfo(cultureName));

        Assert.Equal(invariant, localized);
    }

    [Fact]
    public void TurkishCulture_UppercasesDotlessI()
    {
        var output = GenerateUnder(CultureInfo.GetCultureInfo("tr-TR"));

        Assert.Contains("Image = 6,", output);
        Assert.Contains("Istio = 7,", output);
        Assert.Contains("Igloo_i386_1_0", output);
        Assert.DoesNotContain("İ", output);
    }

    [Fact]
    public void Output_IsSameOnEveryRun()
    {
        var first = GenerateUnder(CultureInfo.InvariantCulture);

        var second = GenerateUnder(CultureInfo.InvariantCulture);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Output_UsesLineFeedsOnly()
    {
        var output = GenerateUnder(CultureInfo.InvariantCulture);

        Assert.DoesNotContain('\r', output);
    }

    private static string GenerateUnder(CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var run = new GeneratorHarness().AddSnapshot(Snapshot).Run();
            return string.Concat(run.HintNames.Select(name => name + "\n" + run.Source(name)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
